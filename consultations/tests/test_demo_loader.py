"""`make run` loads the open Riverside demo and prints where to go, logins last.

The demo is loaded once for the module (`printed`, in conftest.py). That loading it again adds
nothing is tested once for the whole demo, in test_demo_closed.py. The closed demo is tested there.
"""

import pytest
from django.urls import reverse

from consultations.demo import DEMO_ACCOUNTS, DEMO_MEMBERS
from consultations.models import AreaPage, ConsultationPage
from decisions.models import Decision, YouSaidWeDidPage
from decisions.presenters import easy_read_findings
from organisations.demo_org_responses import DEMO_AREA
from organisations.models import (
    GroupSession,
    GroupTally,
    Membership,
    Organisation,
    OrganisationalResponse,
    Pledge,
)
from responses.demo_paper import DEMO_PAPER
from responses.models import Answer, Channel, Response

from .conftest import DEMO_ADDRESS

pytestmark = pytest.mark.django_db


@pytest.fixture
def riverside(printed) -> ConsultationPage:
    return ConsultationPage.objects.get(slug="riverside")


def test_demo_loader_prints_the_logins_last(printed):
    heading = printed.index("Demo logins (email / password):")
    last = printed[heading + 1 :]
    # Nothing but logins after the heading: each line is an email address and its password.
    assert all(len(line.split()) >= 2 and "@" in line.split()[0] for line in last)
    for account in [*DEMO_ACCOUNTS, *DEMO_MEMBERS]:
        assert any(account.email in line and account.password in line for line in last)


def test_demo_loader_prints_the_address_it_was_given(printed, riverside):
    start = reverse("responses:start", kwargs={"consultation_pk": riverside.pk})
    text = "\n".join(printed)
    assert f"{DEMO_ADDRESS}{start}" in text
    assert f"{DEMO_ADDRESS}{reverse('account_login')}" in text
    assert ":8000" not in text


def test_the_printed_participant_start_address_opens(client, printed):
    start = next(line for line in printed if "Participants start" in line).split()[-1]
    response = client.get(start.removeprefix(DEMO_ADDRESS))
    assert response.status_code == 200


def test_links_in_emails_and_letters_use_the_address_the_demo_is_served_at(riverside):
    assert riverside.get_full_url() == f"{DEMO_ADDRESS}/riverside/"


def test_the_demo_has_two_verified_community_groups_with_groups_pledges_and_sessions(riverside):
    organisations = list(Organisation.objects.vcse().values_list("name", "verified", "verified_at"))
    assert len(organisations) == 2
    assert all(verified and verified_at is not None for _, verified, verified_at in organisations)
    members = Membership.objects.filter(organisation__kind="vcse").values_list("user__email")
    assert sorted(email for (email,) in members) == sorted(m.email for m in DEMO_MEMBERS)
    groups = list(riverside.respondent_groups.values_list("key", "target_count"))
    assert ("carers", 200) in groups
    assert Pledge.objects.filter(group__consultation=riverside).count() == 3
    # One session per community group, and a tally of every question type the demo asks.
    sessions = GroupSession.objects.filter(consultation=riverside)
    names = sorted(sessions.values_list("organisation__name", flat=True))
    assert names == sorted(name for name, *_ in organisations)
    tallies = GroupTally.objects.filter(session__in=sessions)
    asked = {
        block.block_type
        for area in AreaPage.objects.live().child_of(riverside)
        for block in area.questions
    }
    assert set(tallies.values_list("question_type", flat=True)) == asked


def test_the_demo_submits_one_response_per_community_group(riverside):
    responses = OrganisationalResponse.objects.filter(consultation=riverside)
    responses = responses.select_related("organisation")
    assert sorted(response.organisation.name for response in responses) == [
        "Riverside Carers Network",
        "Riverside Self Advocates",
    ]
    for response in responses:
        assert response.is_submitted and response.area_key == DEMO_AREA
        assert response.submitted_by is not None and response.organisation.verified
        counts = [row.people_count for row in response.groups.all()]
        assert sum(counts) == response.people_represented > 0
        # Every question of the area answered, in the same shapes as people's answers.
        assert sorted(response.answers.values_list("question_type", flat=True)) == [
            "choices",
            "good_life",
        ]


def test_the_demo_types_in_three_paper_forms_and_an_interview(riverside):
    open_demo = Response.objects.filter(consultation=riverside)
    typed_in = open_demo.exclude(paper_form_number="")
    assert sorted(typed_in.values_list("paper_form_number", flat=True)) == sorted(
        number for number, *_ in DEMO_PAPER
    )
    assert typed_in.filter(channel=Channel.STAFF_PAPER).count() == 3
    assert typed_in.filter(channel=Channel.STAFF_INTERVIEW).count() == 1
    assert set(typed_in.values_list("organisation__name", flat=True)) == {
        "Riverside Self Advocates"
    }
    assert set(typed_in.values_list("entered_by__username", flat=True)) == {
        "member@riverside-advocacy.example"
    }
    assert open_demo.sent().count() == 4
    # Every form has its answers, counted like any person's.
    assert all(Answer.objects.filter(response=response).exists() for response in typed_in)


def test_the_demo_publishes_a_decision_with_two_lines_evidence_and_an_update(riverside):
    decision = Decision.objects.get(consultation=riverside)
    assert decision.is_published
    assert decision.changes.count() == 2
    assert decision.evidence.count() >= 1
    assert decision.updates.get().progress_pct == decision.progress_pct == 30
    # A draft "you said, we did" page: it goes live after the consultation closes.
    page = YouSaidWeDidPage.objects.child_of(riverside).get()
    assert not page.live
    assert all(
        finding.advice for checked in easy_read_findings(decision) for finding in checked.findings
    )
