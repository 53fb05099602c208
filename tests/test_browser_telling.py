"""A commissioner tells people, records a group's sharing through an error, and finishes; axe at
zero in every state."""

import datetime

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from decisions.models import Decision
from decisions.tests.yswd import live_as_published
from responses.models import Channel, ContactDetails, Response
from telling.models import ContactDeletion, Notice, State
from tests.browser import assert_no_axe_violations, follow, sign_in
from tests.cast import IMMEDIATE_TASKS, cast_build

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def _person(consultation, number: int, hear_back: str, **contact) -> None:
    response = Response.objects.create(
        consultation=consultation,
        status=Response.Status.SENT,
        channel=Channel.ONLINE_SELF,
        resume_code_hash=f"browser-telling-{number}",
        consent_given_at=timezone.now(),
        sent_at=timezone.now(),
        hear_back=hear_back,
    )
    ContactDetails.objects.create(response=response, **contact)


def test_a_commissioner_tells_people_and_marks_telling_complete(live_server, page, settings):
    settings.TASKS = IMMEDIATE_TASKS
    cast = cast_build()
    consultation = cast.riverside_consultation
    Decision.objects.create(
        consultation=consultation,
        area_key="home",
        title="More help at home",
        easy_title="More people get help at home.",
        summary="People asked for it.",
        easy_summary="You asked for more help at home.",
        decided_on=timezone.localdate(),
        decided_by="Board",
        forum="Board meeting",
        published_at=timezone.now(),
        submit_token="browser-telling",
    )
    # Published, but nobody told yet: publishing in the admin would have started telling itself.
    live_as_published(consultation)
    _person(consultation, 1, "email", name="Sam", email="sam@example.org")
    _person(consultation, 2, "post", name="Pat", postal_address="1 High Street")
    _person(consultation, 3, "organisation", name="Oli", organisation="Riverside Advocacy")
    _person(consultation, 4, "text", name="Tia", phone="07700 900123")

    sign_in(page, live_server, cast.commissioner)
    page.goto(live_server.url + reverse("telling:list", args=[cast.riverside.pk]))
    assert_no_axe_violations(page)
    follow(page, page.get_by_role("link", name="Riverside: have your say"))
    assert_no_axe_violations(page)
    follow(page, page.get_by_role("button", name="Tell people now"))
    assert "Telling people has started" in page.locator(".messages, main").first.inner_text()
    assert "cannot send by text yet" in page.locator("[data-counts]").inner_text()
    assert [m.to for m in mail.outbox] == [["sam@example.org"]]
    assert_no_axe_violations(page)

    follow(page, page.get_by_role("link", name="Record when shared for Riverside Advocacy"))
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    page.get_by_label("Date the group shared it").fill(tomorrow.isoformat())
    follow(page, page.get_by_role("button", name="Save"))
    assert "today or in the past" in page.locator(".error-summary").inner_text()
    assert_no_axe_violations(page)
    page.get_by_label("Date the group shared it").fill(timezone.localdate().isoformat())
    follow(page, page.get_by_role("button", name="Save"))
    assert Notice.objects.get(route="organisation").state == State.SHARED

    follow(page, page.get_by_role("link", name="Print pack for Riverside Advocacy"))
    assert "1 person in your group" in page.locator("main").inner_text()
    assert_no_axe_violations(page)
    page.go_back()

    follow(page, page.get_by_role("button", name="Mark letters as posted"))
    assert Notice.objects.get(route="post").state == State.POSTED
    follow(page, page.get_by_role("link", name="Mark telling as complete"))
    assert_no_axe_violations(page)
    follow(page, page.get_by_role("button", name="Delete contact details and finish"))
    assert "Contact details were deleted on" in page.locator("[data-deleted]").inner_text()
    assert_no_axe_violations(page)
    assert ContactDeletion.objects.get().count == 4
    assert not ContactDetails.objects.filter(response__consultation=consultation).exists()
