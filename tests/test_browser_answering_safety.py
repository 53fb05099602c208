"""Answers are never duplicated or lost, coins errors are clear, closed consultations are kind,
and the coins and vote questions can be done by keyboard alone."""

import datetime

import pytest
from django.utils import timezone

from consultations.demo_content import demo_content_load
from consultations.models import ConsultationPage
from responses.models import Answer, Response
from responses.questions import question_load, question_refs
from responses.tests import browser_steps as steps

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_double_clicks_and_the_back_button_never_duplicate_answers(live_server, page_factory):
    consultation = demo_content_load()
    page = page_factory(javascript=False, viewport="desktop")
    page.goto(live_server.url + f"/answer/{consultation.pk}/agree/")
    page.get_by_label("I agree to take part").check()
    page.get_by_role("button", name="Continue").dblclick()
    page.wait_for_url("**/your-code/")
    assert Response.objects.count() == 1

    page.goto(live_server.url + f"/answer/{consultation.pk}/about-you/who/")
    steps.skip_about_you(page)
    page.get_by_label("Bad", exact=True).check()
    page.get_by_role("button", name="Continue").dblclick()
    page.wait_for_function("document.querySelector('h1').textContent.includes('like and not')")
    assert (
        page.locator("h1").inner_text() == "What do you like and not like about help at home now?"
    )
    assert Answer.objects.count() == 1

    # Back to the first question: the saved answer shows; changing it updates the same answer.
    page.go_back()
    page.reload()
    assert page.get_by_label("Bad", exact=True).is_checked()
    page.get_by_label("Very good").check()
    steps.click_continue(page)
    assert Answer.objects.count() == 1
    assert Answer.objects.get().value == {"choice": "very_good"}

    check_url = live_server.url + f"/answer/{consultation.pk}/check/"
    page.goto(check_url)
    # A second tab with the same page, left open while the first one sends.
    other_tab = page.context.new_page()
    other_tab.goto(check_url)
    page.get_by_role("button", name="Send my answers").dblclick()
    page.wait_for_url("**/sent/")
    assert page.locator("h1").inner_text() == "Thank you. We have your answers."
    # The back button cannot reopen check your answers for sent answers.
    page.go_back()
    assert page.locator("h1").inner_text() == "Thank you. We have your answers."
    other_tab.get_by_role("button", name="Send my answers").click()
    assert other_tab.locator("h1").inner_text() == "Thank you. We have your answers."
    assert Response.objects.count() == 1
    assert Response.objects.get().status == Response.Status.SENT
    assert Answer.objects.count() == 1


@pytest.mark.parametrize("javascript", [True, False], ids=["javascript", "no-javascript"])
def test_wrong_coins_total_shows_the_error_summary_with_focus_and_keeps_values(
    live_server, page_factory, javascript
):
    consultation = demo_content_load()
    page = page_factory(javascript=javascript, viewport="mobile")
    steps.start_answering(page, live_server, consultation)
    steps.skip_about_you(page)
    steps.answer_questions_until(page, "coins", javascript=javascript)
    page.get_by_role("textbox", name="Shared Lives").fill("4")
    page.get_by_role("textbox", name="Homeshare").fill("3")
    steps.click_continue(page)

    summary = page.locator("[data-error-summary]")
    assert summary.is_visible()
    assert "You have 3 coins left. Share out all 10 coins." in summary.inner_text()
    assert steps.focused(page, "el.hasAttribute('data-error-summary')")
    assert page.title().startswith("Error: ")
    assert page.get_by_role("textbox", name="Shared Lives").input_value() == "4"
    assert page.get_by_role("textbox", name="Homeshare").input_value() == "3"
    steps.check(page)
    # The summary link goes to the first box.
    summary.get_by_role("link").click()
    assert steps.focused(page, "el.name && el.name.startsWith('coins_')")

    page.get_by_role("textbox", name="Care homes").fill("9")
    steps.click_continue(page)
    assert "You have used 6 coins too many. Take away 6 coins." in summary.inner_text()
    steps.check(page)
    assert not Answer.objects.filter(question_type="coins").exists()


def test_closed_consultation_is_refused_kindly_and_drafts_are_kept(live_server, page_factory):
    consultation = demo_content_load()
    page = page_factory(javascript=True, viewport="mobile")
    steps.start_answering(page, live_server, consultation)
    steps.skip_about_you(page)
    steps.answer_question(page, javascript=True)
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    ConsultationPage.objects.filter(pk=consultation.pk).update(
        opens_on=yesterday - datetime.timedelta(days=30), closes_on=yesterday
    )
    page.reload()
    assert page.locator("h1").inner_text() == "This has closed"
    assert page.get_by_text("We keep the answers you gave. We show them as not sent.").is_visible()
    steps.check(page)
    assert Response.objects.get().status == Response.Status.DRAFT
    assert Answer.objects.count() == 1

    newcomer = page_factory(javascript=False, viewport="mobile")
    newcomer.goto(live_server.url + f"/answer/{consultation.pk}/")
    assert newcomer.get_by_text("You cannot send new answers now.").is_visible()
    assert newcomer.get_by_role("link", name="Start now").count() == 0
    steps.check(newcomer)


def test_vote_and_coins_can_be_done_by_keyboard_alone(live_server, page_factory):
    consultation = demo_content_load()
    page = page_factory(javascript=True, viewport="desktop")
    steps.start_answering(page, live_server, consultation)
    steps.skip_about_you(page)
    steps.answer_questions_until(page, "vote", javascript=True)

    # Vote: Tab into each group, then Space or the arrow keys choose, as in any radio group.
    steps.tab_to(page, "el.type === 'radio'")
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Tab")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    steps.tab_to(page, "el.tagName === 'BUTTON' && el.textContent.trim() === 'Continue'")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    vote = Answer.objects.get(question_type="vote")
    # PostgreSQL's jsonb does not keep key order, so read the votes in the order people saw them.
    ref = next(ref for ref in question_refs(consultation.area_pages()) if ref.type == "vote")
    keys = [option.key for option in question_load(ref, pictures=False).options]
    assert [vote.value["votes"][key] for key in keys] == ["up", "down", "not_sure"]

    steps.answer_questions_until(page, "coins", javascript=True)
    count = page.locator("[data-coins-count]")
    # Coins: the Add 1 buttons and the number boxes, by keyboard only.
    steps.tab_to(page, "el.textContent.includes('Add 1 coin to Care homes')")
    for _ in range(4):
        page.keyboard.press("Enter")
    assert count.inner_text() == "You have 6 coins left."
    # The coins given show as pictures, and the typing wording gives way to the buttons.
    care_homes = page.locator("li.coins-option", has_text="Care homes")
    assert care_homes.locator("[data-coin-row] .coin:not(.coin--empty)").count() == 4
    assert not page.get_by_text("Type how many coins you give").is_visible()
    assert page.get_by_text("Press Add 1 to give a coin.").is_visible()
    steps.tab_to(page, "el.textContent.includes('Add 1 coin to Shared Lives')")
    page.keyboard.press("Space")
    page.keyboard.press("Space")
    steps.tab_to(
        page,
        "el.name && el.name.startsWith('coins_')"
        " && el.closest('li').textContent.includes('Homeshare')",
    )
    page.keyboard.type("4")
    assert count.inner_text() == "You have shared out all 10 coins."
    steps.tab_to(page, "el.tagName === 'BUTTON' && el.textContent.trim() === 'Continue'")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    coins = Answer.objects.get(question_type="coins")
    assert sorted(coins.value["coins"].values()) == [0, 2, 4, 4]
    assert page.locator("h1").inner_text() == "What would you like to do in the day?"
