"""The read-only JSON API of public results: published, closed, frozen and public-profile only."""

import datetime

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from results.models import ResultSnapshot

from .people import question_of

pytestmark = pytest.mark.django_db
LIST = "/api/results/"


def _close(consultation) -> None:
    # An update, not save(): the page's own checks are not what is tested here.
    type(consultation).objects.filter(pk=consultation.pk).update(
        closes_on=timezone.localdate() - datetime.timedelta(days=1)
    )


@pytest.fixture
def anonymous() -> Client:
    """Nobody signed in (``client`` is the commissioner's own browser in these tests)."""
    return Client()


@pytest.fixture
def answered(riverside, people):
    where = question_of(riverside, "choice")
    tell = question_of(riverside, "tell_us")
    own_home, shared_lives, friends = (option.key for option in where.options[:3])
    people.send([(where, {"choice": own_home}), (tell, {"text": "Secret words"})], count=14)
    people.send([(where, {"choice": shared_lives})], count=10)
    people.send([(where, {"choice": friends})], count=3)
    return riverside, where


def _n(document: dict, question) -> object:
    (found,) = [q for q in document["questions"] if q["id"] == question.id]
    return found["n"]


def test_only_closed_consultations_with_published_results_are_listed(
    answered, commissioner_client, anonymous
):
    riverside, _where = answered
    assert anonymous.get(LIST).json() == {"results": []}
    commissioner_client.post(reverse("results:snapshot", args=[riverside.pk]))
    # Published, but still open: results are for consultations that have closed.
    assert anonymous.get(LIST).json() == {"results": []}
    _close(riverside)
    response = anonymous.get(LIST)
    (listed,) = response.json()["results"]
    riverside.refresh_from_db()
    assert listed["id"] == riverside.pk and listed["title"] == riverside.title
    assert listed["closes_on"] == riverside.closes_on.isoformat()
    assert listed["url"] == f"http://testserver/api/results/{riverside.pk}/"
    assert listed["page"] == f"http://testserver/what-people-said/{riverside.pk}/"


def test_a_consultation_gives_its_frozen_public_results_even_after_new_answers(
    answered, commissioner_client, anonymous, people
):
    riverside, where = answered
    commissioner_client.post(reverse("results:snapshot", args=[riverside.pk]))
    _close(riverside)
    frozen = ResultSnapshot.objects.get().payload
    people.send([(where, {"choice": where.options[0].key})], count=5)

    response = anonymous.get(f"/api/results/{riverside.pk}/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "public" in response["Cache-Control"] and "max-age=300" in response["Cache-Control"]
    document = response.json()
    assert document == frozen
    assert document["profile"]["key"] == "public"
    assert _n(document, where) == 27
    # 3 is under the public threshold of 10: hidden, and 10 with it, or 27 - 14 - 10 gives it away.
    (found,) = [q for q in document["questions"] if q["id"] == where.id]
    assert found["tables"][0]["counts"][:3] == [14, None, None]
    assert "Secret words" not in response.content.decode()

    commissioner_client.post(reverse("results:snapshot", args=[riverside.pk]))
    assert _n(anonymous.get(f"/api/results/{riverside.pk}/").json(), where) == 32


def test_a_staff_profile_snapshot_is_never_served(answered, commissioner_client, anonymous):
    riverside, where = answered
    commissioner_client.post(reverse("results:snapshot", args=[riverside.pk]))
    _close(riverside)
    staff = {"profile": {"key": "staff"}, "questions": [], "secret": "staff figures"}
    ResultSnapshot.objects.create(consultation=riverside, profile="staff", payload=staff)
    document = anonymous.get(f"/api/results/{riverside.pk}/").json()
    assert document["profile"]["key"] == "public" and "secret" not in document


def test_results_not_published_or_not_closed_or_unknown_are_not_found(
    answered, commissioner_client, anonymous
):
    riverside, _where = answered
    _close(riverside)
    url = f"/api/results/{riverside.pk}/"
    response = anonymous.get(url)
    assert response.status_code == 404 and response["Content-Type"] == "application/json"
    assert anonymous.get("/api/results/987654/").status_code == 404
    assert anonymous.get("/api/results/99999999999999999999/").status_code == 404
    type(riverside).objects.filter(pk=riverside.pk).update(
        closes_on=timezone.localdate() + datetime.timedelta(days=3)
    )
    commissioner_client.post(reverse("results:snapshot", args=[riverside.pk]))
    assert anonymous.get(url).status_code == 404


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_the_api_only_reads(answered, commissioner_client, anonymous, method):
    riverside, _where = answered
    commissioner_client.post(reverse("results:snapshot", args=[riverside.pk]))
    _close(riverside)
    for url in (LIST, f"/api/results/{riverside.pk}/"):
        response = getattr(anonymous, method)(url)
        assert response.status_code == 405
        assert response["Allow"] == "GET, HEAD"
    assert ResultSnapshot.objects.count() == 1


def test_a_client_with_the_latest_copy_is_told_nothing_changed(
    answered, commissioner_client, anonymous
):
    riverside, _where = answered
    commissioner_client.post(reverse("results:snapshot", args=[riverside.pk]))
    _close(riverside)
    url = f"/api/results/{riverside.pk}/"
    first = anonymous.get(url)
    assert anonymous.head(url).status_code == 200
    again = anonymous.get(url, headers={"If-None-Match": first["ETag"]})
    assert again.status_code == 304 and again.content == b""
    since = anonymous.get(url, headers={"If-Modified-Since": first["Last-Modified"]})
    assert since.status_code == 304
    listed = anonymous.get(LIST)
    assert anonymous.get(LIST, headers={"If-None-Match": listed["ETag"]}).status_code == 304
