"""A commissioner signs in with a one-time code and reads every results screen, axe at zero."""

import pytest
from django.urls import reverse

from consultations.demo_content import demo_content_load
from ideas.models import Idea
from ideas.services import idea_moderate, idea_suggest, idea_vote
from organisations.models import GroupSession, Membership, Organisation
from responses.models import Channel
from responses.services import response_enter
from results.tests.people import People, add_groups, question_of
from tests.browser import assert_no_axe_violations, follow, sign_in
from tests.cast import UserFactory, in_group, staff_ready

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def _answers(consultation) -> None:
    people = People(consultation)
    where = question_of(consultation, "choice")
    coins = question_of(consultation, "coins")
    tell = question_of(consultation, "tell_us")
    keys = [option.key for option in coins.options]
    ballot = {"coins": dict.fromkeys(keys, 0) | {keys[0]: 6, keys[1]: 4}}
    people.send(
        [(where, {"choice": where.options[1].key}), (coins, ballot), (tell, {"text": "Kind"})],
        describes=["uses_support"],
        count=12,
    )
    people.send(
        [(where, {"choice": where.options[0].key}), (tell, {"text": "Too far to travel"})],
        describes=["family_carer"],
        supported=True,
        count=7,
    )
    people.send([(where, {"choice": where.options[2].key})], count=3)


def _ideas_and_sessions(consultation, user) -> None:
    """Two costed ideas with votes, and a group session, for the ideas and panel screens."""
    group = Organisation.objects.create(
        name="Riverside Voices", kind=Organisation.Kind.VCSE, verified=True
    )
    ideas = []
    for title, cost in (("Day centre", 70), ("Bus pass", 30)):
        idea, _made = idea_suggest(
            consultation=consultation,
            area_key="community",
            title=title,
            source="organisation",
            organisation=group,
            cost_estimate=cost,
            submit_token=title,
        )
        idea_moderate(idea=idea, action="publish", by=user)
        ideas.append(Idea.objects.get(pk=idea.pk))
    for _ in range(6):
        response = response_enter(
            consultation=consultation, channel=Channel.STAFF_INTERVIEW, entered_by=None
        )
        for idea in ideas:
            idea_vote(idea=idea, response=response, value="yes")
    GroupSession.objects.create(
        organisation=group,
        consultation=consultation,
        held_on=consultation.opens_on,
        method="workshop",
        facilitator_name="Fay",
        people_count=7,
        agreed_by_group=True,
        submit_token="browser",
    )


def test_a_commissioner_walks_through_every_results_screen(live_server, page_factory):
    consultation = demo_content_load()
    add_groups(consultation)
    _answers(consultation)
    user = staff_ready(in_group(UserFactory(username="rita@riverside.example"), "Moderators"))
    Membership.objects.create(user=user, organisation=consultation.commissioner)
    _ideas_and_sessions(consultation, user)
    page = page_factory()
    sign_in(page, live_server, user)

    page.goto(live_server.url + "/admin/")
    follow(page, page.get_by_role("link", name=f"See results for {consultation.title}"))
    assert page.locator("h1").inner_text() == "Overview"
    assert "22" in page.get_by_role("table", name="Sent responses by channel").inner_text()
    assert_no_axe_violations(page)

    follow(page, page.get_by_role("link", name="Who we heard"))
    table = page.locator("table").first.inner_text()
    assert table.index("Family carers") < table.index("People who use support")
    assert "Not shown in public: fewer than 10 people" in table
    assert_no_axe_violations(page)

    follow(page, page.get_by_role("link", name="Results by question"))
    follow(page, page.get_by_role("link", name="Support with where you live"))
    assert "People who use support (n = 12)" in page.locator("main").inner_text()
    assert_no_axe_violations(page)
    page.get_by_label("Equal voice: each group counts the same").check()
    follow(page, page.get_by_role("button", name="Show"))
    assert "view=equal-voice" in page.url
    assert "Equal voice share" in page.locator("main").inner_text()
    assert_no_axe_violations(page)

    page.goto(live_server.url + reverse("results:by_question", args=[consultation.pk]))
    follow(page, page.get_by_role("link", name="Leaving hospital"))
    page.get_by_label("Search people's own words").fill("travel")
    follow(page, page.get_by_role("button", name="Search"))
    main = page.locator("main").inner_text()
    assert "Too far to travel" in main and "Kind\n" not in main
    assert_no_axe_violations(page)

    follow(page, page.get_by_role("link", name="Coins"))
    assert "Why the fair rule cannot be gamed" in page.locator("main").inner_text()
    assert "Fair share (Independent Markets)" in page.locator("table").first.inner_text()
    assert_no_axe_violations(page)

    follow(page, page.get_by_role("link", name="Ideas"))
    assert "Bus pass" in page.locator("table").first.inner_text()
    page.get_by_label("Budget (£)").fill("lots")
    follow(page, page.get_by_role("button", name="Show what it would fund"))
    assert "Enter the budget as a number of pounds" in page.locator(".error-summary").inner_text()
    assert page.get_by_label("Budget (£)").input_value() == "lots"
    assert_no_axe_violations(page)
    page.get_by_label("Budget (£)").fill("70")
    follow(page, page.get_by_role("button", name="Show what it would fund"))
    main = page.locator("main").inner_text()
    assert "What a budget of £70 would fund" in main and "Why they differ" in main
    assert_no_axe_violations(page)

    follow(page, page.get_by_role("link", name="Groups and organisations"))
    main = page.locator("main").inner_text()
    assert "never added into the count of people who answered" in main
    assert "Riverside Voices" in main
    assert_no_axe_violations(page)

    # Publishing freezes the results for the easy-read public page.
    follow(page, page.get_by_role("link", name="Overview"))
    follow(page, page.get_by_role("button", name="Publish results to the public page"))
    assert "now shows today's results" in page.locator("main").inner_text()
    assert_no_axe_violations(page)
    public_url = live_server.url + reverse("results:public", args=[consultation.pk])
    for javascript in (True, False):
        reader = page_factory(javascript=javascript, viewport="mobile")
        reader.goto(public_url)
        assert reader.locator("h1").inner_text() == "What people told us"
        text = reader.locator("main").inner_text()
        assert "22 people answered." in text and "%" not in text and "Too far" not in text
        assert reader.evaluate("document.documentElement.scrollWidth") <= 320
        assert_no_axe_violations(reader)

    # At 320 pixels wide, nothing but the tables' own scroll areas goes sideways.
    # Same signed-in browser: a one-time code cannot be used twice.
    narrow = page.context.new_page()
    narrow.set_viewport_size({"width": 320, "height": 640})
    narrow.goto(live_server.url + reverse("results:coins", args=[consultation.pk]))
    assert narrow.evaluate("document.documentElement.scrollWidth") <= 320
    assert narrow.locator(".chart__svg").first.bounding_box()["width"] <= 320
    assert_no_axe_violations(narrow)
