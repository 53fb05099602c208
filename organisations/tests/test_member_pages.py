"""A member's own organisation page and pledges; nothing of another organisation's."""

import pytest
from django.test import Client
from django.urls import reverse

from consultations.models import RespondentGroup
from organisations.models import Pledge
from tests.cast import PASSWORD, UserFactory, totp_code

pytestmark = pytest.mark.django_db


@pytest.fixture
def carers(cast):
    return RespondentGroup.objects.create(
        consultation=cast.riverside_consultation,
        key="carers",
        name="Family carers",
        easy_name="People who look after someone",
        target_count=200,
        target_source="Riverside carers' register, 2026",
    )


def _pledge(browser, organisation, group, people_count=""):
    return browser.post(
        reverse("organisations:pledge_add", args=[organisation.pk]),
        {"group": group.pk, "people_count": people_count},
    )


def test_a_member_signing_in_lands_on_their_organisation_page(cast):
    browser = Client()
    response = browser.post(
        reverse("account_login"), {"login": cast.vcse_member.email, "password": PASSWORD}
    )
    # Two-factor sign-in first: the cast's member has an authenticator app.
    assert response["Location"] == reverse("mfa_authenticate")
    response = browser.post(reverse("mfa_authenticate"), {"code": totp_code(cast.vcse_member)})
    assert response["Location"] == reverse("organisations:home")
    page = browser.get(response["Location"], follow=True)
    assert page.redirect_chain[-1][0] == reverse(
        "organisations:detail", args=[cast.riverside_advocacy.pk]
    )
    html = page.content.decode()
    assert "Riverside Advocacy" in html and "Riverside: have your say" in html


def test_members_without_an_authenticator_app_set_one_up_first(cast):
    member = UserFactory(username="newbie@advocacy.example")
    cast.riverside_advocacy.memberships.create(user=member)
    browser = Client()
    browser.force_login(member)
    response = browser.get(reverse("organisations:detail", args=[cast.riverside_advocacy.pk]))
    assert response["Location"] == reverse("mfa_activate_totp")
    response = browser.get(response["Location"], follow=True)
    assert "before you open your organisation" in response.content.decode()


def test_a_member_pledges_to_reach_a_group_and_sees_it(cast, client_for, carers):
    browser = client_for("vcse_member")
    form = browser.get(reverse("organisations:pledge_add", args=[cast.riverside_advocacy.pk]))
    assert "Family carers (Riverside: have your say)" in form.content.decode()
    response = _pledge(browser, cast.riverside_advocacy, carers, "25")
    page = browser.get(response["Location"]).content.decode()
    assert "You pledged to reach Family carers" in page
    assert "25 people" in page and "200" in page
    pledge = Pledge.objects.get()
    assert (pledge.organisation, pledge.made_by, pledge.people_count) == (
        cast.riverside_advocacy,
        cast.vcse_member,
        25,
    )


def test_pledging_twice_keeps_one_pledge_with_a_kind_message(cast, client_for, carers):
    browser = client_for("vcse_member")
    _pledge(browser, cast.riverside_advocacy, carers)
    response = _pledge(browser, cast.riverside_advocacy, carers, "10")
    assert "You had already pledged" in browser.get(response["Location"]).content.decode()
    assert Pledge.objects.count() == 1
    form = browser.get(reverse("organisations:pledge_add", args=[cast.riverside_advocacy.pk]))
    assert "Family carers (" not in form.content.decode()


def test_a_pledge_without_a_group_shows_the_error_and_keeps_the_number(cast, client_for, carers):
    response = client_for("vcse_member").post(
        reverse("organisations:pledge_add", args=[cast.riverside_advocacy.pk]),
        {"group": "", "people_count": "12"},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in html and "Choose the group you will reach." in html
    assert 'value="12"' in html
    assert not Pledge.objects.exists()


def test_a_member_withdraws_a_pledge_and_the_record_is_kept(cast, client_for, carers):
    browser = client_for("vcse_member")
    _pledge(browser, cast.riverside_advocacy, carers)
    pledge = Pledge.objects.get()
    url = reverse("organisations:pledge_withdraw", args=[cast.riverside_advocacy.pk, pledge.pk])
    assert "Withdraw your pledge?" in browser.get(url).content.decode()
    response = browser.post(url)
    assert "You withdrew your pledge" in browser.get(response["Location"]).content.decode()
    pledge.refresh_from_db()
    assert pledge.withdrawn_by == cast.vcse_member and pledge.withdrawn_at is not None
    assert not Pledge.objects.active().exists()
    # Withdrawn, the group can be pledged again.
    _pledge(browser, cast.riverside_advocacy, carers)
    assert Pledge.objects.active().count() == 1


def test_an_unverified_organisation_cannot_pledge(cast, client_for, carers):
    cast.riverside_advocacy.verified = False
    cast.riverside_advocacy.save()
    response = _pledge(client_for("vcse_member"), cast.riverside_advocacy, carers)
    assert response["Location"] == reverse(
        "organisations:detail", args=[cast.riverside_advocacy.pk]
    )
    assert not Pledge.objects.exists()


def test_groups_of_closed_consultations_cannot_be_pledged(cast, client_for, carers):
    cast.riverside_consultation.closes_on = cast.riverside_consultation.opens_on
    cast.riverside_consultation.save()
    response = _pledge(client_for("vcse_member"), cast.riverside_advocacy, carers)
    assert response.status_code == 200
    assert not Pledge.objects.exists()


@pytest.mark.parametrize(
    "name", ["detail", "pledge_add", "invite"], ids=["page", "pledge form", "invite"]
)
def test_another_organisations_pages_are_not_found(cast, client_for, name):
    url = reverse(f"organisations:{name}", args=[cast.hillside_carers.pk])
    assert client_for("vcse_member").get(url).status_code == 404


def test_pledging_for_another_organisation_is_not_found(cast, client_for, carers):
    response = _pledge(client_for("vcse_member"), cast.hillside_carers, carers)
    assert response.status_code == 404
    assert not Pledge.objects.exists()


def test_withdrawing_another_organisations_pledge_is_not_found(cast, client_for, carers):
    pledge = Pledge.objects.create(organisation=cast.hillside_carers, group=carers)
    browser = client_for("vcse_member")
    own_org_other_pledge = reverse(
        "organisations:pledge_withdraw", args=[cast.riverside_advocacy.pk, pledge.pk]
    )
    their_org = reverse("organisations:pledge_withdraw", args=[cast.hillside_carers.pk, pledge.pk])
    assert browser.post(own_org_other_pledge).status_code == 404
    assert browser.post(their_org).status_code == 404
    pledge.refresh_from_db()
    assert pledge.withdrawn_at is None
