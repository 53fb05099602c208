"""An area page says how many of its questions there are, and what Start does (issue 14.7)."""

import re

import pytest

from .journey import page_text

pytestmark = pytest.mark.django_db


def test_an_area_page_promises_only_what_start_does(journey, riverside):
    for area in riverside.area_pages():
        reply = journey.get(area.url)
        text = page_text(reply)
        count = len(area.questions)
        assert f"There are {count} questions about this." in text
        assert "We will ask you" not in text
        assert "Start takes you to all the questions. First we ask about you." in text
        start = re.search(r'class="button button--start" href="([^"]+)"', reply.content.decode())
        assert start.group(1) == journey.url("start")

    # And so it is: after the code, the first page is about you, then every area's questions.
    journey.start()
    first = journey.get(journey.url("your_code"))
    assert f'href="{journey.url("about_you", "who")}"' in first.content.decode()
