"""A VCSE member signs in with a one-time code, and pledges from their organisation's page."""

import pytest
from django.urls import reverse

from consultations.models import RespondentGroup
from organisations.models import Invitation, Membership, Organisation, Pledge
from tests.browser import assert_no_axe_violations, follow, sign_in
from tests.cast import cast_build

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_a_member_signs_in_with_a_one_time_code_and_pledges_to_reach_a_group(live_server, page):
    cast = cast_build()
    RespondentGroup.objects.create(
        consultation=cast.riverside_consultation,
        key="carers",
        name="Family carers",
        easy_name="People who look after someone",
        target_count=200,
        target_source="Riverside carers' register, 2026",
    )

    sign_in(page, live_server, cast.vcse_member)

    assert page.locator("h1").inner_text() == "Riverside Advocacy"
    assert "Riverside: have your say" in page.locator("main").inner_text()
    assert_no_axe_violations(page)

    follow(page, page.get_by_role("link", name="Pledge to reach a group"))
    assert_no_axe_violations(page)
    page.get_by_label("How many people do you hope to reach? (optional)").fill("25")
    follow(page, page.get_by_role("button", name="Make pledge"))
    # The error state: summary first, the number kept.
    assert "Choose the group you will reach." in page.locator(".error-summary").inner_text()
    assert page.get_by_label("How many people do you hope to reach? (optional)").input_value() == (
        "25"
    )
    assert_no_axe_violations(page)

    page.get_by_label("Which group will you reach?").select_option(
        label="Family carers (Riverside: have your say)"
    )
    follow(page, page.get_by_role("button", name="Make pledge"))
    assert "You pledged to reach Family carers." in page.locator("main").inner_text()
    assert "25 people" in page.locator("table").inner_text()
    assert_no_axe_violations(page)

    follow(page, page.get_by_role("link", name="Withdraw pledge to reach Family carers"))
    assert_no_axe_violations(page)
    follow(page, page.get_by_role("button", name="Yes, withdraw the pledge"))
    assert "You withdrew your pledge" in page.locator("main").inner_text()
    assert not Pledge.objects.active().exists()


def test_a_lead_invites_a_member_who_joins_with_the_emailed_link(live_server, page_factory):
    cast = cast_build()
    page = page_factory()
    sign_in(page, live_server, cast.other_vcse_member)
    assert page.locator("h1").inner_text() == "Hillside Carers"
    follow(page, page.get_by_role("link", name="Invite a member"))
    follow(page, page.get_by_role("button", name="Send invitation"))
    assert page.locator(".error-summary").is_visible()
    assert_no_axe_violations(page)
    page.get_by_label("Email address").fill("new@carers.example")
    follow(page, page.get_by_role("button", name="Send invitation"))
    assert "We have sent an invitation to new@carers.example." in page.locator("main").inner_text()
    assert_no_axe_violations(page)

    newcomer = page_factory()
    newcomer.goto(live_server.url + f"/invitations/{Invitation.objects.get().token}/")
    assert_no_axe_violations(newcomer)
    newcomer.get_by_label("Create a password").fill("river-boats-and-kites-7")
    newcomer.get_by_label("Type the password again").fill("something-else-9")
    newcomer.get_by_role("button", name="Create account").click()
    assert "The two passwords do not match" in newcomer.locator(".error-summary").inner_text()
    assert_no_axe_violations(newcomer)
    newcomer.get_by_label("Create a password").fill("river-boats-and-kites-7")
    newcomer.get_by_label("Type the password again").fill("river-boats-and-kites-7")
    newcomer.get_by_role("button", name="Create account").click()
    # Signed in, and asked to set up two-factor sign-in before the organisation's pages.
    assert newcomer.url == live_server.url + reverse("mfa_activate_totp")
    assert "before you open your organisation" in newcomer.locator("main").inner_text()
    assert Membership.objects.filter(
        user__email="new@carers.example", organisation=cast.hillside_carers
    ).exists()


def test_a_commissioner_verifies_a_community_group(live_server, page):
    cast = cast_build()
    Organisation.objects.create(name="Riverside Deaf Club", kind=Organisation.Kind.VCSE)
    sign_in(page, live_server, cast.commissioner)
    page.goto(live_server.url + reverse("organisations:home"))
    assert_no_axe_violations(page)
    follow(page, page.get_by_role("button", name="Verify Riverside Deaf Club"))
    assert "Riverside Deaf Club is now verified." in page.locator("main").inner_text()
    assert "by cam@riverside.example" in page.locator("table").inner_text()
    assert_no_axe_violations(page)
