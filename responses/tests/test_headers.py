"""Security headers: a strict Content-Security-Policy with no inline scripts or styles, a
Permissions-Policy, pages with a code or answers kept out of caches, and secure cookies."""

import re

import pytest
from allauth.mfa.models import Authenticator
from django.test import override_settings

from tests.test_foundation import _example_environment, _run_manage

from .journey import Journey

pytestmark = pytest.mark.django_db


@pytest.fixture
def answering(client, riverside):
    journey = Journey(client, riverside)
    journey.start()
    return journey


def _policy(reply) -> dict[str, list[str]]:
    header = reply.headers["Content-Security-Policy"]
    return {
        name: values
        for name, *values in (part.split() for part in header.split(";") if part.strip())
    }


def _answering_pages(journey) -> list[str]:
    return [
        journey.url("start"),
        journey.url("your_code"),
        journey.url("about_you", "who"),
        journey.question_url("coins"),
        journey.question_url("feelings"),
        journey.url("check"),
        journey.url("save_for_later"),
        journey.url("resume"),
        journey.url("delete"),
        journey.consultation.url,
        "/",
        "/change-how-this-looks/",
        "/credits/",
        "/accounts/login/",
    ]


def test_every_page_has_a_strict_content_security_policy_and_needs_no_inline_code(answering):
    for url in _answering_pages(answering):
        reply = answering.get(url)
        assert reply.status_code == 200, url
        policy = _policy(reply)
        assert policy["default-src"] == ["'self'"]
        assert policy["script-src"] == ["'self'"]
        assert policy["style-src"] == ["'self'"]
        assert policy["object-src"] == ["'none'"]
        assert policy["frame-ancestors"] == ["'none'"]
        html = reply.content.decode()
        # Under this policy inline code would not run, so the pages must not rely on any.
        assert not re.search(r"<script(?![^>]*\bsrc=)(?![^>]*application/(ld\+)?json)", html), url
        assert "<style" not in html, url
        assert not re.search(r"\sstyle=", html), url
        assert not re.search(r"\son[a-z]+=", html), url


def test_every_page_denies_features_nobody_needs(answering):
    for url in (answering.url("start"), answering.url("your_code"), "/"):
        header = answering.get(url).headers["Permissions-Policy"]
        for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
            assert f"{feature}=()" in header


def test_pages_with_a_code_or_answers_are_never_stored_in_a_cache(answering):
    for name in ("your_code", "check", "save_for_later"):
        reply = answering.get(answering.url(name))
        assert reply.status_code == 200
        assert "no-store" in reply.headers["Cache-Control"], name
        assert "private" in reply.headers["Cache-Control"], name
    for url in (answering.url("about_you", "who"), answering.question_url("feelings")):
        assert "no-store" in answering.get(url).headers["Cache-Control"], url
    answering.post(answering.url("check"), {})
    sent = answering.get(answering.url("sent"))
    assert sent.status_code == 200
    assert "no-store" in sent.headers["Cache-Control"]


@override_settings(SESSION_COOKIE_SECURE=True)
def test_display_choices_are_kept_in_secure_cookies_when_the_site_is_on_https(client):
    reply = client.post("/change-how-this-looks/", {"text_size": "large", "colours": "standard"})
    assert reply.status_code == 302
    for name in ("display_text_size", "display_colours"):
        assert reply.cookies[name]["secure"] is True
        assert reply.cookies[name]["httponly"] is True


def test_the_wagtail_admin_gets_its_own_policy_that_still_loads_its_scripts(
    admin_client, admin_user
):
    Authenticator.objects.create(
        user=admin_user, type=Authenticator.Type.TOTP, data={"secret": "x"}
    )
    reply = admin_client.get("/admin/")
    assert reply.status_code == 200
    policy = _policy(reply)
    assert "'unsafe-inline'" in policy["script-src"]
    assert policy["frame-ancestors"] == ["'self'"]


def test_production_settings_send_the_headers_and_secure_display_cookies():
    result = _run_manage(
        "shell",
        "-c",
        "from django.conf import settings as s; "
        "print('config.headers.ContentSecurityPolicy' in s.MIDDLEWARE, "
        "'config.headers.permissions_policy' in s.MIDDLEWARE, "
        "s.CONTENT_SECURITY_POLICY['DIRECTIVES']['script-src'], s.SESSION_COOKIE_SECURE)",
        env=_example_environment(),
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "True True [\"'self'\"] True"
