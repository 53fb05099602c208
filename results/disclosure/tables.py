"""One-way and two-way tables of counts, made safe for a profile.

The order is fixed by R3: merge small groups, hide small counts, then hide whatever else would let
a reader work out a hidden count from a total. Under the NHS profile every total is rounded on its
own instead, which does the same job.

A table whose grand total is itself too small hides everything, zeros included: "nobody chose
this" about 7 people tells too much about the other 7.

Counts are keyed by stable option ids and group keys, never by position.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from . import suppression
from .errors import DisclosureInputError
from .groups import GroupPlan, check_group_sizes, plan_groups
from .profiles import Cell, DisclosureProfile, Reason, check_count, make_cell
from .suppression import Key, Line

_TOTAL = ("total",)


@dataclass(frozen=True)
class OneWayTable:
    """Counts per option with their total, e.g. one question's answers from everyone."""

    profile: DisclosureProfile
    options: tuple[str, ...]
    cells: tuple[Cell, ...]
    total: Cell

    def cell(self, option: str) -> Cell:
        return self.cells[self.options.index(option)]


@dataclass(frozen=True)
class GroupColumn:
    """One respondent group's column, or the combined column (``members`` says which groups)."""

    key: str
    members: tuple[str, ...]
    n: Cell
    cells: tuple[Cell, ...]


@dataclass(frozen=True)
class TwoWayTable:
    """Counts per option for everyone (``pooled``) and per group, with each group's n."""

    profile: DisclosureProfile
    options: tuple[str, ...]
    total: Cell
    pooled: tuple[Cell, ...]
    groups: tuple[GroupColumn, ...]
    plan: GroupPlan

    def group(self, key: str) -> GroupColumn:
        for column in self.groups:
            if column.key == key:
                return column
        raise KeyError(key)


def one_way_table(
    counts: Mapping[str, int], *, profile: DisclosureProfile, total: int | None = None
) -> OneWayTable:
    """Make a row of counts safe.

    ``total`` defaults to the sum of the counts (one answer per person). Give it when people could
    pick more than one option, so it is the number of people who answered. Secondary suppression
    applies whenever the counts add up to the total, because only then does the total give away a
    hidden count.
    """
    if not counts:
        raise DisclosureInputError("There are no options to count.")
    values: dict[Key, int] = {
        ("cell", option): check_count(count, what=f"The count for {option!r}")
        for option, count in counts.items()
    }
    cell_sum = sum(values.values())
    grand = cell_sum if total is None else check_count(total, what="The total")
    if grand < max(values.values()):
        raise DisclosureInputError("The total is smaller than one of its counts.")
    values[_TOTAL] = grand
    lines = [Line(tuple(key for key in values if key != _TOTAL), _TOTAL)]
    hidden = _hide(values, lines if cell_sum == grand else [], profile)
    total_cell = _cell(values, hidden, _TOTAL, None, profile)
    options = tuple(counts)
    cells = tuple(_cell(values, hidden, ("cell", o), total_cell, profile) for o in options)
    return OneWayTable(profile=profile, options=options, cells=cells, total=total_cell)


def two_way_table(
    counts: Mapping[str, Mapping[str, int]],
    *,
    options: Sequence[str],
    group_sizes: Mapping[str, int],
    profile: DisclosureProfile,
    plan: GroupPlan | None = None,
) -> TwoWayTable:
    """Make a table of options by respondent groups safe.

    ``counts[group][option]`` is how many people in ``group`` chose ``option`` (missing means 0);
    ``group_sizes[group]`` is that group's n for this question. Every person must be in exactly
    one group (add a "group not given" group if needed), so the groups add up to everyone. Pass
    ``plan`` to use the same merging as the other tables on the screen.
    """
    sizes = check_group_sizes(group_sizes)
    options = tuple(options)
    if not options or len(set(options)) != len(options):
        raise DisclosureInputError("Give each option once, and at least one.")
    matrix = _check_matrix(counts, options, sizes)
    plan = plan or plan_groups(sizes, profile=profile)
    if set(plan.shown + plan.merged) != set(sizes):
        raise DisclosureInputError("The group plan was made for different groups.")

    values: dict[Key, int] = {_TOTAL: sum(sizes.values())}
    for option in options:
        values[("pooled", option)] = sum(matrix[group][option] for group in sizes)
    for column in plan.columns:
        members = plan.members(column)
        values[("n", column)] = sum(sizes[group] for group in members)
        for option in options:
            values[(column, option)] = sum(matrix[group][option] for group in members)

    lines = [Line(tuple(("n", c) for c in plan.columns), _TOTAL)]
    lines += [Line(tuple((c, o) for c in plan.columns), ("pooled", o)) for o in options]
    lines += [
        Line(tuple((c, o) for o in options), ("n", c))
        for c in plan.columns
        if sum(values[(c, o)] for o in options) == values[("n", c)]
    ]
    if sum(values[("pooled", o)] for o in options) == values[_TOTAL]:
        lines.append(Line(tuple(("pooled", o) for o in options), _TOTAL))
    hidden = _hide(values, lines, profile)

    total = _cell(values, hidden, _TOTAL, None, profile)
    pooled = tuple(_cell(values, hidden, ("pooled", o), total, profile) for o in options)
    columns = []
    for column in plan.columns:
        n = _cell(values, hidden, ("n", column), total, profile)
        cells = tuple(_cell(values, hidden, (column, o), n, profile) for o in options)
        columns.append(GroupColumn(column, plan.members(column), n, cells))
    return TwoWayTable(profile, options, total, pooled, tuple(columns), plan)


def _check_matrix(
    counts: Mapping[str, Mapping[str, int]], options: tuple[str, ...], sizes: Mapping[str, int]
) -> dict[str, dict[str, int]]:
    unknown_groups = set(counts) - set(sizes)
    if unknown_groups:
        raise DisclosureInputError(
            f"Counts were given for unknown groups: {sorted(unknown_groups)}."
        )
    matrix = {}
    for group, size in sizes.items():
        row = counts.get(group, {})
        unknown = set(row) - set(options)
        if unknown:
            raise DisclosureInputError(f"Group {group!r} has unknown options: {sorted(unknown)}.")
        matrix[group] = {
            option: check_count(row.get(option, 0), what=f"The count for {group!r}, {option!r}")
            for option in options
        }
        if any(count > size for count in matrix[group].values()):
            raise DisclosureInputError(f"A count for {group!r} is bigger than the group.")
    return matrix


def _hide(
    values: Mapping[Key, int], lines: list[Line], profile: DisclosureProfile
) -> dict[Key, Reason]:
    if 0 < values[_TOTAL] < profile.min_count:
        return dict.fromkeys(values, Reason.SMALL)
    hidden = suppression.primary(values, profile.min_count)
    if not profile.secondary:
        return hidden
    return suppression.secondary(values, hidden, lines, profile.min_count)


def _cell(
    values: Mapping[Key, int],
    hidden: Mapping[Key, Reason],
    key: Key,
    share_of: Cell | None,
    profile: DisclosureProfile,
) -> Cell:
    return make_cell(values[key], profile, reason=hidden.get(key), share_of=share_of)
