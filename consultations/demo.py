"""Demo accounts and content for `make run`. Idempotent: running it again changes nothing."""

from dataclasses import dataclass

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission

from organisations.models import Membership


@dataclass(frozen=True)
class DemoAccount:
    email: str
    password: str
    role: str
    group: str | None = None
    superuser: bool = False
    # What they are given on the demo consultation (ADR 008): membership of the body running it,
    # or a page permission on it.
    member_of_commissioner: bool = False
    given_consultation: bool = False


DEMO_ACCOUNTS = [
    DemoAccount(
        "commissioner@riverside.example",
        "riverside-commissioner-demo",
        "Commissioner: publishes and decides",
        group="Moderators",
        member_of_commissioner=True,
    ),
    DemoAccount(
        "editor@riverside.example",
        "riverside-editor-demo",
        "Editor: writes easy-read content",
        group="Editors",
        given_consultation=True,
    ),
    DemoAccount("admin@riverside.example", "riverside-admin-demo", "Administrator", superuser=True),
]


def demo_accounts_load() -> list[DemoAccount]:
    User = get_user_model()
    for account in DEMO_ACCOUNTS:
        user, created = User.objects.get_or_create(
            username=account.email,
            defaults={
                "email": account.email,
                "is_staff": account.superuser,
                "is_superuser": account.superuser,
            },
        )
        if created:
            user.set_password(account.password)
            user.save()
        if account.group:
            user.groups.add(Group.objects.get(name=account.group))
        EmailAddress.objects.update_or_create(
            user=user, email=account.email, defaults={"verified": True, "primary": True}
        )
    return DEMO_ACCOUNTS


def demo_access_load(consultation) -> None:
    """Give the demo commissioner and editor the demo consultation. Safe to run again."""
    User = get_user_model()
    editors, _ = Group.objects.get_or_create(name=f"Editors of {consultation.place}")
    GroupPagePermission.objects.get_or_create(
        group=editors,
        page=consultation,
        permission=Permission.objects.get(
            content_type__app_label="wagtailcore", codename="change_page"
        ),
    )
    for account in DEMO_ACCOUNTS:
        user = User.objects.get(username=account.email)
        if account.member_of_commissioner:
            Membership.objects.update_or_create(
                user=user,
                organisation=consultation.commissioner,
                defaults={"role": Membership.Role.LEAD},
            )
        if account.given_consultation:
            user.groups.add(editors)
