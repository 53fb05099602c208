"""Telling people by email: queued through django-tasks, easy read, retried, and shown."""

import pytest
from django.core import mail
from django.test import override_settings
from django_tasks import default_task_backend

from decisions.models import YouSaidWeDidPage
from telling import tasks
from telling.models import Notice, Route, State, TellingRound
from tests.cast import IMMEDIATE_TASKS

from .conftest import telling_url
from .flaky_mail import FailsFirstTime

pytestmark = pytest.mark.django_db

FLAKY = "telling.tests.flaky_mail.FailsFirstTime"
DOWN = "telling.tests.flaky_mail.AlwaysDown"


def _press(browser, cast, django_capture_on_commit_callbacks, **data):
    """Press a button, let the queued work run as the request's transaction commits, and open
    the page the button leads back to."""
    with django_capture_on_commit_callbacks(execute=True):
        pressed = browser.post(telling_url(cast, "start"), data)
    assert pressed.status_code == 302
    return browser.get(pressed.url)


def test_tell_people_now_queues_the_emails_in_batches_for_the_worker(
    cast, published, person, commissioner_browser, django_capture_on_commit_callbacks, monkeypatch
):
    monkeypatch.setattr(tasks, "EMAIL_BATCH", 2)
    people = [person("email", name=f"Sam {n}", email=f"sam{n}@example.org") for n in range(5)]
    page = commissioner_browser.get(telling_url(cast))
    assert b"Tell people now" in page.content

    _press(commissioner_browser, cast, django_capture_on_commit_callbacks)

    # Nothing is sent in the request: three tasks wait for the worker, with ids only.
    assert mail.outbox == []
    queued = default_task_backend.results
    assert [result.task.name for result in queued] == ["send_emails"] * 3
    ids = [notice_id for result in queued for notice_id in result.args[0]]
    assert sorted(ids) == sorted(Notice.objects.values_list("pk", flat=True))
    assert "example.org" not in repr([result.args for result in queued])
    assert Notice.objects.filter(state=State.PENDING).count() == 5

    # The worker runs them.
    for result in queued:
        result.task.call(*result.args)
    assert sorted(m.to[0] for m in mail.outbox) == sorted(p.contact_details.email for p in people)
    assert Notice.objects.filter(state=State.SENT).count() == 5


@override_settings(TASKS=IMMEDIATE_TASKS)
def test_each_email_is_easy_read_with_the_decisions_a_link_and_an_html_version(
    cast, published, person, commissioner_browser, django_capture_on_commit_callbacks
):
    person("email", name="Sam", email="sam@example.org")
    page = _press(commissioner_browser, cast, django_capture_on_commit_callbacks)
    assert b"Telling people has started" in page.content

    (email,) = mail.outbox
    assert email.subject == "What we decided: Riverside: have your say"
    assert email.body.startswith("Hello Sam,")
    assert "More people can live with a Shared Lives carer." in email.body
    assert "We listened." in email.body
    # The link opens the "you said, we did" page itself.
    link = YouSaidWeDidPage.objects.child_of(cast.riverside_consultation).get().get_full_url()
    assert link and link in email.body
    html, kind = email.alternatives[0]
    assert kind == "text/html"
    assert "<h2" in html and f'href="{link}"' in html
    row = page.content.decode().split('data-route="email"')[1].split("</tr>")[0]
    assert [cell.split(">")[-1] for cell in row.split("</td>")[:-1]] == ["1", "1", "0", "0"]


@override_settings(TASKS=IMMEDIATE_TASKS, EMAIL_BACKEND=FLAKY)
def test_an_email_that_fails_once_is_tried_again_and_sent(
    cast, published, person, commissioner_browser, django_capture_on_commit_callbacks
):
    FailsFirstTime.reset(failures=1)
    person("email", name="Sam", email="sam@example.org")
    _press(commissioner_browser, cast, django_capture_on_commit_callbacks)
    notice = Notice.objects.get()
    assert (notice.state, notice.attempts, notice.last_error) == (State.SENT, 2, "")
    assert len(mail.outbox) == 1


@override_settings(TASKS=IMMEDIATE_TASKS, EMAIL_BACKEND=FLAKY)
def test_an_email_that_keeps_failing_is_shown_with_plain_words_and_can_be_tried_again(
    cast, published, person, commissioner_browser, django_capture_on_commit_callbacks
):
    FailsFirstTime.reset(failures=3)
    person("email", name="Sam", email="sam@example.org")
    page = _press(commissioner_browser, cast, django_capture_on_commit_callbacks)
    notice = Notice.objects.get()
    assert (notice.state, notice.attempts) == (State.FAILED, 3)
    assert notice.last_error == "The mail server refused the email address."
    text = page.content.decode()
    assert "Emails that failed" in text and "The mail server refused the email address." in text
    assert "sam@example.org" not in text

    with django_capture_on_commit_callbacks(execute=True):
        commissioner_browser.post(telling_url(cast, "retry", notice.pk))
    page = commissioner_browser.get(telling_url(cast))
    assert b"We are trying that email again." in page.content
    notice.refresh_from_db()
    assert (notice.state, notice.attempts) == (State.SENT, 4)
    assert [m.to for m in mail.outbox] == [["sam@example.org"]]
    # A second press finds nothing failed.
    page = commissioner_browser.post(telling_url(cast, "retry", notice.pk), follow=True)
    assert b"nothing to try again" in page.content


@override_settings(TASKS=IMMEDIATE_TASKS, EMAIL_BACKEND=DOWN)
def test_a_mail_server_that_cannot_be_reached_counts_as_failed_after_3_tries(
    cast, published, person, commissioner_browser, django_capture_on_commit_callbacks
):
    person("email", name="Sam", email="sam@example.org")
    _press(commissioner_browser, cast, django_capture_on_commit_callbacks)
    notice = Notice.objects.get()
    assert (notice.state, notice.attempts) == (State.FAILED, 3)
    assert notice.last_error == "We could not reach the mail server."


@override_settings(TASKS=IMMEDIATE_TASKS)
def test_pressing_tell_people_twice_tells_each_person_once(
    cast, published, person, commissioner_browser, django_capture_on_commit_callbacks
):
    person("email", name="Sam", email="sam@example.org")
    person("post", name="Pat", postal_address="1 High Street\nRiverside")
    _press(commissioner_browser, cast, django_capture_on_commit_callbacks)
    page = _press(commissioner_browser, cast, django_capture_on_commit_callbacks)
    assert b"You already started telling people about this." in page.content
    assert TellingRound.objects.count() == 1
    assert Notice.objects.count() == 2
    assert len(mail.outbox) == 1


def test_telling_waits_for_a_published_decision(
    cast, person, commissioner_browser, django_capture_on_commit_callbacks
):
    person("email", name="Sam", email="sam@example.org")
    page = commissioner_browser.get(telling_url(cast))
    assert b"Tell people now" not in page.content
    assert b"Publish at least one decision first." in page.content
    page = _press(commissioner_browser, cast, django_capture_on_commit_callbacks)
    assert b"Publish a decision first." in page.content
    assert not TellingRound.objects.exists()


def test_telling_waits_for_the_you_said_we_did_page(
    cast, published, person, commissioner_browser, django_capture_on_commit_callbacks
):
    person("email", name="Sam", email="sam@example.org")
    YouSaidWeDidPage.objects.child_of(cast.riverside_consultation).update(live=False)
    page = commissioner_browser.get(telling_url(cast))
    assert b"Tell people now" not in page.content
    assert "Publish the “you said, we did” page first." in page.content.decode()
    page = _press(commissioner_browser, cast, django_capture_on_commit_callbacks)
    assert "Publish the “you said, we did” page first. It tells people." in page.content.decode()
    assert not TellingRound.objects.exists()


def test_text_messages_are_counted_honestly_as_not_sent(
    cast, published, person, commissioner_browser, django_capture_on_commit_callbacks
):
    person("text", name="Tia", phone="07700 900123")
    person("no")
    page = _press(commissioner_browser, cast, django_capture_on_commit_callbacks)
    (notice,) = Notice.objects.all()
    assert (notice.route, notice.state) == (Route.TEXT, State.CANNOT_SEND)
    assert b"1 person: cannot send by text yet; contact them another way." in page.content
    assert b"07700" not in page.content


@override_settings(TASKS=IMMEDIATE_TASKS)
def test_a_progress_update_is_sent_by_the_same_routes(
    cast, published, update, person, commissioner_browser, django_capture_on_commit_callbacks
):
    person("email", name="Sam", email="sam@example.org")
    _press(commissioner_browser, cast, django_capture_on_commit_callbacks)
    page = commissioner_browser.get(telling_url(cast))
    assert b"Send this update to people" in page.content

    page = _press(commissioner_browser, cast, django_capture_on_commit_callbacks, update=update.pk)
    assert b"Sent to people" in page.content
    assert TellingRound.objects.filter(update=update).count() == 1
    news = mail.outbox[-1]
    assert news.subject == "News about what we decided: Riverside: have your say"
    assert "4 people now live with a Shared Lives carer." in news.body
    assert "We have started to do this." in news.body
    assert len(mail.outbox) == 2
