"""R5: a closed consultation's public results are frozen automatically, once, by the system."""

import datetime
import re
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from responses.models import Channel
from responses.services import answer_save, response_enter, response_send
from results.models import ResultSnapshot

from .people import question_of

pytestmark = pytest.mark.django_db


def _main(response) -> str:
    html = response.content.decode()
    main = html[html.index("<main") : html.index("</main>")]
    return " ".join(re.sub(r"<[^>]+>", " ", main).split())


def _close(consultation, days_ago=1):
    today = timezone.localdate()
    type(consultation).objects.filter(pk=consultation.pk).update(
        opens_on=today - datetime.timedelta(days=30),
        closes_on=today - datetime.timedelta(days=days_ago),
    )
    return type(consultation).objects.get(pk=consultation.pk)


@pytest.fixture
def answered(riverside, people):
    where = question_of(riverside, "choice")
    people.send([(where, {"choice": where.options[0].key})], count=12)
    return riverside, where


def _late_paper_form(consultation, where, number="LATE-1"):
    """A paper form posted by the closing day and typed in afterwards: the services take it as
    on the closing day."""
    on = consultation.closes_on
    response = response_enter(
        consultation=consultation,
        channel=Channel.STAFF_PAPER,
        entered_by=None,
        paper_form_number=number,
        today=on,
    )
    answer_save(response=response, question=where, value={"choice": where.options[0].key}, today=on)
    response_send(response=response, today=on)


def test_the_daily_command_freezes_each_closed_consultation_once_as_the_system(answered):
    riverside = _close(answered[0])
    out = StringIO()
    call_command("snapshot_closed", stdout=out)
    snapshot = ResultSnapshot.objects.get()
    assert snapshot.consultation_id == riverside.pk and snapshot.taken_by is None
    assert snapshot.payload["snapshot"] == {"reason": "closed", "taken_by": "system"}
    assert snapshot.profile == "public"
    assert "1 snapshot(s) taken." in out.getvalue()
    call_command("snapshot_closed", stdout=StringIO())
    assert ResultSnapshot.objects.count() == 1


def test_an_open_consultation_is_not_frozen(answered, client):
    call_command("snapshot_closed", stdout=StringIO())
    assert not ResultSnapshot.objects.exists()
    assert client.get(reverse("results:public", args=[answered[0].pk])).status_code == 404


def test_the_command_never_replaces_a_commissioners_snapshot(answered, commissioner_client):
    riverside = answered[0]
    commissioner_client.post(reverse("results:snapshot", args=[riverside.pk]))
    _close(riverside)
    call_command("snapshot_closed", stdout=StringIO())
    snapshot = ResultSnapshot.objects.get()
    assert snapshot.taken_by.email == "rita@riverside.example"
    assert snapshot.payload["snapshot"]["reason"] == "published"


def test_opening_the_public_page_of_a_closed_consultation_freezes_it_if_nobody_has(
    answered, client
):
    riverside = _close(answered[0])
    text = _main(client.get(reverse("results:public", args=[riverside.pk])))
    assert "12 people answered." in text
    client.get(reverse("results:public", args=[riverside.pk]))
    assert ResultSnapshot.objects.get().taken_by is None


def test_opening_the_staff_overview_of_a_closed_consultation_freezes_it_and_says_so(
    answered, commissioner_client
):
    riverside = _close(answered[0])
    text = _main(commissioner_client.get(reverse("results:overview", args=[riverside.pk])))
    assert "frozen automatically" in text and "because the consultation had closed" in text
    assert ResultSnapshot.objects.count() == 1


def test_a_late_paper_answer_changes_nothing_in_public_until_a_commissioner_publishes_again(
    answered, client, commissioner_client
):
    riverside, where = answered
    riverside = _close(riverside)
    call_command("snapshot_closed", stdout=StringIO())
    _late_paper_form(riverside, where)
    url = reverse("results:public", args=[riverside.pk])
    assert "12 people answered." in _main(client.get(url))
    call_command("snapshot_closed", stdout=StringIO())
    assert "12 people answered." in _main(client.get(url))
    # Staff see live figures meanwhile.
    overview = _main(commissioner_client.get(reverse("results:overview", args=[riverside.pk])))
    assert "People reached 13" in overview
    commissioner_client.post(reverse("results:snapshot", args=[riverside.pk]))
    assert "13 people answered." in _main(client.get(url))
    latest = ResultSnapshot.objects.order_by("-taken_at", "-pk").first()
    assert latest.taken_by.email == "rita@riverside.example"
    assert ResultSnapshot.objects.count() == 2
