"""Demo accounts and content for `make run`. Idempotent: running it again changes nothing."""

from dataclasses import dataclass

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group


@dataclass(frozen=True)
class DemoAccount:
    email: str
    password: str
    role: str
    group: str | None = None
    superuser: bool = False


DEMO_ACCOUNTS = [
    DemoAccount(
        "commissioner@riverside.example",
        "riverside-commissioner-demo",
        "Commissioner: publishes and decides",
        group="Moderators",
    ),
    DemoAccount(
        "editor@riverside.example",
        "riverside-editor-demo",
        "Editor: writes easy-read content",
        group="Editors",
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
