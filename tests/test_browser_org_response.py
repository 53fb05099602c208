"""A VCSE member writes their organisation's response for an area, from sign-in to submit."""

import pytest

from organisations.models import OrganisationalResponse
from organisations.tests.org_response_factories import (
    TELL_US_TEXT,
    YES_NO_TEXT,
    ask_about_home,
    make_groups,
)
from tests.browser import assert_no_axe_violations, follow, sign_in
from tests.cast import cast_build

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_a_member_writes_previews_and_submits_an_organisational_response(live_server, page):
    cast = cast_build()
    ask_about_home(cast.riverside_consultation)
    make_groups(cast.riverside_consultation)

    sign_in(page, live_server, cast.vcse_member)
    assert page.locator("h1").inner_text() == "Riverside Advocacy"

    follow(page, page.get_by_role("link", name="Our organisation's responses"))
    table = page.get_by_role("table", name="Our responses to Riverside: have your say, by area")
    assert "Not started" in table.inner_text()
    assert_no_axe_violations(page)
    follow(page, page.get_by_role("button", name="Start a response for Support in your own home"))

    assert page.locator("h1").inner_text() == YES_NO_TEXT
    follow(page, page.get_by_role("button", name="Save and continue"))
    assert page.locator(".error-summary").is_visible()
    assert_no_axe_violations(page)
    page.get_by_label("Yes", exact=True).check()
    follow(page, page.get_by_role("button", name="Save and continue"))

    assert page.locator("h1").inner_text() == TELL_US_TEXT
    assert_no_axe_violations(page)
    page.get_by_label("Write your answer").fill("More time to talk, and the same carers each week.")
    follow(page, page.get_by_role("button", name="Save and continue"))

    assert page.locator("h1").inner_text() == "Who this response speaks for"
    assert_no_axe_violations(page)
    page.get_by_label("How many people does this response speak for?").fill("25")
    page.get_by_label("People who use support").fill("10")
    page.get_by_label("Family carers").fill("12")
    page.get_by_label("Workshop").check()
    follow(page, page.get_by_role("button", name="Save and continue"))
    summary = page.locator(".error-summary").inner_text()
    assert "add up to 22, but the total is 25" in summary
    # Nothing typed is lost.
    assert page.get_by_label("Family carers").input_value() == "12"
    assert page.get_by_label("Workshop").is_checked()
    assert_no_axe_violations(page)
    page.get_by_label("Family carers").fill("15")
    follow(page, page.get_by_role("button", name="Save and continue"))

    assert page.locator("h1").inner_text() == "Check your organisation's response"
    main = page.locator("main").inner_text()
    assert "More time to talk" in main and "25 people" in main and "Family carers: 15" in main
    assert_no_axe_violations(page)
    follow(page, page.get_by_role("button", name="Submit the response"))

    assert "has been submitted" in page.locator("main").inner_text()
    assert_no_axe_violations(page)
    response = OrganisationalResponse.objects.get()
    assert response.is_submitted and response.submitted_by == cast.vcse_member
