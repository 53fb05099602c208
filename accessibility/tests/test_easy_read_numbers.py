"""Easy-read rules about numbers and dates: text they must flag, and text they must leave alone."""

import pytest

from accessibility.easy_read import check_text


def codes(text: str) -> list[str]:
    return [finding.code for finding in check_text(text)]


def flagged(text: str, code: str) -> list[str]:
    return [finding.words for finding in check_text(text) if finding.code == code]


# Rule 8: numbers as digits.


@pytest.mark.parametrize(
    ("text", "words", "digits"),
    [
        ("Five people came.", "Five", "5"),
        ("We asked twenty.", "twenty", "20"),
        ("It takes twenty-five minutes.", "twenty-five", "25"),
        ("We have one week left.", "one", "1"),
        ("About a hundred people came.", "a hundred", "100"),
        ("We spent five hundred and fifty pounds.", "five hundred and fifty", "550"),
    ],
)
def test_numbers_written_as_words_are_flagged(text, words, digits):
    findings = [f for f in check_text(text) if f.code == "number-word"]
    assert [f.words for f in findings] == [words]
    assert findings[0].suggestion == f"Write '{digits}'."


@pytest.mark.parametrize(
    "text",
    [
        "No one will know.",
        "Choose the one you like.",
        "One of us will call you.",
        "Someone will help.",
        "You get 5 coins.",
        "We have one-to-one support.",
        "Our answer is often yes.",
    ],
)
def test_one_as_a_pronoun_and_digits_pass(text):
    assert "number-word" not in codes(text)


# Rule 9: no percentages, decimals or numbers of 1,000 or more.


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("It costs £34,000 a year.", "£34,000"),
        ("We have 1000 places.", "1000"),
        ("We have 1,200 places.", "1,200"),
        ("It went up 50%.", "50%"),
        ("It went up 50 per cent.", "50 per cent"),
        ("It went up by 3.5 times.", "3.5"),
        ("The budget is £2 million.", "£2 million"),
        ("The budget is £2m.", "£2m"),
    ],
)
def test_hard_numbers_are_flagged(text, number):
    assert flagged(text, "hard-number") == [number]


@pytest.mark.parametrize(
    "text",
    [
        "It costs £3.50.",
        "We pay £800 a week.",
        "In 2026 we will change.",
        "It opens at 10.30am.",
        "Call 0117 922 2000.",
        "You have 10 coins.",
        "It closes on 3/3/2026.",
    ],
)
def test_small_numbers_prices_years_times_and_phone_numbers_pass(text):
    assert "hard-number" not in codes(text)


def test_percentage_suggestion_uses_simple_words():
    [finding] = check_text("It went up 50%.")
    assert finding.suggestion == "Say 'half' instead."
    [finding] = check_text("It went up 32%.")
    assert finding.suggestion == "Use words like 'about 3 in 10' instead."


# Rule 10: dates with the month as a word.


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("It closes on 3/3/2026.", "3/3/2026"),
        ("It closes on 2026-03-03.", "2026-03-03"),
        ("It closes on 03.03.26.", "03.03.26"),
    ],
)
def test_dates_with_numeric_months_are_flagged_and_written_out(text, date):
    findings = [f for f in check_text(text) if f.code == "numeric-date"]
    assert [f.words for f in findings] == [date]
    assert findings[0].suggestion == "Write the month as a word, like 'Tuesday 3 March 2026'."


@pytest.mark.parametrize(
    "text", ["It closes on Tuesday 3 March 2026.", "It costs 3.5 pounds.", "We meet in 2026."]
)
def test_dates_with_the_month_as_a_word_pass(text):
    assert "numeric-date" not in codes(text)
