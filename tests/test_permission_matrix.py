"""Every staff URL, walked by every member of the cast: who gets what, and which records show.

Outcomes:
- "sign in": sent to the sign-in page. Participants and supporters have no account; VCSE members
  have an account but no admin access (they will get their own screens, not the admin).
- "refused": Wagtail sends them to the dashboard with "you do not have permission".
- "missing": 404, so another body's record is not even confirmed to exist.
- "ok:RH": the page opens, and of the row's records exactly those lettered are on it.

- "to own page": a VCSE member is sent on to their own organisation's page.
- "to answering": staff open a typed-in form again on the answering pages (ADR 017).
- "405": the address takes a form's POST only.

Staff screens are the Wagtail admin's (ROWS), and the organisations and results apps' (MEMBER_ROWS,
where VCSE members have their own column); a new staff view gets a row here.
"""

from dataclasses import dataclass

import pytest
from django.urls import reverse

from tests.cast import EVERYONE
from tests.permission_matrix_records import (
    BODIES,
    BODY_CHOICES,
    BODY_NAMES,
    COMMUNITY_GROUPS,
    COMMUNITY_MEMBERS,
    CONSULTATIONS,
    DECISIONS,
    GROUPS,
    IDEAS,
    MEMBERS,
    NOBODY_WITHOUT_ADMIN,
    OWN_IDEAS,
    PAPER_FORMS,
    PUBLIC_IDEAS,
    SESSION_FACILITATORS,
    SESSIONS,
    fill,
)

pytestmark = pytest.mark.django_db


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
    # Group sessions (ADR 016): the organisation's members record and change them; the body
    # running the consultation reads one (and its tallies) but changes nothing; nobody else.
    MemberRow("/organisations/{riverside_advocacy}/sessions/", "missing", "missing", "missing", "ok:R", "missing", "ok:R", SESSIONS),  # noqa: E501
    MemberRow("/organisations/{hillside_carers}/sessions/", "missing", "missing", "missing", "missing", "ok:H", "ok:H", SESSIONS),  # noqa: E501
    MemberRow("/organisations/{riverside_advocacy}/sessions/new/", "missing", "missing", "missing", "ok", "missing", "ok"),  # noqa: E501
    MemberRow("/organisations/{riverside_advocacy}/sessions/new/{riverside}/", "missing", "missing", "missing", "ok", "missing", "ok"),  # noqa: E501
    MemberRow("/organisations/{riverside_council}/sessions/new/{riverside}/", "missing", "missing", "missing", "missing", "missing", "missing"),  # noqa: E501
    MemberRow("/organisations/{riverside_advocacy}/sessions/{riverside_session}/", "ok:R", "missing", "missing", "ok:R", "missing", "ok:R", SESSION_FACILITATORS),  # noqa: E501
    MemberRow("/organisations/{hillside_carers}/sessions/{hillside_session}/", "missing", "ok:H", "missing", "missing", "ok:H", "ok:H", SESSION_FACILITATORS),  # noqa: E501
    # Another organisation's session under your own organisation's address.
    MemberRow("/organisations/{riverside_advocacy}/sessions/{hillside_session}/", "missing", "missing", "missing", "missing", "missing", "missing"),  # noqa: E501
    MemberRow("/organisations/{riverside_advocacy}/sessions/{riverside_session}/change/", "missing", "missing", "missing", "ok", "missing", "ok"),  # noqa: E501
    MemberRow("/organisations/{hillside_carers}/sessions/{hillside_session}/change/", "missing", "missing", "missing", "missing", "ok", "ok"),  # noqa: E501
    MemberRow("/organisations/{riverside_advocacy}/sessions/{riverside_session}/questions/{riverside_question}/", "missing", "missing", "missing", "ok", "missing", "ok"),  # noqa: E501
    MemberRow("/organisations/{hillside_carers}/sessions/{hillside_session}/questions/{hillside_question}/", "missing", "missing", "missing", "missing", "ok", "ok"),  # noqa: E501
    # Organisational responses (ADR 020): the organisation's own pages.
    MemberRow("/organisations/{riverside_advocacy}/responses/", "missing", "missing", "missing", "ok", "missing", "ok"),  # noqa: E501
    MemberRow("/organisations/{hillside_carers}/responses/", "missing", "missing", "missing", "missing", "ok", "ok"),  # noqa: E501
    MemberRow("/organisations/{riverside_advocacy}/responses/{riverside_org_draft}/", "missing", "missing", "missing", "ok", "missing", "ok"),  # noqa: E501
    MemberRow("/organisations/{riverside_advocacy}/responses/{riverside_org_draft}/questions/{riverside_question}/", "missing", "missing", "missing", "ok", "missing", "ok"),  # noqa: E501
    MemberRow("/organisations/{riverside_advocacy}/responses/{riverside_org_draft}/speaks-for/", "missing", "missing", "missing", "ok", "missing", "ok"),  # noqa: E501
    MemberRow("/organisations/{riverside_advocacy}/responses/{riverside_org_submitted}/withdraw/", "missing", "missing", "missing", "ok", "missing", "ok"),  # noqa: E501
    MemberRow("/organisations/{hillside_carers}/responses/{hillside_org_draft}/", "missing", "missing", "missing", "missing", "ok", "ok"),  # noqa: E501
    MemberRow("/organisations/{hillside_carers}/responses/{hillside_org_submitted}/withdraw/", "missing", "missing", "missing", "missing", "ok", "ok"),  # noqa: E501
    # Another organisation's response under your own organisation's address.
    MemberRow("/organisations/{riverside_advocacy}/responses/{hillside_org_draft}/", "missing", "missing", "missing", "missing", "missing", "missing"),  # noqa: E501
    MemberRow("/organisations/{riverside_advocacy}/responses/{hillside_org_submitted}/speaks-for/", "missing", "missing", "missing", "missing", "missing", "missing"),  # noqa: E501
    # Starting and submitting take a POST only.
    MemberRow("/organisations/{riverside_advocacy}/responses/start/{riverside}/home/", "405", "405", "405", "405", "405", "405"),  # noqa: E501
    MemberRow("/organisations/{riverside_advocacy}/responses/{riverside_org_draft}/submit/", "405", "405", "405", "405", "405", "405"),  # noqa: E501
    # The commissioner's read-only view: submitted and withdrawn responses, never drafts.
    MemberRow("/organisations/responses/", "ok:R", "ok:H", "ok:", "ok:", "ok:", "ok:RH", CONSULTATIONS),  # noqa: E501
    MemberRow("/organisations/responses/consultations/{riverside}/", "ok:R", "missing", "missing", "missing", "missing", "ok:R", COMMUNITY_GROUPS),  # noqa: E501
    MemberRow("/organisations/responses/consultations/{hillside}/", "missing", "ok:H", "missing", "missing", "missing", "ok:H", COMMUNITY_GROUPS),  # noqa: E501
    MemberRow("/organisations/responses/{riverside_org_submitted}/", "ok", "missing", "missing", "missing", "missing", "ok"),  # noqa: E501
    MemberRow("/organisations/responses/{hillside_org_submitted}/", "missing", "ok", "missing", "missing", "missing", "ok"),  # noqa: E501
    MemberRow("/organisations/responses/{riverside_org_draft}/", "missing", "missing", "missing", "missing", "missing", "missing"),  # noqa: E501
    # Typing in paper forms and interviews (ADR 017): a community group's members for any live
    # consultation, a commissioning body's members for its own; no one for another's.
    MemberRow("/organisations/{riverside_advocacy}/typing-in/", "missing", "missing", "missing", "ok:RH", "missing", "ok:RH", CONSULTATIONS),  # noqa: E501
    MemberRow("/organisations/{riverside_council}/typing-in/", "ok:R", "missing", "missing", "missing", "missing", "ok:R", CONSULTATIONS),  # noqa: E501
    MemberRow("/organisations/{hillside_carers}/typing-in/", "missing", "missing", "missing", "missing", "ok:RH", "ok:RH", CONSULTATIONS),  # noqa: E501
    MemberRow("/organisations/{riverside_advocacy}/typing-in/{riverside}/", "missing", "missing", "missing", "ok:R", "missing", "ok:R", PAPER_FORMS),  # noqa: E501
    MemberRow("/organisations/{riverside_council}/typing-in/{riverside}/", "ok", "missing", "missing", "missing", "missing", "ok"),  # noqa: E501
    MemberRow("/organisations/{riverside_council}/typing-in/{hillside}/", "missing", "missing", "missing", "missing", "missing", "missing"),  # noqa: E501
    MemberRow("/organisations/{riverside_advocacy}/typing-in/{riverside}/{riverside_paper}/", "missing", "missing", "missing", "to answering", "missing", "to answering"),  # noqa: E501
    MemberRow("/organisations/{hillside_carers}/typing-in/{riverside}/{hillside_paper}/", "missing", "missing", "missing", "missing", "to answering", "to answering"),  # noqa: E501
    # Another organisation's form under your own organisation's address.
    MemberRow("/organisations/{riverside_advocacy}/typing-in/{riverside}/{hillside_paper}/", "missing", "missing", "missing", "missing", "missing", "missing"),  # noqa: E501
    MemberRow("/organisations/{riverside_advocacy}/typing-in/{riverside}/new-batch/", "405", "405", "405", "405", "405", "405"),  # noqa: E501
    # Ideas (issue 10): a community group's own ideas and session votes; the commissioning body's
    # moderation; the public, easy-read pages, which show published ideas only.
    MemberRow("/organisations/{riverside_advocacy}/ideas/", "missing", "missing", "missing", "ok:R", "missing", "ok:R", OWN_IDEAS),  # noqa: E501
    MemberRow("/organisations/{hillside_carers}/ideas/", "missing", "missing", "missing", "missing", "ok:H", "ok:H", OWN_IDEAS),  # noqa: E501
    MemberRow("/organisations/{riverside_advocacy}/ideas/new/", "missing", "missing", "missing", "ok", "missing", "ok"),  # noqa: E501
    MemberRow("/organisations/{riverside_advocacy}/ideas/{riverside_reword}/reword/", "missing", "missing", "missing", "ok", "missing", "ok"),  # noqa: E501
    MemberRow("/organisations/{riverside_advocacy}/ideas/{hillside_idea}/reword/", "missing", "missing", "missing", "missing", "missing", "missing"),  # noqa: E501
    MemberRow("/organisations/{riverside_council}/ideas/", "missing", "missing", "missing", "missing", "missing", "missing"),  # noqa: E501
    MemberRow("/organisations/{riverside_council}/ideas/new/", "missing", "missing", "missing", "missing", "missing", "missing"),  # noqa: E501
    MemberRow("/organisations/{riverside_advocacy}/ideas/sessions/{riverside_session}/votes/", "missing", "missing", "missing", "ok", "missing", "ok"),  # noqa: E501
    MemberRow("/organisations/{hillside_carers}/ideas/sessions/{hillside_session}/votes/", "missing", "missing", "missing", "missing", "ok", "ok"),  # noqa: E501
    MemberRow("/organisations/{riverside_advocacy}/ideas/sessions/{hillside_session}/votes/", "missing", "missing", "missing", "missing", "missing", "missing"),  # noqa: E501
    MemberRow("/organisations/{riverside_council}/ideas/moderate/", "ok:R", "missing", "missing", "missing", "missing", "ok:R", IDEAS),  # noqa: E501
    MemberRow("/organisations/{hillside_council}/ideas/moderate/", "missing", "ok:H", "missing", "missing", "missing", "ok:H", IDEAS),  # noqa: E501
    MemberRow("/organisations/{riverside_advocacy}/ideas/moderate/", "missing", "missing", "missing", "missing", "missing", "missing"),  # noqa: E501
    MemberRow("/organisations/{riverside_council}/ideas/moderate/{riverside_idea}/", "ok", "missing", "missing", "missing", "missing", "ok"),  # noqa: E501
    MemberRow("/organisations/{riverside_council}/ideas/moderate/{hillside_idea}/", "missing", "missing", "missing", "missing", "missing", "missing"),  # noqa: E501
    MemberRow("/organisations/{riverside_council}/ideas/moderate/{riverside_idea}/reword/", "ok", "missing", "missing", "missing", "missing", "ok"),  # noqa: E501
    MemberRow("/organisations/{riverside_council}/ideas/moderate/{riverside_idea}/words/", "ok", "missing", "missing", "missing", "missing", "ok"),  # noqa: E501
    MemberRow("/organisations/{hillside_council}/ideas/moderate/{riverside_idea}/words/", "missing", "missing", "missing", "missing", "missing", "missing"),  # noqa: E501
    MemberRow("/organisations/{riverside_council}/ideas/moderate/{hillside_idea}/reword/", "missing", "missing", "missing", "missing", "missing", "missing"),  # noqa: E501
    MemberRow("/ideas/{riverside}/", "ok:R", "ok:R", "ok:R", "ok:R", "ok:R", "ok:R", PUBLIC_IDEAS, anonymous="ok:R"),  # noqa: E501
    MemberRow("/ideas/{riverside}/your-ideas/", "ok", "ok", "ok", "ok", "ok", "ok", anonymous="ok"),
    # "What we decided about your answers" (ADR 025) asks everyone for their code; before
    # "you said, we did" is published it is the usual "come back" page.
    MemberRow("/what-we-decided/{riverside}/", "to answering", "to answering", "to answering", "to answering", "to answering", "to answering", anonymous="to answering"),  # noqa: E501
    # Voting asks for the person's code first, and shows no ideas until then.
    MemberRow("/ideas/{riverside}/vote/community/", "ok:", "ok:", "ok:", "ok:", "ok:", "ok:", PUBLIC_IDEAS, anonymous="ok:"),  # noqa: E501
    # Decisions: the commissioning body's own members (and administrators) only (ADR 022).
    MemberRow("/organisations/{riverside_council}/decisions/", "ok:R", "missing", "missing", "missing", "missing", "ok:R", DECISIONS),  # noqa: E501
    MemberRow("/organisations/{hillside_council}/decisions/", "missing", "ok:H", "missing", "missing", "missing", "ok:H", DECISIONS),  # noqa: E501
    MemberRow("/organisations/{riverside_council}/decisions/new/", "ok", "missing", "missing", "missing", "missing", "ok"),  # noqa: E501
    MemberRow("/organisations/{riverside_council}/decisions/{riverside_decision}/", "ok", "missing", "missing", "missing", "missing", "ok"),  # noqa: E501
    MemberRow("/organisations/{riverside_council}/decisions/{riverside_decision}/edit/", "ok", "missing", "missing", "missing", "missing", "ok"),  # noqa: E501
    MemberRow("/organisations/{riverside_council}/decisions/{riverside_decision}/lines/", "ok", "missing", "missing", "missing", "missing", "ok"),  # noqa: E501
    MemberRow("/organisations/{riverside_council}/decisions/{riverside_decision}/evidence/", "ok", "missing", "missing", "missing", "missing", "ok"),  # noqa: E501
    MemberRow("/organisations/{hillside_council}/decisions/{hillside_decision}/", "missing", "ok", "missing", "missing", "missing", "ok"),  # noqa: E501
    # Another body's decision under your own body's address.
    MemberRow("/organisations/{riverside_council}/decisions/{hillside_decision}/", "missing", "missing", "missing", "missing", "missing", "missing"),  # noqa: E501
    # A community group has no decisions.
    MemberRow("/organisations/{riverside_advocacy}/decisions/", "missing", "missing", "missing", "missing", "missing", "missing"),  # noqa: E501
    MemberRow("/organisations/{riverside_council}/decisions/{riverside_decision}/publish/", "405", "405", "405", "405", "405", "405"),  # noqa: E501
    # Telling people (ADR 026): the commissioning body's own members (and administrators) only.
    MemberRow("/organisations/{riverside_council}/telling/", "ok:R", "missing", "missing", "missing", "missing", "ok:R", CONSULTATIONS),  # noqa: E501
    MemberRow("/organisations/{riverside_council}/telling/{riverside}/", "ok", "missing", "missing", "missing", "missing", "ok"),  # noqa: E501
    MemberRow("/organisations/{hillside_council}/telling/{hillside}/", "missing", "ok", "missing", "missing", "missing", "ok"),  # noqa: E501
    # Another body's consultation under your own body's address; a community group has none.
    MemberRow("/organisations/{riverside_council}/telling/{hillside}/", "missing", "missing", "missing", "missing", "missing", "missing"),  # noqa: E501
    MemberRow("/organisations/{riverside_advocacy}/telling/{riverside}/", "missing", "missing", "missing", "missing", "missing", "missing"),  # noqa: E501
    MemberRow("/organisations/{riverside_council}/telling/{riverside}/complete/", "ok", "missing", "missing", "missing", "missing", "ok"),  # noqa: E501
    MemberRow("/organisations/{riverside_council}/telling/{riverside}/packs/{riverside_pack}/", "ok", "missing", "missing", "missing", "missing", "ok"),  # noqa: E501
    MemberRow("/organisations/{riverside_council}/telling/{riverside}/packs/{riverside_pack}/shared/", "ok", "missing", "missing", "missing", "missing", "ok"),  # noqa: E501
    MemberRow("/organisations/{riverside_council}/telling/{riverside}/rounds/{riverside_round}/letters.pdf", "ok", "missing", "missing", "missing", "missing", "ok"),  # noqa: E501
    MemberRow("/organisations/{hillside_council}/telling/{hillside}/packs/{riverside_pack}/", "missing", "missing", "missing", "missing", "missing", "missing"),  # noqa: E501
    MemberRow("/organisations/{hillside_council}/telling/{hillside}/rounds/{riverside_round}/letters.pdf", "missing", "missing", "missing", "missing", "missing", "missing"),  # noqa: E501
    MemberRow("/organisations/{riverside_council}/telling/{riverside}/start/", "405", "405", "405", "405", "405", "405"),  # noqa: E501
    MemberRow("/organisations/{riverside_council}/telling/{riverside}/rounds/{riverside_round}/posted/", "405", "405", "405", "405", "405", "405"),  # noqa: E501
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
    # Ideas with a budget, and group sessions and organisations (ADR 024): published ideas only.
    MemberRow("/results/{riverside}/ideas/", "ok:R", "missing", "missing", "missing", "missing", "ok:R", PUBLIC_IDEAS),  # noqa: E501
    MemberRow("/results/{riverside}/ideas/?budget=500&area=community", "ok:R", "missing", "missing", "missing", "missing", "ok:R", PUBLIC_IDEAS),  # noqa: E501
    MemberRow("/results/{hillside}/ideas/", "missing", "ok:", "missing", "missing", "missing", "ok:", PUBLIC_IDEAS),  # noqa: E501
    MemberRow("/results/{riverside}/groups-and-organisations/", "ok:R", "missing", "missing", "missing", "missing", "ok:R", COMMUNITY_GROUPS),  # noqa: E501
    MemberRow("/results/{hillside}/groups-and-organisations/", "missing", "ok:H", "missing", "missing", "missing", "ok:H", COMMUNITY_GROUPS),  # noqa: E501
    MemberRow("/results/{riverside}/export/?format=ods", "ok", "missing", "missing", "missing", "missing", "ok"),  # noqa: E501
    MemberRow("/results/{riverside}/export/?format=xlsx", "ok", "missing", "missing", "missing", "missing", "ok"),  # noqa: E501
    MemberRow("/results/{hillside}/export/?format=xlsx", "missing", "ok", "missing", "missing", "missing", "ok"),  # noqa: E501
    # The JSON API of public results (ADR 023): for everyone, signed in or not, and only results
    # published for a closed consultation (none here, so nothing is listed and nothing found).
    MemberRow("/api/results/", "ok:", "ok:", "ok:", "ok:", "ok:", "ok:", CONSULTATIONS, anonymous="ok:"),  # noqa: E501
    MemberRow("/api/results/{riverside}/", "missing", "missing", "missing", "missing", "missing", "missing", anonymous="missing"),  # noqa: E501
    # Publishing public results takes a POST only (the POST is scoped like the screens).
    MemberRow("/results/{riverside}/publish/", "405", "405", "405", "405", "405", "405"),
]
# fmt: on


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
        if location.startswith("/answer/"):
            return "to answering"
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
    response = client_for(person).get(fill(row.url, cast))
    assert _outcome(response, row.records) == row.expected(person)


@pytest.mark.parametrize("person", EVERYONE)
@pytest.mark.parametrize("row", MEMBER_ROWS, ids=[row.url for row in MEMBER_ROWS])
def test_who_gets_what_on_every_organisation_url(cast, client_for, person, row):
    response = client_for(person).get(fill(row.url, cast))
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
