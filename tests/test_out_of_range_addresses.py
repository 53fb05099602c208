"""Addresses people can type: a number too big for any id, or a path that climbs out of the static
folder, is a plain 404 on every database, never a server error."""

import pytest
from django.core.management import get_commands, load_command_class
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.test import RequestFactory, override_settings

pytestmark = pytest.mark.django_db

TOO_BIG = "9223372036854775808"  # 2**63: one more than the largest 64-bit id
MUCH_TOO_BIG = "9" * 40
ANSWERING_PAGES = [
    "",
    "agree/",
    "start-again/",
    "your-code/",
    "about-you/who/",
    "question/feelings/",
    "check/",
    "sent/",
    "closed/",
    "save/",
    "come-back/",
    "delete/",
    "deleted/",
]


@pytest.mark.parametrize("number", [TOO_BIG, MUCH_TOO_BIG])
@pytest.mark.parametrize("page", ANSWERING_PAGES)
def test_answering_pages_with_a_number_too_big_for_an_id_are_not_found(client, number, page):
    assert client.get(f"/answer/{number}/{page}").status_code == 404
    assert client.post(f"/answer/{number}/{page}", {"code": "KMP 47R TWX"}).status_code == 404


@pytest.mark.parametrize(
    "address",
    [
        f"/documents/{TOO_BIG}/leaflet.pdf",
        f"/documents/authenticate_with_password/{TOO_BIG}/",
        f"/_util/authenticate_with_password/{TOO_BIG}/1/",
        f"/_util/authenticate_with_password/1/{TOO_BIG}/",
    ],
)
def test_wagtail_public_addresses_with_a_number_too_big_for_an_id_are_not_found(client, address):
    assert client.get(address).status_code == 404


def test_the_largest_id_still_reaches_the_answering_view(client):
    # The view runs and finds no consultation: a 404 from the view, not from the address.
    assert client.get("/answer/9223372036854775807/").status_code == 404
    assert client.get("/answer/1/").status_code == 404


def _development_server_get(environ: dict) -> tuple[str, bytes]:
    """What the WSGI app `manage.py runserver` serves, with its default options, answers."""
    command = load_command_class(get_commands()["runserver"], "runserver")
    options = vars(command.create_parser("manage.py", "runserver").parse_args([]))
    app = command.get_handler(**options)
    statuses = []
    # As Django's test client does: a real server closes the database connection after each
    # request, which would close the test's own connection too.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        body = b"".join(app(environ, lambda status, headers, *_: statuses.append(status)))
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)
    return statuses[0], body


@override_settings(DEBUG=True)
@pytest.mark.parametrize(
    "path",
    [
        "/static/../../config/settings/base.py",
        "/static/..%2f..%2fconfig/settings/base.py",
        "/static/%2e%2e/%2e%2e/config/settings/base.py",
        "/static/css/../../../manage.py",
        "/static/..\\..\\manage.py",
    ],
)
def test_the_development_server_answers_paths_out_of_the_static_folder_with_not_found(path):
    environ = RequestFactory().get("/").environ
    environ["PATH_INFO"] = path.replace("%2f", "/").replace("%2e", ".")
    status, body = _development_server_get(environ)
    assert status.startswith("404"), status
    assert b"SECRET_KEY" not in body
    assert b"import" not in body


@override_settings(DEBUG=True)
def test_the_development_server_still_serves_static_files():
    status, body = _development_server_get(RequestFactory().get("/static/css/main.css").environ)
    assert status.startswith("200"), status
    assert b"{" in body
