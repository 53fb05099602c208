import os

import pytest

from tests.browser import CHROMIUM_ARGS, VIEWPORTS, chromium_path

# Playwright's sync API runs an event loop in the test thread; Django's ORM calls in the same
# thread are still synchronous and safe here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session")
def browser(django_db_setup):
    from django.db import connections
    from playwright.sync_api import sync_playwright

    serialized = {
        alias: connections[alias]._test_serialized_contents
        for alias in connections
        if hasattr(connections[alias], "_test_serialized_contents")
    }
    with sync_playwright() as playwright:
        # Playwright runs an event loop in this thread, so asgiref hands Django fresh connection
        # objects from here on. Carry over the snapshot that serialized_rollback restores from,
        # or every browser test after the first would start with an empty database.
        for alias, contents in serialized.items():
            connections[alias]._test_serialized_contents = contents
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def _new_page(
    browser, *, javascript: bool = True, viewport: str = "desktop", user_styles: bool = False
):
    # user_styles: the test adds its own stylesheet, as a person's browser settings would. Those are
    # not the page's content, so the page's Content-Security-Policy must not block them.
    context = browser.new_context(
        java_script_enabled=javascript, viewport=VIEWPORTS[viewport], bypass_csp=user_styles
    )
    # Any request leaving the test server is a bug: no third-party requests are allowed.
    context.route(
        lambda url: not url.startswith(("http://localhost", "http://127.0.0.1")),
        lambda route: route.abort(),
    )
    page = context.new_page()
    # Read by assert_no_axe_violations, which needs JavaScript to run axe.
    page.javascript_disabled = not javascript
    return context, page


@pytest.fixture
def page(browser):
    context, page = _new_page(browser)
    yield page
    context.close()


@pytest.fixture
def page_factory(browser):
    contexts = []

    def make(*, javascript: bool = True, viewport: str = "desktop", user_styles: bool = False):
        context, page = _new_page(
            browser, javascript=javascript, viewport=viewport, user_styles=user_styles
        )
        contexts.append(context)
        return page

    yield make
    for context in contexts:
        context.close()
