"""`make run` also loads a closed Riverside consultation with results, decisions and a code to
come back with. The demo is loaded once for the module (`printed`, in conftest.py)."""

import io
import re

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db.models import Count
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from consultations.demo_closed import DEMO_CODE, SLUG
from consultations.easy_read import page_findings
from consultations.models import AreaPage, ConsultationPage
from decisions.models import (
    Decision,
    DecisionChange,
    DecisionEvidence,
    DecisionUpdate,
    YouSaidWeDidPage,
)
from decisions.promise import promise_for
from ideas.models import Idea, IdeaVote
from organisations.models import (
    GroupSession,
    GroupTally,
    Membership,
    Organisation,
    OrganisationalResponse,
    OrgAnswer,
    Pledge,
)
from responses.codes import resume_code_display
from responses.demo_crowd import CHANNELS, DESCRIBES, HEAR_BACK
from responses.demo_crowd_answers import WORDS
from responses.models import Answer, ContactDetails, Response
from responses.services import resume_code_check
from results import queries
from results.models import ResultSnapshot
from telling.models import Notice, TellingRound
from tests.cast import staff_ready


@pytest.fixture
def closed(printed, db) -> ConsultationPage:
    return ConsultationPage.objects.get(slug=SLUG)


@pytest.fixture
def commissioner(closed) -> Client:
    """The demo's commissioner, signed in with two-factor done."""
    client = Client()
    client.force_login(
        staff_ready(get_user_model().objects.get(username="commissioner@riverside.example"))
    )
    return client


def _rows(html: str) -> dict[str, str]:
    """A table's rows as {row heading: first number}, whitespace ignored."""
    flat = re.sub(r"\s+", " ", html)
    return dict(re.findall(r'<th scope="row">([^<]+)</th> ?<td class="numeric">([^<]+)</td>', flat))


def test_the_closed_demo_is_published_signed_off_and_closed(closed):
    today = timezone.localdate()
    assert closed.live and closed.is_signed_off()
    assert closed.opens_on < closed.closes_on < today and closed.has_closed()
    assert AreaPage.objects.child_of(closed).live().count() == 5
    for page in [closed, *AreaPage.objects.child_of(closed)]:
        assert page_findings(page) == [], page.title
    # Decisions went out before the promise date, so no public page says "late".
    promise = promise_for(closed)
    assert promise.told_on == today and not promise.is_late() and not promise.published_late


def test_people_answered_by_every_channel_as_designed(closed):
    sent = Response.objects.filter(consultation=closed).sent()
    assert sent.count() == Response.objects.filter(consultation=closed).count() == 300
    assert queries.channel_counts(closed) == dict(CHANNELS) | {"group_session": 0}
    # Paper forms and interviews were typed in by the community groups that collected them.
    typed_in = sent.exclude(channel__in=["online_self", "online_supported"])
    assert typed_in.filter(organisation=None).count() == 0
    assert typed_in.filter(entered_by=None).count() == 0
    assert sent.filter(channel="online_supported", is_supported=True).count() == 60
    assert Answer.objects.filter(response__consultation=closed).count() > 300 * 5


def test_people_are_in_every_group_as_designed(closed):
    designed = dict(DESCRIBES)
    groups = queries.consultation_groups(closed)
    sizes = queries.people_by_group(closed, groups)
    # Someone who uses support and is a carer is counted with people who use support.
    assert (
        sizes["people-who-use-support"]
        == designed[("uses_support",)] + designed[("uses_support", "family_carer")]
    )
    assert sizes["carers"] == designed[("family_carer",)]
    assert sizes["care-workers"] == designed[("works_in_care",)]
    assert sizes["not-given"] == designed[()]
    needs = queries.communication_needs(closed)
    assert all(needs[need] for need in ("easy_read", "large_print", "audio", "supporter"))


def test_people_asked_to_hear_back_by_each_route_with_made_up_details(closed):
    routes = dict(HEAR_BACK)
    people = Response.objects.filter(consultation=closed)
    for route, count in routes.items():
        assert people.filter(hear_back=route).count() == count
    details = ContactDetails.objects.filter(response__consultation=closed)
    assert details.count() == routes["email"] + routes["post"] + routes["organisation"]
    emails = details.exclude(email="").values_list("email", flat=True)
    assert len(emails) == routes["email"] and all(e.endswith("@example.org") for e in emails)
    addresses = details.exclude(postal_address="").values_list("postal_address", flat=True)
    assert len(addresses) == routes["post"] and all("Example Street" in a for a in addresses)
    assert details.exclude(organisation="").count() == routes["organisation"]


def test_groups_sessions_an_organisation_and_ideas_took_part(closed):
    sessions = GroupSession.objects.filter(consultation=closed)
    assert sessions.count() == 2
    assert all(session.held_on <= closed.closes_on for session in sessions)
    assert GroupTally.objects.filter(session__in=sessions).count() > 2
    org_response = OrganisationalResponse.objects.get(consultation=closed)
    assert org_response.is_submitted and org_response.people_represented == 22
    assert Pledge.objects.filter(group__consultation=closed).count() == 2
    ideas = Idea.objects.filter(consultation=closed)
    assert ideas.published().count() == 2 and ideas.count() == 3
    votes = IdeaVote.objects.filter(idea__consultation=closed)
    assert votes.exclude(response=None).count() > 100 and votes.exclude(session=None).exists()


def test_decisions_are_published_with_ledger_lines_evidence_and_one_update(closed):
    decisions = Decision.objects.filter(consultation=closed)
    assert decisions.count() == 3 and all(d.is_published for d in decisions)
    assert all(d.changes.exists() and d.evidence.exists() for d in decisions)
    assert DecisionUpdate.objects.filter(decision__in=decisions).count() == 1
    shared_lives = decisions.get(area_key="accommodation")
    assert shared_lives.status == "in_progress" and shared_lives.progress_pct == 40
    # The evidence names what people really chose most, and the decision follows it.
    words = " ".join(shared_lives.evidence.values_list("asked_for", flat=True))
    assert "“With a Shared Lives carer”, more than any other home" in words
    assert "Shared Lives got the biggest share of the coins" in words
    kinds = set(
        DecisionEvidence.objects.filter(decision__in=decisions).values_list("kind", flat=True)
    )
    assert kinds == {"question_result", "group_session", "org_response", "idea"}


def test_the_results_overview_shows_the_closed_demos_numbers(closed, commissioner):
    page = commissioner.get(reverse("results:overview", args=[closed.pk]))
    assert page.status_code == 200
    rows = _rows(page.content.decode())
    assert rows["Online, by the person"] == "150"
    assert rows["Entered by staff from a paper form"] == "60"
    assert rows["Total"] == "300"
    assert "The public results page shows results frozen on" in page.content.decode()


def test_who_we_heard_shows_each_group_against_its_target(closed, commissioner):
    page = commissioner.get(reverse("results:who_we_heard", args=[closed.pk]))
    assert page.status_code == 200
    text = re.sub(r"\s+", " ", page.content.decode())
    for name, reached in [("People who use support", 144), ("Family carers", 75)]:
        assert re.search(rf"{name}</th>.*?>{reached}<", text), name
    assert "Riverside Self Advocates" in text


def test_the_public_page_shows_what_people_said_in_words(closed, client):
    assert ResultSnapshot.objects.filter(consultation=closed).count() == 1
    page = client.get(reverse("results:public", args=[closed.pk]))
    assert page.status_code == 200
    text = page.content.decode()
    assert "people answered." in text and "With a Shared Lives carer" in text
    assert "of the coins" in text


def test_the_printed_code_opens_the_answers_of_someone_who_can_see_what_was_decided(
    closed, printed, client
):
    heading = printed.index("Demo logins (email / password):")
    line = next(i for i, text in enumerate(printed) if "see what was decided" in text)
    assert line < heading  # the logins stay last
    shown = printed[line].split(": ")[-1]
    assert shown == resume_code_display(DEMO_CODE)
    found = resume_code_check(consultation=closed, code=shown, client="test")
    assert found is not None and found.is_sent and found.channel == "online_self"
    back = client.post(reverse("responses:resume", args=[closed.pk]), {"code": shown}, follow=True)
    assert back.status_code == 200
    # "You said, we did" is published, so coming back shows what was decided beside the answers.
    assert back.redirect_chain[-1][0] == reverse("decisions:yours", args=[closed.pk])
    text = re.sub(r"\s+", " ", back.content.decode())
    assert "What we decided about your answers" in text
    decided = Decision.objects.current().filter(consultation=closed)
    assert any(decision.easy_title in text for decision in decided)


def test_its_you_said_we_did_page_is_published_on_time_and_told_people_by_each_route(
    closed, client
):
    page = YouSaidWeDidPage.objects.child_of(closed).get()
    assert page.live
    assert closed.easy_read_sign_offs.filter(covers="you_said_we_did").exists()
    assert client.get(page.url).status_code == 200
    promise = promise_for(closed)
    assert promise.told_on == timezone.localdate() and not promise.published_late
    told = TellingRound.objects.get(consultation=closed, update=None)
    routes = dict(HEAR_BACK)
    by_route = dict(
        told.notices.values_list("route").annotate(n=Count("pk")).values_list("route", "n")
    )
    assert by_route == {route: routes[route] for route in by_route}
    assert {"email", "post", "organisation"} <= set(by_route)


def _counts():
    models = [
        ConsultationPage,
        Response,
        Answer,
        ContactDetails,
        GroupSession,
        GroupTally,
        OrganisationalResponse,
        Idea,
        IdeaVote,
        Decision,
        DecisionChange,
        DecisionEvidence,
        DecisionUpdate,
        ResultSnapshot,
        Organisation,
        Membership,
        Pledge,
        OrgAnswer,
        YouSaidWeDidPage,
        TellingRound,
        Notice,
    ]
    return {model.__name__: model.objects.count() for model in models}


def test_loading_the_demo_again_adds_nothing_and_prints_the_same(closed, printed, settings):
    settings.DEBUG = True
    before = _counts()
    out = io.StringIO()
    call_command("load_demo", "--address", "http://testserver", stdout=out)
    assert _counts() == before
    assert out.getvalue().splitlines() == printed


def test_results_by_question_and_the_coins_screen_show_the_closed_demos_answers(
    closed, commissioner
):
    page = commissioner.get(reverse("results:by_question", args=[closed.pk]) + "?area=home")
    assert page.status_code == 200
    # People's own words are listed for staff.
    text = page.content.decode()
    assert any(words in text for words in WORDS["likes"])
    assert any(words in text for words in WORDS["dislikes"])
    coins = next(
        q for q in queries.questions_of(closed, area_key="accommodation") if q.type == "coins"
    )
    page = commissioner.get(reverse("results:coins", args=[closed.pk]) + f"?question={coins.id}")
    assert page.status_code == 200
    assert "Shared Lives" in page.content.decode()
