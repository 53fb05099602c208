"""What the ideas QuerySets give: who sees which ideas, and votes added up for the results."""

import datetime

import pytest

from ideas.models import Idea, IdeaVote
from ideas.services import IdeaRefused, idea_vote, session_votes_save
from organisations.models import GroupSession

from .helpers import an_idea

pytestmark = pytest.mark.django_db


def test_each_person_sees_their_own_bodys_or_groups_ideas(cast):
    riverside = an_idea(cast.riverside_consultation, organisation=cast.riverside_advocacy)
    hillside = an_idea(cast.hillside_consultation, "Hillside", organisation=cast.hillside_carers)

    def seen(user):
        return set(Idea.objects.visible_to(user))

    assert seen(cast.commissioner) == {riverside}
    assert seen(cast.other_commissioner) == {hillside}
    assert seen(cast.vcse_member) == {riverside}
    assert seen(cast.other_vcse_member) == {hillside}
    assert seen(cast.editor) == set()
    assert seen(cast.administrator) == {riverside, hillside}


def test_votes_add_up_people_and_session_counts_for_equal_shares(cast, make_response):
    costed = an_idea(
        cast.riverside_consultation,
        organisation=cast.riverside_advocacy,
        published_by=cast.commissioner,
        cost_estimate=4000,
    )
    an_idea(
        cast.riverside_consultation,
        "No cost given",
        organisation=cast.riverside_advocacy,
        published_by=cast.commissioner,
    )
    session = GroupSession.objects.create(
        organisation=cast.riverside_advocacy,
        consultation=cast.riverside_consultation,
        held_on=datetime.date(2026, 11, 3),
        method="workshop",
        facilitator_name="Sam",
        people_count=8,
        submit_token="s1",
    )
    session_votes_save(
        session=session, counts={costed.pk: {"yes": 5, "no": 2}}, by=cast.vcse_member
    )
    idea_vote(idea=costed, response=make_response(), value="yes")
    idea_vote(idea=costed, response=make_response(), value="not_sure")

    (row,) = Idea.objects.published().costed().with_votes()
    assert (row.cost_estimate, row.yes_votes, row.no_votes, row.not_sure_votes) == (4000, 6, 2, 1)


def test_a_person_has_one_vote_per_idea(cast, make_response):
    idea = an_idea(
        cast.riverside_consultation,
        organisation=cast.riverside_advocacy,
        published_by=cast.commissioner,
    )
    response = make_response()
    idea_vote(idea=idea, response=response, value="yes")
    idea_vote(idea=idea, response=response, value="no")
    assert list(IdeaVote.objects.values_list("value", "count")) == [("no", 1)]


def test_votes_on_another_consultations_idea_are_refused(cast, make_response):
    idea = an_idea(
        cast.hillside_consultation,
        organisation=cast.hillside_carers,
        published_by=cast.other_commissioner,
    )
    with pytest.raises(IdeaRefused):
        idea_vote(idea=idea, response=make_response(), value="yes")


def test_the_service_refuses_more_session_votes_than_people(cast):
    idea = an_idea(
        cast.riverside_consultation,
        organisation=cast.riverside_advocacy,
        published_by=cast.commissioner,
    )
    session = GroupSession.objects.create(
        organisation=cast.riverside_advocacy,
        consultation=cast.riverside_consultation,
        held_on=datetime.date(2026, 11, 3),
        method="workshop",
        facilitator_name="Sam",
        people_count=3,
        submit_token="s2",
    )
    with pytest.raises(IdeaRefused):
        session_votes_save(session=session, counts={idea.pk: {"yes": 3, "no": 1}}, by=None)
    assert not IdeaVote.objects.exists()


def test_vote_totals_are_not_multiplied_by_the_members_who_can_see_them(cast, make_response):
    from tests.cast import MembershipFactory, UserFactory

    for _number in range(2):
        MembershipFactory(user=UserFactory(), organisation=cast.riverside_advocacy)
        MembershipFactory(user=UserFactory(), organisation=cast.riverside)
    idea = an_idea(
        cast.riverside_consultation,
        organisation=cast.riverside_advocacy,
        published_by=cast.commissioner,
    )
    idea_vote(idea=idea, response=make_response(), value="yes")
    for user in (cast.commissioner, cast.vcse_member, cast.administrator):
        assert Idea.objects.visible_to(user).with_votes().get().yes_votes == 1
