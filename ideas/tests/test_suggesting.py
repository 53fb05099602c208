"""People suggest ideas on the answering journey; groups suggest them from their own pages."""

import pytest
from django.urls import reverse

from ideas.models import Idea, IdeaStatusChange, Source, Status
from responses.models import Response
from responses.services import response_send
from responses.tests.journey import Journey, page_text

from .helpers import ask_for_ideas

pytestmark = pytest.mark.django_db


@pytest.fixture
def consultation(cast):
    ask_for_ideas(cast.riverside_consultation)
    return cast.riverside_consultation


def test_an_idea_sent_with_a_response_waits_to_be_checked(client, consultation):
    journey = Journey(client, consultation)
    journey.start()
    journey.answer("idea", {"title": "A garden club", "text": "We grow food", "cost": "£1,500"})
    journey.post(journey.url("check"))

    idea = Idea.objects.get()
    assert (idea.title, idea.body, idea.cost_estimate) == ("A garden club", "We grow food", 1500)
    assert idea.source == Source.PERSON
    assert idea.status == Status.WAITING
    assert idea.response == Response.objects.get()
    assert idea.area_key == "community"
    assert IdeaStatusChange.objects.get(idea=idea).to_status == Status.WAITING


def test_an_idea_is_not_made_until_the_answers_are_sent(client, consultation):
    journey = Journey(client, consultation)
    journey.start()
    journey.answer("idea", {"title": "A garden club"})
    assert not Idea.objects.exists()


def test_sending_twice_makes_one_idea(client, consultation):
    journey = Journey(client, consultation)
    journey.start()
    journey.answer("idea", {"title": "A garden club"})
    journey.post(journey.url("check"))
    response_send(response=Response.objects.get())
    assert Idea.objects.count() == 1


def test_no_idea_is_fine(client, consultation):
    journey = Journey(client, consultation)
    journey.start()
    response = journey.answer("idea", {"title": "", "text": "", "cost": ""})
    assert response.status_code == 302
    journey.post(journey.url("check"))
    assert Response.objects.get().status == Response.Status.SENT
    assert not Idea.objects.exists()


def test_words_without_a_name_ask_for_a_name_and_keep_the_words(client, consultation):
    journey = Journey(client, consultation)
    journey.start()
    response = journey.answer("idea", {"title": "", "text": "We grow food", "cost": "lots"})
    text = page_text(response)
    assert "Give your idea a short name." in text
    assert "Write how many pounds it might cost, like 500." in text
    assert "We grow food" in response.content.decode()


def test_after_sending_the_person_sees_their_idea_is_being_checked(client, consultation):
    journey = Journey(client, consultation)
    journey.start()
    journey.answer("idea", {"title": "A garden club"})
    sent = journey.post(journey.url("check"), follow=True)
    assert "See what happened to your ideas" in page_text(sent)
    text = page_text(client.get(reverse("ideas:yours", args=[consultation.pk])))
    assert "A garden club" in text
    assert "We are checking your idea." in text


def test_check_your_answers_shows_the_idea_in_words(client, consultation):
    journey = Journey(client, consultation)
    journey.start()
    journey.answer("idea", {"title": "A garden club", "text": "Grow food", "cost": "1500"})
    text = page_text(journey.get(journey.url("check")))
    assert "A garden club" in text
    assert "Grow food" in text
    assert "It might cost £1,500." in text
