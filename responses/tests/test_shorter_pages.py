"""Shorter pages (issue 14.6): Start near the top, one help block, and a short check page."""

import re

import pytest

from responses.models import Answer

from .journey import page_text

pytestmark = pytest.mark.django_db


def test_start_comes_before_the_introduction_on_the_consultation_page(journey, riverside):
    html = journey.get(riverside.url).content.decode()
    start = html.index('class="button button--start"')
    assert start < html.index('class="stream"')
    assert start < html.index("What happens to your answers")


def test_every_participant_page_has_one_help_block_with_the_consultations_address(
    journey, riverside
):
    riverside.help_email = "riverside-help@example.org"
    riverside.save_revision().publish()
    journey.start()
    pages = [
        riverside.url,
        *(area.url for area in riverside.area_pages()),
        journey.url("about_you", "who"),
        journey.question_url("coins"),
        journey.url("check"),
    ]
    for url in pages:
        html = journey.get(url).content.decode()
        addresses = set(re.findall(r'href="mailto:([^"]+)"', html))
        assert addresses == {"riverside-help@example.org"}, url
        assert html.count("Get help") == 1, url
        assert "Help with this" not in html, url


def test_check_your_answers_groups_answers_by_area_under_its_picture(journey, riverside):
    journey.start()
    words = "I would like to live near my sister and have a garden and a dog and a cat"
    journey.answer("good_life", {"text": words})
    html = journey.get(journey.url("check")).content.decode()
    headings = re.findall(
        r'<h2 class="check-heading"><img [^>]*src="([^"]+)"[^>]*> ([^<]+)</h2>', html
    )
    names = [name for _, name in headings]
    assert names[0] == "About you"
    assert names[1:] == list(dict.fromkeys(ref.area_name for ref in journey.questions()))
    assert all("/images/icons/" in src for src, _ in headings)
    assert len({src for src, _ in headings}) == len(headings)
    # A long answer shows its start; "Change" opens the whole of it.
    text = page_text(journey.get(journey.url("check")))
    assert "I would like to live near my sister and have a garden …" in text
    assert words not in text
    assert words in Answer.objects.get(question_type="good_life").value["text"]
