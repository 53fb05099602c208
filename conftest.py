"""Fixtures for the named cast (tests/cast.py), shared by every app's tests, and the hand-over
from transactional tests to ordinary ones under pytest-xdist.

The browser fixtures stay in tests/conftest.py.
"""

from dataclasses import fields

import pytest
from django.db import transaction
from django.test import Client
from pytest_django.plugin import blocking_manager_key

from tests.cast import Cast, cast_build


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


@pytest.fixture(scope="module")
def cast_built(django_db_setup, django_db_blocker):
    """Built once per test module inside an outer transaction; each test runs in a savepoint."""
    with django_db_blocker.unblock():
        with transaction.atomic():
            yield cast_build()
            transaction.set_rollback(True)


@pytest.fixture
def cast(cast_built, db) -> Cast:
    # A test that changed a cast object in memory (a page's latest revision, say) must not pass
    # that on: the database rolled back, and on PostgreSQL its ids are never used again.
    for field in fields(cast_built):
        getattr(cast_built, field.name).refresh_from_db()
    return cast_built


@pytest.fixture
def client_for(cast):
    """A browser for one member of the cast, signed in when they have an account."""

    def make(name: str) -> Client:
        browser = Client()
        user = getattr(cast, name, None)
        if user is not None:
            browser.force_login(user)
        return browser

    return make


@pytest.fixture
def participant(client_for) -> Client:
    return client_for("participant")


@pytest.fixture
def supporter(client_for) -> Client:
    return client_for("supporter")


@pytest.fixture
def commissioner(cast):
    return cast.commissioner


@pytest.fixture
def other_commissioner(cast):
    return cast.other_commissioner


@pytest.fixture
def editor(cast):
    return cast.editor


@pytest.fixture
def vcse_member(cast):
    return cast.vcse_member


@pytest.fixture
def other_vcse_member(cast):
    return cast.other_vcse_member


@pytest.fixture
def administrator(cast):
    return cast.administrator
