"""A commissioner checks an idea (asks for new words, then publishes it), and a person without
JavaScript finds it and votes on it with their code."""

import pytest

from ideas.models import IdeaVote, Source, Status
from ideas.services import idea_suggest
from responses.codes import resume_code_display, resume_code_new
from responses.services import response_start, start_token_new
from tests.browser import assert_no_axe_violations, follow, sign_in
from tests.cast import cast_build

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_a_commissioner_checks_an_idea_and_a_person_votes_on_it(live_server, page_factory):
    cast = cast_build()
    consultation = cast.riverside_consultation
    idea, _made = idea_suggest(
        consultation=consultation,
        area_key="community",
        title="Buddies",
        source=Source.ORGANISATION,
        organisation=cast.riverside_advocacy,
        by=cast.vcse_member,
    )
    response, code = response_start(
        consultation=consultation, start_token=start_token_new(), resume_code=resume_code_new()
    )

    staff = page_factory()
    sign_in(staff, live_server, cast.commissioner)
    staff.goto(live_server.url + "/organisations/")
    staff.get_by_role("link", name="Ideas to check for Riverside Council").click()
    assert "Buddies" in staff.locator("table").inner_text()
    assert_no_axe_violations(staff)
    staff.get_by_role("link", name="Buddies").click()
    assert_no_axe_violations(staff)

    staff.get_by_role("link", name="Ask to reword").click()
    staff.get_by_role("button", name="Ask to reword").click()
    assert "Enter the reason in easy read." in staff.locator(".error-summary").inner_text()
    assert_no_axe_violations(staff)
    staff.get_by_label("Reason in easy read").fill("Please tell us what the buddies do.")
    staff.get_by_role("button", name="Ask to reword").click()
    assert staff.locator("[data-status]").inner_text() == "Asked to reword"
    assert "Please tell us what the buddies do." in staff.locator("[data-history]").inner_text()
    assert_no_axe_violations(staff)

    # Nobody else sees it yet.
    person = page_factory(javascript=False)
    person.goto(live_server.url + f"/ideas/{consultation.pk}/")
    assert "Buddies" not in person.locator("main").inner_text()

    idea.easy_title = "Buddies who go out with you"
    idea.save()
    staff.get_by_role("link", name="Publish").click()
    assert_no_axe_violations(staff)
    staff.get_by_role("button", name="Publish").click()
    assert staff.locator("[data-status]").inner_text() == "Published"
    assert cast.commissioner.email in staff.locator("[data-history]").inner_text()

    person.goto(live_server.url + f"/ideas/{consultation.pk}/")
    main = person.locator("main").inner_text()
    assert "Buddies who go out with you" in main
    assert "Nobody has voted yet." in main
    assert_no_axe_violations(person)
    person.get_by_role("link", name="Vote on these ideas").click()
    assert_no_axe_violations(person)
    person.get_by_label("Your code").fill(resume_code_display(code).lower())
    person.get_by_role("button", name="Continue").click()
    assert_no_axe_violations(person)
    person.get_by_role("button", name="Save my votes").click()
    summary = person.locator(".error-summary").inner_text()
    assert "Choose yes, no or not sure for at least 1 idea." in summary
    assert_no_axe_violations(person)
    person.get_by_label("Yes, I like this idea").check()
    person.get_by_role("button", name="Save my votes").click()
    assert "Thank you. We saved your votes." in person.locator("main").inner_text()
    assert "1 person said yes." in person.locator("[data-votes]").inner_text()
    assert_no_axe_violations(person)

    vote = IdeaVote.objects.get()
    assert (vote.idea_id, vote.response_id, vote.value) == (idea.pk, response.pk, "yes")
    idea.refresh_from_db()
    assert idea.status == Status.PUBLISHED


def test_a_community_group_suggests_an_idea_and_records_a_sessions_votes(live_server, page):
    import datetime

    from ideas.services import idea_moderate
    from organisations.models import GroupSession

    cast = cast_build()
    published, _made = idea_suggest(
        consultation=cast.riverside_consultation,
        area_key="community",
        title="Time bank",
        source=Source.ORGANISATION,
        organisation=cast.riverside_advocacy,
    )
    idea_moderate(idea=published, action="publish", by=cast.commissioner)
    session = GroupSession.objects.create(
        organisation=cast.riverside_advocacy,
        consultation=cast.riverside_consultation,
        held_on=datetime.date(2026, 11, 3),
        method="workshop",
        facilitator_name="Sam",
        people_count=6,
        submit_token="browser-session",
    )

    sign_in(page, live_server, cast.vcse_member)
    follow(page, page.get_by_role("link", name="Our ideas, and votes from our group sessions"))
    assert_no_axe_violations(page)
    follow(page, page.get_by_role("link", name="Suggest an idea"))
    assert_no_axe_violations(page)
    page.get_by_label("Cost estimate in pounds (optional)").fill("lots")
    follow(page, page.get_by_role("button", name="Send the idea"))
    summary = page.locator(".error-summary").inner_text()
    assert "Enter a title for the idea." in summary
    assert "Choose the consultation the idea is for." in summary
    assert page.get_by_label("Cost estimate in pounds (optional)").input_value() == "lots"
    assert_no_axe_violations(page)
    page.get_by_label("Riverside: have your say").check()
    page.get_by_label("Your community").check()
    page.get_by_label("Title", exact=True).fill("Repair cafe")
    page.get_by_label("Cost estimate in pounds (optional)").fill("£1,200")
    follow(page, page.get_by_role("button", name="Send the idea"))
    assert "waiting for the commissioner to check it" in page.locator("main").inner_text()
    assert "Repair cafe" in page.locator("[data-organisation-ideas]").inner_text()
    assert_no_axe_violations(page)

    follow(page, page.get_by_role("link", name="Record votes from the session on 3 November 2026"))
    assert_no_axe_violations(page)
    page.get_by_label("Time bank: Yes", exact=True).fill("5")
    page.get_by_label("Time bank: No", exact=True).fill("4")
    follow(page, page.get_by_role("button", name="Save votes"))
    assert "more votes than the 6 people present" in page.locator(".error-summary").inner_text()
    assert_no_axe_violations(page)
    page.get_by_label("Time bank: No", exact=True).fill("1")
    follow(page, page.get_by_role("button", name="Save votes"))
    assert "The session's votes are saved." in page.locator("main").inner_text()
    assert {(v.value, v.count) for v in session.idea_votes.all()} == {("yes", 5), ("no", 1)}
