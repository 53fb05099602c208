"""Independent Markets: divide shares fairly between options from everyone's coin ballots.

Freeman, Pennock, Peters and Wortman Vaughan, "Truthful aggregation of budget proposals"
(EC 2019; Journal of Economic Theory 2021).

The rule
--------
Each of n ballots gives every option a share; a ballot's shares add up to 1. Add n+1 "phantom"
ballots whose value on every option is the same moving number::

    f_k(t) = min(1, t * (n - k))        for k = 0..n

An option's share is the median of the n real values and the n+1 phantoms, ``a_j(t)``. At t = 0
every phantom is 0, so all medians are 0; at t = 1 the medians are the largest values, which add
up to at least 1. Raising t only raises medians, so there is a t* where the medians add up to
exactly 1. The allocation is ``a(t*)``. (t* itself may not be unique where the sum is flat, so the
code and the tests compare allocations, never t*.)

Why it is fair: no voter can move the result closer to their own ballot by exaggerating, so the
honest answer is always the best answer; and it is proportional: if everyone puts all their coins
on one option, each option gets exactly the fraction of people who chose it.

How it is computed
------------------
Sort option j's values ``x_1 <= ... <= x_n``. The median above equals::

    a_j(t) = max over i of min(t * R_i, x_i),   R_i = n - (i - 1)

(the i-th smallest report against the phantom that sits just above it). ``t * R_i`` rises and
``x_i`` rises with i, so ``a_j(t) = max(t * R_k, x_(k-1))`` where k is the first i with
``x_i >= t * R_i``. So ``a_j`` and the sum are piecewise linear in t, with breakpoints
``x_i / R_i`` and ``x_i / R_(i+1)``. We find the two neighbouring breakpoints that bracket the sum 1
and interpolate between them linearly: exactly, not by approximate bisection.

Weights ("equal voice")
-----------------------
A ballot of weight w counts as w copies of itself. For whole-number weights, repeating the rows and
using the formula above gives ``R_i = W - (weight of the ballots sorted before i)`` with W the total
weight; we use that directly (a weighted order statistic), so no rows are copied and any
non-negative weights work. Multiplying all weights by the same number changes nothing, and a voter
still cannot gain by misreporting. Ballots of weight 0 are left out.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from fractions import Fraction
from typing import Any

import numpy as np

from .validation import (
    FloatArray,
    Number,
    validate_shares,
    validate_shares_exact,
    validate_weights,
    validate_weights_exact,
)

# How many sums to evaluate per round of the search over sorted breakpoints: one vectorised pass
# narrows the bracket 65-fold, so even 1.2 million breakpoints need only four passes.
_PROBES_PER_ROUND = 64


def independent_markets(
    shares: Iterable[Any],
    *,
    weights: Iterable[Number] | None = None,
    tolerance: float = 1e-9,
) -> list[float]:
    """The Independent Markets allocation, in floating point.

    ``shares`` has one row per ballot and one column per option; each row adds up to 1 (within
    ``tolerance``). Pass a numpy array for speed with very many ballots. ``weights`` (optional)
    gives each ballot a non-negative weight; see the module notes.

    >>> independent_markets([[1, 0, 0], [1, 0, 0], [1, 0, 0], [0, 1, 0]])
    [0.75, 0.25, 0.0]
    """
    values = validate_shares(shares, tolerance=tolerance)
    ballot_weights = None if weights is None else validate_weights(weights, values.shape[0])
    return [float(share) for share in independent_markets_array(values, ballot_weights)]


def independent_markets_exact(
    shares: Iterable[Any],
    *,
    weights: Iterable[Number] | None = None,
) -> list[Fraction]:
    """The Independent Markets allocation in exact arithmetic, for audits and decision records.

    Each ballot must add up to exactly 1, so pass ``Fraction`` shares (``shares_from_coins`` makes
    them). The result adds up to exactly 1. It agrees with ``independent_markets`` to about 1e-12.
    """
    rows = validate_shares_exact(shares)
    ballot_weights = None if weights is None else validate_weights_exact(weights, len(rows))
    return _exact_allocation(rows, ballot_weights)


def independent_markets_array(values: FloatArray, weights: FloatArray | None) -> FloatArray:
    """The float rule on already-validated input (rows add up to 1). Used by the bootstrap."""
    if weights is not None:
        keep = weights > 0
        values, weights = values[keep], weights[keep]
    count, options = values.shape
    # Work option by option on contiguous rows: sorting along rows is several times faster.
    by_option = np.ascontiguousarray(values.T)
    if weights is None:
        sorted_values = np.sort(by_option, axis=1)
        above = np.broadcast_to(np.arange(count, 0, -1, dtype=np.float64), by_option.shape)
    else:
        order = np.argsort(by_option, axis=1)
        sorted_values = np.take_along_axis(by_option, order, axis=1)
        # Weight at or above each sorted position, summed from the top so it stays positive.
        above = np.cumsum(weights[order][:, ::-1], axis=1)[:, ::-1]
    crossing = sorted_values / above  # each row is non-decreasing, so searchable
    switching = sorted_values[:, :-1] / above[:, 1:]
    breakpoints = np.concatenate([crossing.ravel(), switching.ravel(), [0.0, 1.0]])
    breakpoints.sort()
    # Padded so that index k (0..n) gives x_(k-1) and R_k, with x_0 = 0 and R_(n+1) = 0.
    zeros = np.zeros((options, 1))
    lower_value = np.hstack([zeros, sorted_values])
    phantom_slope = np.hstack([above, zeros])

    def allocation_at(times: FloatArray) -> FloatArray:
        result = np.empty((times.size, options))
        for option in range(options):
            k = np.searchsorted(crossing[option], times, side="left")
            result[:, option] = np.maximum(times * phantom_slope[option, k], lower_value[option, k])
        return result

    # Invariant: the sum at breakpoints[low] is below 1 and at breakpoints[high] is at least 1.
    low, high = 0, breakpoints.size - 1
    while high - low > 1:
        if high - low - 1 <= _PROBES_PER_ROUND:
            probes = np.arange(low + 1, high)
        else:
            probes = np.linspace(low, high, _PROBES_PER_ROUND + 2).astype(np.int64)[1:-1]
        sums = allocation_at(breakpoints[probes]).sum(axis=1)
        reached = np.flatnonzero(sums >= 1.0)
        if reached.size == 0:
            low = int(probes[-1])
        else:
            high = int(probes[reached[0]])
            if reached[0] > 0:
                low = int(probes[reached[0] - 1])
    ends = allocation_at(breakpoints[[low, high]])
    sum_low, sum_high = ends.sum(axis=1)
    if sum_high <= sum_low:
        # Only reachable through rounding at t = 1; the top end is then the answer.
        top: FloatArray = ends[1]
        return top
    # The sum is linear between neighbouring breakpoints, so so is every share.
    fraction = (1.0 - sum_low) / (sum_high - sum_low)
    result: FloatArray = ends[0] + fraction * (ends[1] - ends[0])
    return result


def _exact_allocation(
    rows: Sequence[Sequence[Fraction]], weights: Sequence[Fraction] | None
) -> list[Fraction]:
    if weights is not None:
        kept = [(row, weight) for row, weight in zip(rows, weights, strict=True) if weight > 0]
        rows = [row for row, _ in kept]
        weights = [weight for _, weight in kept]
    count, options = len(rows), len(rows[0])
    crossings: list[list[Fraction]] = []
    lower_values: list[list[Fraction]] = []
    slopes: list[list[Fraction]] = []
    breakpoints: list[Fraction] = [Fraction(0), Fraction(1)]
    for option in range(options):
        column = [row[option] for row in rows]
        order = list(range(count))
        # Sorting by float first leaves the list nearly sorted, so the exact sort that follows
        # costs about one Fraction comparison per item instead of log2(n).
        order.sort(key=lambda i: float(column[i]))
        order.sort(key=column.__getitem__)
        values = [column[i] for i in order]
        if weights is None:
            above = [Fraction(count - i) for i in range(count)]
        else:
            above = []
            running = Fraction(0)
            for i in reversed(order):
                running += weights[i]
                above.append(running)
            above.reverse()
        crossing = [value / weight for value, weight in zip(values, above, strict=True)]
        breakpoints.extend(crossing)
        breakpoints.extend(values[i] / above[i + 1] for i in range(count - 1))
        crossings.append(crossing)
        lower_values.append([Fraction(0), *values])
        slopes.append([*above, Fraction(0)])

    def allocation_at(time: Fraction) -> list[Fraction]:
        shares = []
        for option in range(options):
            k = bisect_left(crossings[option], time)
            shares.append(max(time * slopes[option][k], lower_values[option][k]))
        return shares

    breakpoints.sort(key=float)
    breakpoints.sort()
    low, high = 0, len(breakpoints) - 1
    while high - low > 1:
        middle = (low + high) // 2
        if sum(allocation_at(breakpoints[middle])) >= 1:
            high = middle
        else:
            low = middle
    at_low, at_high = allocation_at(breakpoints[low]), allocation_at(breakpoints[high])
    sum_low, sum_high = sum(at_low), sum(at_high)
    fraction = Fraction(1 - sum_low) / (sum_high - sum_low)
    return [lo + fraction * (hi - lo) for lo, hi in zip(at_low, at_high, strict=True)]
