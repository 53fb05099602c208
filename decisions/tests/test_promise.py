"""The promise date: on time, late by N days, and told late stays marked late (R7)."""

import datetime

import pytest
from django.test import Client
from django.utils import timezone

from accessibility.easy_read import check_text
from consultations.models import HomePage
from decisions.models import YouSaidWeDidPage
from decisions.promise import Promise, default_promise_date, promise_for
from results.services import snapshot_take

from .yswd import draft_page, publish_decision, publish_in_code

pytestmark = pytest.mark.django_db

PROMISED = datetime.date(2027, 3, 24)


def _set_dates(consultation, *, closes_on, promise_date):
    consultation.closes_on, consultation.promise_date = closes_on, promise_date
    consultation.opens_on = closes_on - datetime.timedelta(days=30)
    consultation.save_revision().publish()


def _tell(decision, user):
    """People are told when "you said, we did" is published (ADR 025), not by a decision."""
    consultation = decision.consultation
    publish_decision(decision, user)
    snapshot_take(consultation=consultation, user=user)
    publish_in_code(draft_page(consultation))


def test_a_consultation_left_without_a_promise_date_gets_12_weeks_after_it_closes(cast):
    consultation = cast.riverside_consultation
    consultation.promise_date = None
    consultation.full_clean()
    assert consultation.promise_date == consultation.closes_on + datetime.timedelta(weeks=12)
    assert default_promise_date(datetime.date(2027, 1, 1)) == datetime.date(2027, 3, 26)


def test_on_time_says_when_people_will_hear():
    promise = Promise(promise_date=PROMISED, told_on=None)
    assert promise.days_late(PROMISED) == 0
    assert promise.easy_lines(PROMISED) == [
        ("letter.svg", "We will tell you what we decided by Wednesday 24 March 2027.")
    ]


def test_late_says_by_how_many_days_and_keeps_counting():
    promise = Promise(promise_date=PROMISED, told_on=None)
    today = PROMISED + datetime.timedelta(days=9)
    assert promise.is_late(today) and promise.days_late(today) == 9
    texts = [text for _, text in promise.easy_lines(today)]
    assert texts == [
        "We are late. We said we would tell you by Wednesday 24 March 2027.",
        "That was 9 days ago. We are sorry.",
    ]
    assert promise.days_late(today + datetime.timedelta(days=1)) == 10


def test_told_late_stays_marked_late_with_the_days_fixed():
    promise = Promise(promise_date=PROMISED, told_on=PROMISED + datetime.timedelta(days=3))
    assert promise.published_late and not promise.is_late()
    assert promise.days_late(PROMISED + datetime.timedelta(days=300)) == 3
    assert "We were 3 days late. We are sorry." in [text for _, text in promise.easy_lines()]


@pytest.mark.parametrize(
    "promise",
    [
        Promise(PROMISED, None),
        Promise(PROMISED, PROMISED),
        Promise(PROMISED, PROMISED + datetime.timedelta(days=1)),
    ],
)
def test_every_promise_sentence_passes_the_easy_read_checker(promise):
    for today in (
        PROMISED,
        PROMISED + datetime.timedelta(days=1),
        PROMISED + datetime.timedelta(days=9),
    ):
        for _, text in promise.easy_lines(today):
            assert [f for f in check_text(text) if not f.advice] == [], text


def test_the_consultation_home_and_results_pages_say_it_is_late_and_by_how_many_days(cast):
    consultation = cast.riverside_consultation
    today = timezone.localdate()
    promised = today - datetime.timedelta(days=9)
    _set_dates(
        consultation, closes_on=promised - datetime.timedelta(days=84), promise_date=promised
    )
    snapshot_take(consultation=consultation, user=cast.commissioner)
    late = "That was 9 days ago. We are sorry."
    assert late in Client().get(consultation.url).content.decode()
    assert late in Client().get(HomePage.objects.get().url).content.decode()
    assert late in Client().get(f"/what-people-said/{consultation.pk}/").content.decode()


def test_publishing_late_stays_marked_late_on_the_pages(cast, decision):
    consultation = cast.riverside_consultation
    today = timezone.localdate()
    promised = today - datetime.timedelta(days=4)
    _set_dates(
        consultation, closes_on=promised - datetime.timedelta(days=84), promise_date=promised
    )
    _tell(decision, cast.commissioner)
    promise = promise_for(consultation)
    assert promise.published_late and promise.days_late() == 4
    page = Client().get(consultation.url).content.decode()
    assert "We were 4 days late. We are sorry." in page
    assert "We are late." not in page


def test_publishing_a_decision_alone_tells_nobody(cast, decision):
    publish_decision(decision, cast.commissioner)
    assert promise_for(cast.riverside_consultation).told_on is None


def test_republishing_late_keeps_the_first_day_people_were_told(cast, decision):
    consultation = cast.riverside_consultation
    today = timezone.localdate()
    promised = today - datetime.timedelta(days=4)
    _set_dates(
        consultation, closes_on=promised - datetime.timedelta(days=84), promise_date=promised
    )
    _tell(decision, cast.commissioner)
    page = consultation.get_children().type(YouSaidWeDidPage).specific().get()
    page.first_published_at -= datetime.timedelta(days=1)  # as if published yesterday
    page.save()
    page.save_revision().publish()
    assert promise_for(consultation).told_on == today - datetime.timedelta(days=1)
    assert promise_for(consultation).days_late() == 3


def test_publishing_on_time_says_when_people_were_told(cast, decision):
    consultation = cast.riverside_consultation
    _tell(decision, cast.commissioner)
    page = Client().get(consultation.url).content.decode()
    assert "We told you what we decided on" in page
    main = page.split("<main")[1]
    assert "We are late." not in main and "days late" not in main


def test_publishing_in_the_admin_with_no_promise_date_sets_12_weeks_after_closing(cast, client_for):
    from consultations.tests.factories import ask_in_every_area, consultation_form_data

    consultation = cast.riverside_consultation
    ask_in_every_area(consultation)
    data = consultation_form_data(
        consultation, promise_date="", **{"action-publish": "action-publish"}
    )
    response = client_for("commissioner").post(f"/admin/pages/{consultation.pk}/edit/", data)
    assert response.status_code == 302
    consultation.refresh_from_db()
    assert consultation.promise_date == consultation.closes_on + datetime.timedelta(weeks=12)
