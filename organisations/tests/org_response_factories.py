"""Builders for organisational response tests: area questions, groups, and responses made
through the same services the pages use."""

from consultations.models import AreaPage, RespondentGroup
from organisations.models import Method
from organisations.org_responses import (
    area_refs,
    org_answer_save,
    org_response_speaks_for_save,
    org_response_start,
    org_response_submit,
)
from questions.registry import question_type
from responses.questions import question_set

YES_NO_TEXT = "Does help at home work for the people you support?"
TELL_US_TEXT = "What should change about help at home?"


def _question(kind: str, text: str, **extra) -> dict:
    value = {"question": text, "hint": "", "picture": None, "audio": None, "allow_dont_know": True}
    value.update(extra)
    return {"type": kind, "value": value}


def ask_about_home(consultation) -> list[str]:
    """The home area asks a yes/no question and an own-words one. Returns their ids."""
    area = AreaPage.objects.child_of(consultation).get(area_key="home").specific
    area.questions = [
        _question("yes_no", YES_NO_TEXT),
        _question("tell_us", TELL_US_TEXT, max_length=1000),
    ]
    area.save_revision().publish()
    return [ref.id for ref in area_refs(consultation, "home")]


def make_groups(consultation) -> list[RespondentGroup]:
    return [
        RespondentGroup.objects.get_or_create(
            consultation=consultation,
            key=key,
            defaults={"name": name, "easy_name": name, "sort_order": order},
        )[0]
        for order, (key, name) in enumerate(
            [("people", "People who use support"), ("carers", "Family carers")]
        )
    ]


def submitted_org_response(organisation, consultation, user, *, people=(6, 4)):
    """A submitted response for the home area, answering every question."""
    org_response, _ = org_response_start(
        organisation=organisation, consultation=consultation, area_key="home", user=user
    )
    questions = question_set(consultation)
    for ref in area_refs(consultation, "home"):
        question = questions.question(ref, pictures=False)
        # Each type's own form reads the fields it knows, so one set of data fits both.
        form = question_type(ref.type).form(question, {"answer": "yes", "text": "More time."})
        assert form.is_valid(), form.errors
        org_answer_save(
            org_response=org_response, question=question, value=form.answer(), user=user
        )
    groups = make_groups(consultation)
    org_response_speaks_for_save(
        org_response=org_response,
        people_represented=sum(people),
        group_counts=dict(zip(groups, people, strict=True)),
        methods=[Method.WORKSHOP],
        sessions=[],
        user=user,
    )
    org_response, _ = org_response_submit(org_response=org_response, user=user)
    return org_response
