"""Fixtures for the named cast (tests/cast.py), shared by every app's tests.

The browser fixtures stay in tests/conftest.py.
"""

import pytest
from django.db import transaction
from django.test import Client

from tests.cast import Cast, cast_build


@pytest.fixture(scope="module")
def cast_built(django_db_setup, django_db_blocker):
    """Built once per test module inside an outer transaction; each test runs in a savepoint."""
    with django_db_blocker.unblock():
        with transaction.atomic():
            yield cast_build()
            transaction.set_rollback(True)


@pytest.fixture
def cast(cast_built, db) -> Cast:
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
