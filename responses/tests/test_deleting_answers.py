"""Delete my answers: with the code, after an easy-read confirmation, for real, and logged
without personal data."""

import logging

import pytest
from django.test import Client

from responses.models import Answer, ContactDetails, Deletion, Response

from .journey import Journey, page_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def sent_with_contact(journey):
    code = journey.start()
    journey.about_you("hear-back", {"hear_back": "email"})
    journey.about_you("contact", {"email": "sam@example.org"})
    journey.answer("tell_us", {"text": "My private story"})
    journey.post(journey.url("check"), {})
    return code


def test_deleting_asks_first_in_easy_read(journey, sent_with_contact):
    text = page_text(journey.get(journey.url("delete")))
    assert "Do you want to delete your answers?" in text
    assert "We will delete your contact details too." in text
    assert "We cannot get them back after this." in text
    assert "Yes, delete my answers" in text
    assert "No, keep my answers" in text


def test_deleting_removes_answers_and_contact_details_for_real(journey, sent_with_contact):
    reply = journey.post(journey.url("delete"), {}, follow=True)
    assert "We have deleted your answers" in page_text(reply)
    assert not Response.objects.exists()
    assert not Answer.objects.exists()
    assert not ContactDetails.objects.exists()
    deletion = Deletion.objects.get()
    assert (deletion.was_sent, deletion.answer_count, deletion.had_contact_details) == (
        True,
        1,
        True,
    )


def test_the_deletion_log_holds_no_personal_data(journey, sent_with_contact, caplog):
    with caplog.at_level(logging.INFO, logger="responses"):
        journey.post(journey.url("delete"), {})
    logged = " ".join(record.getMessage() for record in caplog.records)
    assert "deleted their response" in logged
    for personal in ("sam@example.org", "My private story", sent_with_contact.replace(" ", "")):
        assert personal not in logged
    field_names = {field.name for field in Deletion._meta.get_fields()}
    assert field_names == {
        "id",
        "consultation",
        "deleted_at",
        "was_sent",
        "answer_count",
        "had_contact_details",
    }


def test_someone_in_a_new_browser_deletes_with_their_code(sent_with_contact, riverside):
    later = Journey(Client(), riverside)
    reply = later.get(later.url("delete"))
    assert reply["Location"] == later.url("resume") + "?next=delete"
    page = later.get(reply["Location"])
    assert "Delete my answers" in page_text(page)
    reply = later.post(
        later.url("resume") + "?next=delete", {"code": sent_with_contact, "next": "delete"}
    )
    assert reply["Location"] == later.url("delete")
    later.post(later.url("delete"), {})
    assert not Response.objects.exists()


def test_a_code_for_deleted_answers_gets_the_kind_wrong_code_message(
    journey, sent_with_contact, riverside
):
    journey.post(journey.url("delete"), {})
    later = Journey(Client(), riverside)
    reply = later.post(later.url("resume"), {"code": sent_with_contact})
    assert reply.status_code == 200
    assert "We cannot find answers with this code." in page_text(reply)


def test_a_draft_can_be_deleted_too(journey):
    journey.start()
    journey.answer("feelings", {"answer": "good"})
    journey.post(journey.url("delete"), {})
    assert not Response.objects.exists()
    assert Deletion.objects.get().was_sent is False


def test_deleting_twice_from_two_tabs_is_not_an_error(journey, sent_with_contact):
    from .journey import csrf_token

    token = csrf_token(journey.get(journey.url("delete")).content.decode())
    first = journey.client.post(journey.url("delete"), {"csrfmiddlewaretoken": token})
    second = journey.client.post(journey.url("delete"), {"csrfmiddlewaretoken": token})
    assert first.status_code == 302
    assert second.status_code == 302
    assert Deletion.objects.count() == 1


def test_next_after_a_code_is_never_an_outside_address(sent_with_contact, riverside):
    later = Journey(Client(), riverside)
    reply = later.post(
        later.url("resume"), {"code": sent_with_contact, "next": "https://evil.example/"}
    )
    assert reply["Location"] == later.url("sent")
