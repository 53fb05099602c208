"""Under the Content-Security-Policy, nothing a person or an editor uses is blocked: the answering
pages with their scripts, and the Wagtail admin's page editor with its own looser policy."""

import pytest
from allauth.mfa.models import Authenticator
from django.conf import settings as django_settings
from django.contrib.auth.models import User
from django.test import Client

from consultations.demo_content import demo_content_load
from consultations.tests.factories import make_consultation
from responses.questions import question_refs
from responses.tests import browser_steps as steps

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def _record_blocked(page) -> list[str]:
    blocked: list[str] = []
    page.on(
        "console",
        lambda message: (
            blocked.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    return blocked


def test_answering_pages_and_their_scripts_run_under_the_policy(
    live_server, page, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    consultation = demo_content_load()
    blocked = _record_blocked(page)
    steps.start_answering(page, live_server, consultation)
    coins = next(ref for ref in question_refs(consultation.area_pages()) if ref.type == "coins")
    page.goto(f"{live_server.url}/answer/{consultation.pk}/question/{coins.id}/")
    # coins.js adds the buttons: it ran.
    assert page.locator("[data-coins] button").count() > 0
    page.goto(live_server.url + consultation.url)
    assert blocked == []


def test_the_wagtail_page_editor_loads_under_the_admin_policy(live_server, page):
    consultation = make_consultation()
    editor = User.objects.create_superuser("admin@example.org", "admin@example.org", "pw-12345678")
    Authenticator.objects.create(user=editor, type=Authenticator.Type.TOTP, data={"secret": "x"})
    signed_in = Client()
    signed_in.force_login(editor)
    cookie = signed_in.cookies[django_settings.SESSION_COOKIE_NAME].value
    page.context.add_cookies(
        [{"name": django_settings.SESSION_COOKIE_NAME, "value": cookie, "url": live_server.url}]
    )
    blocked = _record_blocked(page)
    page.goto(f"{live_server.url}/admin/pages/{consultation.pk}/edit/")
    page.wait_for_load_state("networkidle")
    assert page.locator("form#page-edit-form").is_visible()
    # The editor's scripts ran: the side panel toggles are built by JavaScript.
    assert page.locator("[data-side-panel-toggle]").count() > 0
    assert blocked == [], "\n".join(blocked)
