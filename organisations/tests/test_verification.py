"""Commissioners verify community groups, and who did it and when is kept."""

import pytest
from django.urls import reverse

from organisations.models import Organisation

pytestmark = pytest.mark.django_db


@pytest.fixture
def unverified(cast):
    return Organisation.objects.create(
        name="Riverside Deaf Club", kind=Organisation.Kind.VCSE, verified=False
    )


def test_a_commissioner_verifies_a_group_and_is_recorded(cast, client_for, unverified):
    browser = client_for("commissioner")
    listing = browser.get(reverse("organisations:home")).content.decode()
    assert "Riverside Deaf Club" in listing and "Not yet" in listing
    response = browser.post(reverse("organisations:verify", args=[unverified.pk]))
    assert response["Location"] == reverse("organisations:home")
    unverified.refresh_from_db()
    assert unverified.verified and unverified.verified_by == cast.commissioner
    assert unverified.verified_at is not None
    assert "cam@riverside.example" in browser.get(reverse("organisations:home")).content.decode()


def test_verifying_twice_keeps_the_first_record(cast, client_for, unverified):
    client_for("commissioner").post(reverse("organisations:verify", args=[unverified.pk]))
    first = Organisation.objects.get(pk=unverified.pk).verified_at
    response = client_for("administrator").post(
        reverse("organisations:verify", args=[unverified.pk]), follow=True
    )
    assert "was already verified" in response.content.decode()
    unverified.refresh_from_db()
    assert (unverified.verified_at, unverified.verified_by) == (first, cast.commissioner)


@pytest.mark.parametrize("person", ["editor", "vcse_member", "other_vcse_member"])
def test_people_who_are_not_commissioners_cannot_verify(cast, client_for, unverified, person):
    response = client_for(person).post(reverse("organisations:verify", args=[unverified.pk]))
    assert response.status_code == 404
    unverified.refresh_from_db()
    assert not unverified.verified


def test_a_commissioning_body_cannot_be_verified_through_the_group_screens(cast, client_for):
    response = client_for("commissioner").post(
        reverse("organisations:verify", args=[cast.hillside.pk])
    )
    assert response.status_code == 404


def test_verifying_needs_a_post(cast, client_for, unverified):
    response = client_for("commissioner").get(reverse("organisations:verify", args=[unverified.pk]))
    assert response.status_code == 405
