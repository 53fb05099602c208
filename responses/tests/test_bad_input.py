"""Bad input gets a clear easy-read error or a safe redirect: never an error page, nothing stored
that should not be, and nothing lost."""

import uuid

import pytest

from consultations.models import AreaPage
from responses.models import Answer, Response

from .journey import csrf_token, form_values, page_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def other_consultation(riverside):
    """A second consultation whose questions have ids of their own."""
    other = riverside.copy(
        recursive=True, update_attrs={"slug": "otherside", "title": "Otherside"}, log_action=None
    )
    for area in AreaPage.objects.child_of(other):
        area.questions = [
            {"type": raw["type"], "value": raw["value"], "id": str(uuid.uuid4())}
            for raw in area.questions.raw_data
        ]
        area.save()
    return other


def test_a_made_up_question_id_goes_to_the_next_question_with_a_message(journey):
    journey.start()
    for made_up in ("not-a-question", str(uuid.uuid4()), "..%2F..%2Fadmin"):
        reply = journey.get(journey.url("question", made_up), follow=True)
        assert reply.status_code == 200
        assert "We cannot find that question. Here is the next one to answer." in page_text(reply)
    token = csrf_token(journey.get(journey.question_url("feelings")).content.decode())
    reply = journey.client.post(
        journey.url("question", str(uuid.uuid4())), {"answer": "good", "csrfmiddlewaretoken": token}
    )
    assert reply.status_code == 302
    assert not Answer.objects.exists()


def test_an_answer_to_another_consultations_question_is_not_stored(journey, other_consultation):
    from responses.questions import question_refs

    journey.start()
    foreign = question_refs(other_consultation.area_pages())[0]
    assert foreign.id not in {ref.id for ref in journey.questions()}
    token = csrf_token(journey.get(journey.question_url("feelings")).content.decode())
    # Asked through this consultation's address: not one of its questions.
    reply = journey.client.post(
        journey.url("question", foreign.id), {"answer": "good", "csrfmiddlewaretoken": token}
    )
    assert reply.status_code == 302
    # Asked through the other consultation's address: this browser has not started that one.
    reply = journey.client.post(
        f"/answer/{other_consultation.pk}/question/{foreign.id}/",
        {"answer": "good", "csrfmiddlewaretoken": token},
    )
    assert reply.status_code == 302
    assert reply["Location"] == f"/answer/{other_consultation.pk}/"
    assert not Answer.objects.exists()


def test_an_answer_that_is_not_one_of_the_choices_gets_a_plain_error(journey):
    journey.start()
    reply = journey.answer("choice", {"answer": "option-99"})
    assert "Choose 1 of the answers on this page." in page_text(reply)
    vote_key = journey.option_keys("vote")[0]
    reply = journey.answer("vote", {f"vote_{vote_key}": "maybe"})
    assert "Choose 1 of the answers for" in page_text(reply)
    reply = journey.answer("offer", {"kinds": ["money"]})
    assert "Choose from the answers on this page." in page_text(reply)
    assert not Answer.objects.exists()


def test_over_long_text_is_refused_in_the_words_of_its_hint_and_kept_on_the_page(journey):
    journey.start()
    too_long = "a" * 1001
    reply = journey.answer("tell_us", {"text": too_long})
    text = page_text(reply)
    # The hint says "about 160 words", so the error does too, not "1000 letters".
    assert "You can write up to about 160 words." in text
    assert "Your answer is too long. You can write up to about 160 words. " in text
    assert "Please make it a bit shorter." in text and "1001" not in text
    assert form_values(reply)["text"] == [too_long]
    assert "maxlength" not in reply.content.decode()
    assert not Answer.objects.exists()


def test_html_and_script_are_stored_as_typed_and_shown_escaped(journey):
    journey.start()
    typed = '<script>alert("x")</script><img src=x onerror=alert(1)> & "quotes"'
    journey.answer("tell_us", {"text": typed})
    assert Answer.objects.get().value == {"text": typed}
    for url in (journey.question_url("tell_us"), journey.url("check")):
        html = journey.get(url).content.decode()
        assert "<script>alert" not in html
        assert "<img src=x" not in html
        assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html


def test_a_missing_csrf_token_gets_an_easy_read_page_and_changes_nothing(journey):
    journey.start()
    reply = journey.client.post(journey.question_url("feelings"), {"answer": "good"})
    assert reply.status_code == 403
    text = page_text(reply)
    assert "We could not save this page" in text
    assert "We did not change any of your answers." in text
    assert not Answer.objects.exists()


def test_a_forged_csrf_token_is_refused_too(journey):
    journey.start()
    forged = "x" * 64
    reply = journey.client.post(
        journey.question_url("feelings"), {"answer": "good", "csrfmiddlewaretoken": forged}
    )
    assert reply.status_code == 403
    assert "We could not save this page" in page_text(reply)
    reply = journey.client.post(
        journey.url("consent"), {"agree": "on", "csrfmiddlewaretoken": forged}
    )
    assert reply.status_code == 403
    assert Response.objects.count() == 1
    assert not Answer.objects.exists()


def test_deleting_without_a_token_deletes_nothing(journey):
    journey.start()
    reply = journey.client.post(journey.url("delete"), {})
    assert reply.status_code == 403
    assert Response.objects.count() == 1


def test_journey_pages_before_starting_go_to_the_start_page(journey):
    for url in (
        journey.url("your_code"),
        journey.url("about_you", "who"),
        journey.question_url("feelings"),
        journey.url("check"),
        journey.url("save_for_later"),
    ):
        reply = journey.get(url)
        assert reply.status_code == 302
        assert reply["Location"] == journey.url("start")
    assert journey.get(journey.url("sent"))["Location"] == journey.url("start")
    assert journey.get(journey.url("closed"))["Location"] == journey.url("start")


def test_a_response_deleted_in_another_tab_sends_this_tab_to_the_start(journey):
    journey.start()
    Response.objects.all().delete()
    reply = journey.get(journey.question_url("feelings"), follow=True)
    assert reply.status_code == 200
    assert "Start here, or come back to your answers with your code." in page_text(reply)


def test_an_unpublished_consultation_cannot_be_answered(journey, riverside):
    riverside.unpublish()
    assert journey.get(journey.url("start")).status_code == 404
    assert journey.get(journey.url("consent")).status_code == 404


def test_save_for_later_only_links_back_to_pages_of_this_journey(journey):
    journey.start()
    reply = journey.get(journey.url("save_for_later") + "?back=https://evil.example/")
    assert "evil.example" not in reply.content.decode()
    good = journey.question_url("vote")
    reply = journey.get(journey.url("save_for_later") + f"?back={good}")
    assert f'href="{good}"' in reply.content.decode()
