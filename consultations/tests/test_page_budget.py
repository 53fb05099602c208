"""The home, consultation and area pages are light and quick, and never stale after a publish.

Their content is drawn once per published version and kept in each app server's memory, so a
view reads a handful of rows and writes none. The limits are the ones `make bench` checks.
"""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.db import transaction

from consultations.demo_content import demo_content_load
from consultations.models import AreaPage, ConsultationPage

STATIC = Path(settings.BASE_DIR) / "site" / "static"
PAGE_BUDGET_BYTES = 40 * 1024
QUERY_BUDGET = 8
WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE")


@pytest.fixture(scope="module")
def riverside_page(django_db_setup, django_db_blocker):
    # Built once for the module inside a transaction that is rolled back (as in responses/tests).
    with django_db_blocker.unblock():
        with transaction.atomic():
            yield demo_content_load()
            transaction.set_rollback(True)


@pytest.fixture
def riverside(riverside_page, db):
    return ConsultationPage.objects.get(pk=riverside_page.pk)


@pytest.fixture
def visitor(client):
    """Someone who has started answering, so their browser has a session: the dearer case."""
    session = client.session
    session["answering"] = {}
    session.save()
    return client


def _url(riverside, kind: str) -> str:
    if kind == "home":
        return "/"
    if kind == "consultation":
        return riverside.url
    return AreaPage.objects.child_of(riverside).get(area_key="home").url


def _static_weight(html: str) -> int:
    found = re.findall(r'(?:href|src)="/static/([^"]+\.(?:css|js))"', html)
    return sum((STATIC / path).stat().st_size for path in found)


@pytest.mark.parametrize("kind", ["home", "consultation", "area"])
def test_page_stays_within_its_query_budget_and_writes_nothing(
    visitor, riverside, kind, django_assert_max_num_queries
):
    url = _url(riverside, kind)
    visitor.get(url)  # the first view draws the content and makes picture renditions
    with django_assert_max_num_queries(QUERY_BUDGET) as queries:
        response = visitor.get(url)
    assert response.status_code == 200
    writes = [q["sql"] for q in queries.captured_queries if q["sql"].upper().startswith(WRITES)]
    assert not writes, writes


@pytest.mark.parametrize("kind", ["home", "consultation", "area"])
def test_page_weighs_under_40_kilobytes(visitor, riverside, kind):
    response = visitor.get(_url(riverside, kind))
    weight = len(response.content) + _static_weight(response.content.decode())
    assert weight < PAGE_BUDGET_BYTES, f"{kind} page weighs {weight} bytes"


def test_a_published_change_to_the_consultation_shows_on_the_next_view(client, riverside):
    assert "What does a good life look like for you now?" not in client.get(riverside.url).text
    riverside.goal_statement = "What does a good life look like for you now?"
    riverside.save_revision().publish()
    assert "What does a good life look like for you now?" in client.get(riverside.url).text


def test_a_published_change_to_an_area_shows_on_both_pages(client, riverside):
    area = AreaPage.objects.child_of(riverside).get(area_key="home")
    client.get(area.url)
    client.get(riverside.url)
    area.title = "Support where you live"
    area.save_revision().publish()
    assert "Support where you live" in client.get(area.url).text
    assert "Support where you live" in client.get(riverside.url).text


def test_an_unpublished_area_leaves_the_consultation_page_at_once(client, riverside):
    area = AreaPage.objects.child_of(riverside).get(area_key="home")
    assert area.title in client.get(riverside.url).text
    area.unpublish()
    assert area.title not in client.get(riverside.url).text
    assert client.get(area.url).status_code == 404


def test_a_preview_shows_the_draft_but_visitors_keep_seeing_what_is_published(client, riverside):
    published = client.get(riverside.url).text
    riverside.goal_statement = "A draft only editors should see"
    preview = riverside.make_preview_request()
    assert "A draft only editors should see" in preview.content.decode()
    after = client.get(riverside.url).text
    assert "A draft only editors should see" not in after
    assert after == published
