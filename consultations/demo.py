"""Demo accounts and content for `make run`. Idempotent: running it again changes nothing."""

from dataclasses import dataclass
from urllib.parse import urlsplit

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission, Site

from consultations.models import RespondentGroup
from organisations.models import Membership, Organisation, Pledge


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


# Two community groups, each with one member, who reach the demo consultation's groups.
DEMO_MEMBERS = [
    DemoAccount(
        "member@riverside-advocacy.example",
        "riverside-advocacy-demo",
        "VCSE member: Riverside Self Advocates (lead)",
    ),
    DemoAccount(
        "member@riverside-carers.example",
        "riverside-carers-demo",
        "VCSE member: Riverside Carers Network",
    ),
]
# The first is in site/content/riverside.json too, which names it for the consultation.
DEMO_ORGANISATIONS = ["Riverside Self Advocates", "Riverside Carers Network"]

# key, name, easy-read name, lived experience, target, where the target comes from.
DEMO_GROUPS = [
    (
        "people-who-use-support",
        "People who use support",
        "People who get support",
        True,
        300,
        "Riverside Council adult social care records, 2026",
    ),
    (
        "carers",
        "Family carers",
        "People who look after someone",
        True,
        200,
        "Riverside carers' register, 2026",
    ),
    (
        "care-workers",
        "People who work in care",
        "People whose job is care",
        False,
        80,
        "Riverside care providers' staff survey, 2025",
    ),
    (
        "bangladeshi-community",
        "People from the Bangladeshi community",
        "People from the Bangladeshi community",
        False,
        None,
        "",
    ),
]
# organisation index, group key, people the organisation hopes to reach.
DEMO_PLEDGES = [
    (0, "people-who-use-support", 40),
    (1, "carers", 25),
    (1, "people-who-use-support", None),
]


def demo_groups_load(consultation, groups=DEMO_GROUPS) -> None:
    """The consultation's respondent groups, with their targets. Found by key before made."""
    for order, (key, name, easy_name, lived, target, source) in enumerate(groups):
        RespondentGroup.objects.update_or_create(
            consultation=consultation,
            key=key,
            defaults={
                "name": name,
                "easy_name": easy_name,
                "is_lived_experience": lived,
                "target_count": target,
                "target_source": source,
                "sort_order": order,
            },
        )


def demo_pledges_load(consultation, pledges=DEMO_PLEDGES) -> None:
    """The demo community groups' pledges to reach the consultation's groups, made once."""
    for index, key, people in pledges:
        group = RespondentGroup.objects.get(consultation=consultation, key=key)
        organisation = Organisation.objects.get(name=DEMO_ORGANISATIONS[index])
        if not Pledge.objects.active().filter(organisation=organisation, group=group).exists():
            Pledge.objects.create(
                organisation=organisation,
                group=group,
                people_count=people,
                made_by=organisation.memberships.order_by("pk").first().user,
            )


def demo_organisations_load(consultation) -> list[DemoAccount]:
    """Verified community groups, their members, the consultation's groups and pledges.

    Safe to run again: everything is found by its name or key before it is made.
    """
    User = get_user_model()
    admin = User.objects.filter(is_superuser=True).order_by("pk").first()
    demo_groups_load(consultation)
    for index, (name, account) in enumerate(zip(DEMO_ORGANISATIONS, DEMO_MEMBERS, strict=True)):
        organisation, _ = Organisation.objects.get_or_create(
            name=name, defaults={"kind": Organisation.Kind.VCSE}
        )
        organisation.verify(by=admin)
        user, created = User.objects.get_or_create(
            username=account.email, defaults={"email": account.email}
        )
        if created:
            user.set_password(account.password)
            user.save()
        EmailAddress.objects.update_or_create(
            user=user, email=account.email, defaults={"verified": True, "primary": True}
        )
        role = Membership.Role.LEAD if index == 0 else Membership.Role.MEMBER
        Membership.objects.update_or_create(
            user=user, organisation=organisation, defaults={"role": role}
        )
    demo_pledges_load(consultation)
    return DEMO_MEMBERS


def demo_site_address(address: str) -> None:
    """Point the default Wagtail site at where `make run` serves it, so the links in demo emails,
    letters and packs (page.get_full_url) open the demo rather than http://localhost/."""
    parts = urlsplit(address)
    if not parts.hostname:
        return
    port = parts.port or (443 if parts.scheme == "https" else 80)
    Site.objects.filter(is_default_site=True).update(hostname=parts.hostname, port=port)
