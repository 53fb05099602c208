"""Helpers shared by the Playwright browser tests."""

import hashlib
import os
import re
from pathlib import Path

from axe_playwright_python.sync_playwright import Axe

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
VIEWPORTS = {"mobile": {"width": 320, "height": 640}, "desktop": {"width": 1280, "height": 900}}
# Chromium must not try to reach the internet: this machine's network is closed.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

_axe = Axe()
# Only violations are read, so axe need not compute and return every passing check (much faster).
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]}
# Parts of a page that differ between runs but never change what axe checks.
_VOLATILE = [
    (re.compile(r'name="csrfmiddlewaretoken" value="[^"]*"'), 'name="csrfmiddlewaretoken"'),
    (re.compile(r"(data-resume-code[^>]*>)[^<]*"), r"\1"),
]
# Page states (what the person sees, at one viewport) that axe has already passed in this run.
_checked: set[str] = set()
# Static files and media fetched once per run for the scratch pages that check no-JavaScript pages.
_static_cache: dict[str, dict] = {}


def chromium_path() -> str:
    candidate = os.environ.get("CHROMIUM") or "/usr/bin/chromium"
    if not Path(candidate).exists():
        raise RuntimeError(
            f"Chromium was not found at {candidate}. Run 'make test', which installs it, "
            "or set CHROMIUM to a Chromium executable."
        )
    return candidate


def page_state(page, html: str) -> str:
    """A fingerprint of what the person sees: the page's markup at its viewport size."""
    for pattern, replacement in _VOLATILE:
        html = pattern.sub(replacement, html)
    viewport = page.viewport_size or {}
    key = f"{viewport.get('width')}x{viewport.get('height')}\n{html}"
    return hashlib.sha256(key.encode()).hexdigest()


def _serve_from_cache(route) -> None:
    url = route.request.url
    # The copy stands for a browser without JavaScript, so its scripts must not run.
    if route.request.resource_type == "script" or not url.startswith(
        ("http://localhost", "http://127.0.0.1")
    ):
        route.abort()
        return
    cached = _static_cache.get(url)
    if cached is None:
        response = route.fetch()
        cached = {"status": response.status, "headers": response.headers, "body": response.body()}
        if response.ok and ("/static/" in url or "/media/" in url):
            _static_cache[url] = cached
    route.fulfill(**cached)


def _scratch_page(browser, viewport):
    """A page with JavaScript on, to run axe over a copy of a no-JavaScript page.

    Static files come from a cache shared by the whole run, so each copy does not fetch every
    stylesheet and picture again from the test server.
    """
    context = browser.new_context(viewport=viewport)
    context.route("**/*", _serve_from_cache)
    return context, context.new_page()


def assert_no_axe_violations(page) -> None:
    """Run axe on what the person sees now, error states included.

    axe runs once per distinct page state in a test run: a state already checked (the same markup
    at the same viewport, for example the same page with JavaScript on and off when scripts change
    nothing) passed before and is not checked again.

    axe is JavaScript, so a page from a context without JavaScript is copied, with a base URL for
    its styles, into a scratch page that has JavaScript.
    """
    # Styles decide sizes and contrast, so axe must not run before they have arrived.
    page.wait_for_load_state("load")
    html = page.content()
    state = page_state(page, html)
    if state in _checked:
        return
    target, context = page, None
    if getattr(page, "javascript_disabled", False):
        context, target = _scratch_page(page.context.browser, page.viewport_size)
        target.set_content(html.replace("<head>", f'<head><base href="{page.url}">', 1))
    try:
        results = _axe.run(target, options=AXE_OPTIONS)
    finally:
        if context is not None:
            context.close()
    assert results.violations_count == 0, (
        f"axe found problems on {page.url}:\n{results.generate_report()}"
    )
    _checked.add(state)


def follow(page, target) -> None:
    """Click a link or button that loads a new page, and wait until that page has loaded.

    Playwright's click returns once the click is done. Under load the old page is still showing
    then, so reading the page straight after a click can read the wrong one.
    """
    with page.expect_navigation():
        target.click()


def sign_in(page, live_server, user) -> None:
    """Sign in with a password and a one-time code, and wait for the page after sign-in."""
    from tests.cast import PASSWORD, totp_code

    page.goto(live_server.url + "/accounts/login/")
    page.get_by_label("Email").fill(user.email)
    page.get_by_label("Password").fill(PASSWORD)
    follow(page, page.get_by_role("button", name="Sign in"))
    assert_no_axe_violations(page)
    # The code is read just before it is sent: axe can take longer than what is left of its period.
    page.locator('input[name="code"]').fill(totp_code(user))
    with page.expect_navigation():
        page.locator('input[name="code"]').press("Enter")
