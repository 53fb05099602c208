"""'You said, we did': publishing through the Wagtail admin with and without the easy-read
sign-off, the telling hook, and what the public page shows (ADR 025)."""

import datetime

import pytest
from django.test import Client
from django.utils import timezone
from django_tasks import default_task_backend

from decisions.models import YouSaidWeDidPage
from decisions.signals import you_said_we_did_published
from responses.models import Channel, ContactDetails, Response
from telling.content import message_for
from telling.models import TellingRound

from .yswd import (
    ask_where_to_live,
    draft_page,
    page_form_data,
    people_choose,
    publish_in_code,
    ready_to_publish,
    sign_off,
)

pytestmark = pytest.mark.django_db

REFUSED = "People with learning disabilities must check this page before it goes live."


@pytest.fixture
def told(cast, models, decision_with_line):
    """Riverside's answers, closed, results and a decision published, and a draft page."""
    consultation = cast.riverside_consultation
    ask_where_to_live(consultation, models)
    people_choose(consultation)
    return ready_to_publish(consultation, decision_with_line, cast.commissioner)


@pytest.fixture
def heard():
    calls = []

    def receiver(sender, consultation, page, **kwargs):
        calls.append((sender, consultation.pk, page.pk))

    you_said_we_did_published.connect(receiver)
    yield calls
    you_said_we_did_published.disconnect(receiver)


def _publish(client, page, **changes):
    data = page_form_data(page, **changes, **{"action-publish": "action-publish"})
    return client.post(f"/admin/pages/{page.pk}/edit/", data, follow=True)


def test_publishing_without_the_easy_read_sign_off_is_refused_and_keeps_the_draft(
    told, client_for, heard
):
    response = _publish(client_for("commissioner"), told, title="You said, we did")
    assert REFUSED in response.content.decode()
    told.refresh_from_db()
    assert not told.live
    # Wagtail saved the draft first, so nothing the commissioner typed is lost.
    assert told.get_latest_revision_as_object().title == "You said, we did"
    assert heard == []


def test_publishing_after_sign_off_goes_live_and_tells_the_telling_hook_once(
    told, client_for, heard
):
    sign_off(told.consultation())
    browser = client_for("commissioner")
    response = _publish(browser, told)
    assert REFUSED not in response.content.decode()
    told.refresh_from_db()
    assert told.live and told.first_published_at is not None
    assert heard == [(YouSaidWeDidPage, told.consultation().pk, told.pk)]

    _publish(browser, told, title="What we decided, with a typo fixed")
    assert len(heard) == 1  # a second publish tells nobody again


def test_publishing_tells_the_people_who_asked_to_hear_back_once(
    told, client_for, cast, django_capture_on_commit_callbacks
):
    consultation = told.consultation()
    asked = Response.objects.create(
        consultation=consultation,
        status=Response.Status.SENT,
        channel=Channel.ONLINE_SELF,
        resume_code_hash="yswd-hear-back",
        consent_given_at=timezone.now(),
        sent_at=timezone.now(),
        hear_back="email",
    )
    ContactDetails.objects.create(response=asked, name="Sam", email="sam@example.org")
    sign_off(consultation)
    browser = client_for("commissioner")
    default_task_backend.clear()
    with django_capture_on_commit_callbacks(execute=True):
        _publish(browser, told)

    round = TellingRound.objects.get(consultation=consultation, update=None)
    assert round.started_by == cast.commissioner
    assert list(round.notices.values_list("response", "route")) == [(asked.pk, "email")]
    # The email waits for the worker; the publish request sent nothing itself.
    emails = [r.args for r in default_task_backend.results if r.task.name == "send_emails"]
    assert emails == [[[round.notices.get().pk]]]
    # The email links straight to the page that was just published.
    told.refresh_from_db()
    assert message_for(round).link == told.get_full_url()

    _publish(browser, told, title="What we decided, with a typo fixed")
    assert TellingRound.objects.filter(consultation=consultation).count() == 1


def test_a_sign_off_from_before_the_newest_decision_does_not_count(told, client_for):
    sign_off(told.consultation(), checked_on=timezone.localdate() - datetime.timedelta(days=1))
    response = _publish(client_for("commissioner"), told)
    assert "A check made before the newest decision was published does not count." in (
        response.content.decode()
    )
    told.refresh_from_db()
    assert not told.live


def test_the_consultations_own_sign_off_does_not_let_this_page_go_live(told, client_for):
    # The cast's consultation was signed off when it opened; that says nothing about decisions.
    assert told.consultation().is_signed_off()
    _publish(client_for("commissioner"), told)
    told.refresh_from_db()
    assert not told.live


def test_publishing_with_checker_findings_needs_a_reason(told, client_for):
    sign_off(told.consultation())
    browser = client_for("commissioner")
    hard = "We can't decide yet; e.g. GP visits (etc)."
    response = _publish(browser, told, easy_intro=hard)
    assert "The easy-read checker still has findings." in response.content.decode()
    # The Easy read tab lists them next to the work, as on consultation pages.
    assert "Rule 12" in response.content.decode()
    told.refresh_from_db()
    assert not told.live

    _publish(browser, told, easy_intro=hard, easy_read_findings_reason="Agreed with checkers.")
    told.refresh_from_db()
    assert told.live


def test_it_cannot_go_live_while_open_or_before_results_and_decisions(cast, client_for):
    consultation = cast.riverside_consultation
    page = draft_page(consultation)
    sign_off(consultation)
    text = _publish(client_for("commissioner"), page).content.decode()
    assert "People can still answer." in text
    assert "Publish at least one decision first." in text
    assert "Publish the results to the public page first." in text
    page.refresh_from_db()
    assert not page.live


def test_only_one_page_per_consultation(told, client_for):
    consultation = told.consultation()
    assert not YouSaidWeDidPage.can_create_at(consultation)


def test_another_bodys_commissioner_cannot_open_it_in_the_editor(told, client_for):
    response = client_for("other_commissioner").get(f"/admin/pages/{told.pk}/edit/")
    assert response.status_code in (302, 403, 404)
    assert b"What we decided" not in response.content


def test_the_page_shows_what_people_said_decided_why_next_and_progress(told, client_for):
    sign_off(told.consultation())
    _publish(client_for("commissioner"), told)
    told.refresh_from_db()
    html = Client().get(told.url).content.decode()
    main = html.split("<main", 1)[1]
    # What people said: words and counts from the public snapshot, never percentages.
    assert "24 people answered." in main
    assert "Most people (about 6 in 10). 14 out of 24 people." in main
    assert "We want to live with a family." in main  # what people asked for, in easy read
    # The option that names a support model has the model's picture beside it, not an icon.
    said = main.split("data-said", 1)[1].split("</ul>", 1)[0]
    shared_lives = said.split("Shared Lives</strong>", 1)[0].rsplit("<li", 1)[1]
    assert "/media/images/" in shared_lives and "speech.svg" not in shared_lives
    # What we decided, a ledger line in easy words beside the model's picture.
    assert "More people can live with a Shared Lives carer." in main
    assert "More money goes to Shared Lives each year. It comes from Residential care." in main
    assert "Money: £300,000 a year more for Shared Lives" in main  # the detail, with amounts
    # Why, what happens next and the dated timeline.
    assert "Many people told us they want to live with a family." in main
    assert "We will find 10 new carers." in main
    assert "3 new carers said yes." in main
    assert "We have done about 3 of 10 parts of it." in main
    assert "%" not in main
    assert "We told you what we decided on" in main


def test_the_words_the_page_makes_pass_the_easy_read_checker(told):
    from accessibility.easy_read import check_text
    from decisions.you_said_we_did import page_areas

    made = []
    for area in page_areas(told, told.consultation()):
        for view in area.decisions:
            made += [point.text for point in view.ledger]
            made += [line for entry in view.timeline for line in entry.lines]
        made += [question.people_words for question in area.said]
    assert made
    for text in made:
        assert [f for f in check_text(text) if not f.advice] == [], text


def test_the_consultation_results_and_home_pages_link_to_it_once_published(told, cast):
    consultation = told.consultation()
    pages = [consultation.url, f"/what-people-said/{consultation.pk}/", "/"]
    for url in pages:
        assert "What we decided</a>" not in Client().get(url).content.decode(), url
    publish_in_code(told)
    for url in pages:
        assert f'href="{told.url}"' in Client().get(url).content.decode(), url


def test_the_easy_read_check_workflow_records_a_sign_off_for_this_page_and_publishes(
    told, client_for, cast
):
    from consultations.models import EasyReadSignOff

    editor = client_for("editor")
    editor.post(
        f"/admin/pages/{told.pk}/edit/", page_form_data(told, **{"action-submit": "submit"})
    )
    task_state = YouSaidWeDidPage.objects.get(pk=told.pk).current_workflow_state
    assert task_state is not None
    response = client_for("commissioner").post(
        f"/admin/pages/workflow/action/{told.pk}/approve/{task_state.current_task_state.pk}/",
        {
            "checked_by": "Amina, Ben and Carol",
            "checkers_organisation": "Riverside Self Advocates",
            "checked_on": timezone.localdate().isoformat(),
            "notes": "",
            "comment": "",
        },
    )
    assert response.status_code == 302
    sign_off = EasyReadSignOff.objects.get(checked_by="Amina, Ben and Carol")
    assert sign_off.covers == EasyReadSignOff.Covers.YOU_SAID_WE_DID
    assert sign_off.recorded_by == cast.commissioner
    told.refresh_from_db()
    assert told.live


def test_the_decisions_list_leads_to_writing_and_then_editing_the_page(cast, client_for, models):
    browser = client_for("commissioner")
    url = f"/organisations/{cast.riverside.pk}/decisions/"
    consultation = cast.riverside_consultation
    add = f"/admin/pages/add/decisions/yousaidwedidpage/{consultation.pk}/"
    assert add in browser.get(url).content.decode()
    assert browser.get(add).status_code == 200
    page = draft_page(consultation)
    assert f"/admin/pages/{page.pk}/edit/" in browser.get(url).content.decode()


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (
            {"unit": "£", "before": 0, "after": 50_000, "source": None},
            "More money goes to Shared Lives each year.",
        ),
        (
            {"unit": "places", "before": 20, "after": 30},
            "10 more places go to Shared Lives each year. It comes from Residential care.",
        ),
        (
            {"unit": "hours", "before": 0, "after": 2_500, "source": None},
            "A lot more hours go to Shared Lives each year.",
        ),
        (
            {"unit": "£", "before": 900, "after": 100, "target": None},
            "Less money goes to Residential care each year.",
        ),
    ],
)
def test_every_kind_of_ledger_line_reads_as_easy_sentences_beside_the_models_picture(
    models, change, words
):
    from accessibility.easy_read import check_text
    from decisions.models import DecisionChange
    from decisions.you_said_we_did import easy_line

    line = DecisionChange(
        resource="money",
        from_model=change.get("source", models["residential"]),
        to_model=change.get("target", models["shared_lives"]),
        amount_before=change["before"],
        amount_after=change["after"],
        unit=change["unit"],
        period="year",
    )
    point = easy_line(line)
    assert point.text == words
    assert point.picture == (line.to_model or line.from_model).picture
    assert [f for f in check_text(point.text) if not f.advice] == []
