"""Freezing public results (R5): what the public page shows is a snapshot, never live figures."""

from django.db import transaction

from results.disclosure import PUBLIC

from .export import results_document
from .models import ResultSnapshot


@transaction.atomic
def snapshot_take(*, consultation, user, seed: int = 0) -> ResultSnapshot:
    """Freeze the consultation's results under the public profile, recording who did it and when.

    A later answer (a late paper form) changes nothing in public until someone takes a new one.
    """
    payload = results_document(consultation, profile=PUBLIC, seed=seed)
    return ResultSnapshot.objects.create(
        consultation=consultation, taken_by=user, profile=PUBLIC.key, seed=seed, payload=payload
    )
