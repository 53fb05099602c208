"""The demo's "you said, we did" helper. The demo itself is tested in consultations/tests."""

import datetime

import pytest
from django.utils import timezone

from decisions.demo import demo_you_said_we_did_publish
from decisions.promise import promise_for

from .yswd import close, publish_decision

pytestmark = pytest.mark.django_db


def test_a_closed_demo_can_publish_its_page_once_and_people_are_told_today(cast, decision):
    consultation = cast.riverside_consultation
    close(consultation, promise_date=timezone.localdate() + datetime.timedelta(days=5))
    publish_decision(decision, cast.commissioner)
    page = demo_you_said_we_did_publish(consultation, user=cast.commissioner)
    again = demo_you_said_we_did_publish(consultation, user=cast.commissioner)
    assert page.pk == again.pk and again.live and again.is_signed_off()
    promise = promise_for(consultation)
    assert promise.told_on == timezone.localdate() and not promise.published_late
