"""Pages that change nothing do not write the session. On SQLite every write queues for the one
write lock, so needless writes are what made 40 people at once fail with "database is locked"."""

import pytest
from django.contrib.sessions.models import Session

from .journey import Journey

pytestmark = pytest.mark.django_db


def _session_row() -> tuple:
    session = Session.objects.get()
    return session.session_data, session.expire_date


@pytest.fixture
def answering(client, riverside):
    journey = Journey(client, riverside)
    journey.start()
    journey.answer("feelings", {"answer": "good"})
    return journey


def _read_only_pages(journey) -> list[str]:
    return [
        journey.url("start"),
        journey.url("consent"),
        journey.url("your_code"),
        journey.url("about_you", "who"),
        journey.question_url("feelings"),
        journey.question_url("coins"),
        journey.url("check"),
        journey.url("save_for_later"),
        journey.url("resume"),
        journey.url("delete"),
        journey.consultation.url,
        "/",
    ]


def test_looking_at_pages_does_not_write_the_session(answering):
    for url in _read_only_pages(answering):
        before = _session_row()
        assert answering.get(url).status_code in {200, 302}, url
        assert _session_row() == before, f"{url} wrote the session"
