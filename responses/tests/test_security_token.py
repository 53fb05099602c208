"""A lost or forged security token: Django's CSRF check, shown as the easy-read page."""

import pytest
from django.test import Client
from django.urls import reverse

from responses.models import Answer

from .journey import page_text

pytestmark = pytest.mark.django_db


def test_a_lost_token_links_back_to_the_start_of_that_consultation(journey):
    journey.start()
    reply = journey.client.post(journey.question_url("feelings"), {"answer": "good"})
    assert reply.status_code == 403
    assert f'href="{journey.url("start")}"' in reply.content.decode()
    assert not Answer.objects.exists()


def test_a_lost_token_outside_the_answering_pages_gets_the_same_page():
    browser = Client(enforce_csrf_checks=True)
    reply = browser.post(reverse("account_login"), {"login": "a@example.org", "password": "x"})
    assert reply.status_code == 403
    assert "We could not save this page" in page_text(reply)
    assert '<a href="/">Go back to the start</a>' in reply.content.decode()
    assert not browser.session.get("_auth_user_id")
