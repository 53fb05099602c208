"""People who gave an email address to hear back can have their code sent there too."""

import pytest
from django.core import mail

from .journey import page_text

pytestmark = pytest.mark.django_db


def _with_email(journey) -> str:
    code = journey.start()
    journey.about_you("hear-back", {"hear_back": "email"})
    journey.about_you("contact", {"email": "sam@example.org"})
    return code


def test_someone_who_gave_an_email_address_can_have_their_code_sent_there(journey):
    code = _with_email(journey)
    save = journey.url("save_for_later")
    assert "We can send your code to sam@example.org." in page_text(journey.get(save))
    reply = journey.post(journey.url("email_code"), {"from": "save"}, form_page=save, follow=True)
    assert "We sent your code to sam@example.org." in page_text(reply)
    (message,) = mail.outbox
    assert message.to == ["sam@example.org"]
    assert code in message.body
    assert journey.url("resume") in message.body


def test_the_code_goes_only_to_the_address_given_never_one_posted(journey):
    _with_email(journey)
    save = journey.url("save_for_later")
    journey.post(
        journey.url("email_code"), {"from": "save", "email": "x@example.com"}, form_page=save
    )
    assert [m.to for m in mail.outbox] == [["sam@example.org"]]


def test_people_without_an_email_address_are_not_offered_it(journey):
    journey.start()
    journey.about_you("hear-back", {"hear_back": "post"})
    journey.about_you("contact", {"postal_address": "1 High Street"})
    save = journey.url("save_for_later")
    assert "Email my code to me" not in page_text(journey.get(save))
    # Posted anyway (a page from before they changed their mind): nothing is sent.
    journey.post(
        journey.url("email_code"), {"from": "save"}, form_page=journey.url("about_you", "who")
    )
    assert mail.outbox == []


def test_the_code_is_emailed_at_most_3_times(journey):
    _with_email(journey)
    save = journey.url("save_for_later")
    for _ in range(5):
        reply = journey.post(journey.url("email_code"), {"from": "save"}, form_page=save)
    assert len(mail.outbox) == 3
    assert "We have sent your code already." in page_text(journey.get(reply["Location"]))


def test_the_sent_page_offers_it_too(journey):
    from responses.models import Response

    _with_email(journey)
    Response.objects.update(status=Response.Status.SENT)
    sent = journey.url("sent")
    assert "Email my code to me" in page_text(journey.get(sent))
    reply = journey.post(journey.url("email_code"), {"from": "sent"}, form_page=sent)
    assert reply["Location"] == sent
    assert len(mail.outbox) == 1
