"""What every question type shares: its options, and the "I do not know" answer. Plain data."""

from dataclasses import dataclass
from typing import Any

DONT_KNOW = "dont_know"
DONT_KNOW_LABEL = "I do not know"
DONT_KNOW_PICTURE = "images/answers/dont-know.svg"


@dataclass(frozen=True)
class Option:
    """One thing a participant can pick, vote on or give coins to.

    `key` is the option's identity in saved answers and results. It never changes when editors
    reorder, reword or add options: a list item's block id, a support model's id, or a fixed word.
    """

    key: str
    label: str
    picture: Any = None  # a Wagtail image, or None
    description: str = ""
    static_picture: str = ""  # a static file path, for options with a fixed picture


@dataclass(frozen=True)
class Picture:
    url: str
    alt: str = ""
    width: int = 64
    height: int = 64


# Where a group's quotes, in people's own words, go in a stored tally and in Results.texts.
QUOTES = "quotes"
