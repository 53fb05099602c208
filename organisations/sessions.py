"""Workflows for group sessions and their tallies (ADR 016).

Each one is safe to repeat: a second press of "save" finds the session the first one made (by its
submit token), and a tally is one row per session and question, changed in place. Every write
records who made it. A consultation that has closed takes no new sessions or changes.
"""

from __future__ import annotations

import datetime
from collections import Counter
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.db.models import Sum
from django.utils import timezone

from consultations.areas import AREAS_BY_KEY
from consultations.models import ConsultationPage, RespondentGroup
from questions.registry import question_type
from responses.questions import Question, question_set

from .models import GroupSession, GroupSessionMember, GroupTally, Organisation

# The session's own details, as the form and the model both name them.
DETAILS = (
    "area_key",
    "held_on",
    "method",
    "formats_used",
    "facilitator_name",
    "people_count",
    "also_answered_alone",
    "agreed_by_group",
    "notes_private",
)


class TokenUsed(Exception):
    """Another organisation's session has this submit token: the form must be sent again."""


class SessionsClosed(Exception):
    """The consultation is not open: no new sessions, and no changes to old ones."""


def sessions_open(consultation: ConsultationPage, today: datetime.date | None = None) -> bool:
    """Sessions are recorded while the consultation takes answers, as people's answers are."""
    return consultation.live and consultation.is_open(today or timezone.localdate())


def _check_open(consultation: ConsultationPage) -> None:
    if not sessions_open(consultation):
        raise SessionsClosed


def _members_set(session: GroupSession, members: dict[RespondentGroup, int]) -> None:
    """People present by group: one row per group with anybody in it."""
    session.members.exclude(group__in=[g for g, n in members.items() if n]).delete()
    for group, count in members.items():
        if count:
            GroupSessionMember.objects.update_or_create(
                session=session, group=group, defaults={"people_count": count}
            )


def session_record(
    *,
    organisation: Organisation,
    consultation: ConsultationPage,
    details: dict,
    members: dict[RespondentGroup, int],
    submit_token: str,
    user,
) -> tuple[GroupSession, bool]:
    """Record a session. False when this submit token already made one (a second press)."""
    existing = GroupSession.objects.filter(
        submit_token=submit_token, organisation=organisation
    ).first()
    if existing:
        return existing, False
    _check_open(consultation)
    try:
        with transaction.atomic():
            session = GroupSession.objects.create(
                organisation=organisation,
                consultation=consultation,
                submit_token=submit_token,
                created_by=user,
                updated_by=user,
                **{name: details[name] for name in DETAILS},
            )
            _members_set(session, members)
    except IntegrityError:
        # Two presses at once: the other one made it.
        found = GroupSession.objects.filter(
            submit_token=submit_token, organisation=organisation
        ).first()
        if found is None:
            # Only a copied form could carry another organisation's token.
            raise TokenUsed from None
        return found, False
    return session, True


def session_change(
    *, session: GroupSession, details: dict, members: dict[RespondentGroup, int], user
) -> GroupSession:
    _check_open(session.consultation)
    with transaction.atomic():
        locked = GroupSession.objects.select_for_update().get(pk=session.pk)
        for name in DETAILS:
            setattr(locked, name, details[name])
        locked.updated_by = user
        locked.save()
        _members_set(locked, members)
    return locked


def tally_save(*, session: GroupSession, question: Question, value: dict, user) -> GroupTally:
    """Save the group's answers to one question, replacing any saved before."""
    _check_open(session.consultation)
    fields = {
        "area_key": question.area_key,
        "question_type": question.type,
        "value": value,
        "entered_by": user,
    }
    try:
        with transaction.atomic():
            tally, _ = GroupTally.objects.update_or_create(
                session=session, question_id=question.id, defaults=fields
            )
    except IntegrityError:
        # Two presses at once both tried to make it: the second saves over the first.
        GroupTally.objects.filter(session=session, question_id=question.id).update(**fields)
        tally = GroupTally.objects.get(session=session, question_id=question.id)
    return tally


@dataclass(frozen=True)
class SessionQuestion:
    """One question of a session's page: its words, and the group's tally in words if saved."""

    question: Question
    tally: GroupTally | None

    @property
    def lines(self) -> list[str]:
        if self.tally is None:
            return []
        return question_type(self.question.type).tally_lines(self.question, self.tally.value)


def session_questions(session: GroupSession) -> list[SessionQuestion]:
    """The questions of the session's area, or of every area, in the order people meet them."""
    questions = question_set(session.consultation)
    tallies = {tally.question_id: tally for tally in session.tallies.all()}
    return [
        SessionQuestion(questions.question(ref, pictures=False), tallies.get(ref.id))
        for ref in questions.refs
        if not session.area_key or ref.area_key == session.area_key
    ]


def session_question(session: GroupSession, question_id: str) -> Question | None:
    """One of the session's questions, or None if it is not one of them."""
    questions = question_set(session.consultation)
    ref = questions.ref(question_id)
    if ref is None or (session.area_key and ref.area_key != session.area_key):
        return None
    return questions.question(ref, pictures=False)


def area_name(area_key: str) -> str:
    return AREAS_BY_KEY[area_key].name if area_key else ""


def people_reached(organisation: Organisation) -> Counter:
    """People the organisation's sessions reached, by respondent group id ("how far we are")."""
    rows = (
        GroupSessionMember.objects.filter(session__organisation=organisation)
        .values("group")
        .annotate(people=Sum("people_count"))
    )
    return Counter({row["group"]: row["people"] for row in rows})
