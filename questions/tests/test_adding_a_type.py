"""Adding a question type means adding one module and its template, and nothing else.

This registers a throwaway type, the way a module in questions/types/ would, puts it on an area
page, and answers it through the real pages: the question, "check your answers", and sending.
"""

import copy
from pathlib import Path

import pytest
from django.utils.translation import gettext_lazy as _

from consultations.models import AreaPage
from consultations.tests.factories import make_consultation
from questions.blocks import QuestionBlock
from questions.kinds import PickOneType
from questions.options import Option
from questions.registry import registered, results_for
from responses.models import Answer, Response
from responses.questions import question_load, question_refs
from responses.tests.journey import Journey, page_text

pytestmark = pytest.mark.django_db

LIGHTS = (("red", "Red: stop"), ("amber", "Amber: wait"), ("green", "Green: go"))


class TrafficLightQuestionBlock(QuestionBlock):
    def options(self, value):
        return [Option(key, label) for key, label in LIGHTS]

    class Meta:
        label = _("Traffic light")


class TrafficLight(PickOneType):
    name = "traffic_light"
    block_class = TrafficLightQuestionBlock
    template = "questions/traffic_light.html"


@pytest.fixture
def with_traffic_light(settings):
    templates = copy.deepcopy(settings.TEMPLATES)
    templates[0]["DIRS"] = [*templates[0]["DIRS"], Path(__file__).parent / "templates"]
    settings.TEMPLATES = templates
    with registered(TrafficLight) as kind:
        yield kind


def test_a_new_question_type_is_answered_through_the_real_journey(client, with_traffic_light):
    consultation = make_consultation()
    area = AreaPage.objects.child_of(consultation).get(area_key="home")
    area.questions = [
        {
            "type": "traffic_light",
            "value": {
                "question": "How is your support going?",
                "hint": "",
                "picture": None,
                "audio": None,
                "allow_dont_know": True,
            },
        }
    ]
    area.save_revision().publish()

    journey = Journey(client, consultation)
    journey.start()
    url = journey.question_url("traffic_light")
    page = journey.get(url)
    assert page.status_code == 200
    html = page.content.decode()
    assert "data-traffic-light" in html
    assert 'data-question-type="traffic_light"' in html
    assert "Amber: wait" in page_text(page)

    wrong = journey.post(url, {"answer": "blue"})
    assert "Choose 1 of the answers on this page." in page_text(wrong)

    check = journey.post(url, {"answer": "amber"}, follow=True)
    assert check.redirect_chain[-1][0] == journey.url("check")
    assert "How is your support going?" in page_text(check)
    assert "Amber: wait" in page_text(check)

    journey.post(journey.url("check"), {}, follow=True)
    response = Response.objects.get()
    assert response.is_sent
    answer = Answer.objects.get(response=response)
    assert (answer.question_type, answer.value) == ("traffic_light", {"choice": "amber"})

    (ref,) = question_refs(consultation.area_pages())
    results = results_for(question_load(ref, pictures=False), [answer.value])
    assert results.counts == {"amber": 1}


SENT: list[tuple[int, str, dict]] = []


class Signpost(TrafficLight):
    """A throwaway type that acts when its answers are sent, as "suggest an idea" does."""

    name = "signpost"

    def on_send(self, *, response, answer):
        SENT.append((response.pk, answer.question_id, answer.value))


def test_a_type_can_act_on_its_answers_when_they_are_sent(client, settings):
    templates = copy.deepcopy(settings.TEMPLATES)
    templates[0]["DIRS"] = [*templates[0]["DIRS"], Path(__file__).parent / "templates"]
    settings.TEMPLATES = templates
    SENT.clear()
    with registered(Signpost):
        consultation = make_consultation()
        area = AreaPage.objects.child_of(consultation).get(area_key="home")
        area.questions = [
            {
                "type": "signpost",
                "value": {
                    "question": "Which way?",
                    "hint": "",
                    "picture": None,
                    "audio": None,
                    "allow_dont_know": True,
                },
            }
        ]
        area.save_revision().publish()
        journey = Journey(client, consultation)
        journey.start()
        journey.answer("signpost", {"answer": "green"})
        assert SENT == []  # saving an answer is not sending it
        journey.post(journey.url("check"))
        journey.post(journey.url("check"))  # a second send acts on nothing more
        (ref,) = question_refs(consultation.area_pages())

    response = Response.objects.get()
    assert SENT == [(response.pk, ref.id, {"choice": "green"})]
