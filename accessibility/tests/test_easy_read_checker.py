"""The checker as a whole: no false alarms on good easy read, and its helpers."""

import dataclasses
import re
from pathlib import Path

import pytest

from accessibility.easy_read import (
    Finding,
    WordList,
    check_many,
    check_text,
    text_from_html,
)
from accessibility.easy_read.words import common_words

SHARED_LIVES = (
    "Shared Lives is a way to get support. You live with a carer and their family. "
    "Or you visit them in the day. Shared Lives costs less money than a care home. "
    "The NHS and the council pay for support."
)

CONSULTATION = """\
About this consultation

We want to know what you think about support in Bristol.
The council pays for support for adults with a learning disability.
We want to spend the money in the best way.

What is a good life?

A good life means you have a home you like.
You have friends and family around you.
You can do things you enjoy, like sport, music or gardening.
You can get a job or go to college if you want to.
You feel safe.

Day centres

Some people go to a day centre in the week.
At the day centre you can meet friends and do activities.
You might go swimming, cook lunch or make art.
Tell us what you like about it.
Tell us what you do not like about it.

Your home

You might live with your family.
You might live in a flat with support staff.
You might live with a Shared Lives carer.
We pay £800 a week for some care homes.
That is a lot of money.

Going to hospital

Going to hospital can be scary.
A nurse or doctor will look after you.
You can take someone with you to help.
Tell the staff what helps you feel calm.

What happens next

We will read everything you tell us.
We will write a report in easy read.
We will tell you what we decided by Friday 4 September 2026.
If you need help, call 0117 922 2000 or email help@bristol.gov.uk.
You can ask a supporter to help you answer the questions.
It is OK to say "I do not know".
We will not share your name.
"""


def test_good_easy_read_has_no_findings():
    assert check_text(SHARED_LIVES) == []


def test_a_whole_easy_read_consultation_has_no_findings():
    assert check_text(CONSULTATION) == []


def test_empty_text_has_no_findings():
    assert check_text("") == []
    assert check_text("   \n\n  ") == []


def test_findings_come_in_the_order_of_the_text():
    text = "You can't go.\nWe will utilise it."
    assert [f.code for f in check_text(text)] == ["contraction", "rare-word"]


def test_finding_is_frozen_and_carries_its_rule_number():
    finding = Finding("contraction", "can't", "message", "suggestion")
    assert finding.rule == 7
    assert dataclasses.asdict(finding)["rule"] == 7
    with pytest.raises(dataclasses.FrozenInstanceError):
        finding.words = "won't"


def test_every_finding_explains_itself_and_suggests_a_fix():
    text = (
        "It was decided that the GP can't utilise approx. 50% of the £34,000 budget "
        "(e.g. reablement); we facilitate five people on 3/3/2026 because it is cheaper, "
        "but we know it and/or PLEASE READ THIS."
    )
    findings = check_text(text, word_list=WordList(avoid={"budget": "money"}))
    assert {f.rule for f in findings} >= {*range(1, 14)} - {3}
    for finding in findings:
        assert finding.words
        assert finding.message.endswith(".")
        assert finding.suggestion.endswith(".")


def test_word_list_accepts_plain_lists_and_pairs():
    words = WordList(preferred=["reablement"], avoid=[("GP", "doctor")])
    assert words.preferred == frozenset({"reablement"})
    assert WordList.from_pairs(avoid=[("GP", "doctor")]).avoid == {"GP": "doctor"}


def test_check_many_keys_findings_by_path_and_leaves_out_clean_texts():
    results = check_many(
        [("title", "Your home"), ("body.0.text", "You can't go."), ("body.1.text", "Ask your GP.")],
        word_list=WordList(avoid={"GP": "doctor"}),
    )
    assert list(results) == ["body.0.text", "body.1.text"]
    assert [f.code for f in results["body.1.text"]] == ["word-list"]


def test_rich_text_becomes_one_point_per_paragraph_and_list_item():
    html = (
        "<h2>Your home</h2><p>You live with a carer.&nbsp;It is <b>your</b> home.</p>"
        "<ul><li>Shopping</li><li>Cooking</li></ul><p>Line one<br>Line two</p>"
    )
    assert text_from_html(html) == (
        "Your home\n\nYou live with a carer. It is your home.\n\n"
        "Shopping\n\nCooking\n\nLine one\nLine two"
    )


def test_rich_text_paragraphs_are_checked_as_separate_points():
    paragraph = "<p>" + " ".join(["We like the park."] * 10) + "</p>"
    assert check_text(text_from_html(paragraph * 3)) == []


def test_the_word_list_ships_with_the_code_and_works_offline():
    words = common_words()
    assert len(words) > 20_000
    assert words["people"] > 6


def test_the_checker_does_not_import_django():
    package = Path(__file__).resolve().parents[1] / "easy_read"
    for module in package.glob("*.py"):
        assert not re.search(r"^\s*(from|import)\s+(django|wagtail)\b", module.read_text(), re.M)


def test_short_forms_with_dots_do_not_end_a_sentence():
    text = "You can choose a service, e.g. Shared Lives or a day centre near your home in town."
    assert "sentence-length" in [f.code for f in check_text(text)]


def test_rich_text_drops_scripts_and_styles():
    assert text_from_html("<p>Hello</p><script>var a = 1;</script><style>p{}</style>") == "Hello"
