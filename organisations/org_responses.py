"""Workflows for organisational responses: start, answer, say whom it speaks for, submit, withdraw.

Each is safe to repeat: a second "Start" finds the draft, a second "Submit" or "Withdraw" changes
nothing. Every write records who and when. Nothing changes once the consultation has closed.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import TYPE_CHECKING

from django.db import IntegrityError, transaction
from django.utils import timezone

from consultations.models import ConsultationPage, RespondentGroup
from responses.questions import QuestionRef, question_set

from .models import GroupSession, OrganisationalResponse, OrgAnswer, OrgResponseGroup
from .org_response_summary import OrgResponseEntry

if TYPE_CHECKING:
    from responses.questions import Question

    from .models import Organisation


class OrgResponseLocked(Exception):
    """The consultation has closed, or the response is no longer a draft."""


class SpeaksForMissing(Exception):
    """Submitting needs to know whom the response speaks for."""


class NothingAnswered(Exception):
    """Submitting needs at least one answer."""


Status = OrganisationalResponse.Status


def area_refs(consultation: ConsultationPage, area_key: str) -> list[QuestionRef]:
    """The questions of one area, in order."""
    return [ref for ref in question_set(consultation).refs if ref.area_key == area_key]


def org_response_start(
    *,
    organisation: Organisation,
    consultation: ConsultationPage,
    area_key: str,
    user,
    today: datetime.date | None = None,
) -> tuple[OrganisationalResponse, bool]:
    """Start a draft, or find the one live response for this area. True when it was made now."""
    live = OrganisationalResponse.objects.live().filter(
        organisation=organisation, consultation=consultation, area_key=area_key
    )
    existing = live.first()
    if existing:
        return existing, False
    if not consultation.is_open(today):
        raise OrgResponseLocked("This consultation is not open.")
    try:
        with transaction.atomic():
            made = OrganisationalResponse.objects.create(
                organisation=organisation,
                consultation=consultation,
                area_key=area_key,
                created_by=user,
                updated_by=user,
            )
    except IntegrityError:
        # Two presses at once: the other one made it.
        return live.get(), False
    return made, True


def _lock_draft(org_response: OrganisationalResponse, user, today: datetime.date | None) -> None:
    """Take the row's write lock and record who changed it, or refuse.

    Writing first takes the lock on both databases (see responses.services._lock_for_change), so
    a submit in another tab cannot slip between the check and the change.
    """
    if org_response.consultation.has_closed(today):
        raise OrgResponseLocked("This consultation has closed.")
    changed = OrganisationalResponse.objects.filter(pk=org_response.pk, status=Status.DRAFT).update(
        updated_by=user, updated_at=timezone.now()
    )
    if not changed:
        raise OrgResponseLocked("This response has been submitted or withdrawn.")


@transaction.atomic
def org_answer_save(
    *,
    org_response: OrganisationalResponse,
    question: Question,
    value: dict,
    user,
    today: datetime.date | None = None,
) -> OrgAnswer:
    """Save the organisation's answer to one question. Saving again updates it."""
    _lock_draft(org_response, user, today)
    (answer,) = OrgAnswer.objects.bulk_create(
        [
            OrgAnswer(
                org_response=org_response,
                question_id=question.id,
                area_key=question.area_key,
                question_type=question.type,
                value=value,
                answered_by=user,
            )
        ],
        update_conflicts=True,
        unique_fields=["org_response", "question_id"],
        update_fields=["area_key", "question_type", "value", "answered_by", "answered_at"],
    )
    return answer


@transaction.atomic
def org_answer_skip(
    *,
    org_response: OrganisationalResponse,
    question_id: str,
    user,
    today: datetime.date | None = None,
) -> None:
    """Leave a question out: any answer saved for it is removed."""
    _lock_draft(org_response, user, today)
    OrgAnswer.objects.filter(org_response=org_response, question_id=question_id).delete()


@transaction.atomic
def org_response_speaks_for_save(
    *,
    org_response: OrganisationalResponse,
    people_represented: int,
    group_counts: dict[RespondentGroup, int],
    methods: Iterable[str],
    sessions: Iterable[GroupSession],
    user,
    today: datetime.date | None = None,
) -> OrganisationalResponse:
    """Record whom the response speaks for. The form has checked the groups add up."""
    _lock_draft(org_response, user, today)
    OrganisationalResponse.objects.filter(pk=org_response.pk).update(
        people_represented=people_represented, how_gathered=list(methods)
    )
    org_response.groups.all().delete()
    OrgResponseGroup.objects.bulk_create(
        OrgResponseGroup(org_response=org_response, group=group, people_count=count)
        for group, count in group_counts.items()
        if count
    )
    org_response.sessions.set(list(sessions))
    return OrganisationalResponse.objects.get(pk=org_response.pk)


def org_response_submit(
    *, org_response: OrganisationalResponse, user, today: datetime.date | None = None
) -> tuple[OrganisationalResponse, bool]:
    """Submit a draft. A second submit changes nothing and returns False."""
    with transaction.atomic():
        current = OrganisationalResponse.objects.get(pk=org_response.pk)
        if not current.is_draft:
            return current, False
        if current.consultation.has_closed(today):
            raise OrgResponseLocked("This consultation has closed.")
        if not current.speaks_for_done:
            raise SpeaksForMissing
        if not current.answers.exists():
            raise NothingAnswered
        # One UPDATE that only matches a draft: of two clicks, the second changes nothing.
        now = timezone.now()
        submitted = OrganisationalResponse.objects.filter(
            pk=current.pk, status=Status.DRAFT
        ).update(
            status=Status.SUBMITTED,
            submitted_by=user,
            submitted_at=now,
            updated_by=user,
            updated_at=now,
        )
    return OrganisationalResponse.objects.get(pk=org_response.pk), bool(submitted)


def org_response_withdraw(
    *, org_response: OrganisationalResponse, user, today: datetime.date | None = None
) -> bool:
    """Withdraw a submitted response, keeping it on record. False when it was not submitted."""
    if org_response.consultation.has_closed(today):
        raise OrgResponseLocked("This consultation has closed.")
    now = timezone.now()
    withdrawn = OrganisationalResponse.objects.filter(
        pk=org_response.pk, status=Status.SUBMITTED
    ).update(
        status=Status.WITHDRAWN,
        withdrawn_by=user,
        withdrawn_at=now,
        updated_by=user,
        updated_at=now,
    )
    return bool(withdrawn)


def org_response_entries(consultation: ConsultationPage) -> list[OrgResponseEntry]:
    """The consultation's submitted and withdrawn responses, for results (never drafts)."""
    shared = (
        OrganisationalResponse.objects.shared()
        .filter(consultation=consultation)
        .select_related("organisation")
        .prefetch_related("groups__group", "answers")
        .order_by("organisation__name", "area_key")
    )
    return [
        OrgResponseEntry(
            organisation=response.organisation.name,
            verified=response.organisation.verified,
            status=response.status,
            area_key=response.area_key,
            people_represented=response.people_represented or 0,
            groups=tuple((row.group.name, row.people_count) for row in response.groups.all()),
            methods=tuple(response.method_labels()),
            answers={answer.question_id: answer.value for answer in response.answers.all()},
        )
        for response in shared
    ]
