import os

import pytest
from pytest_django.plugin import blocking_manager_key

from tests.browser import CHROMIUM_ARGS, VIEWPORTS, chromium_path

# Playwright's sync API runs an event loop in the test thread; Django's ORM calls in the same
# thread are still synchronous and safe here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def _transactional(item) -> bool:
    marker = item.get_closest_marker("django_db")
    return bool(marker and marker.kwargs.get("transaction")) or "transactional_db" in getattr(
        item, "fixturenames", ()
    )


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """Put back what the migrations made after the last browser test in a row.

    A transactional test empties the database when it ends, and the next one with
    serialized_rollback fills it again when it starts. Tests that run in a transaction do not, so
    when pytest-xdist hands a worker an ordinary test after a browser test, the home page and
    site would be missing. Restore the snapshot once, at that hand-over only.
    """
    yield
    if not _transactional(item) or nextitem is None or _transactional(nextitem):
        return
    from django.db import connections

    with item.config.stash[blocking_manager_key].unblock():
        for alias in connections:
            contents = getattr(connections[alias], "_test_serialized_contents", None)
            if contents:
                connections[alias].creation.deserialize_db_from_string(contents)


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


def _new_page(browser, *, javascript: bool = True, viewport: str = "desktop"):
    context = browser.new_context(java_script_enabled=javascript, viewport=VIEWPORTS[viewport])
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

    def make(*, javascript: bool = True, viewport: str = "desktop"):
        context, page = _new_page(browser, javascript=javascript, viewport=viewport)
        contexts.append(context)
        return page

    yield make
    for context in contexts:
        context.close()
