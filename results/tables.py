"""Disclosed tables of counts per question, with the equal-voice view: pure Python, no Django.

Every number that leaves the database goes through ``results.disclosure`` first. The equal-voice
share of a row is worked out from the disclosed table only (each shown group's share, averaged
with every group counting the same), so it can never say more than the table: a row with a hidden
cell in any group has no equal-voice share.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from results.disclosure import DisclosureProfile, GroupPlan, TwoWayTable, plan_groups, two_way_table

from .aggregate import Aggregate


@dataclass(frozen=True)
class CountTable:
    """One table for a question: rows (options, or votes for one option) by groups."""

    caption: str
    rows: tuple[tuple[str, str], ...]  # (key, label), in the question's order
    table: TwoWayTable
    equal_voice: tuple[float | None, ...]  # per row; None when it cannot be shown

    @property
    def lines(self) -> list[dict]:
        """One dict per row for templates: label, pooled cell, group cells, equal-voice share."""
        return [
            {
                "key": key,
                "label": label,
                "pooled": self.table.pooled[index],
                "cells": [column.cells[index] for column in self.table.groups],
                "equal_voice": self.equal_voice[index],
            }
            for index, (key, label) in enumerate(self.rows)
        ]


def group_plan(sizes: Mapping[str, int], profile: DisclosureProfile) -> GroupPlan | None:
    """One plan per screen, from the consultation's group sizes (None when nobody answered)."""
    if not sizes or not any(sizes.values()):
        return None
    return plan_groups(sizes, profile=profile)


def count_table(
    caption: str,
    rows: Sequence[tuple[str, str]],
    counts_by_group: Mapping[str, Mapping[str, int]],
    sizes: Mapping[str, int],
    *,
    profile: DisclosureProfile,
    plan: GroupPlan | None = None,
) -> CountTable:
    """A safe table of ``counts_by_group[group][row]`` out of each group's ``sizes[group]``."""
    keys = [key for key, _label in rows]
    table = two_way_table(
        counts_by_group, options=keys, group_sizes=sizes, profile=profile, plan=plan
    )
    return CountTable(caption, tuple(rows), table, equal_voice_from(table))


def equal_voice_from(table: TwoWayTable) -> tuple[float | None, ...]:
    """Each row's share with every shown group weighted equally, from displayed numbers only."""
    columns = [c for c in table.groups if not c.n.hidden and c.n.value]
    shares: list[float | None] = []
    for index in range(len(table.options)):
        cells = [column.cells[index] for column in columns]
        if not columns or any(cell.hidden or cell.value is None for cell in cells):
            shares.append(None)
            continue
        per_group = [
            cell.value / column.n.value for cell, column in zip(cells, columns, strict=True)
        ]
        shares.append(sum(per_group) / len(per_group))
    return tuple(shares)


def counts_by_group(
    aggregate: Aggregate, count: callable, sizes: Mapping[str, int]
) -> dict[str, dict[str, int]]:
    """``count(results)`` for every group that has people in ``sizes``."""
    return {
        group: count(aggregate.groups[group])
        for group in sizes
        if sizes[group] and group in aggregate.groups
    }
