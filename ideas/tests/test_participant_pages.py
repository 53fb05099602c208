"""People see published ideas, vote on them, and check their own ideas' status with their code."""

import datetime

import pytest
from django.test import Client
from django.urls import reverse

from ideas.models import IdeaVote, Source
from ideas.services import idea_moderate, idea_suggest
from responses.guesses import GUESS_LIMIT
from responses.tests.journey import form_values, page_text

from .helpers import an_idea

pytestmark = pytest.mark.django_db


def _person_idea(cast, response, title="Bus to the day centre", question_id="q1"):
    idea, _made = idea_suggest(
        consultation=cast.riverside_consultation,
        area_key="community",
        title=title,
        easy_title=title,
        source=Source.PERSON,
        response=response,
        question_id=question_id,
    )
    return idea


def _signed_in_with_code(client, cast, code) -> Client:
    url = reverse("ideas:yours", args=[cast.riverside_consultation.pk])
    assert client.post(url, {"code": code}).status_code == 302
    return client


def test_nothing_is_public_before_it_is_published(cast, client):
    an_idea(cast.riverside_consultation, "Waiting idea", organisation=cast.riverside_advocacy)
    rewording = an_idea(
        cast.riverside_consultation, "Reword idea", organisation=cast.riverside_advocacy
    )
    idea_moderate(idea=rewording, action="reword", by=cast.commissioner, easy_reason="Say more.")
    an_idea(
        cast.riverside_consultation,
        "Published idea",
        organisation=cast.riverside_advocacy,
        published_by=cast.commissioner,
    )
    text = page_text(client.get(reverse("ideas:list", args=[cast.riverside_consultation.pk])))
    assert "Published idea" in text
    assert "Waiting idea" not in text
    assert "Reword idea" not in text


def test_the_list_gives_votes_and_cost_in_words(cast, client, make_response):
    idea = an_idea(
        cast.riverside_consultation,
        organisation=cast.riverside_advocacy,
        published_by=cast.commissioner,
        cost_estimate=1500,
    )
    for value in ("yes", "yes", "no"):
        IdeaVote.objects.create(idea=idea, response=make_response(), value=value)
    text = page_text(client.get(reverse("ideas:list", args=[cast.riverside_consultation.pk])))
    assert "2 people said yes. 1 person said no. 0 people were not sure." in text
    assert "It might cost about £1,500." in text


def test_a_person_sees_their_ideas_status_and_easy_reason_with_their_code(
    cast, client, make_response
):
    response, code = make_response(with_code=True)
    idea = _person_idea(cast, response)
    idea_moderate(
        idea=idea,
        action="reword",
        by=cast.commissioner,
        reason="Unclear which route",
        easy_reason="Please tell us where the bus should go.",
    )
    _signed_in_with_code(client, cast, code.lower())
    text = page_text(client.get(reverse("ideas:yours", args=[cast.riverside_consultation.pk])))
    assert "Bus to the day centre" in text
    assert "We need to change the words of your idea." in text
    assert "Please tell us where the bus should go." in text
    assert "Unclear which route" not in text  # the staff reason is not for the public page


def test_a_wrong_code_gets_a_kind_error(cast, client, make_response):
    response, code = make_response(with_code=True)
    _person_idea(cast, response)
    url = reverse("ideas:yours", args=[cast.riverside_consultation.pk])
    reply = client.post(url, {"code": "KMP 47R TWX"})
    text = page_text(reply)
    assert "We cannot find answers with this code. Check the code and try again." in text
    assert "Bus to the day centre" not in text
    reply = client.post(url, {"code": "abc"})
    assert "A code has 9 letters and numbers." in page_text(reply)


def test_guessing_codes_on_the_ideas_page_is_limited(cast, make_response):
    response, code = make_response(with_code=True)
    guesser = Client()
    url = reverse("ideas:yours", args=[cast.riverside_consultation.pk])
    for _ in range(GUESS_LIMIT):
        guesser.post(url, {"code": "KMP 47R TWX"})
    reply = guesser.post(url, {"code": code})
    assert reply.status_code == 200
    assert "You have tried too many times." in page_text(reply)


def test_a_code_for_another_consultation_finds_nothing(cast, client, make_response):
    _response, code = make_response(cast.hillside_consultation, with_code=True)
    url = reverse("ideas:yours", args=[cast.riverside_consultation.pk])
    assert "We cannot find answers" in page_text(client.post(url, {"code": code}))


def test_a_person_votes_once_per_idea_and_can_change_their_vote(cast, client, make_response):
    idea = an_idea(
        cast.riverside_consultation,
        organisation=cast.riverside_advocacy,
        published_by=cast.commissioner,
    )
    response, code = make_response(with_code=True)
    url = reverse("ideas:vote", args=[cast.riverside_consultation.pk, "community"])
    assert "To vote, type the code" in page_text(client.get(url))
    assert client.post(url, {"code": code}).status_code == 302
    assert client.post(url, {f"idea_{idea.pk}": "yes"}).status_code == 302
    assert client.post(url, {f"idea_{idea.pk}": "not_sure"}).status_code == 302
    vote = IdeaVote.objects.get()
    assert (vote.response, vote.value, vote.count) == (response, "not_sure", 1)
    # The page shows the vote already given.
    assert form_values(client.get(url))[f"idea_{idea.pk}"] == ["not_sure"]


def test_voting_for_nothing_asks_for_a_vote(cast, client, make_response):
    an_idea(
        cast.riverside_consultation,
        organisation=cast.riverside_advocacy,
        published_by=cast.commissioner,
    )
    _response, code = make_response(with_code=True)
    url = reverse("ideas:vote", args=[cast.riverside_consultation.pk, "community"])
    client.post(url, {"code": code})
    reply = client.post(url, {})
    assert "Choose yes, no or not sure for at least 1 idea." in page_text(reply)
    assert not IdeaVote.objects.exists()


def test_an_unpublished_idea_cannot_be_voted_on(cast, client, make_response):
    hidden = an_idea(cast.riverside_consultation, organisation=cast.riverside_advocacy)
    an_idea(
        cast.riverside_consultation,
        "Open idea",
        organisation=cast.riverside_advocacy,
        published_by=cast.commissioner,
    )
    _response, code = make_response(with_code=True)
    url = reverse("ideas:vote", args=[cast.riverside_consultation.pk, "community"])
    client.post(url, {"code": code})
    assert f'name="idea_{hidden.pk}"' not in client.get(url).content.decode()
    client.post(url, {f"idea_{hidden.pk}": "yes"})
    assert not IdeaVote.objects.filter(idea=hidden).exists()


def test_voting_stops_when_the_consultation_closes(cast, client, make_response):
    an_idea(
        cast.riverside_consultation,
        organisation=cast.riverside_advocacy,
        published_by=cast.commissioner,
    )
    # A fresh copy: the cast's own object is shared by every test in the module.
    consultation = type(cast.riverside_consultation).objects.get(pk=cast.riverside_consultation.pk)
    consultation.closes_on = datetime.date.today() - datetime.timedelta(days=1)
    consultation.save()
    url = reverse("ideas:vote", args=[consultation.pk, "community"])
    assert "Voting has closed." in page_text(client.get(url))


def test_an_unknown_area_is_not_found(cast, client):
    url = reverse("ideas:vote", args=[cast.riverside_consultation.pk, "moon"])
    assert client.get(url).status_code == 404


def test_a_person_deleting_their_answers_takes_their_ideas_even_when_others_joined_them(
    cast, make_response
):
    from responses.services import response_delete

    response = make_response()
    theirs = _person_idea(cast, response)
    joined = an_idea(cast.riverside_consultation, organisation=cast.riverside_advocacy)
    idea_moderate(idea=joined, action="merge", by=cast.commissioner, merge_into=theirs)

    response_delete(response=response)

    assert not type(theirs).objects.filter(pk=theirs.pk).exists()
    joined.refresh_from_db()
    assert (joined.status, joined.merged_into) == ("merged", None)
