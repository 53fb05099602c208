"""The whole answering journey in a real browser, with JavaScript and without.

A participant answers every question type on the Riverside demo and sends their answers. axe runs
on every page on the way, error states included. Then the database holds one sent response.
"""

import pytest

from consultations.demo_content import demo_content_load
from responses.models import Answer, Channel, ContactDetails, Response
from responses.questions import question_load, question_refs
from responses.tests import browser_steps as steps

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

EXPECTED_TYPES = [
    "feelings",
    "likes_dislikes",
    "vote",
    "choice",
    "coins",
    "choices",
    "good_life",
    "yes_no",
    "tell_us",
    "coins",
    "offer",
]


@pytest.mark.parametrize("javascript", [True, False], ids=["javascript", "no-javascript"])
def test_participant_answers_every_question_type_and_sends(live_server, page_factory, javascript):
    consultation = demo_content_load()
    page = page_factory(javascript=javascript, viewport="mobile")

    steps.start_answering(page, live_server, consultation)
    steps.answer_about_you(page)
    answered = []
    while page.locator("form[data-question-type]").count():
        assert page.get_by_text("Save and come back later").is_visible()
        assert page.locator(".progress").inner_text().startswith("Page ")
        answered.append(steps.answer_question(page, javascript=javascript))
    assert answered == EXPECTED_TYPES

    assert page.locator("h1").inner_text() == "Check your answers"
    steps.check(page)
    # Typed HTML is shown as the words typed, never run as markup.
    assert page.get_by_text("<script>alert('hi')</script>", exact=False).is_visible()
    assert page.locator("main script").count() == 0
    assert page.locator("main b").count() == 0
    # Supported answering: the person must confirm these are their views.
    page.get_by_role("button", name="Send my answers").click()
    assert (
        "Tick the box to say these are your views"
        in page.locator("[data-error-summary]").inner_text()
    )
    steps.check(page)
    page.get_by_label("These are my views").check()
    page.get_by_role("button", name="Send my answers").click()

    assert page.locator("h1").inner_text() == "Thank you. We have your answers."
    promise = consultation.promise_date
    assert f"{promise:%A} {promise.day} {promise:%B %Y}" in page.locator("main").inner_text()
    assert page.locator("[data-resume-code]").is_visible()
    steps.check(page)

    response = Response.objects.get()
    assert response.status == Response.Status.SENT
    assert response.channel == Channel.ONLINE_SUPPORTED
    assert response.supporter == "support_worker"
    assert response.views_confirmed_at is not None
    assert response.describes == ["uses_support"]
    assert response.communication_needs == ["easy_read"]
    assert ContactDetails.objects.get(response=response).email == "sam@example.org"
    assert Answer.objects.filter(response=response).count() == 11
    values = [a.value for a in _in_order(response)]
    choice, choices = (_option_keys(response, kind) for kind in ("choice", "choices"))
    assert values[0] == {"choice": "good"}
    assert values[1]["likes"] == steps.LIKES
    # PostgreSQL's jsonb does not keep key order, so read the votes in the order people saw them.
    votes = values[2]["votes"]
    assert [votes[key] for key in _option_keys(response, "vote")] == ["up", "down", "not_sure"]
    assert values[3] == {"choice": choice[1]}
    assert sorted(values[4]["coins"].values()) == [1, 2, 3, 4]
    assert values[5] == {"choices": [choices[0], choices[2]]}
    assert values[6] == {"text": steps.GOOD_LIFE}
    assert values[7] == {"choice": "yes"}
    assert values[8] == {"text": steps.TELL_US}
    assert set(values[9]["coins"].values()) == {steps.AREA_COINS}
    assert values[10] == {"kinds": ["time"], "text": steps.OFFER_TEXT}


def _option_keys(response, kind: str) -> list[str]:
    """The option keys of the first question of this type, in the order people see them."""
    refs = question_refs(response.consultation.area_pages())
    ref = next(ref for ref in refs if ref.type == kind)
    return [option.key for option in question_load(ref, pictures=False).options]


def _in_order(response):
    order = [ref.id for ref in question_refs(response.consultation.area_pages())]
    answers = {a.question_id: a for a in response.answers.all()}
    return [answers[question_id] for question_id in order]
