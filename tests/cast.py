"""The named cast for permission tests, and the small factories it is built from.

Two commissioning bodies each run one consultation, and two VCSE groups each have a member:

- participant and supporter: no account, an anonymous browser each (PRODUCT.md section 3);
- commissioner: Riverside Council, in the Moderators group;
- other_commissioner: Hillside Council, in the Moderators group;
- editor: in the Editors group, and given the Riverside consultation only;
- vcse_member: member of Riverside Advocacy; other_vcse_member: lead of Hillside Carers;
- administrator: a superuser.

Staff who can reach the admin, and VCSE members, have a verified email and an authenticator app
set up, as the two-factor middleware asks of them (ADR 014).
"""

import time
from dataclasses import dataclass

import factory
from allauth.account.models import EmailAddress
from allauth.mfa import app_settings as mfa_settings
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import (
    TOTP,
    format_hotp_value,
    generate_totp_secret,
    hotp_value,
)
from allauth.mfa.utils import decrypt
from django.contrib.auth.models import Group, Permission, User
from django.test import override_settings
from factory.django import DjangoModelFactory, Password
from wagtail.models import GroupPagePermission

from consultations.models import ConsultationPage
from consultations.tests.factories import make_consultation
from organisations.models import Membership, Organisation

PASSWORD = "a-long-password-1"


class UserFactory(DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"person{n}@example.org")
    email = factory.SelfAttribute("username")
    password = Password(PASSWORD)


class OrganisationFactory(DjangoModelFactory):
    class Meta:
        model = Organisation
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Community group {n}")
    kind = Organisation.Kind.VCSE
    verified = True


class CommissionerFactory(OrganisationFactory):
    name = factory.Sequence(lambda n: f"Council {n}")
    kind = Organisation.Kind.COMMISSIONER


class MembershipFactory(DjangoModelFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    role = Membership.Role.MEMBER


def staff_ready(user: User) -> User:
    """A verified email and an authenticator app, so the two-factor middleware lets them in."""
    EmailAddress.objects.update_or_create(
        user=user, email=user.email, defaults={"verified": True, "primary": True}
    )
    TOTP.activate(user, generate_totp_secret())
    return user


def totp_code(user: User) -> str:
    """The one-time code the person's authenticator app shows now.

    A code made in the last 2 seconds of its period can be stale by the time it is sent, and is
    then refused, so near the end of a period this waits for the next one, as a person would.
    """
    authenticator = Authenticator.objects.get(user=user, type=Authenticator.Type.TOTP)
    secret = decrypt(authenticator.data["secret"])
    period = mfa_settings.TOTP_PERIOD
    left = period - time.time() % period
    if left < 2:
        time.sleep(left + 0.05)
    return format_hotp_value(hotp_value(secret, int(time.time()) // period))


def in_group(user: User, name: str) -> User:
    user.groups.add(Group.objects.get(name=name))
    return user


def give_consultation(user: User, consultation: ConsultationPage) -> None:
    """Give one person a consultation the Wagtail way: a group with permission on that page."""
    group, _ = Group.objects.get_or_create(name=f"Editors of {consultation.title}")
    GroupPagePermission.objects.get_or_create(
        group=group,
        page=consultation,
        permission=Permission.objects.get(
            content_type__app_label="wagtailcore", codename="change_page"
        ),
    )
    user.groups.add(group)


@dataclass(frozen=True)
class Cast:
    riverside: Organisation
    hillside: Organisation
    riverside_advocacy: Organisation
    hillside_carers: Organisation
    riverside_consultation: ConsultationPage
    hillside_consultation: ConsultationPage
    commissioner: User
    other_commissioner: User
    editor: User
    vcse_member: User
    other_vcse_member: User
    administrator: User


# Who can sign in, and who cannot: the names the permission matrix walks.
ACCOUNTS = [
    "commissioner",
    "other_commissioner",
    "editor",
    "vcse_member",
    "other_vcse_member",
    "administrator",
]
EVERYONE = ["participant", "supporter", *ACCOUNTS]


# Test settings queue Wagtail's search-index tasks without running them (ADR 010). The matrix
# searches the cast's organisations by name, so the cast is built with tasks run at once.
IMMEDIATE_TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


def cast_build() -> Cast:
    with override_settings(TASKS=IMMEDIATE_TASKS):
        return _cast_build()


def _cast_build() -> Cast:
    riverside = CommissionerFactory(name="Riverside Council")
    hillside = CommissionerFactory(name="Hillside Council")
    riverside_consultation = make_consultation(
        title="Riverside: have your say", slug="riverside", commissioner=riverside
    )
    hillside_consultation = make_consultation(
        title="Hillside: have your say", slug="hillside", commissioner=hillside
    )
    riverside_advocacy = OrganisationFactory(name="Riverside Advocacy")
    hillside_carers = OrganisationFactory(name="Hillside Carers")

    commissioner = staff_ready(
        in_group(UserFactory(username="cam@riverside.example"), "Moderators")
    )
    MembershipFactory(user=commissioner, organisation=riverside, role=Membership.Role.LEAD)
    other_commissioner = staff_ready(
        in_group(UserFactory(username="hal@hillside.example"), "Moderators")
    )
    MembershipFactory(user=other_commissioner, organisation=hillside, role=Membership.Role.LEAD)
    editor = staff_ready(in_group(UserFactory(username="eddie@riverside.example"), "Editors"))
    give_consultation(editor, riverside_consultation)
    vcse_member = staff_ready(UserFactory(username="val@advocacy.example"))
    MembershipFactory(user=vcse_member, organisation=riverside_advocacy)
    other_vcse_member = staff_ready(UserFactory(username="vic@carers.example"))
    MembershipFactory(
        user=other_vcse_member, organisation=hillside_carers, role=Membership.Role.LEAD
    )
    administrator = staff_ready(
        UserFactory(username="ada@sharedsay.example", is_staff=True, is_superuser=True)
    )
    return Cast(
        riverside=riverside,
        hillside=hillside,
        riverside_advocacy=riverside_advocacy,
        hillside_carers=hillside_carers,
        riverside_consultation=riverside_consultation,
        hillside_consultation=hillside_consultation,
        commissioner=commissioner,
        other_commissioner=other_commissioner,
        editor=editor,
        vcse_member=vcse_member,
        other_vcse_member=other_vcse_member,
        administrator=administrator,
    )
