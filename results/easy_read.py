"""Shares in words and counts for the public easy-read results page: pure Python, no Django.

Easy read avoids percentages (``PRODUCT.md`` section 6, rule 9), so a share becomes a band of words
and "about N in 10", with the count beside it: "most people (about 7 in 10)", "34 out of 50 people".

N is the share times 10, rounded half up (0.65 is "about 7 in 10", never banker's rounding), and
the band follows from N so the two can never disagree:

| share            | N     | words                                   |
|------------------|-------|-----------------------------------------|
| 0                |       | nobody                                  |
| under 0.05       | 0     | very few people (fewer than 1 in 10)    |
| 0.05 to 0.15     | 1     | a few people (about 1 in 10)            |
| 0.15 to 0.45     | 2-4   | some people (about N in 10)             |
| 0.45 to 0.55     | 5     | about half (about 5 in 10)              |
| 0.55 to 0.95     | 6-9   | most people (about N in 10)             |
| 0.95 up to 1     | 10    | almost everyone                         |
| 1                |       | everyone                                |

Lower bounds are included, upper bounds are not. "About 10 in 10" would read as "everyone", so
0.95 and over says "almost everyone" with no number.

Nothing is described for fewer people than the threshold: a share of 3 people out of 50 would
give away a count the tables hide. ``cell_in_words`` works from disclosed cells only, so the
words can never say more than the table.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from fractions import Fraction

from results.disclosure import PUBLIC, Cell, DisclosureInputError, DisclosureProfile, Reason

NOT_SHOWN_WORDS = "not shown, to keep people's answers private"


class Band(enum.Enum):
    NOBODY = "nobody"
    VERY_FEW = "very few people"
    A_FEW = "a few people"
    SOME = "some people"
    ABOUT_HALF = "about half"
    MOST = "most people"
    ALMOST_EVERYONE = "almost everyone"
    EVERYONE = "everyone"
    TOO_FEW = "too few to show"
    NOT_SHOWN = "not shown"


@dataclass(frozen=True)
class ShareWords:
    """A share in words. ``in_ten`` is N of "about N in 10" (0 for "fewer than 1 in 10"), or
    ``None`` when no number is said. ``text`` is English; presenters translate from the fields."""

    band: Band
    in_ten: int | None
    count: int | None
    total: int | None
    text: str

    @property
    def count_text(self) -> str:
        """ "34 out of 50 people", or "" when the count may not be shown."""
        if self.count is None or self.total is None:
            return ""
        return f"{self.count} out of {self.total} people"


def tenths(count: int, total: int) -> int:
    """The N of "about N in 10": share times 10, rounded half up, in exact arithmetic."""
    return int(Fraction(count * 10, total) + Fraction(1, 2))


def share_in_words(count: int, total: int, *, profile: DisclosureProfile = PUBLIC) -> ShareWords:
    """``count`` out of ``total`` people in easy-read words, if the profile allows it."""
    if not (0 <= count <= total):
        raise DisclosureInputError("The count must be from 0 up to the total.")
    threshold = profile.min_count
    if total < threshold or 0 < count < threshold:
        return ShareWords(Band.TOO_FEW, None, None, None, profile.suppressed_words)
    if count == 0:
        return ShareWords(Band.NOBODY, None, 0, total, Band.NOBODY.value)
    if count == total:
        return ShareWords(Band.EVERYONE, None, count, total, Band.EVERYONE.value)
    n = tenths(count, total)
    band = _band(n)
    if band is Band.ALMOST_EVERYONE:
        text = band.value
    elif band is Band.VERY_FEW:
        text = f"{band.value} (fewer than 1 in 10)"
    else:
        text = f"{band.value} (about {n} in 10)"
    return ShareWords(band, n, count, total, text)


def cell_in_words(cell: Cell, total: Cell, *, profile: DisclosureProfile = PUBLIC) -> ShareWords:
    """Words for a disclosed cell out of its disclosed total, from the displayed numbers only."""
    if total.hidden or total.value is None:
        return ShareWords(Band.TOO_FEW, None, None, None, profile.suppressed_words)
    if cell.hidden or cell.value is None:
        if cell.reason is Reason.SMALL:
            return ShareWords(Band.TOO_FEW, None, None, None, profile.suppressed_words)
        # Hidden to protect a small count: it may be large, so "fewer than 10" would be untrue.
        return ShareWords(Band.NOT_SHOWN, None, None, None, NOT_SHOWN_WORDS)
    # Rounding keeps order, so a rounded cell is never above its rounded total.
    return share_in_words(cell.value, total.value, profile=profile)


def _band(n: int) -> Band:
    if n == 0:
        return Band.VERY_FEW
    if n == 1:
        return Band.A_FEW
    if n <= 4:
        return Band.SOME
    if n == 5:
        return Band.ABOUT_HALF
    if n <= 9:
        return Band.MOST
    return Band.ALMOST_EVERYONE
