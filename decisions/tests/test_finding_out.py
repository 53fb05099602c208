"""Finding out with a code (ADR 025): once "you said, we did" is out, someone who comes back with
their resume code sees what was decided for the areas they answered, beside their own answers."""

import pytest
from django.test import Client
from django.urls import reverse

from responses.tests.journey import Journey, page_text

from .yswd import ask_where_to_live, people_choose, publish_in_code, ready_to_publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def answered(cast, models, decision_with_line):
    """A participant chose Shared Lives and sent it; 24 others answered by interview."""
    consultation = cast.riverside_consultation
    ask_where_to_live(consultation, models)
    journey = Journey(Client(), consultation)
    code = journey.start()
    shared_lives = journey.option_keys("choice")[1]
    journey.answer("choice", {"answer": shared_lives})
    journey.post(journey.url("check"))
    people_choose(consultation)
    page = ready_to_publish(consultation, decision_with_line, cast.commissioner)
    return {"consultation": consultation, "code": code, "page": page}


def _come_back(code: str, consultation, next_page: str = ""):
    journey = Journey(Client(), consultation)
    data = {"code": code} | ({"next": next_page} if next_page else {})
    return journey, journey.post(journey.url("resume"), data)


def test_before_publishing_coming_back_works_as_today(answered):
    consultation = answered["consultation"]
    journey, response = _come_back(answered["code"], consultation)
    assert response.status_code == 302
    assert response["Location"] == reverse("responses:sent", args=[consultation.pk])
    # The "what we decided" address sends people to come back as usual until there is news.
    early = journey.get(reverse("decisions:yours", args=[consultation.pk]))
    assert early["Location"] == reverse("responses:resume", args=[consultation.pk])


def test_after_publishing_the_code_shows_what_was_decided_beside_their_answers(answered):
    consultation = answered["consultation"]
    publish_in_code(answered["page"])
    journey, response = _come_back(answered["code"], consultation)
    yours = reverse("decisions:yours", args=[consultation.pk])
    assert response["Location"] == yours
    page = journey.get(yours)
    assert page["Cache-Control"].startswith("max-age=0")
    text = page_text(page)
    assert "What we decided about your answers" in text
    answers = page.content.decode().split("data-your-answers", 1)[1].split("</dl>", 1)[0]
    assert "Where would you like to live?" in answers and "Shared Lives" in answers
    assert "More people can live with a Shared Lives carer." in text
    assert "More money goes to Shared Lives each year." in text
    # Only the areas they answered: they answered nothing about leaving hospital.
    assert "Leaving hospital" not in text


def test_the_link_on_the_page_asks_for_the_code_first(answered):
    consultation = answered["consultation"]
    publish_in_code(answered["page"])
    browser = Client()
    yours = reverse("decisions:yours", args=[consultation.pk])
    asked = browser.get(yours)
    assert asked["Location"] == reverse("responses:resume", args=[consultation.pk]) + (
        "?next=decided"
    )
    form = page_text(browser.get(asked["Location"]))
    assert "See what we decided about your answers" in form
    _journey, response = _come_back(answered["code"], consultation, next_page="decided")
    assert response["Location"] == yours


def test_a_wrong_code_shows_nobodys_answers(answered):
    consultation = answered["consultation"]
    publish_in_code(answered["page"])
    journey, response = _come_back("ABCD-EFGH-J", consultation, next_page="decided")
    assert response.status_code == 200
    assert "Where would you like to live?" not in page_text(response)
    after = journey.get(reverse("decisions:yours", args=[consultation.pk]))
    assert after.status_code == 302  # still asked for a code


def test_another_consultations_code_page_does_not_show_these_answers(answered, cast):
    publish_in_code(answered["page"])
    # Their code is for Riverside: Hillside's page neither finds it nor shows Riverside's news.
    hillside = cast.hillside_consultation
    journey, response = _come_back(answered["code"], hillside, next_page="decided")
    assert "We cannot find answers with this code." in page_text(response)
