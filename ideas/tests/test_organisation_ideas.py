"""Community groups suggest ideas, see what happened to them, and record session votes."""

import datetime

import pytest
from django.urls import reverse

from consultations.tests.factories import make_image
from ideas.models import Idea, IdeaVote, Source, Status
from ideas.services import idea_moderate
from organisations.models import GroupSession
from responses.tests.journey import page_text

from .helpers import an_idea

pytestmark = pytest.mark.django_db


def _form(cast, **overrides) -> dict:
    return {
        "submit_token": "token-1",
        "consultation": cast.riverside_consultation.pk,
        "area_key": "community",
        "session": "",
        "title": "Community allotment",
        "easy_title": "A garden for everyone",
        "body": "Grow food together.",
        "cost": "2,500",
        "picture": "",
        **overrides,
    }


def _session(cast, organisation=None, people=6) -> GroupSession:
    return GroupSession.objects.create(
        organisation=organisation or cast.riverside_advocacy,
        consultation=cast.riverside_consultation,
        held_on=datetime.date(2026, 11, 3),
        method="workshop",
        facilitator_name="Sam",
        people_count=people,
        submit_token=f"session-{people}-{(organisation or cast.riverside_advocacy).pk}",
    )


def test_a_group_suggests_an_idea_that_waits_for_the_commissioner(cast, client_for):
    make_image("Friends")
    url = reverse("ideas:new", args=[cast.riverside_advocacy.pk])
    response = client_for("vcse_member").post(url, _form(cast, picture="friends"))
    assert response.status_code == 302
    idea = Idea.objects.get()
    assert idea.source == Source.ORGANISATION
    assert idea.organisation == cast.riverside_advocacy
    assert idea.status == Status.WAITING
    assert idea.cost_estimate == 2500
    assert idea.picture.title == "Friends"
    assert idea.created_by == cast.vcse_member
    assert idea.changes.get().by == cast.vcse_member


def test_sending_the_form_twice_makes_one_idea(cast, client_for):
    client = client_for("vcse_member")
    url = reverse("ideas:new", args=[cast.riverside_advocacy.pk])
    client.post(url, _form(cast))
    client.post(url, _form(cast))
    assert Idea.objects.count() == 1


def test_an_idea_from_a_session_is_marked_as_the_sessions(cast, client_for):
    session = _session(cast)
    url = reverse("ideas:new", args=[cast.riverside_advocacy.pk])
    client_for("vcse_member").post(url, _form(cast, session=session.pk))
    idea = Idea.objects.get()
    assert (idea.source, idea.session, idea.organisation) == (
        Source.SESSION,
        session,
        cast.riverside_advocacy,
    )


def test_another_groups_session_cannot_be_chosen(cast, client_for):
    theirs = _session(cast, organisation=cast.hillside_carers)
    url = reverse("ideas:new", args=[cast.riverside_advocacy.pk])
    response = client_for("vcse_member").post(url, _form(cast, session=theirs.pk))
    assert response.status_code == 200
    assert "Select a valid choice" in page_text(response)
    assert not Idea.objects.exists()


def test_mistakes_are_explained_and_what_was_typed_is_kept(cast, client_for):
    url = reverse("ideas:new", args=[cast.riverside_advocacy.pk])
    response = client_for("vcse_member").post(
        url, _form(cast, title="", cost="lots", picture="No such picture")
    )
    text = page_text(response)
    assert "Enter a title for the idea." in text
    assert "Write how many pounds it might cost" in text
    assert "There is no picture called No such picture in the library." in text
    assert "Grow food together." in response.content.decode()
    assert not Idea.objects.exists()


def test_the_list_shows_each_ideas_status_and_latest_reason(cast, client_for):
    idea = an_idea(cast.riverside_consultation, organisation=cast.riverside_advocacy)
    idea_moderate(
        idea=idea,
        action="not_taken_forward",
        by=cast.commissioner,
        reason="Already funded by the parks budget.",
        easy_reason="The council already pays for this.",
    )
    response = client_for("vcse_member").get(
        reverse("ideas:organisation", args=[cast.riverside_advocacy.pk])
    )
    text = page_text(response)
    assert "A cafe run by us" in text
    assert "Not taken forward" in text
    assert "Already funded by the parks budget." in text


def test_another_groups_ideas_page_is_not_found(cast, client_for):
    an_idea(cast.riverside_consultation, organisation=cast.riverside_advocacy)
    client = client_for("other_vcse_member")
    for name in ("ideas:organisation", "ideas:new"):
        assert client.get(reverse(name, args=[cast.riverside_advocacy.pk])).status_code == 404
    assert (
        client.post(
            reverse("ideas:new", args=[cast.riverside_advocacy.pk]), _form(cast)
        ).status_code
        == 404
    )
    assert Idea.objects.count() == 1


def test_a_session_records_votes_with_counts(cast, client_for):
    idea = an_idea(
        cast.riverside_consultation,
        organisation=cast.riverside_advocacy,
        published_by=cast.commissioner,
    )
    session = _session(cast, people=6)
    url = reverse("ideas:session_votes", args=[cast.riverside_advocacy.pk, session.pk])
    client = client_for("vcse_member")
    data = {f"idea_{idea.pk}_yes": "4", f"idea_{idea.pk}_no": "1", f"idea_{idea.pk}_not_sure": ""}
    assert client.post(url, data).status_code == 302
    client.post(url, data)  # a second click changes nothing
    votes = {vote.value: vote.count for vote in IdeaVote.objects.filter(session=session)}
    assert votes == {"yes": 4, "no": 1}
    assert Idea.objects.with_votes().get(pk=idea.pk).yes_votes == 4


def test_a_session_cannot_have_more_votes_than_people(cast, client_for):
    idea = an_idea(
        cast.riverside_consultation,
        organisation=cast.riverside_advocacy,
        published_by=cast.commissioner,
    )
    session = _session(cast, people=6)
    url = reverse("ideas:session_votes", args=[cast.riverside_advocacy.pk, session.pk])
    response = client_for("vcse_member").post(
        url, {f"idea_{idea.pk}_yes": "4", f"idea_{idea.pk}_no": "3"}
    )
    assert response.status_code == 200
    assert "has more votes than the 6 people present" in page_text(response)
    assert not IdeaVote.objects.exists()


def test_a_session_sees_only_published_ideas(cast, client_for):
    an_idea(cast.riverside_consultation, "Hidden idea", organisation=cast.riverside_advocacy)
    session = _session(cast)
    url = reverse("ideas:session_votes", args=[cast.riverside_advocacy.pk, session.pk])
    response = client_for("vcse_member").get(url)
    assert "Hidden idea" not in page_text(response)


def test_another_groups_session_votes_page_is_not_found(cast, client_for):
    session = _session(cast, organisation=cast.hillside_carers)
    url = reverse("ideas:session_votes", args=[cast.riverside_advocacy.pk, session.pk])
    assert client_for("vcse_member").get(url).status_code == 404


def test_an_unverified_group_is_told_it_can_suggest_once_verified(cast, client_for):
    cast.riverside_advocacy.verified = False
    cast.riverside_advocacy.save()
    url = reverse("ideas:new", args=[cast.riverside_advocacy.pk])
    response = client_for("vcse_member").post(url, _form(cast), follow=True)
    assert "can suggest ideas once it has been verified" in page_text(response)
    assert not Idea.objects.exists()


def test_a_group_rewords_an_idea_when_asked_and_it_waits_again(cast, client_for):
    idea = an_idea(cast.riverside_consultation, "Buddies", organisation=cast.riverside_advocacy)
    idea_moderate(idea=idea, action="reword", by=cast.commissioner, easy_reason="Say what they do.")
    url = reverse("ideas:reword", args=[cast.riverside_advocacy.pk, idea.pk])
    client = client_for("vcse_member")
    page = page_text(client.get(url))
    assert "The commissioner asked: Say what they do." in page
    words = {
        "title": "Buddies who go out with you",
        "easy_title": "",
        "body": "",
        "cost": "",
        "picture": "",
    }
    assert client.post(url, words).status_code == 302
    client.post(url, words)  # a second click records nothing more
    idea.refresh_from_db()
    assert (idea.title, idea.status) == ("Buddies who go out with you", Status.WAITING)
    change = idea.changes.last()
    assert (change.from_status, change.to_status, change.by) == (
        Status.NEEDS_REWORDING,
        Status.WAITING,
        cast.vcse_member,
    )
    assert idea.changes.filter(to_status=Status.WAITING).count() == 2  # suggested, then reworded


def test_an_idea_not_asked_to_be_reworded_cannot_be_changed(cast, client_for):
    idea = an_idea(cast.riverside_consultation, "Buddies", organisation=cast.riverside_advocacy)
    url = reverse("ideas:reword", args=[cast.riverside_advocacy.pk, idea.pk])
    client_for("vcse_member").post(url, {"title": "Changed"})
    idea.refresh_from_db()
    assert idea.title == "Buddies"
