"""Leaving and coming back with the code, wrong codes, guessing limits, and deleting answers."""

import pytest

from consultations.demo_content import demo_content_load
from responses.guesses import GUESS_LIMIT
from responses.models import Answer, Deletion, Response
from responses.tests import browser_steps as steps

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_leave_midway_and_come_back_with_the_code_in_lower_case_with_spaces(
    live_server, page_factory
):
    consultation = demo_content_load()
    first = page_factory(javascript=True, viewport="desktop")
    code = steps.start_answering(first, live_server, consultation)
    steps.skip_about_you(first)
    steps.answer_question(first, javascript=True)  # feelings
    steps.answer_question(first, javascript=True)  # likes and dislikes
    first.get_by_role("link", name="Save and come back later").click()
    assert code in first.locator("[data-resume-code]").inner_text()
    steps.check(first)
    first.context.close()

    later = page_factory(javascript=False, viewport="mobile")
    later.goto(steps.consultation_url(live_server, consultation))
    later.get_by_role("link", name="Come back to your answers").click()
    steps.check(later)
    later.get_by_label("Your code").fill("  " + code.lower().replace(" ", "   ") + " ")
    steps.click_continue(later)
    # Carries on at the first question not yet answered, with a welcome.
    assert later.locator("h1").inner_text() == "Should we do more of these?"
    assert later.get_by_text("Welcome back. We have saved your answers.").is_visible()
    steps.check(later)
    # The earlier answer is kept: going back shows it.
    later.get_by_role("link", name="Back", exact=True).click()
    assert later.get_by_label("What you like", exact=True).input_value() == steps.LIKES
    steps.click_continue(later)
    while steps.question_type_or_none(later):
        steps.answer_question(later, javascript=False)
    later.get_by_role("button", name="Send my answers").click()
    assert later.locator("h1").inner_text() == "Thank you. We have your answers."

    response = Response.objects.get()
    assert response.status == Response.Status.SENT
    assert Answer.objects.filter(response=response).count() == 11


def test_wrong_codes_get_a_kind_message_and_guessing_is_limited(live_server, page_factory):
    consultation = demo_content_load()
    page = page_factory(javascript=True, viewport="mobile")
    page.goto(live_server.url + f"/answer/{consultation.pk}/come-back/")
    page.get_by_label("Your code").fill("KMP 47R TWX")
    steps.click_continue(page)
    summary = page.locator("[data-error-summary]")
    assert "We cannot find answers with this code." in summary.inner_text()
    assert steps.focused(page, "el.hasAttribute('data-error-summary')")
    assert page.get_by_label("Your code").input_value() == "KMP 47R TWX"
    steps.check(page)
    for _ in range(GUESS_LIMIT - 1):
        page.get_by_label("Your code").fill("KMP 47R TWX")
        steps.click_continue(page)
    assert "You have tried too many times. You can try again at" in summary.inner_text()
    steps.check(page)


def test_delete_my_answers_after_sending(live_server, page_factory):
    consultation = demo_content_load()
    page = page_factory(javascript=False, viewport="mobile")
    steps.start_answering(page, live_server, consultation)
    steps.skip_about_you(page)
    steps.answer_question(page, javascript=False)
    page.goto(live_server.url + f"/answer/{consultation.pk}/check/")
    page.get_by_role("button", name="Send my answers").click()
    page.get_by_role("link", name="Delete my answers").click()
    assert page.locator("h1").inner_text() == "Do you want to delete your answers?"
    steps.check(page)
    page.get_by_role("button", name="Yes, delete my answers").click()
    assert page.locator("h1").inner_text() == "We have deleted your answers"
    steps.check(page)
    assert not Response.objects.exists()
    assert not Answer.objects.exists()
    assert Deletion.objects.get().was_sent
