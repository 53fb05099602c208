"""Averages, coin shares and other figures computed from a number of people.

The figure is shown only when the people behind it meet the profile's threshold (R1: never an
average or coin share based on fewer than 10 people in public). Under the NHS profile the figure
itself is not rounded, only its n, as NHS Digital does for means.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from .profiles import (
    INDICATIVE_WORDS,
    Cell,
    DisclosureProfile,
    Status,
    check_count,
    make_cell,
)

T = TypeVar("T")

NOBODY_WORDS = "nobody answered"


@dataclass(frozen=True)
class DisclosedStatistic(Generic[T]):
    """A figure (a float, or a tuple of shares) with its n, or ``None`` when it may not be shown."""

    value: T | None
    n: Cell
    status: Status
    words: str = ""

    @property
    def hidden(self) -> bool:
        return self.status is Status.SUPPRESSED


def disclose_statistic(value: T, *, n: int, profile: DisclosureProfile) -> DisclosedStatistic[T]:
    """``value`` if the ``n`` people behind it may be shown, otherwise the words saying why not."""
    people = check_count(n, what="The number of people")
    n_cell = make_cell(people, profile)
    if people == 0:
        return DisclosedStatistic(None, n_cell, Status.SUPPRESSED, NOBODY_WORDS)
    if n_cell.hidden:
        return DisclosedStatistic(None, n_cell, Status.SUPPRESSED, profile.suppressed_words)
    if n_cell.status is Status.INDICATIVE:
        return DisclosedStatistic(value, n_cell, Status.INDICATIVE, INDICATIVE_WORDS)
    return DisclosedStatistic(value, n_cell, Status.SHOWN)
