"""Who a result is for decides what may be shown: the disclosure profiles and the safe cell.

Three profiles, from rules R1, R2 and R4 in ``RESULTS-AND-DECISIONS.md``:

- ``PUBLIC``: public pages, "you said, we did" and open data. Counts of 1 to 9 are hidden.
- ``STAFF``: commissioner and VCSE screens. Counts of 1 to 4 are hidden; 5 to 9 are shown but
  labelled "indicative only".
- ``NHS``: tables that sit beside NHS statistics. Counts of 1 to 7 are hidden and every other count
  is rounded to the nearest 5, as NHS Digital does for HES and ECDS. Rounding the totals on their
  own is what stops a hidden count being worked out, so this profile needs no secondary
  suppression (NHS Digital dropped it in 2018 for that reason).

A count of 0 is always shown: it describes nobody, so it cannot identify anyone. See
docs/adr/011-disclosure-control.md for the one thing a 0 can still tell (a group that all chose
the same answer) and why we accept it.

A ``Cell`` is what leaves this package. It holds the number to display, never the true count of a
hidden cell, so a template or an export cannot leak what was hidden by mistake.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from .errors import DisclosureInputError

SUPPRESSED_MARKER = "[c]"
"""What exports write in a hidden cell: "[c]" (confidential), as GOV.UK spreadsheets do."""

SECONDARY_WORDS = "hidden so that a small number cannot be worked out"
INDICATIVE_WORDS = "indicative only"
ROUNDED_WORDS = "rounded to the nearest 5"


class Status(enum.Enum):
    """How a cell may be displayed."""

    SHOWN = "shown"
    INDICATIVE = "indicative"
    ROUNDED = "rounded"
    SUPPRESSED = "suppressed"


class Reason(enum.Enum):
    """Why a cell is hidden. Screens may show it; exports write ``[c]`` for all of them."""

    SMALL = "small"
    """The count itself is under the profile's threshold (primary suppression)."""

    PROTECTS_ANOTHER = "protects another"
    """Hidden only so that a small count beside it cannot be worked out from a total."""


@dataclass(frozen=True)
class DisclosureProfile:
    """The thresholds for one audience.

    ``min_count`` is the smallest count that may be shown (0 is always shown). Counts from
    ``min_count`` up to, but not including, ``indicative_below`` are shown as "indicative only".
    ``round_to`` rounds every shown count to the nearest multiple (1 means exact).
    """

    key: str
    name: str
    min_count: int
    suppressed_words: str
    indicative_below: int = 0
    round_to: int = 1
    secondary: bool = True

    def __post_init__(self) -> None:
        if self.min_count < 1 or self.round_to < 1:
            raise DisclosureInputError("A profile needs a threshold and a rounding of 1 or more.")

    @property
    def rounds(self) -> bool:
        return self.round_to > 1

    def status_of(self, count: int) -> Status:
        """The status a count gets on its own, before any secondary suppression."""
        if count == 0:
            return Status.SHOWN
        if count < self.min_count:
            return Status.SUPPRESSED
        if self.rounds:
            return Status.ROUNDED
        if count < self.indicative_below:
            return Status.INDICATIVE
        return Status.SHOWN

    def rounded(self, count: int) -> int:
        """The nearest multiple of ``round_to``, halves rounded up (never banker's rounding)."""
        return (count + self.round_to // 2) // self.round_to * self.round_to


PUBLIC = DisclosureProfile(
    key="public",
    name="Public: counts under 10 hidden",
    min_count=10,
    suppressed_words="fewer than 10 people",
)
STAFF = DisclosureProfile(
    key="staff",
    name="Staff: counts under 5 hidden, 5 to 9 indicative only",
    min_count=5,
    indicative_below=10,
    suppressed_words="fewer than 5 people",
)
NHS = DisclosureProfile(
    key="nhs",
    name="NHS: counts 1 to 7 hidden, others rounded to the nearest 5",
    min_count=8,
    round_to=5,
    secondary=False,
    suppressed_words="fewer than 8 people",
)
PROFILES = {profile.key: profile for profile in (PUBLIC, STAFF, NHS)}


def profile_for(key: str) -> DisclosureProfile:
    """The profile called ``key`` ("public", "staff" or "nhs"), for settings and commands."""
    try:
        return PROFILES[key]
    except KeyError:
        known = ", ".join(sorted(PROFILES))
        raise DisclosureInputError(
            f"There is no disclosure profile called {key!r}. Use one of: {known}."
        ) from None


@dataclass(frozen=True)
class Cell:
    """One number as it may be displayed.

    ``value`` is the number to show (rounded under the NHS profile), or ``None`` when hidden.
    ``share`` is ``value`` over the shown total, computed from the displayed numbers, or ``None``.
    ``words`` is plain English for screens and hidden cells: never a symbol.
    """

    value: int | None
    status: Status
    reason: Reason | None = None
    share: float | None = None
    words: str = ""

    @property
    def hidden(self) -> bool:
        return self.status is Status.SUPPRESSED

    @property
    def marker(self) -> str:
        """What a spreadsheet cell holds: the number, or ``[c]`` for any hidden cell."""
        return SUPPRESSED_MARKER if self.hidden else str(self.value)


def check_count(count: object, *, what: str) -> int:
    """A count must be a whole number of 0 or more (``True`` is not a count)."""
    if isinstance(count, bool) or not isinstance(count, int):
        raise DisclosureInputError(f"{what} must be a whole number, not {count!r}.")
    if count < 0:
        raise DisclosureInputError(f"{what} cannot be negative ({count}).")
    return count


def make_cell(
    count: int,
    profile: DisclosureProfile,
    *,
    reason: Reason | None = None,
    share_of: Cell | None = None,
) -> Cell:
    """The displayable cell for ``count``; ``reason`` forces it hidden for that reason."""
    status = Status.SUPPRESSED if reason else profile.status_of(count)
    if status is Status.SUPPRESSED:
        reason = reason or Reason.SMALL
        words = profile.suppressed_words if reason is Reason.SMALL else SECONDARY_WORDS
        return Cell(value=None, status=status, reason=reason, words=words)
    value = profile.rounded(count) if status is Status.ROUNDED else count
    words = {Status.INDICATIVE: INDICATIVE_WORDS, Status.ROUNDED: ROUNDED_WORDS}.get(status, "")
    share = None
    if share_of is not None and not share_of.hidden and share_of.value:
        share = value / share_of.value
    return Cell(value=value, status=status, share=share, words=words)


def disclose_count(count: int, *, profile: DisclosureProfile) -> Cell:
    """A count shown on its own, such as people reached or a group's size."""
    return make_cell(check_count(count, what="A count"), profile)
