"""Rows written as publishing and sending leave them, for telling's tests, its browser test and
its benchmark. The journeys that make them are tested in decisions/ and responses/; here only
what telling reads matters."""

import itertools

from django.utils import timezone

from decisions.models import Decision
from decisions.tests.yswd import live_as_published
from responses.models import Channel, ContactDetails, Response

_numbers = itertools.count(1)


def ready_to_tell(consultation, *, submit_token: str, user=None) -> Decision:
    """A published decision and a live "you said, we did" page, nobody told yet: publishing the
    page in the admin would have started telling itself (ADR 025)."""
    live_as_published(consultation)
    return Decision.objects.create(
        consultation=consultation,
        area_key="accommodation",
        title="Move 10 residential places to Shared Lives",
        easy_title="More people can live with a Shared Lives carer.",
        summary="Most people asked for Shared Lives.",
        easy_summary="Many people told us they want to live with a family.\nWe listened.",
        decided_on=timezone.localdate(),
        decided_by="Joint Commissioning Board",
        forum="Board meeting",
        published_at=timezone.now(),
        published_by=user,
        submit_token=submit_token,
    )


def person_asking(consultation, hear_back: str, **contact) -> Response:
    """A sent response that asked to hear back one way, with contact details if given."""
    response = Response.objects.create(
        consultation=consultation,
        status=Response.Status.SENT,
        channel=Channel.ONLINE_SELF,
        resume_code_hash=f"telling-test-{next(_numbers)}",
        consent_given_at=timezone.now(),
        sent_at=timezone.now(),
        hear_back=hear_back,
    )
    if contact:
        ContactDetails.objects.create(response=response, **contact)
    return response
