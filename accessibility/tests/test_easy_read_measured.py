"""What measuring the checker on real easy-read and ordinary passages showed (issue 14)."""

import time

import pytest

from accessibility.easy_read import check_text


def findings(text: str, code: str) -> list:
    return [finding for finding in check_text(text) if finding.code == code]


# Long tokens: each of these took quadratic time with unbounded \S* runs.
@pytest.mark.parametrize(
    "token",
    ["a" * 1_000_000, "a" * 1_000_000 + "/", "a" * 1_000_000 + ";", "(" * 1_000_000],
    ids=["letters", "slash at the end", "semicolon at the end", "brackets"],
)
def test_a_one_megabyte_word_with_no_spaces_is_checked_in_linear_time(token):
    started = time.process_time()
    check_text(token)
    elapsed = time.process_time() - started
    # About 1 s of CPU on an idle machine. The quadratic version took 30 s for 32,000
    # characters, so hours for 1 MB: this limit leaves room for a busy machine and still fails it.
    assert elapsed < 5


def test_a_list_item_is_never_joined_to_the_line_before():
    items = "\n".join(f"- {name} support near your home" for name in "abcdefghijkl")
    text = "We can pay for these things\n" + items
    assert findings(text, "point-length") == []
    assert findings(text, "sentence-length") == []


def test_two_long_sentences_that_start_the_same_way_are_two_findings():
    start = "We want to hear from everyone who uses the day centre in the town "
    text = (
        f"{start}about what they think of it now and later.\n{start}about the bus to it each day."
    )
    assert len(findings(text, "sentence-length")) == 2


@pytest.mark.parametrize(
    "word",
    [
        "paradigm",
        "remit",
        "holistic",
        "statutory",
        "practitioners",
        "framework",
        "integrated",
        "collaboration",
        "legislation",
    ],
)
def test_jargon_above_the_frequency_cut_off_is_flagged(word):
    assert [f.words for f in findings(f"We talk about the {word} today.", "rare-word")] == [word]


@pytest.mark.parametrize("initials", ["DoLS", "LeDeR"])
def test_initials_in_mixed_case_are_flagged(initials):
    assert [f.words for f in findings(f"We look at {initials} today.", "acronym")] == [initials]


def test_names_in_mixed_case_are_not_initials():
    assert findings("You can watch it on YouTube with McDonald.", "acronym") == []


def test_capitalised_jargon_is_not_taken_for_a_name():
    text = "Ask about Statutory Services near you."
    assert [f.words for f in findings(text, "rare-word")] == ["Statutory"]


def test_a_word_the_text_explains_with_means_passes():
    text = "Respite means a short break.\nYou can have respite at home."
    assert findings(text, "rare-word") == []


def test_initials_explained_by_the_full_name_pass():
    text = "The Care Quality Commission (CQC) checks services.\nThe CQC visits homes."
    assert findings(text, "acronym") == []


def test_initials_in_brackets_are_one_finding_not_two():
    result = check_text("Ask the team (CQC) today.")
    assert [(f.code, f.words) for f in result] == [("acronym", "CQC")]


def test_gov_uk_is_an_address_not_initials():
    assert check_text("You can read more on GOV.UK today.") == []


def test_are_committed_is_not_passive():
    assert findings("We are committed to you.", "passive") == []


def test_sentence_of_16_to_20_words_is_advice_that_does_not_count_as_a_finding():
    text = "We want to hear from everyone who uses the day centre in the town every day."
    [finding] = findings(text, "sentence-length")
    assert finding.advice is True
    assert finding.message.startswith("This sentence has 16 words.")


def test_sentence_of_more_than_20_words_is_a_finding():
    text = (
        "We want to hear from everyone who uses the day centre in the town "
        "about what they think of it now."
    )
    [finding] = findings(text, "sentence-length")
    assert finding.advice is False
