"""Coins results: the fair rule beside the plain mean, with 95% intervals: pure Python, no Django.

Ten coins over up to six options allow only a few thousand different ballots, however many people
answer, so ballots are kept as distinct rows of shares with how many people gave each, per group.
A whole-number weight is exactly what repeating a ballot means to Independent Markets
(``consultations/allocation``), so the fair shares are the package's own rule, computed on a few
hundred weighted rows instead of 100,000 repeated ones. A group session's tally is one ballot
standing for ``people`` people, so it simply adds to that row's count.

The bootstrap is the package's stratified bootstrap done on counts: drawing n people with
replacement from a group is drawing the counts of its distinct ballots from a multinomial
distribution with the group's own frequencies. Same distribution, far less work.

Groups are merged first (``plan_groups`` on the ballots per group), so a group column is never
based on fewer people than the profile allows; figures are then shown only through
``disclose_statistic``. The equal-voice view is Independent Markets with every column given the
same total weight (as ``equal_voice_shares``), never an average of group results, which could be
gamed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from consultations.allocation import ShareInterval, ShareIntervals, independent_markets
from consultations.allocation.independent_markets import independent_markets_array
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
CONFIDENCE = 0.95
_DIGITS = 12  # shares are rounded this far before ballots are compared, so 1/3 == 1/3
HALVINGS = 36


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


def ballot_counts(aggregate: Aggregate, options: Sequence[str]) -> dict[str, Counter]:
    """Per group: each distinct ballot (shares in option order) and how many people gave it.

    Shares on keys that are not options are dropped and the rest scaled back up to 1.
    """
    found: dict[str, Counter] = {}
    for group, results in aggregate.groups.items():
        counts: Counter = Counter()
        for ballot in results.ballots:
            row = [float(ballot.shares.get(key, 0.0)) for key in options]
            total = sum(row)
            if total > 0 and ballot.people > 0:
                counts[tuple(round(share / total, _DIGITS) for share in row)] += ballot.people
        if counts:
            found[group] = counts
    return found


@dataclass(frozen=True)
class _Ballots:
    """Distinct rows with their counts, and which stratum (group) each row belongs to."""

    values: np.ndarray  # rows x options
    counts: np.ndarray  # people per row
    strata: np.ndarray  # stratum number per row

    @property
    def people(self) -> int:
        return int(self.counts.sum())


def _stack(parts: Sequence[Counter], width: int) -> _Ballots:
    rows, counts, strata = [], [], []
    for number, part in enumerate(parts):
        for row, count in part.items():
            rows.append(row)
            counts.append(count)
            strata.append(number)
    values = np.array(rows, dtype=np.float64).reshape(-1, width)
    values /= np.maximum(values.sum(axis=1, keepdims=True), 1e-300)  # exact sums after rounding
    return _Ballots(values, np.array(counts, dtype=np.float64), np.array(strata))


def _equal_factor(ballots: _Ballots) -> np.ndarray:
    """Per row, 1 / its stratum's people: every stratum then has the same total weight."""
    totals = np.bincount(ballots.strata, weights=ballots.counts)
    return 1.0 / totals[ballots.strata]


def bootstrap_counts(
    ballots: _Ballots, *, equal_voice: bool, resamples: int, seed: int
) -> ShareIntervals:
    """95% intervals for Independent Markets and the mean, resampling people within strata."""
    rng = np.random.default_rng(seed)
    draws = np.empty((resamples, ballots.counts.size))
    for stratum in np.unique(ballots.strata):
        rows = np.flatnonzero(ballots.strata == stratum)
        people = int(ballots.counts[rows].sum())
        draws[:, rows] = rng.multinomial(people, ballots.counts[rows] / people, size=resamples)
    factor = _equal_factor(ballots) if equal_voice else np.ones(ballots.counts.size)
    weights = draws * factor
    means = weights @ ballots.values / weights.sum(axis=1, keepdims=True)
    # The same ballot from two groups is one row with their weights added: a few hundred rows
    # for the rule to sort, however many groups there are.
    distinct, where = np.unique(ballots.values, axis=0, return_inverse=True)
    collapsed = np.zeros((resamples, distinct.shape[0]))
    for stratum in np.unique(ballots.strata):
        rows = np.flatnonzero(ballots.strata == stratum)
        collapsed[:, where.ravel()[rows]] += weights[:, rows]  # distinct within a stratum
    fair = independent_markets_many(distinct, collapsed)
    base = ballots.counts * factor
    estimate_fair = independent_markets_array(ballots.values, base)
    estimate_mean = base @ ballots.values / base.sum()
    return ShareIntervals(
        resamples=resamples,
        seed=seed,
        confidence=CONFIDENCE,
        independent_markets=_intervals(estimate_fair, fair),
        mean=_intervals(estimate_mean, means),
    )


def independent_markets_many(values: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Independent Markets for many weightings of the same ballots at once (one per row).

    The package's rule, evaluated for every resample together: option j's share at time t is
    ``max over ballots i of min(t * W_i, x_i)``, with the ballots sorted by their value x on j and
    W_i the weight at or above i (see ``consultations/allocation/independent_markets.py``).
    Weights are scaled to add up to 1, which changes nothing, so the t where the shares add up
    to 1 lies in [0, 1]; 36 halvings bracket it within 2e-11, and as the shares are linear in t
    between breakpoints, interpolating across that bracket is exact unless a breakpoint falls
    inside it (then off by less than the bracket), far finer than any share is shown.
    """
    weights = weights / weights.sum(axis=1, keepdims=True)
    order = np.argsort(values, axis=0, kind="stable")  # the same for every resample
    sorted_values = [values[order[:, j], j] for j in range(values.shape[1])]
    above = [
        np.cumsum(weights[:, order[:, j]][:, ::-1], axis=1)[:, ::-1] for j in range(values.shape[1])
    ]

    def shares_at(times: np.ndarray) -> np.ndarray:
        return np.stack(
            [
                np.minimum(times[:, None] * slope, x[None, :]).max(axis=1)
                for slope, x in zip(above, sorted_values, strict=True)
            ],
            axis=1,
        )

    low = np.zeros(weights.shape[0])
    high = np.ones(weights.shape[0])
    for _ in range(HALVINGS):
        middle = (low + high) / 2
        reached = shares_at(middle).sum(axis=1) >= 1.0
        high = np.where(reached, middle, high)
        low = np.where(reached, low, middle)
    at_low, at_high = shares_at(low), shares_at(high)
    # The shares are linear in t between the two, so interpolate to add up to exactly 1.
    gap = at_high.sum(axis=1) - at_low.sum(axis=1)
    fraction = np.where(gap > 0, (1.0 - at_low.sum(axis=1)) / np.where(gap > 0, gap, 1.0), 1.0)
    return at_low + fraction[:, None] * (at_high - at_low)


def _intervals(estimate: np.ndarray, resampled: np.ndarray) -> tuple[ShareInterval, ...]:
    tail = (1 - CONFIDENCE) / 2
    lower, upper = np.quantile(resampled, [tail, 1 - tail], axis=0)
    return tuple(
        ShareInterval(float(e), float(lo), float(hi))
        for e, lo, hi in zip(estimate, lower, upper, strict=True)
    )


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
    width = len(options)
    by_group = ballot_counts(aggregate, options)
    sizes = {group: sum(by_group[group].values()) for group in group_order if group in by_group}
    for group, counts in by_group.items():
        sizes.setdefault(group, sum(counts.values()))
    plan = plan_groups(sizes, profile=profile) if sizes else None

    def figures(key, members, parts: Sequence[Counter], *, equal_voice=False) -> CoinFigures:
        people = sum(sum(part.values()) for part in parts)
        stat = disclose_statistic(True, n=people, profile=profile)
        if stat.hidden:
            return CoinFigures(key, members, stat.n, stat.status, stat.words, None, None, None)
        ballots = _stack(parts if equal_voice else [sum(parts, Counter())], width)
        weights = ballots.counts * (_equal_factor(ballots) if equal_voice else 1.0)
        fair = independent_markets(ballots.values, weights=weights)
        mean = weights @ ballots.values / weights.sum()
        intervals = bootstrap_counts(
            # Resampling within each group, as the package's stratified bootstrap does.
            _stack(parts, width),
            equal_voice=equal_voice,
            resamples=resamples,
            seed=seed,
        )
        return CoinFigures(
            key,
            members,
            stat.n,
            stat.status,
            stat.words,
            tuple(float(share) for share in fair),
            tuple(float(share) for share in mean),
            intervals,
        )

    columns, parts = [], []
    for column in plan.columns if plan else ():
        members = plan.members(column)
        part = sum((by_group.get(group, Counter()) for group in members), Counter())
        if part or column != OTHER_GROUPS:
            columns.append(figures(column, members, [part]))
            parts.append(part)
    everyone = tuple(sizes)
    pooled = figures(POOLED, everyone, [by_group[group] for group in by_group])
    equal = figures(EQUAL_VOICE, everyone, [part for part in parts if part], equal_voice=True)
    return CoinsResult(options, pooled, equal, tuple(columns), plan)
