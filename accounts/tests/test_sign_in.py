import datetime
import re

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import (
    SECRET_SESSION_KEY,
    format_hotp_value,
    hotp_value,
    yield_hotp_counters_from_time,
)
from django.contrib.auth.models import Group, User
from django.urls import reverse
from django.utils import timezone

from consultations.demo import DEMO_ACCOUNTS, demo_accounts_load

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor():
    user = User.objects.create_user("ed@example.org", "ed@example.org", "a-long-password-1")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def test_staff_without_mfa_are_sent_to_set_up_an_authenticator(client, editor):
    client.force_login(editor)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_activate_totp")


def test_staff_with_mfa_reach_the_wagtail_admin(client, editor):
    Authenticator.objects.create(user=editor, type=Authenticator.Type.TOTP, data={"secret": "x"})
    client.force_login(editor)
    response = client.get("/admin/")
    assert response.status_code == 200


def test_people_without_admin_access_are_not_asked_for_mfa_outside_admin(client):
    user = User.objects.create_user("vcse@example.org", "vcse@example.org", "a-long-password-1")
    client.force_login(user)
    assert client.get("/").status_code == 200


def test_sign_in_is_by_email_address(client):
    demo_accounts_load()
    account = DEMO_ACCOUNTS[0]
    response = client.post(
        reverse("account_login"), {"login": account.email, "password": account.password}
    )
    assert response.status_code == 302
    assert client.session.get("_auth_user_id")


def test_wrong_password_shows_error_summary(client):
    demo_accounts_load()
    response = client.post(
        reverse("account_login"), {"login": DEMO_ACCOUNTS[0].email, "password": "wrong"}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in html
    assert "<title>Error: " in html


def test_repeated_failed_sign_ins_are_rate_limited(client):
    demo_accounts_load()
    email = DEMO_ACCOUNTS[1].email
    for _ in range(5):
        client.post(reverse("account_login"), {"login": email, "password": "wrong"})
    response = client.post(
        reverse("account_login"), {"login": email, "password": DEMO_ACCOUNTS[1].password}
    )
    assert not client.session.get("_auth_user_id")
    assert "Too many failed login attempts" in response.content.decode()


def test_open_sign_up_is_closed(client):
    response = client.post(
        reverse("account_signup"),
        {
            "email": "new@example.org",
            "password1": "a-long-password-1",
            "password2": "a-long-password-1",
        },
    )
    assert not User.objects.filter(email="new@example.org").exists()
    assert response.status_code == 200


def test_demo_loader_is_idempotent():
    demo_accounts_load()
    demo_accounts_load()
    assert User.objects.filter(username__endswith="@riverside.example").count() == len(
        DEMO_ACCOUNTS
    )


def test_staff_signing_in_are_led_to_set_up_an_authenticator_app(client, editor):
    EmailAddress.objects.create(user=editor, email=editor.email, verified=True, primary=True)
    response = client.post(
        reverse("account_login"),
        {"login": editor.email, "password": "a-long-password-1"},
        follow=True,
    )
    # Straight on to setting up the app: no second password prompt (issue 14).
    assert response.redirect_chain[-1][0] == reverse("mfa_activate_totp")
    assert not any(
        url.startswith(reverse("account_reauthenticate")) for url, _ in response.redirect_chain
    )
    html = response.content.decode()
    assert "<svg" in html or "data:image/svg" in html  # the code to scan
    assert 'name="code"' in html


def _code_from_app(secret: str) -> str:
    counter = next(yield_hotp_counters_from_time())
    return format_hotp_value(hotp_value(secret, counter))


def test_first_sign_in_is_one_path_from_password_to_the_dashboard(client, editor):
    EmailAddress.objects.create(user=editor, email=editor.email, verified=True, primary=True)
    response = client.post(
        reverse("account_login"),
        {"login": editor.email, "password": "a-long-password-1"},
        follow=True,
    )
    assert "Step 1 of 2" in response.content.decode()

    secret = client.session[SECRET_SESSION_KEY]
    response = client.post(
        reverse("mfa_activate_totp"), {"code": _code_from_app(secret)}, follow=True
    )
    assert response.redirect_chain[-1][0] == reverse("mfa_view_recovery_codes")
    html = response.content.decode()
    assert "Step 2 of 2" in html
    assert 'id="recovery_codes"' in html
    assert not any(
        url.startswith(reverse("account_reauthenticate")) for url, _ in response.redirect_chain
    )

    onward = re.search(r'<a href="([^"]+)"[^>]*>I have saved my codes', html)
    assert onward is not None
    assert client.get(onward.group(1)).status_code == 200  # the Wagtail dashboard


def test_changing_two_step_sign_in_later_still_asks_for_the_password(client, editor):
    EmailAddress.objects.create(user=editor, email=editor.email, verified=True, primary=True)
    client.post(reverse("account_login"), {"login": editor.email, "password": "a-long-password-1"})
    # An app set up before this sign-in: changing it is not first setup.
    Authenticator.objects.create(
        user=editor,
        type=Authenticator.Type.RECOVERY_CODES,
        data={"seed": "0" * 40},
        created_at=timezone.now() - datetime.timedelta(days=1),
    )
    response = client.get(reverse("mfa_generate_recovery_codes"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_reauthenticate"))
