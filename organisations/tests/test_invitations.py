"""Inviting members by email, and accepting: the only way in while open sign-up is off."""

import datetime
import re

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth.models import User
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from organisations.models import Invitation, Membership

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "river-boats-and-kites-7"


def _invite(browser, organisation, email="new@advocacy.example", role="member"):
    return browser.post(
        reverse("organisations:invite", args=[organisation.pk]), {"email": email, "role": role}
    )


def _link_in_last_email() -> str:
    return re.search(r"http://testserver(/invitations/[^/\s]+/)", mail.outbox[-1].body).group(1)


def test_a_commissioner_invites_a_member_who_sets_a_password_and_joins(cast, client_for, client):
    response = _invite(client_for("commissioner"), cast.riverside_advocacy)
    assert response.status_code == 302
    assert mail.outbox[-1].to == ["new@advocacy.example"]
    invitation = Invitation.objects.get(email="new@advocacy.example")
    assert invitation.invited_by == cast.commissioner

    link = _link_in_last_email()
    page = client.get(link)
    assert "Join Riverside Advocacy" in page.content.decode()
    response = client.post(link, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})

    user = User.objects.get(email="new@advocacy.example")
    assert user.check_password(NEW_PASSWORD)
    assert EmailAddress.objects.get(user=user).verified
    membership = Membership.objects.get(user=user)
    assert (membership.organisation, membership.role) == (cast.riverside_advocacy, "member")
    invitation.refresh_from_db()
    assert invitation.accepted_by == user and invitation.accepted_at is not None
    # Signed in, and sent on to set up two-factor sign-in before seeing the organisation.
    assert response["Location"] == reverse("organisations:home")
    assert client.get(response["Location"])["Location"] == reverse("mfa_activate_totp")
    # The password was just set, so allauth does not ask for it again before the app is added.
    assert client.get(reverse("mfa_activate_totp")).status_code == 200


def test_a_used_invitation_cannot_make_a_second_account(cast, client_for, client):
    _invite(client_for("commissioner"), cast.riverside_advocacy)
    link = _link_in_last_email()
    client.post(link, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
    again = client.post(link, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
    assert again.status_code == 410
    assert "already been used" in again.content.decode()
    assert User.objects.filter(email="new@advocacy.example").count() == 1


def test_an_expired_invitation_is_refused(cast, client_for, client):
    _invite(client_for("commissioner"), cast.riverside_advocacy)
    Invitation.objects.update(expires_at=timezone.now() - datetime.timedelta(minutes=1))
    response = client.post(
        _link_in_last_email(), {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD}
    )
    assert response.status_code == 410
    assert "expired" in response.content.decode()
    assert not User.objects.filter(email="new@advocacy.example").exists()


def test_an_unknown_invitation_token_is_not_found(client):
    assert client.get("/invitations/made-up-token/").status_code == 404


def test_mismatched_passwords_keep_the_invitation_open(cast, client_for, client):
    _invite(client_for("commissioner"), cast.riverside_advocacy)
    response = client.post(
        _link_in_last_email(), {"password1": NEW_PASSWORD, "password2": "something-else-9"}
    )
    assert response.status_code == 200
    assert "The two passwords do not match" in response.content.decode()
    assert "error-summary" in response.content.decode()
    assert Invitation.objects.pending().count() == 1


def test_inviting_the_same_address_twice_sends_one_invitation(cast, client_for):
    browser = client_for("commissioner")
    _invite(browser, cast.riverside_advocacy)
    response = _invite(browser, cast.riverside_advocacy, email="NEW@advocacy.example")
    assert Invitation.objects.count() == 1
    assert len(mail.outbox) == 1
    assert "already has an invitation" in browser.get(response["Location"]).content.decode()


def test_a_lead_invites_members_of_their_own_organisation_only(cast, client_for):
    lead = client_for("other_vcse_member")
    assert _invite(lead, cast.hillside_carers).status_code == 302
    assert Invitation.objects.get().organisation == cast.hillside_carers
    assert _invite(lead, cast.riverside_advocacy, email="x@example.org").status_code == 404
    assert Invitation.objects.count() == 1


def test_a_member_who_is_not_a_lead_cannot_invite(cast, client_for):
    assert _invite(client_for("vcse_member"), cast.riverside_advocacy).status_code == 404
    assert not Invitation.objects.exists()


def test_an_editor_cannot_invite_to_any_organisation(cast, client_for):
    assert _invite(client_for("editor"), cast.riverside_advocacy).status_code == 404
    assert not Invitation.objects.exists()


def test_invitation_tokens_are_long_and_different(cast):
    first = Invitation.objects.create(organisation=cast.riverside_advocacy, email="a@example.org")
    second = Invitation.objects.create(organisation=cast.riverside_advocacy, email="b@example.org")
    assert len(first.token) >= 40 and first.token != second.token


def test_inviting_someone_who_already_has_an_account_says_what_to_do(cast, client_for):
    response = _invite(
        client_for("commissioner"), cast.riverside_advocacy, email=cast.other_vcse_member.email
    )
    assert response.status_code == 200
    assert "already has an account" in response.content.decode()
    assert not Invitation.objects.exists() and not mail.outbox
