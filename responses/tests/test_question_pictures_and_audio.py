"""Every question type shows its pictures, and a recording plays where an editor added one."""

import pytest
from django.core.files.base import ContentFile
from wagtail.documents.models import Document

from consultations.models import AreaPage

from .journey import page_text

pytestmark = pytest.mark.django_db


def _pictures(html: str) -> list[str]:
    import re

    return re.findall(
        r'<img class="(?:choice__picture|vote__picture|easy-read-point__picture)" src="([^"]+)"',
        html,
    )


def test_feelings_show_5_faces_with_words(journey):
    journey.start()
    reply = journey.get(journey.question_url("feelings"))
    text = page_text(reply)
    for words in ("Very good", "Good", "OK", "Bad", "Very bad", "I do not know"):
        assert words in text
    faces = [src for src in _pictures(reply.content.decode()) if "feeling-" in src]
    assert len(faces) == 5


@pytest.mark.parametrize(
    ("question_type", "at_least"), [("choice", 4), ("choices", 5), ("vote", 3), ("coins", 4)]
)
def test_options_have_a_picture_beside_each(journey, question_type, at_least):
    journey.start()
    html = journey.get(journey.question_url(question_type)).content.decode()
    pictures = _pictures(html)
    assert len(pictures) >= at_least
    assert all(src.startswith(("/media/", "/static/")) for src in pictures)
    # The words beside each picture say what it is, so the picture itself is not read out.
    assert 'alt=""' in html


def test_the_5_areas_have_their_pictures_in_the_areas_coins_question(journey):
    journey.start()
    html = journey.get(journey.question_url("coins", 1)).content.decode()
    for key in ("home", "accommodation", "day_and_work", "hospital", "community"):
        assert f"/static/images/icons/area-{key}.svg" in html


def test_the_question_is_the_page_heading_with_back_continue_and_page_number(journey):
    journey.start()
    reply = journey.get(journey.question_url("yes_no"))
    html = reply.content.decode()
    assert html.count("<h1") == 1
    assert "<h1>Have you been in hospital in the last 2 years?</h1>" in html
    assert 'class="back-link"' in html
    assert ">Continue</button>" in html
    assert "Page 12 of 15" in page_text(reply)
    assert "Save and come back later" in page_text(reply)
    assert "novalidate" in html


def test_a_question_with_a_recording_has_audio_controls(journey, riverside):
    document = Document.objects.create(title="Question recording")
    document.file.save("question.mp3", ContentFile(b"ID3 not really audio"), save=True)
    area = AreaPage.objects.child_of(riverside).get(area_key="hospital")
    raw = list(area.questions.raw_data)
    raw[0]["value"]["audio"] = document.pk
    area.questions = [dict(item) for item in raw]
    area.save_revision().publish()
    journey.start()
    html = journey.get(journey.question_url("yes_no")).content.decode()
    assert "<audio controls" in html
    assert f'src="{document.url}"' in html
    assert "Listen to the question" in html
