"""Demo group sessions for `make run`: one per demo community group, with the group's answers.

Riverside Self Advocates held a workshop about the whole consultation, so it has a tally for every
question, and so for every question type. Riverside Carers Network held a drop-in about support at
home. Each tally goes through its type's tally form, as a member's would, and is saved by the same
service. Idempotent: a session is found by its submit token, and a saved tally is left alone.
"""

import datetime

from django.utils import timezone

from consultations.demo import DEMO_ORGANISATIONS
from consultations.models import ConsultationPage, RespondentGroup
from questions.registry import question_type
from responses.questions import Question

from .models import Organisation
from .sessions import SessionsClosed, session_questions, session_record, tally_save


def _spread(people: int, weights: list[int]) -> list[int]:
    """`people` shared out in proportion to `weights`, adding up to exactly `people`."""
    total = sum(weights)
    counts = [people * weight // total for weight in weights]
    counts[0] += people - sum(counts)
    return counts


def _keyed(question: Question, numbers: list) -> dict:
    return {option.key: number for option, number in zip(question.options, numbers, strict=False)}


def _pick_one(question, people):
    return {"counts": _keyed(question, _spread(people, [4, 3, 2, 1, 1][: len(question.options)]))}


def _pick_several(question, people):
    return {"counts": _keyed(question, [max(people - 2 * i, 0) for i in range(5)])}


# What each demo group said, in each type's stored shape (ADR 016), for a session of `people`.
# Seed content, like site/content/riverside.json: the code that counts it asks the registry.
DEMO_TALLIES = {
    "feelings": _pick_one,
    "choice": _pick_one,
    "yes_no": _pick_one,
    "choices": _pick_several,
    "vote": lambda question, people: {
        "votes": _keyed(
            question,
            [
                dict(zip(("up", "down", "not_sure"), _spread(people, w), strict=True))
                for w in ([3, 1, 1], [1, 3, 1], [2, 2, 1], [1, 1, 3], [4, 1, 0])
            ],
        )
    },
    "coins": lambda question, people: {
        "coins": _keyed(
            question,
            _spread(people * question.coins, [5, 3, 2, 1, 1, 1][: len(question.options)]),
        )
    },
    "tell_us": lambda question, people: {"notes": {"text": "Staff who know us and stay."}},
    "good_life": lambda question, people: {
        "notes": {"text": "Seeing friends, having a job, and choosing what we eat."}
    },
    "likes_dislikes": lambda question, people: {
        "notes": {"likes": "Our support workers.", "dislikes": "Waiting weeks for a visit."}
    },
    "offer": lambda question, people: {
        "counts": _keyed(question, [2, 1, 1, 0]),
        "text": "We can run a monthly coffee morning.",
    },
}
QUOTES = ["I want to choose who helps me.", "Nobody asked us before."]

# Organisation, submit token, area ("" for the whole consultation), details, people by group.
DEMO_SESSIONS = [
    (
        DEMO_ORGANISATIONS[0],
        "demo-session-self-advocates",
        "",
        {"method": "workshop", "formats_used": ["easy_read", "bsl"], "days_ago": 3},
        {"people-who-use-support": 7, "bangladeshi-community": 3},
    ),
    (
        DEMO_ORGANISATIONS[1],
        "demo-session-carers-network",
        "home",
        {"method": "drop_in", "formats_used": ["large_print"], "days_ago": 1},
        {"carers": 4, "people-who-use-support": 2},
    ),
]


def _tally_value(question: Question, people: int) -> dict:
    """The demo tally, checked by the type's own tally form as a member's would be."""
    kind = question_type(question.type)
    value = {"people": people, "dont_know": 0, "quotes": QUOTES} | DEMO_TALLIES[question.type](
        question, people
    )
    initial = kind.tally_initial(question, value)
    form = kind.tally_form(question, {name: str(v) for name, v in initial.items()})
    if not form.is_valid():
        raise ValueError(f"Demo tally for {question.type} is not valid: {form.errors.as_text()}")
    return kind.tally_value(form)


def demo_sessions_load(
    consultation: ConsultationPage,
    sessions=DEMO_SESSIONS,
    *,
    held_before: datetime.date | None = None,
) -> None:
    """Record each session, `days_ago` days before `held_before` (today unless given), with
    a tally of every question it covers. The closed demo passes its own sessions and its closing
    date, so its sessions were held while it was open."""
    today = held_before or timezone.localdate()
    for name, token, area_key, details, groups in sessions:
        organisation = Organisation.objects.get(name=name)
        user = organisation.memberships.first().user
        members = {
            RespondentGroup.objects.get(consultation=consultation, key=key): count
            for key, count in groups.items()
        }
        people = sum(groups.values())
        try:
            session, _ = session_record(
                organisation=organisation,
                consultation=consultation,
                details={
                    "area_key": area_key,
                    "held_on": today - datetime.timedelta(days=details["days_ago"]),
                    "method": details["method"],
                    "formats_used": details["formats_used"],
                    "facilitator_name": "Sam Okafor",
                    "people_count": people,
                    "also_answered_alone": 2,
                    "agreed_by_group": True,
                    "notes_private": "",
                },
                members=members,
                submit_token=token,
                user=user,
            )
            for item in session_questions(session):
                if item.tally is None:
                    tally_save(
                        session=session,
                        question=item.question,
                        value=_tally_value(item.question, people),
                        user=user,
                    )
        except SessionsClosed:
            # A demo loaded again after its consultation closed keeps what it has.
            continue
