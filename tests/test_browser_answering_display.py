"""The answering pages at 320 px with text at 200%, in every colour scheme, and with no requests
to anyone but us."""

import pytest

from consultations.demo_content import demo_content_load
from responses.tests import browser_steps as steps

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

DOUBLE_TEXT = "html { font-size: 200% !important; }"


def _fits_the_screen(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")


def test_pages_reflow_at_320px_with_text_at_200_percent(live_server, page_factory):
    consultation = demo_content_load()
    page = page_factory(javascript=True, viewport="mobile", user_styles=True)
    outside = []
    page.on(
        "request",
        lambda request: (
            outside.append(request.url)
            if not request.url.startswith(live_server.url) and not request.url.startswith("data:")
            else None
        ),
    )
    steps.start_answering(page, live_server, consultation)
    page.goto(live_server.url + f"/answer/{consultation.pk}/your-code/")
    page.add_style_tag(content=DOUBLE_TEXT)
    assert _fits_the_screen(page), "the code page scrolls sideways"
    page.get_by_role("link", name="Continue").click()
    steps.skip_about_you(page)
    while steps.question_type_or_none(page):
        page.add_style_tag(content=DOUBLE_TEXT)
        kind = steps.question_type_or_none(page)
        assert _fits_the_screen(page), f"the {kind} question scrolls sideways"
        if kind in {"coins", "vote"}:
            steps.check(page)
        steps.answer_question(page, javascript=True)
    page.add_style_tag(content=DOUBLE_TEXT)
    assert _fits_the_screen(page), "check your answers scrolls sideways"
    page.get_by_role("button", name="Send my answers").click()
    # Wait for the page's own stylesheets, so the one added next is measured with them.
    page.wait_for_load_state()
    page.add_style_tag(content=DOUBLE_TEXT)
    assert _fits_the_screen(page), "the thank you page scrolls sideways"
    steps.check(page)
    assert outside == []


@pytest.mark.parametrize("colours", ["high_contrast", "cream"])
def test_answering_pages_pass_axe_in_each_colour_scheme(live_server, page_factory, colours):
    consultation = demo_content_load()
    page = page_factory(javascript=True, viewport="mobile")
    page.context.add_cookies(
        [
            {"name": "display_colours", "value": colours, "url": live_server.url},
            {"name": "display_text_size", "value": "largest", "url": live_server.url},
        ]
    )
    steps.start_answering(page, live_server, consultation)
    steps.skip_about_you(page)
    steps.answer_questions_until(page, "coins", javascript=True)
    steps.check(page)
    page.get_by_role("button", name="Continue").click()  # wrong total: the error state
    steps.check(page)
    page.goto(live_server.url + f"/answer/{consultation.pk}/check/")
    page.get_by_role("button", name="Send my answers").click()
    steps.check(page)


def test_a_lost_security_token_gets_an_easy_read_page(live_server, page_factory):
    consultation = demo_content_load()
    page = page_factory(javascript=False, viewport="mobile")
    page.goto(live_server.url + f"/answer/{consultation.pk}/agree/")
    page.context.clear_cookies()
    page.get_by_label("I agree to take part").check()
    steps.click_continue(page)
    assert page.locator("h1").inner_text() == "We could not save this page"
    steps.check(page)
