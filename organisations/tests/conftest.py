"""Fixtures for group session tests: signed-in browsers of the cast, and a consultation to use."""

import pytest

from .sessions_setup import ask_every_type, make_groups


@pytest.fixture
def member(client_for):
    return client_for("vcse_member")


@pytest.fixture
def other_member(client_for):
    return client_for("other_vcse_member")


@pytest.fixture
def body(client_for):
    """A member of Riverside Council, which runs the consultation."""
    return client_for("commissioner")


@pytest.fixture
def other_body(client_for):
    return client_for("other_commissioner")


@pytest.fixture
def admin(client_for):
    return client_for("administrator")


@pytest.fixture
def setting(cast):
    consultation = cast.riverside_consultation
    ask_every_type(consultation)
    people, carers = make_groups(consultation)
    return {"consultation": consultation, "people": people, "carers": carers}
