"""Published decisions for the closed Riverside demo, through decisions/services.py.

Each decision has ledger lines (what moved from which model to which) and evidence that names
real results: the words of "what people asked for" are worked out from the consultation's own
answers and tallies (results/queries.py), so they always agree with the results screens.
"""

from __future__ import annotations

import datetime

from decisions.demo import demo_ledger_lines_add
from decisions.evidence import GROUP_SESSION, IDEA, ORG_RESPONSE, QUESTION_RESULT
from decisions.models import Period, Resource, Status
from decisions.services import (
    decision_publish,
    decision_record,
    evidence_add,
    progress_update_add,
)
from ideas.models import Idea
from organisations.models import GroupSession, OrganisationalResponse
from questions.registry import question_type
from results import queries

TOKEN = "demo-closed-"
DECIDED_BY = "Riverside Joint Commissioning Board"
FORUM = "Board meeting in public"
# Decided this many days after closing; the progress update this many days before today.
DECIDED_AFTER = datetime.timedelta(days=30)
UPDATE_AGO = datetime.timedelta(days=3)


def _asked(consultation, area_key: str) -> dict:
    """The area's questions with their pooled results: {type: (question, results)}."""
    groups = queries.consultation_groups(consultation)
    questions = queries.questions_of(consultation, area_key=area_key)
    aggregates = queries.question_results(consultation, questions, groups)
    return {q.type: (q, aggregates[q.id].pooled) for q in questions}


def _top(question, counts) -> tuple[str, int]:
    key, count = max(counts.items(), key=lambda item: item[1])
    return next(o.label for o in question.options if o.key == key), round(count)


def _question_evidence(question, asked_for: str, easy: str) -> dict:
    # Labelled as the evidence form labels a question's result (decisions/forms.py).
    label = f"{question.text} ({question_type(question.type).block().label})"
    return {
        "kind": QUESTION_RESULT.key,
        "reference": question.id,
        "label": label,
        "asked_for": asked_for,
        "easy_asked_for": easy,
    }


def _shared_lives(consultation, area_key: str) -> list[dict]:
    asked = _asked(consultation, area_key)
    question, results = asked["choice"]
    label, count = _top(question, results.counts)
    coins_question, coins = asked["coins"]
    coins_label, _ = _top(coins_question, coins.mean_shares())
    return [
        _question_evidence(
            question,
            f"{count} of {results.people} people chose “{label}”, more than any other home.",
            f"{count} people want to live with a Shared Lives carer.\n"
            "More people chose this than anything else.",
        ),
        _question_evidence(
            coins_question,
            f"{coins_label} got the biggest share of the coins from {coins.people} people.",
            "People gave the most coins to Shared Lives.",
        ),
    ]


def _wellbeing_teams(consultation, area_key: str) -> list[dict]:
    question, results = _asked(consultation, area_key)["vote"]
    first = question.options[0]
    yes = results.votes.get(first.key, {}).get("up", 0)
    session = GroupSession.objects.get(consultation=consultation, area_key=area_key)
    held = f"{session.held_on.day} {session.held_on:%B %Y}"
    return [
        _question_evidence(
            question,
            f"{yes} of {results.people} people said yes to more {first.label}.",
            f"{yes} people said yes to more Wellbeing Teams.",
        ),
        {
            "kind": GROUP_SESSION.key,
            "reference": str(session.pk),
            "group_session": session,
            # Labelled as the evidence form labels a session.
            "label": f"{session.organisation.name}, {session.get_method_display()}, {held}",
            "asked_for": "Carers said visits are too short and a different worker comes.",
            "easy_asked_for": "Carers told us they want to see the same workers.",
        },
    ]


def _micro_enterprises(consultation, area_key: str) -> list[dict]:
    question, results = _asked(consultation, area_key)["choices"]
    label, count = _top(question, results.counts)
    org_response = OrganisationalResponse.objects.get(consultation=consultation, area_key=area_key)
    idea = Idea.objects.get(consultation=consultation, area_key=area_key)
    return [
        _question_evidence(
            question,
            f"{count} of {results.people} people chose “{label}”, more than anything else.",
            f"{count} people told us they want a paid job.",
        ),
        {
            "kind": ORG_RESPONSE.key,
            "reference": str(org_response.pk),
            "label": f"{ORG_RESPONSE.label}: {org_response.organisation.name}",
            "asked_for": "Paid jobs with a job coach, and work run by their members.",
            "easy_asked_for": "A group asked for real jobs with help.",
        },
        {
            "kind": IDEA.key,
            "reference": str(idea.pk),
            "label": f"{IDEA.label}: {idea.title}",
            "asked_for": "A community cafe run by people with learning disabilities.",
            "easy_asked_for": "A group asked for a cafe run by people we support.",
        },
    ]


# key, area, words, ledger lines (resource, from, to, before, after, unit; a year each), and
# what people asked for, worked out from the results.
DECISIONS = [
    (
        "shared-lives",
        "accommodation",
        {
            "title": "Fund 10 more Shared Lives places from the residential care budget",
            "easy_title": "More people can live with a Shared Lives carer.",
            "summary": (
                "More people chose living with a Shared Lives carer than any other home, and "
                "Shared Lives got the biggest share of the coins. Residential care got few. "
                "We will move £600,000 a year and 10 places from residential care to Shared Lives."
            ),
            "easy_summary": (
                "Many people told us they want to live with a family.\n"
                "Fewer people want to live in a care home.\n"
                "So we will help more people to live with a Shared Lives carer."
            ),
        },
        [
            (Resource.MONEY, "Residential care", "Shared Lives", 1_500_000, 2_100_000, "£"),
            (Resource.PLACES, "Residential care", "Shared Lives", 20, 30, "places"),
        ],
        _shared_lives,
    ),
    (
        "wellbeing-teams",
        "home",
        {
            "title": "Start 2 Wellbeing Teams in Riverside",
            "easy_title": "Small teams who know you will help you at home.",
            "summary": (
                "Most people said yes to more Wellbeing Teams. Carers at the drop-in said visits "
                "are too short and a different worker comes each time. We will move £600,000 a "
                "year from traditional home care to start 2 Wellbeing Teams."
            ),
            "easy_summary": (
                "People told us home care visits are too short.\n"
                "They want to see the same workers.\n"
                "So we will start 2 small teams who know you well."
            ),
        },
        [(Resource.MONEY, "Traditional home care", "Wellbeing Teams", 1_000_000, 1_600_000, "£")],
        _wellbeing_teams,
    ),
    (
        "micro-enterprises",
        "day_and_work",
        {
            "title": "Help 5 community micro-enterprises start, with money from day centres",
            "easy_title": "We will help people start small local businesses.",
            "summary": (
                "A paid job was the thing people most wanted to do in the day. Riverside Self "
                "Advocates asked for work run by their members, such as a cafe. We will move "
                "£250,000 a year from traditional day centres to help 5 micro-enterprises start."
            ),
            "easy_summary": (
                "Many people told us they want a paid job.\n"
                "A group asked for a cafe run by people we support.\n"
                "So we will help 5 small local businesses to start."
            ),
        },
        [
            (
                Resource.MONEY,
                "Traditional day centres",
                "Community micro-enterprises",
                500_000,
                750_000,
                "£",
            )
        ],
        _micro_enterprises,
    ),
]


def demo_closed_decisions_load(consultation, *, user, today: datetime.date) -> list:
    """Record, evidence and publish each decision, then one progress update on the first."""
    decided_on = consultation.closes_on + DECIDED_AFTER
    made = []
    for key, area_key, words, lines, evidence in DECISIONS:
        decision, _ = decision_record(
            consultation=consultation,
            user=user,
            submit_token=f"{TOKEN}{key}",
            area_key=area_key,
            decided_on=decided_on,
            decided_by=DECIDED_BY,
            forum=FORUM,
            status=Status.PLANNED,
            progress_pct=0,
            **words,
        )
        demo_ledger_lines_add(decision, user, [(*line, Period.YEAR) for line in lines])
        for fields in evidence(consultation, area_key):
            evidence_add(decision=decision, user=user, **fields)
        decision_publish(decision=decision, user=user)
        made.append(decision)
    progress_update_add(
        decision=made[0],
        user=user,
        submit_token=f"{TOKEN}shared-lives-update-1",
        on=today - UPDATE_AGO,
        title="Recruiting 10 new Shared Lives carers",
        easy_text="We are looking for new Shared Lives carers.\n4 new carers have said yes.",
        status=Status.IN_PROGRESS,
        progress_pct=40,
    )
    return made
