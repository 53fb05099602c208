"""Browser checks of the foundation pages: axe, font size and display preferences."""

import pytest
from playwright.sync_api import expect

from tests.browser import assert_no_axe_violations, follow

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PAGES = ["/", "/change-how-this-looks/", "/accounts/login/", "/no-such-page/", "/credits/"]


@pytest.mark.parametrize("viewport", ["mobile", "desktop"])
@pytest.mark.parametrize("path", PAGES)
def test_foundation_pages_have_no_axe_violations(live_server, page_factory, path, viewport):
    page = page_factory(viewport=viewport)
    page.goto(live_server.url + path)
    assert page.locator("h1").count() == 1
    assert_no_axe_violations(page)


def test_sign_in_error_state_has_no_axe_violations(live_server, page):
    page.goto(live_server.url + "/accounts/login/")
    page.get_by_label("Email").fill("nobody@example.org")
    page.get_by_label("Password").fill("wrong")
    page.get_by_role("button", name="Sign in").click()
    summary = page.locator("[data-error-summary]")
    # expect() waits for the new page: under load the old one can still be showing.
    expect(summary).to_be_visible()
    expect(summary).to_be_focused()
    assert page.evaluate("document.activeElement.hasAttribute('data-error-summary')")
    assert_no_axe_violations(page)


@pytest.mark.parametrize("viewport", ["mobile", "desktop"])
def test_body_text_is_at_least_19px(live_server, page_factory, viewport):
    page = page_factory(viewport=viewport)
    page.goto(live_server.url + "/")
    sizes = page.eval_on_selector_all(
        "main p, main li, footer p",
        "els => els.map(e => parseFloat(getComputedStyle(e).fontSize))",
    )
    assert sizes and min(sizes) >= 19
    line_height = page.eval_on_selector(
        "main p",
        "e => parseFloat(getComputedStyle(e).lineHeight)"
        " / parseFloat(getComputedStyle(e).fontSize)",
    )
    assert line_height >= 1.5


def test_display_preferences_work_without_javascript_and_are_remembered(live_server, page_factory):
    page = page_factory(javascript=False)
    page.goto(live_server.url + "/")
    standard = page.eval_on_selector("main p", "e => parseFloat(getComputedStyle(e).fontSize)")
    follow(page, page.get_by_role("link", name="Change how this looks").first)
    page.get_by_label("Largest text").check()
    page.get_by_label("Dark text on cream").check()
    follow(page, page.get_by_role("button", name="Save my choices"))
    assert page.get_by_text("Your choices are saved").is_visible()
    assert_no_axe_violations(page)

    # Wait for the page and its stylesheet, not only for the click: sizes read before the
    # stylesheet loads are the browser's defaults.
    with page.expect_navigation():
        page.get_by_role("link", name="Go back to the page you were on").click()
    page.wait_for_load_state("load")
    larger = page.eval_on_selector("main p", "e => parseFloat(getComputedStyle(e).fontSize)")
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert larger >= standard * 1.4
    assert background == "rgb(251, 245, 224)"

    # A new visit in the same browser keeps the choice.
    page.goto(live_server.url + "/no-such-page/")
    assert "text-largest" in page.evaluate("document.documentElement.className")


@pytest.mark.parametrize("colours", ["high_contrast", "cream"])
def test_colour_schemes_have_no_axe_violations(live_server, page_factory, colours):
    page = page_factory(viewport="mobile")
    page.goto(live_server.url + "/change-how-this-looks/")
    page.locator(f"input[name=colours][value={colours}]").check()
    page.locator("input[name=text_size][value=largest]").check()
    follow(page, page.get_by_role("button", name="Save my choices"))
    assert_no_axe_violations(page)
