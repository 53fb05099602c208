"""Each About you step is declared once: its heading, points, form, what it saves and its answer."""

from responses.about_you import STEPS
from responses.journey import ABOUT_YOU_STEPS

from .journey import page_text


def test_every_step_of_the_journey_has_one_declaration_with_a_heading_and_points():
    assert list(STEPS) == list(ABOUT_YOU_STEPS)
    for step in STEPS.values():
        assert str(step.heading).endswith("?")
        assert step.points


def test_the_page_shows_the_steps_own_heading_and_points(journey):
    journey.start()
    text = page_text(journey.get(journey.url("about_you", "needs")))
    assert "What helps you read and understand things?" in text
    assert "Tell us what helps you. Then we can send you things in the right way." in text


def test_choosing_to_hear_back_from_check_your_answers_asks_for_details_next(journey):
    journey.start()
    journey.about_you("hear-back", {"hear_back": "no"})
    reply = journey.about_you("hear-back", {"hear_back": "email", "from": "check"})
    assert reply.status_code == 302
    assert reply.url == journey.url("about_you", "contact") + "?from=check"
    reply = journey.about_you("hear-back", {"hear_back": "no", "from": "check"})
    assert reply.url == journey.url("check")
