"""Merge small respondent groups before anything is hidden (R2, R3: redesign before suppressing).

Groups with fewer people than the profile's threshold are folded into one column, "Other groups
(combined)". If even that column is too small, the smallest other group is folded in too, again
and again, until it is big enough. We top it up rather than hide it: a hidden "other" column can be
worked out from the "all people" total minus the shown groups, and protecting it would mean hiding
a cell in every row of some other group. Folding that group in hides the same information, and
what is left is easier to read. Only when all groups together are too few is nothing shown.

A group with nobody in it is never merged: adding 0 protects nobody, and "nobody from this group
answered" is what the "who we heard" screen must show.

Use one plan for every table on a screen (``plan_groups`` on the consultation's group sizes), so
that two tables do not merge different groups and let a reader subtract one from the other.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .errors import DisclosureInputError
from .profiles import DisclosureProfile, check_count

OTHER_GROUPS = "other-groups-combined"
"""The key of the merged column. No real group may use it."""

OTHER_GROUPS_NAME = "Other groups (combined)"


@dataclass(frozen=True)
class GroupPlan:
    """Which groups keep their own column and which are combined, in the order given."""

    shown: tuple[str, ...]
    merged: tuple[str, ...]
    merged_n: int
    too_few_in_total: bool

    @property
    def columns(self) -> tuple[str, ...]:
        """Column keys in display order: shown groups, then the combined one if any."""
        return self.shown + ((OTHER_GROUPS,) if self.merged else ())

    def members(self, column: str) -> tuple[str, ...]:
        """The groups counted in ``column``."""
        if column == OTHER_GROUPS:
            return self.merged
        if column in self.shown:
            return (column,)
        raise DisclosureInputError(f"There is no column called {column!r} in this plan.")


def check_group_sizes(group_sizes: Mapping[str, int]) -> dict[str, int]:
    if not group_sizes:
        raise DisclosureInputError("There are no groups to show.")
    if OTHER_GROUPS in group_sizes:
        raise DisclosureInputError(f"{OTHER_GROUPS!r} is kept for the combined column.")
    return {
        group: check_count(size, what=f"The size of group {group!r}")
        for group, size in group_sizes.items()
    }


def plan_groups(group_sizes: Mapping[str, int], *, profile: DisclosureProfile) -> GroupPlan:
    """Decide which groups are combined so that every column has at least the threshold."""
    sizes = check_group_sizes(group_sizes)
    threshold = profile.min_count
    merged = [group for group, size in sizes.items() if 0 < size < threshold]
    merged_n = sum(sizes[group] for group in merged)
    if merged:
        while merged_n < threshold:
            candidates = [g for g, size in sizes.items() if size >= threshold and g not in merged]
            if not candidates:
                break
            # The smallest group loses least by being combined; on a tie, the later one.
            smallest = min(reversed(candidates), key=lambda group: sizes[group])
            merged.append(smallest)
            merged_n += sizes[smallest]
    shown = tuple(group for group in sizes if group not in merged)
    ordered_merged = tuple(group for group in sizes if group in merged)
    total = sum(sizes.values())
    return GroupPlan(
        shown=shown,
        merged=ordered_merged,
        merged_n=merged_n,
        too_few_in_total=0 < total < threshold,
    )
