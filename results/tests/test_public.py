"""The easy-read public results page: frozen at publishing, words not percentages, small hidden."""

import re

import pytest
from django.urls import reverse

from results.models import ResultSnapshot

from .people import question_of

pytestmark = pytest.mark.django_db


def _main(response) -> str:
    html = response.content.decode()
    main = html[html.index("<main") : html.index("</main>")]
    return " ".join(re.sub(r"<[^>]+>", " ", main).split())


@pytest.fixture
def answered(riverside, people):
    where = question_of(riverside, "choice")
    tell = question_of(riverside, "tell_us")
    own_home, shared_lives, friends = (option.key for option in where.options[:3])
    people.send([(where, {"choice": own_home}), (tell, {"text": "Secret words"})], count=14)
    people.send([(where, {"choice": shared_lives})], count=10)
    people.send([(where, {"choice": friends})], count=3)
    return riverside, where


def test_publishing_freezes_results_that_the_public_page_shows_in_words(
    answered, commissioner_client, client
):
    riverside, where = answered
    response = commissioner_client.post(reverse("results:snapshot", args=[riverside.pk]))
    assert response.status_code == 302
    snapshot = ResultSnapshot.objects.get()
    assert snapshot.taken_by.email == "rita@riverside.example" and snapshot.profile == "public"

    client.logout()
    text = _main(client.get(reverse("results:public", args=[riverside.pk])))
    assert "27 people answered." in text
    # 14 of 27: about half. 3 is under 10: not shown; and as 27 is shown, 10 is hidden too, or
    # 27 - 14 - 10 would give the 3 away.
    assert "In my own home : About half (about 5 in 10). 14 out of 27 people." in text
    assert "With friends" not in text
    assert "With a Shared Lives carer" not in text
    assert "%" not in text
    assert "Secret words" not in text


def test_a_late_answer_changes_nothing_in_public_until_results_are_published_again(
    answered, commissioner_client, people, client
):
    riverside, where = answered
    commissioner_client.post(reverse("results:snapshot", args=[riverside.pk]))
    people.send([(where, {"choice": where.options[0].key})], count=1)
    url = reverse("results:public", args=[riverside.pk])
    assert "27 people answered." in _main(client.get(url))
    commissioner_client.post(reverse("results:snapshot", args=[riverside.pk]))
    assert "28 people answered." in _main(client.get(url))
    assert ResultSnapshot.objects.count() == 2


def test_there_is_no_public_page_before_results_are_published(riverside, client):
    assert client.get(reverse("results:public", args=[riverside.pk])).status_code == 404


def test_publishing_takes_a_post(riverside, commissioner_client):
    response = commissioner_client.get(reverse("results:snapshot", args=[riverside.pk]))
    assert response.status_code == 405
