"""Check your answers, change any of them, and send. Sent answers never change."""

import pytest

from responses.models import Answer, Response

from .journey import csrf_token, page_text

pytestmark = pytest.mark.django_db


def test_check_your_answers_lists_every_answer_with_a_change_link(journey):
    journey.start()
    journey.about_you("who", {"describes": ["uses_support"]})
    journey.answer("feelings", {"answer": "good"})
    journey.answer("tell_us", {"text": "My sister helped"})
    reply = journey.get(journey.url("check"))
    text = page_text(reply)
    assert "Check your answers" in text
    assert "I use support" in text
    assert "How do you feel about help at home now? Good" in text
    assert "My sister helped" in text
    assert "Not answered" in text
    html = reply.content.decode()
    for ref in journey.questions():
        assert f'href="{journey.url("question", ref.id)}?from=check"' in html
    assert f'href="{journey.url("about_you", "who")}?from=check"' in html
    assert html.count(">Change<") == 15


def test_sending_marks_the_response_sent_and_shows_what_happens_next(journey, riverside):
    journey.start()
    journey.answer("feelings", {"answer": "good"})
    reply = journey.post(journey.url("check"), {}, follow=True)
    response = Response.objects.get()
    assert response.status == Response.Status.SENT
    assert response.sent_at is not None
    text = page_text(reply)
    assert "Thank you. We have your answers." in text
    assert "What happens next" in text
    promise = riverside.promise_date
    assert (
        f"We will tell you what we decided by {promise:%A} {promise.day} {promise:%B %Y}." in text
    )
    assert "Your code is" in text
    assert "Delete my answers" in text


def test_sending_twice_changes_nothing_the_second_time(journey):
    journey.start()
    token = csrf_token(journey.get(journey.url("check")).content.decode())
    first = journey.client.post(journey.url("check"), {"csrfmiddlewaretoken": token})
    sent_at = Response.objects.get().sent_at
    second = journey.client.post(journey.url("check"), {"csrfmiddlewaretoken": token})
    assert first["Location"] == second["Location"] == journey.url("sent")
    assert Response.objects.get().sent_at == sent_at
    assert Response.objects.count() == 1


def test_a_sent_response_never_changes(journey):
    journey.start()
    journey.answer("feelings", {"answer": "good"})
    token = csrf_token(journey.get(journey.url("check")).content.decode())
    journey.client.post(journey.url("check"), {"csrfmiddlewaretoken": token})
    # The back button, or a tab left open: the old page posts again.
    reply = journey.client.post(
        journey.question_url("feelings"), {"answer": "bad", "csrfmiddlewaretoken": token}
    )
    assert reply["Location"] == journey.url("sent")
    reply = journey.client.post(
        journey.url("about_you", "who"), {"describes": ["other"], "csrfmiddlewaretoken": token}
    )
    assert reply["Location"] == journey.url("sent")
    assert Answer.objects.get().value == {"choice": "good"}
    assert Response.objects.get().describes == []


def test_a_supported_person_confirms_these_are_their_views(journey):
    journey.start()
    journey.about_you("help", {"is_supported": "yes", "supporter": "family"})
    reply = journey.post(journey.url("check"), {})
    assert "Tick the box to say these are your views. Or change your answers." in page_text(reply)
    assert Response.objects.get().status == Response.Status.DRAFT
    journey.post(journey.url("check"), {"confirm": "on"})
    response = Response.objects.get()
    assert response.status == Response.Status.SENT
    assert response.views_confirmed_at is not None


def test_the_check_page_offers_the_confirmation_only_when_someone_helped(journey):
    journey.start()
    assert "These are my views" not in page_text(journey.get(journey.url("check")))


def test_the_confirmation_page_needs_a_sent_response(journey):
    journey.start()
    assert journey.get(journey.url("sent"))["Location"] == journey.url("start")
