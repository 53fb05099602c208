"""Every participant page of the demo, as drawn, and every form's error state, passes the
easy-read checker (issue 14.8).

Editor content is checked on save; this also checks the words the code builds ("about 6 of every
10 pounds ...", page numbers, messages), with the demo's longest names in them. Advice, such as
16 to 20 words, may stay (ADR 015); findings may not.
"""

import re

import pytest

from accessibility.easy_read import WordList, check_text, text_from_html
from consultations.easy_read import page_word_list

from .participant_pages import participant_pages

pytestmark = pytest.mark.django_db

# Each of these holds its own words, so it starts a new point, as a paragraph does.
_OWN_POINT = re.compile(
    r"(</?(?:label|legend|dt|dd|button|summary|td|th|caption|section|fieldset|form|nav|footer|"
    r"main|span class=\"vote__name\")\b)"
)
# Words that must be exactly so, such as a resume code or a licence's name, are marked data-exact.
_EXACT = re.compile(r"<(\w+)[^>]*\bdata-exact\b[^>]*>.*?</\1>", re.S)
# What the person typed is kept in its box on an error page; those are their words, not ours.
_TYPED = re.compile(r"(<textarea[^>]*>).*?(</textarea>)", re.S)
# "More detail" is folded away for professionals: exact figures and the evidence's sources.
_MORE_DETAIL = re.compile(r'<details class="more-detail">.*?</details>', re.S)


def page_text(html: str) -> str:
    """The words a participant reads: the page below the header, each part as its own point."""
    body = html.split("</header>", 1)[-1]
    body = _MORE_DETAIL.sub(" ", body)
    body = _TYPED.sub(r"\1\2", body)
    body = _EXACT.sub("Name", body)
    return text_from_html(_OWN_POINT.sub(r"<div></div>\1", body))


def _word_list(riverside) -> WordList:
    lists = [page_word_list(riverside), *(page_word_list(a) for a in riverside.area_pages())]
    return WordList(
        preferred=frozenset().union(*(w.preferred for w in lists)),
        avoid=lists[0].avoid,
    )


def test_every_participant_page_passes_the_easy_read_checker(journey, riverside):
    word_list = _word_list(riverside)
    problems = []
    for url, html in participant_pages(journey, riverside):
        for finding in check_text(page_text(html), word_list=word_list):
            if not finding.advice:
                problems.append(f"{url}: rule {finding.rule}: {finding.message} [{finding.words}]")
    assert not problems, "\n".join(problems)


def test_a_generated_sentence_with_a_long_name_would_be_found():
    long_name = "Short stay in a care home with a nurse close by for people leaving hospital"
    old_style = f"<p>Now, about 6 of every 10 pounds for this goes to {long_name}.</p>"
    assert any(not f.advice for f in check_text(page_text(old_style)))
