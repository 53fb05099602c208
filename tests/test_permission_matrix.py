"""Every staff URL, walked by every member of the cast: who gets what, and which records show.

Outcomes:
- "sign in": sent to the sign-in page. Participants and supporters have no account; VCSE members
  have an account but no admin access (they will get their own screens, not the admin).
- "refused": Wagtail sends them to the dashboard with "you do not have permission".
- "missing": 404, so another body's record is not even confirmed to exist.
- "ok:RH": the page opens, and of the row's records exactly those lettered are on it.

- "to own page": a VCSE member is sent on to their own organisation's page.
- "405": the address takes a form's POST only.

Staff screens are the Wagtail admin's (ROWS), and the organisations and results apps' (MEMBER_ROWS,
where VCSE members have their own column); a new staff view gets a row here.
"""

from dataclasses import dataclass

import pytest
from django.urls import reverse

from consultations.models import AreaPage, EasyReadSignOff, HomePage, RespondentGroup
from organisations.models import Invitation, Pledge
from tests.cast import EVERYONE

pytestmark = pytest.mark.django_db

# The records a row looks for, by letter.
CONSULTATIONS = {"R": "Riverside: have your say", "H": "Hillside: have your say"}
BODIES = {"R": "Riverside Council</span>", "H": "Hillside Council</span>"}
BODY_CHOICES = {"R": "Riverside Council</option>", "H": "Hillside Council</option>"}
BODY_NAMES = {"R": "Riverside Council", "H": "Hillside Council"}
MEMBERS = {"R": "cam@riverside.example", "H": "hal@hillside.example"}
GROUPS = {"R": "Carers in Riverside", "H": "Carers in Hillside"}
COMMUNITY_GROUPS = {"R": "Riverside Advocacy", "H": "Hillside Carers"}
COMMUNITY_MEMBERS = {"R": "val@advocacy.example", "H": "vic@carers.example"}
NOBODY_WITHOUT_ADMIN = ["participant", "supporter", "vcse_member", "other_vcse_member"]


@dataclass(frozen=True)
class Row:
    url: str
    commissioner: str
    other_commissioner: str
    editor: str
    administrator: str
    records: dict[str, str] | None = None

    def expected(self, person: str) -> str:
        if person in NOBODY_WITHOUT_ADMIN:
            return "sign in"
        return getattr(self, person)


# fmt: off
# Columns: commissioner (Riverside), other_commissioner (Hillside), editor (given Riverside),
# administrator.
ROWS = [
    Row("/admin/", "ok", "ok", "ok", "ok"),
    Row("/admin/pages/{home}/", "ok:R", "ok:H", "ok:R", "ok:RH", CONSULTATIONS),
    Row("/admin/pages/search/?q=have", "ok:R", "ok:H", "ok:R", "ok:RH", CONSULTATIONS),
    Row("/admin/choose-page/{home}/", "ok:R", "ok:H", "ok:R", "ok:RH", CONSULTATIONS),
    # The side-panel page explorer reads the admin API.
    Row("/admin/api/main/pages/?child_of={home}&for_explorer=1", "ok:R", "ok:H", "ok:R", "ok:RH", CONSULTATIONS),  # noqa: E501
    Row("/admin/api/main/pages/?search=say", "ok:R", "ok:H", "ok:R", "ok:RH", CONSULTATIONS),
    Row("/admin/api/main/pages/{hillside}/", "missing", "ok", "missing", "ok"),
    Row("/admin/reports/site-history/", "ok:R", "ok:H", "ok:R", "ok:RH", CONSULTATIONS),
    # Aging pages lists pages someone may publish; editors publish nothing.
    Row("/admin/reports/aging-pages/", "ok:R", "ok:H", "ok:", "ok:RH", CONSULTATIONS),
    Row("/admin/reports/workflow/", "ok", "ok", "ok", "ok"),
    Row("/admin/reports/workflow_tasks/", "ok", "ok", "ok", "ok"),
    Row("/admin/reports/locked/", "ok", "ok", "refused", "ok"),
    Row("/admin/pages/{riverside}/", "ok", "refused", "ok", "ok"),
    Row("/admin/pages/{riverside}/edit/", "ok", "refused", "ok", "ok"),
    Row("/admin/pages/{riverside_area}/edit/", "ok", "refused", "ok", "ok"),
    Row("/admin/pages/{riverside}/history/", "ok", "refused", "ok", "ok"),
    Row("/admin/pages/{riverside}/usage/", "ok", "refused", "ok", "ok"),
    Row("/admin/pages/{riverside}/workflow_history/", "ok", "refused", "ok", "ok"),
    # Copying needs Wagtail's add permission on the home page, which both groups hold.
    Row("/admin/pages/{riverside}/copy/", "ok", "refused", "ok", "ok"),
    Row("/admin/pages/{riverside}/move/", "ok", "refused", "refused", "ok"),
    Row("/admin/pages/{riverside}/unpublish/", "ok", "refused", "refused", "ok"),
    Row("/admin/pages/{riverside}/delete/", "refused", "refused", "refused", "ok"),
    Row("/admin/pages/{hillside}/", "refused", "ok", "refused", "ok"),
    Row("/admin/pages/{hillside}/edit/", "refused", "ok", "refused", "ok"),
    Row("/admin/pages/{hillside_area}/edit/", "refused", "ok", "refused", "ok"),
    Row("/admin/pages/{hillside}/history/", "refused", "ok", "refused", "ok"),
    Row("/admin/pages/{hillside}/view_draft/", "refused", "ok", "refused", "ok"),
    Row("/admin/pages/{hillside}/revisions/{hillside_revision}/view/", "refused", "ok", "refused", "ok"),  # noqa: E501
    Row("/admin/pages/{hillside}/revisions/compare/earliest...{hillside_revision}/", "refused", "ok", "refused", "ok"),  # noqa: E501
    Row("/admin/pages/add/consultations/consultationpage/{home}/", "ok:R", "ok:H", "ok:R", "ok:RH", BODY_CHOICES),  # noqa: E501
    Row("/admin/snippets/organisations/organisation/", "ok:R", "ok:H", "refused", "ok:RH", BODIES),
    Row("/admin/snippets/organisations/organisation/?q=Council", "ok:R", "ok:H", "refused", "ok:RH", BODIES),  # noqa: E501
    Row("/admin/snippets/organisations/organisation/edit/{riverside_council}/", "ok", "missing", "refused", "ok"),  # noqa: E501
    Row("/admin/snippets/organisations/organisation/edit/{hillside_council}/", "missing", "ok", "missing", "ok"),  # noqa: E501
    Row("/admin/snippets/organisations/organisation/history/{hillside_council}/", "missing", "ok", "missing", "ok"),  # noqa: E501
    Row("/admin/snippets/organisations/organisation/usage/{hillside_council}/", "missing", "ok", "missing", "ok"),  # noqa: E501
    Row("/admin/snippets/organisations/organisation/delete/{hillside_council}/", "missing", "refused", "missing", "ok"),  # noqa: E501
    # Anyone who edits pages may choose an organisation, from those they may see.
    Row("/admin/snippets/choose/organisations/organisation/", "ok:R", "ok:H", "ok:R", "ok:RH", BODY_NAMES),  # noqa: E501
    Row("/admin/snippets/choose/organisations/organisation/results/?q=Council", "ok:R", "ok:H", "ok:R", "ok:RH", BODY_NAMES),  # noqa: E501
    Row("/admin/snippets/choose/organisations/organisation/chosen/{hillside_council}/", "missing", "ok", "missing", "ok"),  # noqa: E501
    Row("/admin/snippets/organisations/membership/", "refused", "refused", "refused", "ok:RH", MEMBERS),  # noqa: E501
    Row("/admin/snippets/organisations/membership/add/", "refused", "refused", "refused", "ok"),
    Row("/admin/snippets/consultations/easyreadsignoff/", "ok:R", "ok:H", "refused", "ok:RH", CONSULTATIONS),  # noqa: E501
    Row("/admin/snippets/consultations/easyreadsignoff/edit/{riverside_signoff}/", "ok", "missing", "refused", "ok"),  # noqa: E501
    Row("/admin/snippets/consultations/easyreadsignoff/edit/{hillside_signoff}/", "missing", "ok", "missing", "ok"),  # noqa: E501
    Row("/admin/snippets/consultations/easyreadsignoff/add/", "ok", "ok", "refused", "ok"),
    # A shared library of national models, the same for every body (ADR 008).
    Row("/admin/snippets/consultations/supportmodel/", "ok", "ok", "ok", "ok"),
    Row("/admin/snippets/consultations/respondentgroup/", "ok:R", "ok:H", "refused", "ok:RH", GROUPS),  # noqa: E501
    Row("/admin/snippets/consultations/respondentgroup/add/", "ok", "ok", "refused", "ok"),
    Row("/admin/snippets/consultations/respondentgroup/edit/{riverside_group}/", "ok", "missing", "refused", "ok"),  # noqa: E501
    Row("/admin/snippets/consultations/respondentgroup/edit/{hillside_group}/", "missing", "ok", "missing", "ok"),  # noqa: E501
    Row("/admin/snippets/consultations/respondentgroup/delete/{hillside_group}/", "missing", "ok", "missing", "ok"),  # noqa: E501
    Row("/admin/snippets/consultations/respondentgroup/history/{hillside_group}/", "missing", "ok", "missing", "ok"),  # noqa: E501
    Row("/admin/workflows/list/", "refused", "refused", "refused", "ok"),
    Row("/admin/users/", "refused", "refused", "refused", "ok"),
    Row("/admin/groups/", "refused", "refused", "refused", "ok"),
]


@dataclass(frozen=True)
class MemberRow:
    """An organisations app screen: every signed-in member of the cast has a column."""

    url: str
    commissioner: str
    other_commissioner: str
    editor: str
    vcse_member: str
    other_vcse_member: str
    administrator: str
    records: dict[str, str] | None = None
    anonymous: str = "sign in"

    def expected(self, person: str) -> str:
        if person in ("participant", "supporter"):
            return self.anonymous
        return getattr(self, person)


# Columns: commissioner, other_commissioner, editor, vcse_member (Riverside Advocacy),
# other_vcse_member (lead of Hillside Carers), administrator.
MEMBER_ROWS = [
    # Commissioners see the register of community groups, to verify them and invite members.
    MemberRow("/organisations/", "ok:RH", "ok:RH", "ok:", "to own page", "to own page", "ok:RH", COMMUNITY_GROUPS),  # noqa: E501
    MemberRow("/organisations/{riverside_advocacy}/", "missing", "missing", "missing", "ok:R", "missing", "ok:R", COMMUNITY_MEMBERS),  # noqa: E501
    MemberRow("/organisations/{hillside_carers}/", "missing", "missing", "missing", "missing", "ok:H", "ok:H", COMMUNITY_MEMBERS),  # noqa: E501
    MemberRow("/organisations/{riverside_advocacy}/pledges/new/", "missing", "missing", "missing", "ok", "missing", "ok"),  # noqa: E501
    MemberRow("/organisations/{hillside_carers}/pledges/new/", "missing", "missing", "missing", "missing", "ok", "ok"),  # noqa: E501
    MemberRow("/organisations/{riverside_advocacy}/pledges/{riverside_pledge}/withdraw/", "missing", "missing", "missing", "ok", "missing", "ok"),  # noqa: E501
    MemberRow("/organisations/{hillside_carers}/pledges/{hillside_pledge}/withdraw/", "missing", "missing", "missing", "missing", "ok", "ok"),  # noqa: E501
    # Another organisation's pledge under your own organisation's address.
    MemberRow("/organisations/{riverside_advocacy}/pledges/{hillside_pledge}/withdraw/", "missing", "missing", "missing", "missing", "missing", "missing"),  # noqa: E501
    # Leads invite to their own organisation; commissioners to any community group.
    MemberRow("/organisations/{riverside_advocacy}/invite/", "ok", "ok", "missing", "missing", "missing", "ok"),  # noqa: E501
    MemberRow("/organisations/{hillside_carers}/invite/", "ok", "ok", "missing", "missing", "ok", "ok"),  # noqa: E501
    # A commissioning body has no page, pledges or members to invite here: it works in the admin.
    MemberRow("/organisations/{riverside_council}/", "missing", "missing", "missing", "missing", "missing", "missing"),  # noqa: E501
    MemberRow("/organisations/{riverside_council}/pledges/new/", "missing", "missing", "missing", "missing", "missing", "missing"),  # noqa: E501
    MemberRow("/organisations/{riverside_council}/invite/", "missing", "missing", "missing", "missing", "missing", "missing"),  # noqa: E501
    # Verifying takes a POST only; the answer to a GET is the same for any number, so says nothing.
    MemberRow("/organisations/{riverside_advocacy}/verify/", "405", "405", "405", "405", "405", "405"),  # noqa: E501
    # The invitation link is the way in for someone with no account yet.
    MemberRow("/invitations/{invitation}/", "ok", "ok", "ok", "ok", "ok", "ok", anonymous="ok"),
    # Results (ADR 019): only the body running the consultation reads them; editors write
    # content and community groups see their own aggregates elsewhere.
    MemberRow("/results/", "ok:R", "ok:H", "ok:", "ok:", "ok:", "ok:RH", CONSULTATIONS),
    MemberRow("/results/{riverside}/", "ok", "missing", "missing", "missing", "missing", "ok"),
    MemberRow("/results/{hillside}/", "missing", "ok", "missing", "missing", "missing", "ok"),
    MemberRow("/results/{riverside}/who-we-heard/", "ok", "missing", "missing", "missing", "missing", "ok"),  # noqa: E501
    MemberRow("/results/{hillside}/who-we-heard/", "missing", "ok", "missing", "missing", "missing", "ok"),  # noqa: E501
    MemberRow("/results/{riverside}/questions/", "ok", "missing", "missing", "missing", "missing", "ok"),  # noqa: E501
    MemberRow("/results/{hillside}/questions/?view=equal-voice", "missing", "ok", "missing", "missing", "missing", "ok"),  # noqa: E501
    MemberRow("/results/{riverside}/coins/", "ok", "missing", "missing", "missing", "missing", "ok"),  # noqa: E501
    MemberRow("/results/{hillside}/coins/", "missing", "ok", "missing", "missing", "missing", "ok"),
    MemberRow("/results/{riverside}/export/?format=csv", "ok", "missing", "missing", "missing", "missing", "ok"),  # noqa: E501
    MemberRow("/results/{hillside}/export/", "missing", "ok", "missing", "missing", "missing", "ok"),  # noqa: E501
    # Publishing public results takes a POST only (the POST is scoped like the screens).
    MemberRow("/results/{riverside}/publish/", "405", "405", "405", "405", "405", "405"),
]
# fmt: on


def _fill(url: str, cast) -> str:
    riverside, hillside = cast.riverside_consultation, cast.hillside_consultation
    riverside_group, _ = RespondentGroup.objects.get_or_create(
        consultation=riverside, key="carers", defaults={"name": GROUPS["R"], "easy_name": "Carers"}
    )
    hillside_group, _ = RespondentGroup.objects.get_or_create(
        consultation=hillside, key="carers", defaults={"name": GROUPS["H"], "easy_name": "Carers"}
    )
    riverside_pledge, _ = Pledge.objects.get_or_create(
        organisation=cast.riverside_advocacy, group=riverside_group
    )
    hillside_pledge, _ = Pledge.objects.get_or_create(
        organisation=cast.hillside_carers, group=hillside_group
    )
    invitation, _ = Invitation.objects.get_or_create(
        organisation=cast.riverside_advocacy, email="newcomer@advocacy.example"
    )
    return url.format(
        riverside_group=riverside_group.pk,
        hillside_group=hillside_group.pk,
        riverside_pledge=riverside_pledge.pk,
        hillside_pledge=hillside_pledge.pk,
        invitation=invitation.token,
        riverside_advocacy=cast.riverside_advocacy.pk,
        hillside_carers=cast.hillside_carers.pk,
        home=HomePage.objects.get().pk,
        riverside=riverside.pk,
        hillside=hillside.pk,
        riverside_area=AreaPage.objects.child_of(riverside).first().pk,
        hillside_area=AreaPage.objects.child_of(hillside).first().pk,
        riverside_council=cast.riverside.pk,
        hillside_council=cast.hillside.pk,
        riverside_signoff=EasyReadSignOff.objects.get(consultation=riverside).pk,
        hillside_signoff=EasyReadSignOff.objects.get(consultation=hillside).pk,
        hillside_revision=hillside.latest_revision_id,
    )


def _outcome(response, records: dict[str, str] | None) -> str:
    if response.status_code == 404:
        return "missing"
    if response.status_code == 302:
        location = response["Location"]
        # Wagtail's own sign-in address forwards to allauth's (config/urls.py).
        if location.startswith((reverse("account_login"), "/admin/login/")):
            return "sign in"
        if location == reverse("wagtailadmin_home"):
            return "refused"
        if location.startswith("/organisations/") and location != "/organisations/":
            return "to own page"
        return f"redirect to {location}"
    if response.status_code != 200:
        return str(response.status_code)
    if records is None:
        return "ok"
    html = response.content.decode()
    return "ok:" + "".join(letter for letter, text in records.items() if text in html)


@pytest.mark.parametrize("person", EVERYONE)
@pytest.mark.parametrize("row", ROWS, ids=[row.url for row in ROWS])
def test_who_gets_what_on_every_staff_url(cast, client_for, person, row):
    response = client_for(person).get(_fill(row.url, cast))
    assert _outcome(response, row.records) == row.expected(person)


@pytest.mark.parametrize("person", EVERYONE)
@pytest.mark.parametrize("row", MEMBER_ROWS, ids=[row.url for row in MEMBER_ROWS])
def test_who_gets_what_on_every_organisation_url(cast, client_for, person, row):
    response = client_for(person).get(_fill(row.url, cast))
    outcome = _outcome(response, row.records)
    if outcome == "to own page":
        own = getattr(cast, person).memberships.get().organisation
        assert response["Location"] == reverse("organisations:detail", args=[own.pk])
    assert outcome == row.expected(person)


@pytest.mark.parametrize("person", ["other_commissioner", "editor"])
def test_changing_another_bodys_consultation_by_post_is_refused(cast, client_for, person):
    hillside = cast.hillside_consultation
    if person == "other_commissioner":
        hillside = cast.riverside_consultation
    response = client_for(person).post(f"/admin/pages/{hillside.pk}/edit/", {"title": "Taken over"})
    assert _outcome(response, None) == "refused"
    hillside.refresh_from_db()
    assert hillside.get_latest_revision_as_object().title != "Taken over"
