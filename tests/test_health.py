"""Health checks: /healthz never touches the database or the session; /readyz asks the database."""

from unittest import mock

import pytest
from django.db import OperationalError


@pytest.mark.django_db
def test_healthz_says_ok_without_database_session_or_cookie(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/healthz")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert response.content == b"ok"
    assert "Set-Cookie" not in response.headers
    assert not response.cookies
    assert "Cookie" not in response.get("Vary", "")


def test_healthz_answers_even_when_the_database_is_down(client):
    # No django_db mark: pytest-django blocks every database access here, so a query would fail.
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok"


@pytest.mark.django_db
def test_readyz_says_ok_when_the_database_answers(client, django_assert_num_queries):
    with django_assert_num_queries(1):
        response = client.get("/readyz")
    assert response.status_code == 200
    assert response.content == b"ok"
    assert not response.cookies


@pytest.mark.django_db
def test_readyz_says_unavailable_when_the_database_does_not_answer(client):
    with mock.patch(
        "django.db.backends.utils.CursorWrapper.execute",
        side_effect=OperationalError("connection refused"),
    ):
        response = client.get("/readyz")
    assert response.status_code == 503
    assert response.content != b"ok"


@pytest.mark.django_db
def test_health_checks_refuse_posts(client):
    assert client.post("/healthz").status_code == 405
    assert client.post("/readyz").status_code == 405


@pytest.mark.django_db
def test_health_checks_answer_plain_http_when_everything_else_redirects_to_https(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    assert client.get("/healthz").status_code == 200
    assert client.get("/readyz").status_code == 200
    assert client.get("/credits/").status_code == 301
