"""Questions are kept in memory between requests, but never shown older than the last publish.

Each app server keeps a consultation's questions under its content version, which every save,
publish or unpublish renews in the shared cache. These tests change content the ways editors
do, then look at the very next page.
"""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from consultations.content_version import content_version
from consultations.models import AreaPage, SupportModel

from .journey import Journey, form_values, page_text

pytestmark = pytest.mark.django_db


def _area_with(riverside, question_type: str) -> tuple[AreaPage, int]:
    for area in AreaPage.objects.child_of(riverside).order_by("path"):
        for index, raw in enumerate(area.questions.raw_data):
            if raw["type"] == question_type:
                return area, index
    raise AssertionError(f"No {question_type} question in the demo.")


def _sql(fn) -> str:
    with CaptureQueriesContext(connection) as queries:
        fn()
    return " ".join(query["sql"] for query in queries.captured_queries)


def test_a_second_visit_reads_the_questions_from_memory(journey):
    journey.start()
    url = journey.question_url("choice")
    journey.get(url)
    sql = _sql(lambda: journey.get(url))
    assert "consultations_areapage" not in sql
    assert "wagtailimages_rendition" not in sql


def test_a_published_change_to_a_question_shows_on_the_next_page(journey, riverside):
    journey.start()
    url = journey.question_url("choice")
    before = page_text(journey.get(url))
    area, index = _area_with(riverside, "choice")
    raw = [dict(item) for item in area.questions.raw_data]
    raw[index]["value"] = {**raw[index]["value"], "question": "What matters most to you now?"}
    area.questions = raw
    area.save_revision().publish()

    after = page_text(journey.get(url))
    assert "What matters most to you now?" in after
    assert "What matters most to you now?" not in before


def test_a_draft_that_is_not_published_changes_nothing(journey, riverside):
    journey.start()
    url = journey.question_url("choice")
    before = page_text(journey.get(url))
    area, index = _area_with(riverside, "choice")
    raw = [dict(item) for item in area.questions.raw_data]
    raw[index]["value"] = {**raw[index]["value"], "question": "A draft nobody has approved"}
    area.questions = raw
    area.save_revision()
    after = page_text(journey.get(url))
    assert "A draft nobody has approved" not in after
    assert after == before


def test_an_unpublished_area_takes_its_questions_away_at_once(journey, riverside):
    journey.start()
    url = journey.question_url("coins")
    assert journey.get(url).status_code == 200
    area, _index = _area_with(riverside, "coins")
    total_before = len(journey.questions())
    area.unpublish()
    reply = journey.get(url, follow=True)
    assert "We cannot find that question. Here is the next one to answer." in page_text(reply)
    assert len(journey.questions()) < total_before


def test_a_renamed_support_model_shows_on_the_next_page(journey):
    journey.start()
    url = journey.question_url("coins")
    journey.get(url)
    shown_before = page_text(journey.get(url))
    names = [m for m in SupportModel.objects.all() if m.public_name in shown_before]
    assert names, "The coins question shows no support model names."
    model = names[0]
    model.easy_read_name = "Living with a family who helps"
    model.save()
    assert "Living with a family who helps" in page_text(journey.get(url))


def test_publishing_gives_the_consultation_a_new_version(riverside):
    before = content_version(riverside.pk)
    assert content_version(riverside.pk) == before
    area = AreaPage.objects.child_of(riverside).first()
    area.save_revision().publish()
    assert content_version(riverside.pk) != before


def test_a_published_change_to_an_answer_shows_on_the_next_page(journey, riverside):
    journey.start()
    url = journey.question_url("choice")
    assert "In my own home" in page_text(journey.get(url))
    area, index = _area_with(riverside, "choice")
    raw = [dict(item) for item in area.questions.raw_data]
    options = [dict(option) for option in raw[index]["value"]["options_list"]]
    # Each option is a list item with its id (its identity); the words are in its value.
    options[0]["value"] = {**options[0]["value"], "label": "In a home of my own"}
    raw[index]["value"] = {**raw[index]["value"], "options_list": options}
    area.questions = raw
    area.save_revision().publish()

    text = page_text(journey.get(url))
    assert "In a home of my own" in text
    assert "In my own home" not in text


def test_each_person_sees_their_own_saved_answer_on_a_kept_form(journey, riverside):
    other = Journey(Client(), riverside)
    journey.start()
    other.start()
    url = journey.question_url("choice")
    first, second = journey.option_keys("choice")[:2]
    journey.get(url)
    other.get(url)  # both have seen the form drawn with nothing saved
    journey.answer("choice", {"answer": first})
    other.answer("choice", {"answer": second})
    assert form_values(journey.get(url))["answer"] == [first]
    assert form_values(other.get(url))["answer"] == [second]
    journey.answer("choice", {"answer": second})
    assert form_values(journey.get(url))["answer"] == [second]
