"""Coming back with the code: spaces, dashes and case ignored, carrying on at the first
unanswered question, kind messages for wrong codes, and a limit on guessing."""

import pytest
from django.test import Client

from responses.guesses import GUESS_LIMIT, GUESS_WINDOW_SECONDS, guess_failed
from responses.models import Response
from responses.services import TooManyGuesses, resume_code_check

from .journey import Journey, page_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def started(journey):
    code = journey.start()
    journey.about_you("who", {"describes": ["uses_support"]})
    for slug in ("help", "needs", "hear-back"):
        journey.about_you(slug, {"skip": "1"})
    journey.answer("feelings", {"answer": "good"})
    journey.answer("likes_dislikes", {"likes": "Kind staff", "dislikes": ""})
    return code


def _new_browser(riverside) -> Journey:
    return Journey(Client(), riverside)


def test_coming_back_in_a_new_browser_carries_on_at_the_first_unanswered_question(
    started, riverside
):
    later = _new_browser(riverside)
    typed = " " + started.lower().replace(" ", "  ") + " "
    reply = later.post(later.url("resume"), {"code": typed})
    assert reply.status_code == 302
    assert reply["Location"] == later.question_url("vote")
    page = later.get(reply["Location"])
    assert "Welcome back. We have saved your answers." in page_text(page)
    # The answers are still there, and the journey goes on from here.
    assert "Kind staff" in later.get(later.question_url("likes_dislikes")).content.decode()
    later.answer("vote", {"dont_know": "on"})
    assert Response.objects.get().answers.count() == 3


def test_dashes_in_the_code_are_ignored_too(started, riverside):
    later = _new_browser(riverside)
    dashed = started.replace(" ", "-")
    assert later.post(later.url("resume"), {"code": dashed}).status_code == 302


def test_a_wrong_code_gets_a_kind_message(started, riverside):
    later = _new_browser(riverside)
    reply = later.post(later.url("resume"), {"code": "KMP 47R TWX"})
    assert reply.status_code == 200
    text = page_text(reply)
    assert "We cannot find answers with this code." in text
    assert "Check the code and try again. You can ask someone to help you." in text
    assert "<title>Error: " in reply.content.decode()


def test_a_code_of_the_wrong_length_says_what_a_code_looks_like(riverside):
    later = _new_browser(riverside)
    reply = later.post(later.url("resume"), {"code": "ABC"})
    assert "You typed 3 letters and numbers. A code has 9." in page_text(reply)
    reply = later.post(later.url("resume"), {"code": ""})
    assert "Type your code." in page_text(reply)


def test_a_code_copied_by_hand_with_look_alike_letters_still_works(riverside):
    from responses.services import response_start, start_token_new

    response, _code = response_start(
        consultation=riverside, start_token=start_token_new(), resume_code="2568ACDEF"
    )
    later = _new_browser(riverside)
    # Z for 2, S for 5, G for 6, B for 8, in small letters, as someone might write them.
    reply = later.post(later.url("resume"), {"code": "zsg bac def"})
    assert reply.status_code == 302
    assert later.client.session["answering"][str(riverside.pk)]["response"] == response.pk


def test_nine_letters_and_numbers_with_one_codes_never_have_says_which(riverside):
    later = _new_browser(riverside)
    text = page_text(later.post(later.url("resume"), {"code": "KMP 47O TWX"}))
    assert "Codes never have O. Check your code and type it again." in text
    assert "A code has 9" not in text
    text = page_text(later.post(later.url("resume"), {"code": "KMP-1I7-TWX!"}))
    assert "Use only letters and numbers. Codes never have 1 or I." in text


def test_a_code_only_works_for_its_own_consultation(started, riverside):
    other = riverside.copy(recursive=True, update_attrs={"slug": "other", "title": "Other"})
    later = Journey(Client(), other)
    reply = later.post(later.url("resume"), {"code": started})
    assert "We cannot find answers with this code." in page_text(reply)


def test_guessing_codes_is_limited_per_client_and_says_when_to_try_again(started, riverside):
    guesser = _new_browser(riverside)
    for _ in range(GUESS_LIMIT - 1):
        reply = guesser.post(guesser.url("resume"), {"code": "KMP 47R TWX"})
        assert "We cannot find answers with this code." in page_text(reply)
    reply = guesser.post(guesser.url("resume"), {"code": "KMP 47R TWX"})
    text = page_text(reply)
    assert "You have tried too many times. You can try again at" in text
    assert "That is in about 15 minutes." in text
    # Even the right code waits now, or the limit would tell a guesser when they were right.
    reply = guesser.post(guesser.url("resume"), {"code": started})
    assert reply.status_code == 200
    assert "You have tried too many times." in page_text(reply)


def test_the_guess_limit_is_shared_by_every_browser_on_the_same_client(started, riverside):
    for _ in range(GUESS_LIMIT):
        other_tab = _new_browser(riverside)
        other_tab.post(other_tab.url("resume"), {"code": "KMP 47R TWX"})
    fresh = _new_browser(riverside)
    reply = fresh.post(fresh.url("resume"), {"code": started})
    assert "You have tried too many times." in page_text(reply)


def test_a_different_client_can_still_come_back(started, riverside):
    for _ in range(GUESS_LIMIT):
        guesser = _new_browser(riverside)
        guesser.post(guesser.url("resume"), {"code": "KMP 47R TWX"})
    elsewhere = Journey(Client(REMOTE_ADDR="10.1.2.3"), riverside)
    assert elsewhere.post(elsewhere.url("resume"), {"code": started}).status_code == 302


def test_the_guess_limit_ends_after_its_time(started, riverside):
    client = "test-client"
    now = 1_000_000.0
    for _ in range(GUESS_LIMIT):
        guess_failed(client, now=now)
    with pytest.raises(TooManyGuesses):
        resume_code_check(consultation=riverside, code=started, client=client, now=now + 60)
    later = now + GUESS_WINDOW_SECONDS + 1
    found = resume_code_check(consultation=riverside, code=started, client=client, now=later)
    assert found == Response.objects.get()


def test_right_codes_do_not_count_towards_the_limit(started, riverside):
    for _ in range(GUESS_LIMIT + 2):
        later = _new_browser(riverside)
        assert later.post(later.url("resume"), {"code": started}).status_code == 302


def test_coming_back_to_sent_answers_shows_the_confirmation(started, riverside, journey):
    journey.post(journey.url("check"), {})
    later = _new_browser(riverside)
    reply = later.post(later.url("resume"), {"code": started}, follow=True)
    assert "Thank you. We have your answers." in page_text(reply)


def test_coming_back_when_everything_is_answered_goes_to_check_your_answers(journey, riverside):
    code = journey.start()
    for slug in ("who", "help", "needs", "hear-back"):
        journey.about_you(slug, {"skip": "1"})
    for ref in journey.questions():
        journey.post(journey.url("question", ref.id), {"dont_know": "on", "answer": "dont_know"})
    later = _new_browser(riverside)
    reply = later.post(later.url("resume"), {"code": code})
    assert reply["Location"] == later.url("check")


def test_save_and_come_back_later_shows_the_code(started, journey):
    text = page_text(journey.get(journey.url("save_for_later")))
    assert "We have saved your answers" in text
    assert started in text
    assert "Choose Come back to your answers." in text
