"""A VCSE member signs in with a one-time code, and pledges from their organisation's page."""

import pytest

from consultations.models import RespondentGroup
from organisations.models import Pledge
from tests.browser import assert_no_axe_violations
from tests.cast import PASSWORD, cast_build, totp_code

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

    page.goto(live_server.url + "/accounts/login/")
    page.get_by_label("Email").fill(cast.vcse_member.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.locator('input[name="code"]').fill(totp_code(cast.vcse_member))
    assert_no_axe_violations(page)
    page.locator('input[name="code"]').press("Enter")

    assert page.locator("h1").inner_text() == "Riverside Advocacy"
    assert "Riverside: have your say" in page.locator("main").inner_text()
    assert_no_axe_violations(page)

    page.get_by_role("link", name="Pledge to reach a group").click()
    assert_no_axe_violations(page)
    page.get_by_label("How many people do you hope to reach? (optional)").fill("25")
    page.get_by_role("button", name="Make pledge").click()
    # The error state: summary first, the number kept.
    assert "Choose the group you will reach." in page.locator(".error-summary").inner_text()
    assert page.get_by_label("How many people do you hope to reach? (optional)").input_value() == (
        "25"
    )
    assert_no_axe_violations(page)

    page.get_by_label("Which group will you reach?").select_option(
        label="Family carers (Riverside: have your say)"
    )
    page.get_by_role("button", name="Make pledge").click()
    assert "You pledged to reach Family carers." in page.locator("main").inner_text()
    assert "25 people" in page.locator("table").inner_text()
    assert_no_axe_violations(page)

    page.get_by_role("link", name="Withdraw pledge to reach Family carers").click()
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Yes, withdraw the pledge").click()
    assert "You withdrew your pledge" in page.locator("main").inner_text()
    assert not Pledge.objects.active().exists()
