import pytest
from django.urls import reverse
from django.utils import timezone
from django_tasks import default_task_backend

from decisions.models import Decision, DecisionUpdate
from responses.models import Response

from .builders import person_asking, ready_to_tell


@pytest.fixture(autouse=True)
def queue_emptied():
    """The test settings queue tasks without running them; each test starts with none queued."""
    default_task_backend.clear()
    yield
    default_task_backend.clear()


@pytest.fixture
def published(cast) -> Decision:
    """A published decision for Riverside and its live "you said, we did" page."""
    decision = ready_to_tell(
        cast.riverside_consultation, submit_token="telling-fixture", user=cast.commissioner
    )
    default_task_backend.clear()  # the page's search-index tasks: tests count telling's own
    return decision


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
        return person_asking(consultation or cast.riverside_consultation, hear_back, **contact)

    return make


@pytest.fixture
def commissioner_browser(client_for):
    return client_for("commissioner")


def telling_url(cast, name: str = "status", *args, consultation=None) -> str:
    consultation = consultation or cast.riverside_consultation
    return reverse(f"telling:{name}", args=[consultation.commissioner_id, consultation.pk, *args])
