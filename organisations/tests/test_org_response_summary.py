"""Organisational responses are listed beside people's results and never counted as people."""

import pytest
from django.utils import timezone

from organisations.org_response_summary import OrgResponseEntry, beside_people
from organisations.org_responses import org_response_entries, org_response_withdraw
from questions.registry import results_for
from questions.results import Results
from responses.models import Answer, Channel, Response
from responses.questions import question_set
from tests.pure import run_without_django

from .org_response_factories import ask_about_home, submitted_org_response


def test_the_summary_helper_imports_no_django():
    lines = run_without_django(
        "import organisations.org_response_summary as summary\nprint(summary.SUBMITTED)\n"
    )
    assert lines == ["submitted"]


def _entry(status: str, people: int, answers: dict) -> OrgResponseEntry:
    return OrgResponseEntry(
        organisation="Riverside Advocacy",
        verified=True,
        status=status,
        area_key="home",
        people_represented=people,
        groups=(("Family carers", people),),
        methods=("Workshop",),
        answers=answers,
    )


def test_submitted_responses_that_answered_are_listed_beside_and_not_added():
    results = Results("q1", "yes_no", people=3)
    entries = [
        _entry("submitted", 40, {"q1": {"choice": "yes"}}),
        _entry("withdrawn", 25, {"q1": {"choice": "no"}}),
        _entry("submitted", 12, {"q2": {"choice": "no"}}),
    ]
    summary = beside_people(results, entries)
    assert summary.people == 3
    assert summary.results is results and results.people == 3
    assert [entry.people_represented for entry in summary.organisations] == [40]
    assert summary.people_spoken_for == 40


def _person_answers(consultation, question, choices: list[str]) -> None:
    for number, choice in enumerate(choices, start=1):
        response = Response.objects.create(
            consultation=consultation,
            channel=Channel.STAFF_PAPER,
            paper_form_number=f"P{number}",
            consent_given_at=timezone.now(),
            status=Response.Status.SENT,
        )
        Answer.objects.create(
            response=response,
            question_id=question.id,
            area_key=question.area_key,
            question_type=question.type,
            value={"choice": choice},
        )


@pytest.mark.django_db
def test_people_counts_from_results_for_leave_organisational_responses_out(cast):
    consultation = cast.riverside_consultation
    yes_no_id, _tell_us_id = ask_about_home(consultation)
    questions = question_set(consultation)
    question = questions.question(questions.ref(yes_no_id), pictures=False)
    _person_answers(consultation, question, ["yes", "no", "no"])
    submitted_org_response(cast.riverside_advocacy, consultation, cast.vcse_member, people=(30, 10))
    withdrawn = submitted_org_response(
        cast.hillside_carers, consultation, cast.other_vcse_member, people=(5, 5)
    )
    org_response_withdraw(org_response=withdrawn, user=cast.other_vcse_member)

    people_values = Answer.objects.filter(
        question_id=yes_no_id, response__status=Response.Status.SENT
    ).values_list("value", flat=True)
    results = results_for(question, people_values)
    summary = beside_people(results, org_response_entries(consultation))

    # 3 people; the organisations' 50 people and their "yes" answers are not in the counts.
    assert results.people == 3 and summary.people == 3
    assert results.counts == {"yes": 1, "no": 2}
    assert [entry.organisation for entry in summary.organisations] == ["Riverside Advocacy"]
    assert summary.people_spoken_for == 40
    entry = summary.organisations[0]
    assert entry.answer_to(yes_no_id) == {"choice": "yes"}
    assert entry.groups == (("People who use support", 30), ("Family carers", 10))
    assert entry.methods == ("Workshop",) and entry.verified
