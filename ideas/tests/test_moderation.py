"""Commissioners check ideas: publish, ask to reword, merge, or not take forward, with reasons."""

import pytest
from django.urls import reverse

from ideas.models import Idea, IdeaStatusChange, IdeaVote, Status
from ideas.services import IdeaRefused, idea_moderate, idea_vote
from responses.tests.journey import page_text

from .helpers import an_idea

pytestmark = pytest.mark.django_db


@pytest.fixture
def idea(cast):
    return an_idea(cast.riverside_consultation, organisation=cast.riverside_advocacy)


def _act(client, cast, idea, action, **data):
    url = reverse("ideas:moderate_action", args=[cast.riverside.pk, idea.pk, action])
    return client.post(url, data)


def test_publishing_records_who_and_when(cast, client_for, idea):
    response = _act(client_for("commissioner"), cast, idea, "publish")
    assert response.status_code == 302
    idea.refresh_from_db()
    assert idea.status == Status.PUBLISHED
    change = idea.changes.last()
    assert (change.from_status, change.to_status, change.by) == (
        Status.WAITING,
        Status.PUBLISHED,
        cast.commissioner,
    )
    assert change.at is not None


def test_publishing_twice_records_one_change(cast, client_for, idea):
    client = client_for("commissioner")
    _act(client, cast, idea, "publish")
    _act(client, cast, idea, "publish")
    assert idea.changes.filter(to_status=Status.PUBLISHED).count() == 1


def test_asking_to_reword_needs_an_easy_read_reason(cast, client_for, idea):
    client = client_for("commissioner")
    response = _act(client, cast, idea, "reword", easy_reason="")
    assert response.status_code == 200
    assert "Enter the reason in easy read." in page_text(response)
    idea.refresh_from_db()
    assert idea.status == Status.WAITING

    _act(client, cast, idea, "reword", easy_reason="Please say who the cafe is for.")
    idea.refresh_from_db()
    assert idea.status == Status.NEEDS_REWORDING
    assert idea.changes.last().easy_reason == "Please say who the cafe is for."


def test_not_taking_forward_needs_both_reasons(cast, client_for, idea):
    client = client_for("commissioner")
    response = _act(client, cast, idea, "not_taken_forward", reason="Too costly", easy_reason="")
    assert "Enter the reason in easy read." in page_text(response)
    response = _act(
        client, cast, idea, "not_taken_forward", reason="", easy_reason="It costs a lot"
    )
    assert "Enter the reason." in page_text(response)
    assert Idea.objects.get(pk=idea.pk).status == Status.WAITING

    _act(client, cast, idea, "not_taken_forward", reason="Too costly", easy_reason="It costs a lot")
    assert Idea.objects.get(pk=idea.pk).status == Status.NOT_TAKEN_FORWARD


def test_the_service_refuses_missing_reasons_too(cast, idea):
    with pytest.raises(IdeaRefused):
        idea_moderate(idea=idea, action="reword", by=cast.commissioner, easy_reason="  ")
    with pytest.raises(IdeaRefused):
        idea_moderate(idea=idea, action="not_taken_forward", by=cast.commissioner, reason="x")
    assert idea.changes.count() == 1


def test_merging_moves_votes_to_the_idea_it_joins(cast, client_for, idea, make_response):
    target = an_idea(
        cast.riverside_consultation,
        "Cafe and garden",
        organisation=cast.riverside_advocacy,
        published_by=cast.commissioner,
    )
    idea_moderate(idea=idea, action="publish", by=cast.commissioner)
    idea.refresh_from_db()
    both, only_merged = make_response(), make_response()
    idea_vote(idea=idea, response=both, value="no")
    idea_vote(idea=target, response=both, value="yes")
    idea_vote(idea=idea, response=only_merged, value="yes")

    _act(client_for("commissioner"), cast, idea, "merge", merge_into=target.pk, reason="Same idea")
    idea.refresh_from_db()
    assert (idea.status, idea.merged_into) == (Status.MERGED, target)
    assert not idea.votes.exists()
    # The person who voted on both keeps the vote they gave the idea that stays.
    assert dict(target.votes.values_list("response", "value")) == {
        both.pk: "yes",
        only_merged.pk: "yes",
    }


def test_an_idea_is_merged_only_into_one_of_the_same_consultation(cast, client_for, idea):
    elsewhere = an_idea(
        cast.hillside_consultation, "Hillside idea", organisation=cast.hillside_carers
    )
    response = _act(client_for("commissioner"), cast, idea, "merge", merge_into=elsewhere.pk)
    assert response.status_code == 200
    assert "Select a valid choice" in page_text(response)
    with pytest.raises(IdeaRefused):
        idea_moderate(idea=idea, action="merge", by=cast.commissioner, merge_into=elsewhere)
    with pytest.raises(IdeaRefused):
        idea_moderate(idea=idea, action="merge", by=cast.commissioner, merge_into=idea)
    assert Idea.objects.get(pk=idea.pk).status == Status.WAITING


def test_a_merged_idea_cannot_be_changed_again(cast, idea):
    target = an_idea(cast.riverside_consultation, "Other", organisation=cast.riverside_advocacy)
    idea_moderate(idea=idea, action="merge", by=cast.commissioner, merge_into=target)
    with pytest.raises(IdeaRefused):
        idea_moderate(idea=idea, action="publish", by=cast.commissioner)


def test_the_queue_shows_waiting_ideas_first(cast, client_for):
    first = an_idea(
        cast.riverside_consultation,
        "Published first",
        organisation=cast.riverside_advocacy,
        published_by=cast.commissioner,
    )
    an_idea(cast.riverside_consultation, "Waiting later", organisation=cast.riverside_advocacy)
    response = client_for("commissioner").get(reverse("ideas:queue", args=[cast.riverside.pk]))
    text = page_text(response)
    assert text.index("Waiting later") < text.index(first.title)


def test_the_idea_page_shows_the_history_with_who_and_why(cast, client_for, idea):
    idea_moderate(
        idea=idea, action="reword", by=cast.commissioner, easy_reason="Say who it is for."
    )
    url = reverse("ideas:moderate_idea", args=[cast.riverside.pk, idea.pk])
    text = page_text(client_for("commissioner").get(url))
    assert "Waiting to be checked → Asked to reword" in text
    assert cast.commissioner.email in text
    assert "Say who it is for." in text


def test_another_bodys_commissioner_cannot_moderate(cast, client_for, idea):
    client = client_for("other_commissioner")
    # Under their own body's address, the idea is not theirs; under ours, the body is not theirs.
    assert _act(client, cast, idea, "publish").status_code == 404
    url = reverse("ideas:moderate_action", args=[cast.hillside.pk, idea.pk, "publish"])
    assert client.post(url).status_code == 404
    assert Idea.objects.get(pk=idea.pk).status == Status.WAITING
    assert not IdeaStatusChange.objects.filter(to_status=Status.PUBLISHED).exists()


def test_a_community_group_cannot_moderate_its_own_idea(cast, client_for, idea):
    assert _act(client_for("vcse_member"), cast, idea, "publish").status_code == 404
    url = reverse("ideas:queue", args=[cast.riverside_advocacy.pk])
    assert client_for("vcse_member").get(url).status_code == 404


def test_an_unknown_action_is_not_found(cast, client_for, idea):
    assert _act(client_for("commissioner"), cast, idea, "delete").status_code == 404
    assert not IdeaVote.objects.exists()


def test_the_commissioner_changes_the_words_and_the_change_is_recorded(cast, client_for, idea):
    url = reverse("ideas:moderate_words", args=[cast.riverside.pk, idea.pk])
    client = client_for("commissioner")
    words = {
        "title": idea.title,
        "easy_title": "A cafe where we work",
        "body": "",
        "cost": "",
        "picture": "",
        "reason": "Clearer easy-read title",
    }
    assert client.post(url, words).status_code == 302
    client.post(url, words)  # nothing new the second time
    idea.refresh_from_db()
    assert (idea.easy_title, idea.status) == ("A cafe where we work", Status.WAITING)
    change = idea.changes.last()
    assert (change.from_status, change.to_status, change.by, change.reason) == (
        Status.WAITING,
        Status.WAITING,
        cast.commissioner,
        "Clearer easy-read title",
    )
    assert idea.changes.count() == 2
    text = page_text(client.get(reverse("ideas:moderate_idea", args=[cast.riverside.pk, idea.pk])))
    assert "Words changed" in text


def test_a_published_idea_offers_no_publish_step(cast, client_for, idea):
    idea_moderate(idea=idea, action="publish", by=cast.commissioner)
    url = reverse("ideas:moderate_idea", args=[cast.riverside.pk, idea.pk])
    html = client_for("commissioner").get(url).content.decode()
    assert "/publish/" not in html
    assert "/reword/" in html
