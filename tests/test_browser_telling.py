"""A commissioner tells people, records a group's sharing through an error, and finishes; axe at
zero in every state."""

import datetime

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from responses.models import ContactDetails
from telling.models import ContactDeletion, Notice, State
from telling.tests.builders import person_asking, ready_to_tell
from tests.browser import assert_no_axe_violations, follow, sign_in
from tests.cast import IMMEDIATE_TASKS, cast_build

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_a_commissioner_tells_people_and_marks_telling_complete(live_server, page, settings):
    settings.TASKS = IMMEDIATE_TASKS
    cast = cast_build()
    consultation = cast.riverside_consultation
    ready_to_tell(consultation, submit_token="browser-telling")
    person_asking(consultation, "email", name="Sam", email="sam@example.org")
    person_asking(consultation, "post", name="Pat", postal_address="1 High Street")
    person_asking(consultation, "organisation", name="Oli", organisation="Riverside Advocacy")
    person_asking(consultation, "text", name="Tia", phone="07700 900123")

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
