import itertools

import pytest
from django.urls import reverse
from django.utils import timezone
from django_tasks import default_task_backend

from decisions.models import Decision, DecisionUpdate
from decisions.tests.yswd import live_as_published
from responses.models import Channel, ContactDetails, Response

_numbers = itertools.count(1)


@pytest.fixture(autouse=True)
def queue_emptied():
    """The test settings queue tasks without running them; each test starts with none queued."""
    default_task_backend.clear()
    yield
    default_task_backend.clear()


@pytest.fixture
def published(cast) -> Decision:
    """A published decision for Riverside and its live "you said, we did" page: publishing goes
    through the decisions app (ADR 022, ADR 025), so here the rows are written as publishing
    leaves them."""
    live_as_published(cast.riverside_consultation)
    default_task_backend.clear()  # the page's search-index tasks: tests count telling's own
    return Decision.objects.create(
        consultation=cast.riverside_consultation,
        area_key="accommodation",
        title="Move 10 residential places to Shared Lives",
        easy_title="More people can live with a Shared Lives carer.",
        summary="Most people asked for Shared Lives.",
        easy_summary="Many people told us they want to live with a family.\nWe listened.",
        decided_on=timezone.localdate(),
        decided_by="Joint Commissioning Board",
        forum="Board meeting",
        published_at=timezone.now(),
        published_by=cast.commissioner,
        submit_token="telling-fixture",
    )


@pytest.fixture
def update(published, cast) -> DecisionUpdate:
    return DecisionUpdate.objects.create(
        decision=published,
        on=timezone.localdate(),
        title="First 4 people moved",
        easy_text="4 people now live with a Shared Lives carer.",
        status="in_progress",
        progress_pct=40,
        submit_token="telling-update",
        created_by=cast.commissioner,
    )


@pytest.fixture
def person(cast):
    """A sent response to Riverside that asked to hear back one way, with contact details."""

    def make(hear_back: str, consultation=None, **contact) -> Response:
        number = next(_numbers)
        response = Response.objects.create(
            consultation=consultation or cast.riverside_consultation,
            status=Response.Status.SENT,
            channel=Channel.ONLINE_SELF,
            resume_code_hash=f"telling-test-{number}",
            consent_given_at=timezone.now(),
            sent_at=timezone.now(),
            hear_back=hear_back,
        )
        if contact:
            ContactDetails.objects.create(response=response, **contact)
        return response

    return make


@pytest.fixture
def commissioner_browser(client_for):
    return client_for("commissioner")


def telling_url(cast, name: str = "status", *args, consultation=None) -> str:
    consultation = consultation or cast.riverside_consultation
    return reverse(f"telling:{name}", args=[consultation.commissioner_id, consultation.pk, *args])
