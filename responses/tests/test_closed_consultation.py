"""After the closing date: no new answers, drafts kept unsent, sent answers never changed."""

import datetime

import pytest
from django.test import Client
from django.utils import timezone

from consultations.models import ConsultationPage
from responses.models import Answer, Response
from responses.services import ConsultationNotOpen, ResponseLocked, answer_save, response_start

from .journey import Journey, csrf_token, page_text

pytestmark = pytest.mark.django_db


def _close(consultation):
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    ConsultationPage.objects.filter(pk=consultation.pk).update(
        opens_on=yesterday - datetime.timedelta(days=30), closes_on=yesterday
    )


def test_new_answers_are_refused_kindly_after_closing(journey, riverside):
    _close(riverside)
    text = page_text(journey.get(journey.url("start")))
    assert "This closed on" in text
    assert "You cannot send new answers now." in text
    assert "Start now" not in text
    assert journey.get(journey.url("consent"))["Location"] == journey.url("start")
    assert not Response.objects.exists()


def test_a_consultation_that_has_not_opened_yet_refuses_too(journey, riverside):
    later = timezone.localdate() + datetime.timedelta(days=10)
    ConsultationPage.objects.filter(pk=riverside.pk).update(opens_on=later)
    assert "This is not open yet." in page_text(journey.get(journey.url("start")))
    assert journey.get(journey.url("consent")).status_code == 302


def test_someone_who_started_is_told_it_closed_and_their_draft_is_kept_unsent(journey, riverside):
    journey.start()
    journey.answer("feelings", {"answer": "good"})
    token = csrf_token(journey.get(journey.question_url("yes_no")).content.decode())
    _close(riverside)
    for url in (journey.question_url("yes_no"), journey.url("check"), journey.url("start")):
        assert journey.get(url)["Location"] == journey.url("closed")
    text = page_text(journey.get(journey.url("closed")))
    assert "This has closed" in text
    assert "You cannot change or send your answers now." in text
    assert "We keep the answers you gave. We show them as not sent." in text
    # A page left open posts its answer after closing: refused, nothing changed.
    journey.client.post(
        journey.question_url("yes_no"), {"answer": "yes", "csrfmiddlewaretoken": token}
    )
    journey.client.post(journey.url("check"), {"csrfmiddlewaretoken": token})
    response = Response.objects.get()
    assert response.status == Response.Status.DRAFT
    assert list(response.answers.values_list("value", flat=True)) == [{"choice": "good"}]


def test_coming_back_with_a_code_after_closing_shows_the_closed_page(journey, riverside):
    code = journey.start()
    _close(riverside)
    later = Journey(Client(), riverside)
    reply = later.post(later.url("resume"), {"code": code}, follow=True)
    assert "This has closed" in page_text(reply)


def test_a_sent_response_is_never_changed_after_closing(journey, riverside):
    journey.start()
    journey.answer("feelings", {"answer": "good"})
    journey.post(journey.url("check"), {})
    sent = Response.objects.get()
    _close(riverside)
    assert journey.get(journey.url("start")).status_code == 200
    assert "Thank you. We have your answers." in page_text(journey.get(journey.url("sent")))
    with pytest.raises(ResponseLocked):
        answer_save(response=sent, question=_first_question(journey), value={"choice": "bad"})
    assert Answer.objects.get().value == {"choice": "good"}


def test_the_services_refuse_whatever_calls_them(journey, riverside):
    journey.start()
    draft = Response.objects.get()
    _close(riverside)
    draft.consultation.refresh_from_db()
    with pytest.raises(ResponseLocked):
        answer_save(response=draft, question=_first_question(journey), value={"choice": "ok"})
    riverside.refresh_from_db()
    with pytest.raises(ConsultationNotOpen):
        response_start(consultation=riverside, start_token="new", resume_code="KMP47RTWX")


def _first_question(journey):
    from responses.questions import question_load

    return question_load(journey.questions()[0], pictures=False)
