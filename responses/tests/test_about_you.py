"""About you: every question optional, supported answering, communication needs and hearing
back, with contact details kept in their own table."""

import pytest
from django.db import connection

from responses.models import Channel, ContactDetails, Response

from .journey import form_values, page_text

pytestmark = pytest.mark.django_db


def _response():
    return Response.objects.get()


def test_every_about_you_page_can_be_skipped(journey):
    journey.start()
    for slug in ("who", "help", "needs", "hear-back"):
        reply = journey.about_you(slug, {"skip": "1"})
        assert reply.status_code == 302
    response = _response()
    assert response.about_you_done == ["who", "help", "needs", "hear-back"]
    assert response.describes == []
    assert response.is_supported is None
    assert response.hear_back == ""


def test_continue_with_nothing_chosen_is_fine(journey):
    journey.start()
    assert journey.about_you("who", {}).status_code == 302


def test_who_someone_is_is_saved_and_shown_again(journey):
    journey.start()
    journey.about_you("who", {"describes": ["family_carer", "works_in_care"]})
    assert _response().describes == ["family_carer", "works_in_care"]
    values = form_values(journey.get(journey.url("about_you", "who")))
    assert values["describes"] == ["family_carer", "works_in_care"]


def test_supported_answering_records_the_helper_and_the_channel(journey):
    journey.start()
    reply = journey.about_you("help", {"is_supported": "yes"})
    # Who is helping comes on its own page, one question per page.
    assert reply["Location"] == journey.url("about_you", "helper")
    journey.about_you("helper", {"supporter": "advocate"})
    response = _response()
    assert response.is_supported is True
    assert response.supporter == "advocate"
    assert response.channel == Channel.ONLINE_SUPPORTED
    journey.about_you("help", {"is_supported": "no"})
    response = _response()
    assert (response.is_supported, response.supporter) == (False, "")
    assert response.channel == Channel.ONLINE_SELF


def test_is_someone_helping_and_who_is_helping_are_two_pages(journey):
    journey.start()
    help_page = page_text(journey.get(journey.url("about_you", "help")))
    assert "Is someone helping you answer?" in help_page
    assert "A support worker" not in help_page
    helper_page = page_text(journey.get(journey.url("about_you", "helper"), follow=True))
    assert "Who is helping you?" not in helper_page  # not asked before saying yes
    reply = journey.about_you("help", {"is_supported": "no"})
    assert reply["Location"] == journey.url("about_you", "needs")
    journey.about_you("help", {"is_supported": "yes"})
    helper_page = page_text(journey.get(journey.url("about_you", "helper")))
    assert "Who is helping you?" in helper_page
    assert "A support worker" in helper_page


@pytest.mark.parametrize(
    ("slug", "count"), [("who", 5), ("help", 2), ("needs", 6), ("hear-back", 5)]
)
def test_every_about_you_answer_has_its_own_picture(journey, slug, count):
    import re

    journey.start()
    html = journey.get(journey.url("about_you", slug)).content.decode()
    pictures = re.findall(r'class="choice__picture" src="([^"]+)"', html)
    assert len(pictures) == count
    assert len(set(pictures)) == count
    assert all("/images/about_you/" in src for src in pictures)


def test_communication_needs_follow_the_accessible_information_standard(journey):
    journey.start()
    page = page_text(journey.get(journey.url("about_you", "needs")))
    for need in (
        "Easy read",
        "Large print",
        "Audio",
        "British Sign Language",
        "A person to support me",
    ):
        assert need in page
    journey.about_you(
        "needs",
        {"communication_needs": ["large_print", "other"], "communication_needs_other": "Makaton"},
    )
    response = _response()
    assert response.communication_needs == ["large_print", "other"]
    assert response.communication_needs_other == "Makaton"


def test_people_who_want_to_hear_back_are_asked_for_contact_details_kept_apart(journey):
    journey.start()
    reply = journey.about_you("hear-back", {"hear_back": "email"})
    assert reply["Location"] == journey.url("about_you", "contact")
    reply = journey.about_you("contact", {"email": "sam@example.org"})
    assert reply.status_code == 302
    details = ContactDetails.objects.get()
    assert details.email == "sam@example.org"
    assert ContactDetails._meta.db_table != Response._meta.db_table
    columns = {
        c.name
        for c in connection.introspection.get_table_description(
            connection.cursor(), Response._meta.db_table
        )
    }
    assert not {"email", "phone", "postal_address", "name"} & columns


def test_contact_details_need_the_detail_for_the_way_chosen(journey):
    journey.start()
    journey.about_you("hear-back", {"hear_back": "text"})
    reply = journey.about_you("contact", {})
    assert "Type your mobile phone number. Or go back and choose No." in page_text(reply)
    reply = journey.about_you("contact", {"phone": "call me"})
    assert "Type a phone number like 07700 900123." in page_text(reply)
    journey.about_you("contact", {"phone": "07700 900123"})
    assert ContactDetails.objects.get().phone == "07700 900123"


def test_a_wrong_email_address_gets_a_plain_error(journey):
    journey.start()
    journey.about_you("hear-back", {"hear_back": "email"})
    reply = journey.about_you("contact", {"email": "sam at home"})
    assert "Type an email address like name@example.com." in page_text(reply)
    assert not ContactDetails.objects.exists()


def test_choosing_no_later_removes_contact_details(journey):
    journey.start()
    journey.about_you("hear-back", {"hear_back": "post"})
    journey.about_you("contact", {"name": "Sam", "postal_address": "1 High Street"})
    assert ContactDetails.objects.exists()
    reply = journey.about_you("hear-back", {"hear_back": "no"})
    assert not ContactDetails.objects.exists()
    assert reply["Location"] == journey.question_url("feelings")


def test_contact_page_is_not_shown_to_people_who_do_not_want_to_hear_back(journey):
    journey.start()
    journey.about_you("hear-back", {"hear_back": "no"})
    reply = journey.get(journey.url("about_you", "contact"))
    assert reply.status_code == 302


def test_an_unknown_about_you_page_goes_to_where_the_person_is(journey):
    journey.start()
    reply = journey.get(journey.url("about_you", "shoe-size"))
    assert reply.status_code == 302
    assert reply["Location"] == journey.url("about_you", "who")


def test_about_you_pages_show_page_numbers_and_a_way_to_save_for_later(journey):
    journey.start()
    text = page_text(journey.get(journey.url("about_you", "who")))
    assert "Page 1 of 17" in text
    assert "Save and come back later" in text


def _page_number(response) -> tuple[int, int]:
    import re

    number, total = re.search(r"Page (\d+) of (\d+)", page_text(response)).groups()
    return int(number), int(total)


@pytest.mark.parametrize(("helped", "hear_back"), [("yes", "email"), ("no", "no")])
def test_page_n_of_m_never_jumps_back_when_an_answer_adds_a_page(journey, helped, hear_back):
    journey.start()
    answers = {
        "who": {"describes": ["uses_support"]},
        "help": {"is_supported": helped},
        "helper": {"supporter": "friend"},
        "needs": {},
        "hear-back": {"hear_back": hear_back},
        "contact": {"email": "sam@example.org"},
    }
    url = journey.url("about_you", "who")
    seen = []
    while "/about-you/" in url:
        seen.append(_page_number(journey.get(url)))
        slug = url.rstrip("/").rsplit("/", 1)[-1]
        url = journey.post(url, answers[slug])["Location"]
    seen.append(_page_number(journey.get(url)))  # the first question
    numbers = [number for number, _ in seen]
    totals = [total for _, total in seen]
    assert numbers == list(range(1, len(seen) + 1))
    assert totals == sorted(totals, reverse=True), totals
