"""Each picture stands for one idea on a page (issue 14.2): never the same picture beside two
different points, and answers use drawn pictures rather than emoji."""

import re
from html.parser import HTMLParser

import pytest

from .participant_pages import participant_pages

pytestmark = pytest.mark.django_db

# Points and answers: an easy-read point, or a choice with its picture.
_POINT_CLASSES = ("easy-read-point", "choice--picture")


class _Points(HTMLParser):
    """(picture, words) for each point: the picture's address and the words beside it."""

    def __init__(self):
        super().__init__()
        self.points: list[tuple[str, str]] = []
        self._depth = 0  # inside a point, how deep
        self._picture = ""
        self._words: list[str] = []

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        classes = (values.get("class") or "").split()
        if self._depth:
            if tag not in ("img", "br", "input"):
                self._depth += 1
            # The point's own picture, not the coins drawn inside a money point.
            if tag == "img" and {"easy-read-point__picture", "choice__picture"} & set(classes):
                self._picture = self._picture or values.get("src", "")
        elif tag in ("li", "div") and any(c in classes for c in _POINT_CLASSES):
            self._depth, self._picture, self._words = 1, "", []

    def handle_endtag(self, tag):
        if self._depth and tag not in ("img", "br", "input"):
            self._depth -= 1
            if not self._depth and self._picture:
                self.points.append((self._picture, " ".join(" ".join(self._words).split())))

    def handle_data(self, data):
        if self._depth:
            self._words.append(data)


def _points(html: str) -> list[tuple[str, str]]:
    parser = _Points()
    parser.feed(html)
    return parser.points


def test_no_picture_stands_beside_two_different_points_on_any_participant_page(journey, riverside):
    problems = []
    for url, html in participant_pages(journey, riverside):
        seen: dict[str, str] = {}
        for picture, words in _points(html):
            if picture in seen and seen[picture] != words:
                problems.append(f"{url}: {picture} beside {seen[picture]!r} and {words!r}")
            seen.setdefault(picture, words)
    assert not problems, "\n".join(problems)


def test_the_checker_finds_a_picture_used_twice():
    html = (
        '<ul><li class="easy-read-point"><img class="easy-read-point__picture" src="/a.svg">'
        "<p>One idea.</p></li>"
        '<li class="easy-read-point"><img class="easy-read-point__picture" src="/a.svg">'
        "<p>Another idea.</p></li></ul>"
    )
    (first, second) = _points(html)
    assert first[0] == second[0] and first[1] != second[1]


def test_vote_answers_use_drawn_pictures_not_emoji(journey):
    journey.start()
    html = journey.get(journey.question_url("vote")).content.decode()
    assert not re.search("[\U0001f300-\U0001faff]", html)
    for picture in ("vote-up.svg", "vote-down.svg", "not-sure-vote.svg"):
        assert f"/images/answers/{picture}" in html
