"""Starting: an easy-read start page, consent that must be given, and no account."""

import pytest
from django.urls import reverse

from responses.models import Channel, Response

from .journey import page_text

pytestmark = pytest.mark.django_db


def test_start_page_says_what_we_ask_who_sees_answers_and_that_people_can_stop(journey):
    text = page_text(journey.get(journey.url("start")))
    assert "What we will ask you" in text
    assert "The people who plan support will read your answers." in text
    assert "You can stop at any time" in text
    assert "Start now" in text


def test_the_consultation_page_links_to_start_and_to_come_back(journey, riverside):
    html = journey.get(riverside.url).content.decode()
    assert f'href="{journey.url("start")}"' in html
    assert f'href="{journey.url("resume")}"' in html


def test_people_cannot_go_on_without_agreeing(journey):
    response = journey.post(journey.url("consent"), {})
    assert response.status_code == 200
    text = page_text(response)
    assert "There is a problem" in text
    assert "Tick the box to say you agree. Or you can leave this page." in text
    assert "<title>Error: " in response.content.decode()
    assert not Response.objects.exists()


def test_people_can_leave_without_agreeing(journey, riverside):
    html = journey.get(journey.url("consent")).content.decode()
    assert f'<a href="{riverside.url}">I do not want to take part</a>' in html


def test_agreeing_makes_a_response_with_no_account_and_shows_a_code(journey, client):
    code = journey.start()
    response = Response.objects.get()
    assert response.status == Response.Status.DRAFT
    assert response.channel == Channel.ONLINE_SELF
    assert response.consent_given_at is not None
    assert len(code.replace(" ", "")) == 9
    assert "_auth_user_id" not in client.session
    assert Response.objects.with_code(code.replace(" ", "")).get() == response


def test_a_double_click_on_agree_makes_only_one_response(journey):
    page = journey.get(journey.url("consent"))
    from .journey import csrf_token

    token = csrf_token(page.content.decode())
    for _ in range(2):
        journey.client.post(journey.url("consent"), {"agree": "on", "csrfmiddlewaretoken": token})
    assert Response.objects.count() == 1


def test_opening_consent_again_in_another_tab_carries_on_with_the_same_answers(journey):
    journey.start()
    again = journey.get(journey.url("consent"))
    assert again.status_code == 302
    assert again["Location"] == journey.url("your_code")
    assert Response.objects.count() == 1


def test_the_start_page_offers_someone_else_a_fresh_start(journey):
    journey.start()
    text = page_text(journey.get(journey.url("start")))
    assert "You have started already" in text
    assert "Start new answers" in text
    journey.post(journey.url("start_again"), {}, form_page=journey.url("start"))
    journey.start()
    assert Response.objects.count() == 2


def test_start_again_only_accepts_a_form_post(journey):
    assert journey.get(journey.url("start_again")).status_code == 405


def test_a_consultation_that_does_not_exist_gets_the_friendly_not_found_page(client):
    response = client.get(reverse("responses:start", args=[999999]))
    assert response.status_code == 404
    assert "We cannot find this page" in response.content.decode()


def test_the_code_page_can_be_printed_or_written_down(journey):
    journey.start()
    text = page_text(journey.get(journey.url("your_code")))
    assert "Write your code down, or print this page." in text
    assert "data-print hidden" in journey.get(journey.url("your_code")).content.decode()
