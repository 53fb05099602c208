"""Contact details go when telling is marked complete, or after a set time; no export has them."""

import datetime
import json
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from decisions.models import YouSaidWeDidPage
from responses.models import ContactDetails, Response
from telling.models import ContactDeletion, Notice, OrganisationPack, State, TellingRound
from telling.services import ContactDetailsDeleted, contact_details_delete, telling_start

from .conftest import telling_url

pytestmark = pytest.mark.django_db

SECRETS = ["sam@example.org", "Sam Smith", "1 High Street", "Secret Knitters", "07700 900123"]


@pytest.fixture
def told(cast, published, person):
    person("email", name="Sam Smith", email="sam@example.org")
    person("post", name="Pat", postal_address="1 High Street\nRiverside")
    person("organisation", name="Oli", organisation="Secret Knitters")
    person("organisation", name="Val", organisation="Riverside Advocacy")
    person("text", name="Tia", phone="07700 900123")
    # Another consultation's people keep their details.
    person("email", consultation=cast.hillside_consultation, name="Hal", email="hal@example.org")
    round, _ = telling_start(cast.riverside_consultation, user=cast.commissioner)
    return round


def test_marking_telling_complete_deletes_contact_details_and_logs_it_without_them(
    cast, told, commissioner_browser
):
    page = commissioner_browser.get(telling_url(cast, "complete"))
    assert b"4 people have not been told yet." in page.content
    page = commissioner_browser.post(telling_url(cast, "complete"), follow=True)
    assert b"We deleted 5 people&#x27;s contact details." in page.content
    assert b"Contact details were deleted on" in page.content
    assert not ContactDetails.objects.filter(response__consultation=cast.riverside_consultation)
    assert ContactDetails.objects.filter(response__consultation=cast.hillside_consultation)
    deletion = ContactDeletion.objects.get()
    assert (deletion.count, deletion.reason, deletion.deleted_by) == (
        5,
        ContactDeletion.Reason.TELLING_COMPLETE,
        cast.commissioner,
    )
    # Answers stay; anyone still waiting shows why they were not told.
    assert Response.objects.filter(consultation=cast.riverside_consultation).count() == 5
    waiting = Notice.objects.get(route="email")
    assert waiting.state == State.FAILED
    assert waiting.last_error == "Contact details were deleted before this person was told."
    # A name people typed for a group not on the register is theirs too.
    assert set(OrganisationPack.objects.values_list("name", flat=True)) == {
        "",
        "Riverside Advocacy",
    }
    # Pressing again deletes nothing more.
    commissioner_browser.post(telling_url(cast, "complete"))
    assert ContactDeletion.objects.count() == 1


def test_no_update_can_be_sent_once_contact_details_are_gone(cast, told, update):
    contact_details_delete(
        consultation=cast.riverside_consultation, reason=ContactDeletion.Reason.TELLING_COMPLETE
    )
    with pytest.raises(ContactDetailsDeleted):
        telling_start(cast.riverside_consultation, user=cast.commissioner, update=update)


def _run_daily_job() -> str:
    out = StringIO()
    call_command("delete_contact_details", stdout=out)
    return out.getvalue()


@override_settings(TELLING_KEEP_CONTACT_DAYS=90)
def test_the_daily_job_deletes_contact_details_90_days_after_telling_started(cast, told):
    TellingRound.objects.filter(pk=told.pk).update(
        started_at=timezone.now() - datetime.timedelta(days=89)
    )
    assert "No contact details were due" in _run_daily_job()
    assert ContactDetails.objects.filter(response__consultation=cast.riverside_consultation)

    TellingRound.objects.filter(pk=told.pk).update(
        started_at=timezone.now() - datetime.timedelta(days=91)
    )
    mail.outbox.clear()
    assert "Riverside: have your say: deleted 5 contact details" in _run_daily_job()
    assert not ContactDetails.objects.filter(response__consultation=cast.riverside_consultation)
    assert ContactDetails.objects.filter(response__consultation=cast.hillside_consultation)
    deletion = ContactDeletion.objects.get()
    assert (deletion.reason, deletion.deleted_by) == (ContactDeletion.Reason.TIME_LIMIT, None)
    # The commissioning body is told, and nobody else.
    (notice,) = mail.outbox
    assert notice.to == [cast.commissioner.email]
    assert "deleted the contact details of 5 people" in notice.body
    # Run again the next day: nothing more happens.
    assert "No contact details were due" in _run_daily_job()
    assert ContactDeletion.objects.count() == 1 and len(mail.outbox) == 1


def test_the_deletion_record_holds_no_personal_data(cast, told):
    _run_daily_job()  # not due yet
    deletion, _ = contact_details_delete(
        consultation=cast.riverside_consultation, reason=ContactDeletion.Reason.TIME_LIMIT
    )
    record = json.dumps(
        {field.name: str(getattr(deletion, field.name)) for field in deletion._meta.fields}
    )
    for secret in SECRETS:
        assert secret not in record


def test_no_contact_details_appear_in_results_exports_or_the_telling_screens(
    cast, told, commissioner_browser, tmp_path
):
    texts = []
    for file_format in ("json", "csv"):
        for profile in ("staff", "public"):
            output = tmp_path / f"out.{file_format}"
            call_command(
                "export_results",
                "riverside",
                "--format",
                file_format,
                "--profile",
                profile,
                "--output",
                str(output),
            )
            texts.extend(path.read_text() for path in tmp_path.iterdir())
    assert texts
    texts.append(commissioner_browser.get(telling_url(cast)).content.decode())
    pack = OrganisationPack.objects.get(name="Secret Knitters")
    texts.append(commissioner_browser.get(telling_url(cast, "pack", pack.pk)).content.decode())
    for text in texts:
        for secret in ["sam@example.org", "Sam Smith", "1 High Street", "07700 900123"]:
            assert secret not in text


def test_the_daily_job_counts_from_the_pages_first_publish_when_nobody_was_told(
    cast, published, person
):
    person("email", name="Sam Smith", email="sam@example.org")
    page = YouSaidWeDidPage.objects.child_of(cast.riverside_consultation).get()
    # A decision published long ago does not start the clock: the page that tells people does.
    type(published).objects.filter(pk=published.pk).update(
        published_at=timezone.now() - datetime.timedelta(days=200)
    )
    assert "No contact details were due for deletion." in _run_daily_job()
    YouSaidWeDidPage.objects.filter(pk=page.pk).update(
        first_published_at=timezone.now() - datetime.timedelta(days=91)
    )
    assert "deleted 1 contact details" in _run_daily_job()
    assert ContactDeletion.objects.get().reason == ContactDeletion.Reason.TIME_LIMIT
    assert not ContactDetails.objects.filter(response__consultation=cast.riverside_consultation)
