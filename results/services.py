"""Freezing public results (R5): what the public page shows is a snapshot, never live figures."""

from django.db import transaction
from django.utils import timezone
from wagtail.models import Page

from results.disclosure import PUBLIC

from .export import results_document
from .models import ResultSnapshot

# Why a snapshot was taken, kept in its payload under "snapshot" (no migration needed).
SYSTEM_REASON_CLOSED = "closed"
SYSTEM_REASON_PUBLISHED = "published"


@transaction.atomic
def snapshot_take(*, consultation, user, seed: int = 0) -> ResultSnapshot:
    """Freeze the consultation's results under the public profile, recording who did it and when.

    A later answer (a late paper form) changes nothing in public until someone takes a new one.
    """
    payload = results_document(consultation, profile=PUBLIC, seed=seed)
    payload["snapshot"] = {"reason": SYSTEM_REASON_PUBLISHED, "taken_by": "person"}
    return ResultSnapshot.objects.create(
        consultation=consultation, taken_by=user, profile=PUBLIC.key, seed=seed, payload=payload
    )


def snapshot_if_closed(consultation, *, today=None) -> ResultSnapshot | None:
    """Take the first public snapshot of a closed consultation, by the system (R5).

    Never replaces a snapshot: if there is one, nothing happens. Runs from the daily
    ``manage.py snapshot_closed`` and lazily when the public page or the staff overview of a
    closed consultation with no snapshot is opened, so a missed run cannot leave it unpublished.
    Who took it is nobody (``taken_by`` empty); why is kept in the payload, under "snapshot".
    """
    if not consultation.live or not consultation.has_closed(today):
        return None
    if consultation.result_snapshots.exists():
        return None
    with transaction.atomic():
        # Two readers opening the page at once: the second waits here, then finds the first's.
        Page.objects.select_for_update().filter(pk=consultation.pk).first()
        if ResultSnapshot.objects.filter(consultation=consultation).exists():
            return None
        payload = results_document(consultation, profile=PUBLIC)
        payload["snapshot"] = {"reason": SYSTEM_REASON_CLOSED, "taken_by": "system"}
        return ResultSnapshot.objects.create(
            consultation=consultation, taken_by=None, profile=PUBLIC.key, seed=0, payload=payload
        )


def snapshot_closed_all(*, today=None) -> list[ResultSnapshot]:
    """A snapshot for every live, closed consultation that has none yet."""
    from consultations.models import ConsultationPage

    today = today or timezone.localdate()
    waiting = (
        ConsultationPage.objects.live()
        .filter(closes_on__lt=today, result_snapshots__isnull=True)
        .order_by("pk")
    )
    taken = []
    for consultation in waiting:
        snapshot = snapshot_if_closed(consultation, today=today)
        if snapshot is not None:
            taken.append(snapshot)
    return taken
