"""The ideas screen (Method of Equal Shares beside vote counting) and the groups and organisations
screen, through the real views, with figures worked out by hand."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

from ideas.models import Idea
from ideas.services import idea_moderate, idea_suggest, idea_vote, session_votes_save
from organisations.models import (
    GroupSession,
    GroupSessionMember,
    Organisation,
    OrganisationalResponse,
    OrgResponseGroup,
)
from responses.models import Channel
from responses.services import response_enter

from .people import question_of

pytestmark = pytest.mark.django_db


def _text(response) -> str:
    html = response.content.decode()
    main = html[html.index("<main") : html.index("</main>")]
    return " ".join(re.sub(r"<[^>]+>", " ", main).split())


def _ideas_url(consultation, query=""):
    return reverse("results:ideas", args=[consultation.pk]) + query


@pytest.fixture
def community(riverside):
    return Organisation.objects.create(
        name="Riverside Voices", kind=Organisation.Kind.VCSE, verified=True
    )


def _session(community, consultation, people=8, token="s1", **extra):
    return GroupSession.objects.create(
        organisation=community,
        consultation=consultation,
        area_key=extra.pop("area_key", "community"),
        held_on=extra.pop("held_on", timezone.localdate()),
        method="workshop",
        facilitator_name="Fay",
        people_count=people,
        submit_token=token,
        **extra,
    )


@pytest.fixture
def voted(riverside, community, commissioner_client):
    """Budget £100. Ideas: Day centre £70, Bus pass £30, Garden £30.

    10 people say yes to Day centre and Bus pass; 5 say yes to the Garden; 1 says no to Day
    centre (no ballot: they said yes to nothing). A session of 8 says yes to the Garden (counts,
    not ballots). By hand:

    Vote counting: Day centre 10, Bus pass 10 (tie: cheaper first), Garden 5. Bus pass £30, then
    Day centre £70 fills the £100, and the Garden does not fit.

    Equal Shares: 15 voters with £100/15 = £6.67 each. Day centre's 10 supporters hold £66.67,
    under £70: never affordable. Bus pass: 10 pay £3 each (effective votes 10); Garden: 5 pay £6
    each (effective votes 5). Bus pass first, then the Garden. Spent £60; £40 left cannot buy the
    £70 Day centre.
    """
    boss = get_user_model().objects.get(username="rita@riverside.example")
    ideas = {}
    for title, cost in (("Day centre", 70), ("Bus pass", 30), ("Garden", 30), ("Mural", None)):
        idea, _made = idea_suggest(
            consultation=riverside,
            area_key="community",
            title=title,
            source="organisation",
            organisation=community,
            cost_estimate=cost,
            submit_token=title,
        )
        idea_moderate(idea=idea, action="publish", by=boss)
        ideas[title] = Idea.objects.get(pk=idea.pk)
    waiting, _made = idea_suggest(
        consultation=riverside,
        area_key="community",
        title="Secret waiting idea",
        source="organisation",
        organisation=community,
        cost_estimate=1,
        submit_token="waiting",
    )

    def person(*yes, no=()):
        response = response_enter(
            consultation=riverside, channel=Channel.STAFF_INTERVIEW, entered_by=None
        )
        for title in yes:
            idea_vote(idea=ideas[title], response=response, value="yes")
        for title in no:
            idea_vote(idea=ideas[title], response=response, value="no")

    for _ in range(10):
        person("Day centre", "Bus pass")
    for _ in range(5):
        person("Garden")
    person(no=["Day centre"])
    session = _session(community, riverside)
    session_votes_save(session=session, counts={ideas["Garden"].pk: {"yes": 8}}, by=None)
    return riverside


def test_votes_are_listed_most_yes_first_with_small_numbers_hidden(voted, commissioner_client):
    text = _text(commissioner_client.get(_ideas_url(voted)))
    # Garden: 5 people + 8 at the session. Day centre: 10 yes and 1 no; the 1 is hidden, and so
    # is the 10, or 11 - 10 would give the 1 away.
    assert "Garden Your community £30 13 0 0 13" in text
    hidden = "Hidden so that a small number cannot be worked out"
    assert f"Day centre Your community £70 {hidden} Fewer than 5 people 0 11" in text
    assert "Mural Your community No cost given 0 0 0 0" in text
    assert text.index("Garden") < text.index("Day centre")
    assert "Secret waiting idea" not in text
    assert "the most went to Garden" in text  # the chart's headline, after the table


def test_a_budget_shows_equal_shares_beside_vote_counting_with_the_engines_words(
    voted, commissioner_client
):
    text = _text(commissioner_client.get(_ideas_url(voted, "?budget=100&area=")))
    assert "What a budget of £100 would fund" in text
    assert "Bus pass £30 Funded Funded" in text
    assert "Day centre £70 Not funded Funded" in text
    assert "Garden £30 Funded Not funded" in text
    assert "Spent £60 £100" in text
    assert "Mural £" not in text  # no cost: not in the comparison
    assert "Vote counting funds Day centre, because the most people voted for them." in text
    assert "The Method of Equal Shares funds Garden instead." in text
    # The engine's own explanation, word for word.
    assert "It is shared equally between 15 voters: 6.67 each." in text
    assert (
        "1. Bus pass (cost 30): 10 supporters paid at most 3 each; effective votes 10.00." in text
    )
    assert "2. Garden (cost 30): 5 supporters paid at most 6 each; effective votes 5.00." in text
    assert "Not funded: Day centre." in text


def test_a_big_enough_budget_funds_the_same_ideas_both_ways(voted, commissioner_client):
    text = _text(commissioner_client.get(_ideas_url(voted, "?budget=£1,000")))
    assert "With this budget both ways fund the same ideas." in text
    assert "Spent £130 £130" in text


def test_an_area_narrows_the_ideas_and_the_budget_to_that_area(voted, commissioner_client):
    text = _text(commissioner_client.get(_ideas_url(voted, "?budget=100&area=home")))
    assert "No ideas have been published for this area yet." in text
    assert "Garden" not in text
    text = _text(commissioner_client.get(_ideas_url(voted, "?budget=100&area=community")))
    assert "Garden £30 Funded Not funded" in text
    text = _text(commissioner_client.get(_ideas_url(voted, "?budget=x&area=home")))
    assert "Enter the budget as a number of pounds" in text and "Garden" not in text


def test_the_explanation_is_hidden_when_it_would_give_a_small_session_count_away(
    voted, community, commissioner_client
):
    # The session's 8 yes votes for the Garden become 3: the table shows 8 (5 people + 3), and
    # the explanation's "5 supporters" would give the session's 3 away.
    session = GroupSession.objects.get(submit_token="s1")
    garden = Idea.objects.get(title="Garden")
    session_votes_save(session=session, counts={garden.pk: {"yes": 3}}, by=None)
    text = _text(commissioner_client.get(_ideas_url(voted, "?budget=100")))
    assert "Garden £30 Funded Not funded" in text
    assert "not shown, because it would give a number of fewer than 5 people" in text
    assert "5 supporters" not in text


@pytest.mark.parametrize(
    ("typed", "error"),
    [
        ("", "Enter a budget in whole pounds, like 50000."),
        ("12.50", "Enter the budget in whole pounds, without pence."),
        ("lots", "Enter the budget as a number of pounds, like 50000."),
        ("0", "The budget must be more than £0."),
        ("-5", "The budget must be more than £0."),
        ("2000000000", "The budget must be £1,000,000,000 or less."),
    ],
)
def test_a_bad_budget_is_explained_in_an_error_summary_and_kept(
    voted, commissioner_client, typed, error
):
    response = commissioner_client.get(_ideas_url(voted), {"budget": typed})
    html = response.content.decode()
    assert response.status_code == 200
    assert "<title>Error:" in html
    summary = html[html.index("error-summary") : html.index("</ul>", html.index("error-summary"))]
    assert error in summary and 'href="#id_budget"' in summary
    assert f'value="{typed}"' in html or typed == ""
    assert "would fund</caption>" not in html


def test_the_explanation_is_hidden_when_it_would_show_fewer_than_5_people(
    riverside, community, commissioner_client
):
    idea, _made = idea_suggest(
        consultation=riverside,
        area_key="home",
        title="Ramp",
        source="organisation",
        organisation=community,
        cost_estimate=10,
        submit_token="ramp",
    )
    idea_moderate(idea=idea, action="publish", by=None)
    idea = Idea.objects.get(pk=idea.pk)
    for _ in range(3):
        response = response_enter(
            consultation=riverside, channel=Channel.STAFF_INTERVIEW, entered_by=None
        )
        idea_vote(idea=idea, response=response, value="yes")
    text = _text(commissioner_client.get(_ideas_url(riverside, "?budget=50")))
    assert "Ramp £10 Funded Funded" in text
    assert "not shown, because it would give a number of fewer than 5 people" in text
    assert "3 supporters" not in text


def test_ideas_with_no_votes_yet_say_so_for_a_budget(riverside, community, commissioner_client):
    idea, _made = idea_suggest(
        consultation=riverside,
        area_key="home",
        title="Ramp",
        source="organisation",
        organisation=community,
        cost_estimate=10,
        submit_token="ramp",
    )
    idea_moderate(idea=idea, action="publish", by=None)
    text = _text(commissioner_client.get(_ideas_url(riverside, "?budget=50")))
    assert "Nobody has said yes to a costed idea yet." in text


@pytest.fixture
def panel(riverside, community, people):
    from consultations.models import RespondentGroup

    carers = RespondentGroup.objects.get(consultation=riverside, key="carers")
    support = RespondentGroup.objects.get(consultation=riverside, key="people-who-use-support")
    where = question_of(riverside, "choice")
    people.send([(where, {"choice": where.options[0].key})], count=12)
    session = _session(
        community,
        riverside,
        people=9,
        area_key="home",
        formats_used=["easy_read", "bsl"],
        agreed_by_group=True,
        also_answered_alone=2,
    )
    GroupSessionMember.objects.create(session=session, group=carers, people_count=6)
    GroupSessionMember.objects.create(session=session, group=support, people_count=3)
    submitted = OrganisationalResponse.objects.create(
        organisation=community,
        consultation=riverside,
        area_key="community",
        status="submitted",
        submitted_at=timezone.now(),
        people_represented=40,
        how_gathered=["workshop", "survey"],
    )
    submitted.sessions.add(session)
    OrgResponseGroup.objects.create(org_response=submitted, group=carers, people_count=25)
    OrgResponseGroup.objects.create(org_response=submitted, group=support, people_count=15)
    other = Organisation.objects.create(name="Draft Group", kind=Organisation.Kind.VCSE)
    OrganisationalResponse.objects.create(
        organisation=other, consultation=riverside, area_key="home", people_represented=99
    )
    return riverside


def test_sessions_and_organisations_are_listed_beside_people_never_added_in(
    panel, commissioner_client
):
    overview_before = _text(commissioner_client.get(reverse("results:overview", args=[panel.pk])))
    text = _text(commissioner_client.get(reverse("results:panel", args=[panel.pk])))
    assert "They are never added into the count of people who answered." in text
    assert "People who answered on their own (online, supported or on paper) 12" in text
    assert "People at group sessions 9 (indicative only)" in text
    assert "People organisations say they speak for 40" in text
    # The session: 9 people, 6 carers and 3 people who use support (under 5: hidden, and so the
    # 6 too, or 9 - 6 would give it away).
    assert (
        "Riverside Voices Support in your own home Workshop Easy read, British Sign Language "
        "9 (indicative only) People who use support: Fewer than 5 people; Family carers: "
        "Hidden so that a small number cannot be worked out Yes"
    ) in text
    assert "Of them, also answered on their own, so may be counted twice Fewer than 5" in text
    assert (
        "Riverside Voices Verified Your community Submitted, "
        f"{timezone.localdate():%-d %B %Y} 40 People who use support: 15; Family carers: 25 "
        "Workshop, Survey Riverside Voices, "
    ) in text
    assert "Draft Group" not in text and "99" not in text
    # People counts elsewhere do not change because of sessions and organisations.
    assert "People reached 12" in overview_before
    overview = _text(commissioner_client.get(reverse("results:overview", args=[panel.pk])))
    assert "People reached 12" in overview
