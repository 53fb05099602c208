"""A new member of staff signs in for the first time: one path to the dashboard, axe clean."""

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.totp.internal.auth import (
    format_hotp_value,
    hotp_value,
    yield_hotp_counters_from_time,
)
from django.contrib.auth.models import Group, User
from django.urls import reverse

from tests.browser import assert_no_axe_violations

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_first_sign_in_goes_password_app_codes_dashboard(live_server, page):
    editor = User.objects.create_user("ed", "ed@example.org", "a-long-password-1")
    editor.groups.add(Group.objects.get(name="Editors"))
    EmailAddress.objects.create(user=editor, email=editor.email, verified=True, primary=True)

    page.goto(live_server.url + reverse("account_login"))
    page.get_by_label("Email").fill("ed@example.org")
    page.get_by_label("Password").fill("a-long-password-1")
    page.get_by_role("button", name="Sign in").click()

    page.wait_for_url(live_server.url + reverse("mfa_activate_totp"))
    assert page.get_by_role("heading", name="Set up two-step sign-in").is_visible()
    assert_no_axe_violations(page)
    secret = page.get_by_label("Setup key, if you cannot scan").input_value()
    code = format_hotp_value(hotp_value(secret, next(yield_hotp_counters_from_time())))
    page.get_by_label("Authenticator code").fill(code)
    page.get_by_role("button", name="Continue").click()

    page.wait_for_url(live_server.url + reverse("mfa_view_recovery_codes"))
    assert page.get_by_role("heading", name="Save your recovery codes").is_visible()
    assert_no_axe_violations(page)
    page.get_by_role("link", name="I have saved my codes: continue to the dashboard").click()

    page.wait_for_url(live_server.url + reverse("wagtailadmin_home"))
    assert page.get_by_role("heading", name="Your consultations").is_visible()
