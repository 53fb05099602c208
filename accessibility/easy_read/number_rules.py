"""Rules about numbers and dates (rules 8, 9 and 10)."""

import datetime
import math
import re
from collections.abc import Iterator

from .context import Context
from .findings import Finding
from .text import Sentence

_DATE_PATTERNS = (
    # Day, month and year: 3/3/2026, 03.03.26, 3-3-2026 (the UK order).
    re.compile(r"(?<![\w.,/-])(?P<d>\d{1,2})([/.-])(?P<m>\d{1,2})\2(?P<y>\d{4}|\d{2})(?![\w/]|[.,-]\d)"),
    # ISO dates: 2026-03-03.
    re.compile(r"(?<![\w.,/-])(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?![\w/]|[.,-]\d)"),
    # Month and year: 03/2026.
    re.compile(r"(?<![\w.,/-])(?P<m>\d{1,2})/(?P<y>\d{4})(?![\w/]|[.,-]\d)"),
)  # fmt: skip


def mask_dates(text: str) -> str:
    for pattern in _DATE_PATTERNS:
        text = pattern.sub(lambda m: " " * len(m.group()), text)
    return text


def _date_in_words(match: re.Match[str]) -> str | None:
    parts = match.groupdict()
    year = int(parts["y"])
    year += 2000 if year < 100 else 0
    try:
        if parts.get("d") is None:
            return datetime.date(year, int(parts["m"]), 1).strftime("%B %Y")
        day = datetime.date(year, int(parts["m"]), int(parts["d"]))
    except ValueError:
        return None
    return f"{day:%A} {day.day} {day:%B %Y}"


def numeric_dates(sentence: Sentence, context: Context) -> Iterator[Finding]:
    text = sentence.masked
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            in_words = _date_in_words(match)
            example = in_words or "Tuesday 3 March 2026"
            yield Finding(
                "numeric-date",
                match.group(),
                f"'{match.group()}' is a date written in numbers. Readers may not know which "
                "number is the month.",
                f"Write the month as a word, like '{example}'.",
            )
        text = pattern.sub(lambda m: " " * len(m.group()), text)


_PERCENTAGE = re.compile(
    r"(?<![\w.,])(?:\d[\d,]*(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)\s?(?:%|per\s?cent\b|percent\b)",
    re.IGNORECASE,
)
_NUMBER = re.compile(
    r"(?<![\w.,])(?P<currency>[£$€])?(?P<digits>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)"
    r"(?P<scale>\s?(?:million|billion|thousand)\b|(?<=\d)(?:bn|m|k)\b)?(?![\w%]|[.,]\d)",
    re.IGNORECASE,
)
_TIME_AFTER = re.compile(r"\s?(?:am|pm|a\.m\.|p\.m\.)", re.IGNORECASE)


def _percent_in_words(percentage: str) -> str:
    digits = re.match(r"\d+(?:\.\d+)?", percentage)
    if not digits:
        return "Use words like 'about half' or '1 in 4' instead."
    value = float(digits.group())
    named = {25: "1 in 4", 50: "half", 75: "3 in 4", 100: "all", 0: "none"}
    rounded = math.floor(value + 0.5)
    if rounded in named and abs(value - rounded) < 1:
        return f"Say '{named[rounded]}' instead."
    if 0 < value < 100:
        tenths = max(1, math.floor(value / 10 + 0.5))
        return f"Use words like 'about {tenths} in 10' instead."
    return "Use words like 'more than double' instead."


def hard_numbers(sentence: Sentence, context: Context) -> Iterator[Finding]:
    text = mask_dates(sentence.masked)
    for match in _PERCENTAGE.finditer(text):
        yield Finding(
            "hard-number",
            match.group(),
            f"'{match.group()}' is a percentage. Many readers find percentages hard.",
            _percent_in_words(match.group()),
        )
    text = _PERCENTAGE.sub(lambda m: " " * len(m.group()), text)
    for match in _NUMBER.finditer(text):
        finding = _hard_number(match, text)
        if finding:
            yield finding


def _hard_number(match: re.Match[str], text: str) -> Finding | None:
    digits, currency, scale = match["digits"], match["currency"], match["scale"]
    value = float(digits.replace(",", ""))
    words = match.group().strip()
    # Times such as 10.30am are not decimals.
    if _TIME_AFTER.match(text, match.end()):
        return None
    # Money in pounds and pence (£3.50) is how prices are written; only big amounts are hard.
    is_pence = currency and re.search(r"\.\d\d$", digits)
    if scale or value >= 1000:
        # A plain 4-digit number from 1900 to 2100 is a year.
        if not scale and not currency and re.fullmatch(r"(?:19|20)\d\d|2100", digits):
            return None
        return Finding(
            "hard-number",
            words,
            f"'{words}' is a big number. Numbers of 1,000 or more are hard to picture.",
            "Add words that help, like 'a lot of money', or compare it with something people know.",
        )
    if "." in digits and not is_pence:
        return Finding(
            "hard-number",
            words,
            f"'{words}' is a decimal number. Many readers find decimals hard.",
            f"Round it to a whole number, like 'about {math.floor(value + 0.5)}'.",
        )
    return None


_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
_NUMBER_WORD = "(?:" + "|".join(sorted([*_UNITS, *_SCALES], key=len, reverse=True)) + ")"
# Runs of number words are one number: "twenty-five", "a hundred", "five hundred and fifty".
_NUMBER_WORDS = re.compile(
    rf"(?<![\w'’-])(?:an?\s+(?=(?:hundred|thousand|million)\b))?{_NUMBER_WORD}"
    rf"(?:(?:[\s-]+|(?<=hundred)\s+and\s+|(?<=thousand)\s+and\s+){_NUMBER_WORD})*"
    r"(?![\w'’-])",
    re.IGNORECASE,
)
# "one" is often not a count ("no one", "the one I like", "one of them"). It is reported only
# before words that are counted.
_COUNTED = frozenset(
    {
        "person", "week", "month", "year", "hour", "minute", "pound", "penny", "coin", "page",
        "question", "area", "choice", "thing", "place", "carer", "child", "room", "night",
    }
)  # fmt: skip
_NEXT_WORD = re.compile(r"[\s-]*([A-Za-z]+)")


def _number_value(words: list[str]) -> int:
    total, current = 0, 0
    for word in words:
        if word in _UNITS:
            current += _UNITS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        else:
            total += max(current, 1) * _SCALES[word]
            current = 0
    return total + current


def number_words(sentence: Sentence, context: Context) -> Iterator[Finding]:
    text = sentence.masked
    for match in _NUMBER_WORDS.finditer(text):
        words = [w for w in re.findall(r"[a-z]+", match.group().casefold()) if w != "and"]
        numbers = [w for w in words if w not in {"a", "an"}]
        # Capitalised mid-sentence, it is likely part of a name ("Channel Four").
        if match.start() > 0 and match.group()[0].isupper():
            continue
        # After digits, "2 million" is a big number for rule 9, not a number word.
        if numbers[0] in _SCALES and re.search(r"\d\s*$", text[: match.start()]):
            continue
        if numbers == ["one"]:
            following = _NEXT_WORD.match(text, match.end())
            if not following or following.group(1).casefold() not in _COUNTED:
                continue
        value = _number_value(numbers)
        written = match.group().strip()
        yield Finding(
            "number-word",
            written,
            f"'{written}' is a number written as a word. Numbers are easier to read as digits.",
            f"Write '{value:,}'.",
        )
