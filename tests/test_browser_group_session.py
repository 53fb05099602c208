"""A VCSE member records a group session and the group's answers, fixing bad totals on the way."""

import datetime

import pytest
from django.utils import timezone

from organisations.models import GroupSession, GroupTally
from organisations.tests.sessions_setup import ask_every_type, make_groups
from tests.browser import assert_no_axe_violations, follow, sign_in
from tests.cast import cast_build

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_a_member_records_a_session_and_the_groups_answers(live_server, page):
    cast = cast_build()
    ask_every_type(cast.riverside_consultation)
    make_groups(cast.riverside_consultation)

    sign_in(page, live_server, cast.vcse_member)
    assert page.locator("h1").inner_text() == "Riverside Advocacy"
    assert "You have not recorded a session yet." in page.locator("main").inner_text()

    follow(page, page.get_by_role("link", name="Record a session"))
    assert_no_axe_violations(page)
    page.get_by_label("Riverside: have your say").check()
    follow(page, page.get_by_role("button", name="Continue"))

    assert page.locator("h1").inner_text() == "Record a session"
    assert_no_axe_violations(page)
    page.get_by_label("Support in your own home").check()
    held_on = timezone.localdate() - datetime.timedelta(days=2)
    page.get_by_label("Date of the session").fill(held_on.isoformat())
    page.get_by_label("Workshop").check()
    page.get_by_label("Easy read").check()
    page.get_by_label("British Sign Language").check()
    page.get_by_label("Facilitator").fill("Priya")
    page.get_by_label("How many people were there?").fill("9")
    page.get_by_label("Of them, People who use support").fill("6")
    page.get_by_label("Of them, Family carers").fill("1")
    page.get_by_label("Of them, how many also answered on their own?").fill("2")
    page.get_by_label("The group agreed with what we wrote").check()
    follow(page, page.get_by_role("button", name="Save and add the group's answers"))

    # The error state: a plain message first, and everything typed is still there.
    summary = page.locator(".error-summary")
    assert "The groups add up to 7, not 9 people." in summary.inner_text()
    assert page.get_by_label("Facilitator").input_value() == "Priya"
    assert page.get_by_label("Of them, People who use support").input_value() == "6"
    assert page.get_by_label("British Sign Language").is_checked()
    assert_no_axe_violations(page)
    page.get_by_label("Of them, Family carers").fill("3")
    follow(page, page.get_by_role("button", name="Save and add the group's answers"))

    main = page.locator("main")
    assert "Session recorded. Now add the group's answers." in main.inner_text()
    assert "so may be counted twice" in main.inner_text()
    assert GroupSession.objects.get().people_count == 9
    assert_no_axe_violations(page)

    follow(
        page,
        page.get_by_role("link", name="Add the group's answers to: Where would you like to live?"),
    )
    assert page.locator("h1").inner_text() == "Where would you like to live?"
    assert_no_axe_violations(page)
    page.get_by_label("How many people answered this question").fill("6")
    page.get_by_label("A flat").fill("4")
    page.get_by_label("A house").fill("1")
    page.get_by_label("What people said, in their own words").fill("A garden for my dog")
    follow(page, page.get_by_role("button", name="Save the group's answers"))
    assert "The numbers add up to 5, not 6 people." in summary.inner_text()
    assert page.get_by_label("A flat").input_value() == "4"
    assert (
        "A garden for my dog"
        in page.get_by_label("What people said, in their own words").input_value()
    )
    assert_no_axe_violations(page)
    page.get_by_label("A house").fill("2")
    follow(page, page.get_by_role("button", name="Save the group's answers"))

    assert "The group's answers are saved." in main.inner_text()
    assert "A flat: 4" in main.inner_text() and "A garden for my dog" in main.inner_text()
    assert GroupTally.objects.get().value["people"] == 6
    assert_no_axe_violations(page)
