"""Coins results: the fair rule beside the plain mean, with 95% intervals: pure Python, no Django.

Every coin ballot is a row of shares in the question's option order. A group session's tally is
one ballot standing for ``people`` people; it is repeated that many times, which is exactly what a
whole-number weight means to Independent Markets (``consultations/allocation``), and lets the
bootstrap resample people rather than sessions.

Groups are merged first (``plan_groups`` on the ballots per group), so a group column is never
based on fewer people than the profile allows; figures are then shown only through
``disclose_statistic``. The equal-voice view is Independent Markets with every column weighted
equally (``equal_voice_shares``), never an average of group results, which could be gamed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from consultations.allocation import (
    ShareIntervals,
    bootstrap_shares,
    equal_voice_shares,
    independent_markets,
    mean_shares,
)
from results.disclosure import (
    Cell,
    DisclosureProfile,
    GroupPlan,
    Status,
    disclose_statistic,
    plan_groups,
)
from results.disclosure.groups import OTHER_GROUPS

from .aggregate import Aggregate

EQUAL_VOICE = "equal-voice"
POOLED = "all"


@dataclass(frozen=True)
class CoinFigures:
    """One column of a coins result. Shares are in option order; ``None`` when hidden."""

    key: str
    members: tuple[str, ...]
    n: Cell
    status: Status
    words: str
    independent_markets: tuple[float, ...] | None
    mean: tuple[float, ...] | None
    intervals: ShareIntervals | None

    @property
    def hidden(self) -> bool:
        return self.status is Status.SUPPRESSED


@dataclass(frozen=True)
class CoinsResult:
    options: tuple[str, ...]
    pooled: CoinFigures
    equal_voice: CoinFigures
    groups: tuple[CoinFigures, ...]
    plan: GroupPlan | None


def ballot_rows(aggregate: Aggregate, options: Sequence[str]) -> dict[str, list[list[float]]]:
    """Rows of shares per group, one per person (a tally's ballot repeated ``people`` times).

    Shares on keys that are not options are dropped and the rest scaled back up to 1.
    """
    found: dict[str, list[list[float]]] = {}
    for group, results in aggregate.groups.items():
        rows = found.setdefault(group, [])
        for ballot in results.ballots:
            row = [float(ballot.shares.get(key, 0.0)) for key in options]
            total = sum(row)
            if total <= 0:
                continue
            rows.extend([[share / total for share in row]] * ballot.people)
    return {group: rows for group, rows in found.items() if rows}


def coins_result(
    aggregate: Aggregate,
    options: Sequence[str],
    *,
    group_order: Sequence[str],
    profile: DisclosureProfile,
    resamples: int = 1000,
    seed: int = 0,
) -> CoinsResult:
    """Independent Markets, the mean and intervals for everyone, each group and equal voice."""
    options = tuple(options)
    rows = ballot_rows(aggregate, options)
    sizes = {group: len(rows[group]) for group in group_order if group in rows}
    for group, group_rows in rows.items():
        sizes.setdefault(group, len(group_rows))
    everyone = [row for group in sizes for row in rows.get(group, [])]
    plan = plan_groups(sizes, profile=profile) if everyone else None

    def figures(key, members, values, labels=None, *, equal_voice=False):
        stat = disclose_statistic(True, n=len(values), profile=profile)
        if stat.hidden:
            return CoinFigures(key, members, stat.n, stat.status, stat.words, None, None, None)
        array = np.array(values)
        if equal_voice:
            fair = equal_voice_shares(array, labels)
            size = Counter(labels)
            weights = np.array([1.0 / size[label] for label in labels])
            mean = mean_shares(array, weights=weights)
        else:
            fair = independent_markets(array)
            mean = mean_shares(array)
        intervals = bootstrap_shares(
            array,
            groups=labels,
            equal_voice=equal_voice,
            resamples=resamples,
            seed=seed,
        )
        return CoinFigures(
            key, members, stat.n, stat.status, stat.words, tuple(fair), tuple(mean), intervals
        )

    columns = []
    labels: list[str] = []
    for column in plan.columns if plan else ():
        members = plan.members(column)
        values = [row for group in members for row in rows.get(group, [])]
        labels += [column] * len(values)
        if values or column != OTHER_GROUPS:
            columns.append(figures(column, members, values))
    ordered = [row for column in columns for row in _rows_of(column, rows)]
    pooled = figures(POOLED, tuple(sizes), everyone)
    equal = figures(EQUAL_VOICE, tuple(sizes), ordered, labels, equal_voice=True)
    return CoinsResult(options, pooled, equal, tuple(columns), plan)


def _rows_of(column: CoinFigures, rows: Mapping[str, list[list[float]]]) -> list[list[float]]:
    return [row for group in column.members for row in rows.get(group, [])]
