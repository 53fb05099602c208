"""Uncertainty by stratified bootstrap: how much would the result move with other participants?

Each resample draws, within every group separately and with replacement, as many ballots as that
group has. Keeping group sizes fixed means the resamples ask "what if different people from the
same groups had answered?", not "what if the groups had been different sizes?". The seed is fixed,
so the same data always gives the same intervals.

For shares we report the middle 95% (by default) of the resampled results for each option; for
Equal Shares, how often each project is funded.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from .approvals import IntArray, build_profile
from .equal_shares import equal_shares_for_profile
from .errors import InvalidSettingError
from .independent_markets import independent_markets_array
from .summaries import equal_voice_weights
from .validation import (
    FloatArray,
    Number,
    validate_count,
    validate_groups,
    validate_money,
    validate_shares,
)


@dataclass(frozen=True)
class ShareInterval:
    """The share from all the ballots, and the range it stays in across resamples."""

    estimate: float
    lower: float
    upper: float


@dataclass(frozen=True)
class ShareIntervals:
    """Intervals for every option, for the fair rule and for the plain mean alike."""

    resamples: int
    seed: int
    confidence: float
    independent_markets: tuple[ShareInterval, ...]
    mean: tuple[ShareInterval, ...]


@dataclass(frozen=True)
class FundingFrequencies:
    """How often each project was funded across resamples (0 to 1), beside the actual result."""

    resamples: int
    seed: int
    funded: tuple[str, ...]
    frequency: dict[str, float]


def stratified_resamples(
    group_of_item: IntArray, resamples: int, rng: np.random.Generator
) -> IntArray:
    """Row indices, one row per resample, drawn with replacement within each group.

    Position i always holds a member of position i's group, so anything tied to the group (such
    as an equal-voice weight) stays lined up.
    """
    indices = np.empty((resamples, group_of_item.size), dtype=np.int64)
    for group in np.unique(group_of_item):
        members = np.flatnonzero(group_of_item == group)
        draws = rng.integers(0, members.size, size=(resamples, members.size))
        indices[:, members] = members[draws]
    return indices


def bootstrap_shares(
    shares: Iterable[Any],
    *,
    groups: Iterable[str] | None = None,
    equal_voice: bool = False,
    resamples: int = 1000,
    seed: int = 0,
    confidence: float = 0.95,
    tolerance: float = 1e-9,
) -> ShareIntervals:
    """Intervals for Independent Markets and the mean, resampling within ``groups``.

    With ``equal_voice`` every group gets equal total weight, as in ``equal_voice_shares``.
    Without groups, all ballots form one group.
    """
    values = validate_shares(shares, tolerance=tolerance)
    count = values.shape[0]
    draws = validate_count(resamples, what="The number of resamples")
    if not (isinstance(confidence, float) and 0 < confidence < 1):
        raise InvalidSettingError("The confidence must be a number between 0 and 1, like 0.95.")
    labels = ["all"] * count if groups is None else validate_groups(_listed(groups), count)
    codes = _codes(labels)
    weights = np.array([float(w) for w in equal_voice_weights(labels)]) if equal_voice else None
    rows = stratified_resamples(codes, draws, np.random.default_rng(_seed(seed)))
    # Plain weights of 1 make the weighted mean the ordinary mean, so one formula serves both.
    mean_weights = np.ones(count) if weights is None else weights
    fair = np.empty((draws, values.shape[1]))
    means = np.empty_like(fair)
    for draw, chosen in enumerate(rows):
        resampled = values[chosen]
        fair[draw] = independent_markets_array(resampled, weights)
        means[draw] = mean_weights @ resampled / mean_weights.sum()
    mean_estimate = mean_weights @ values / mean_weights.sum()
    return ShareIntervals(
        resamples=draws,
        seed=seed,
        confidence=confidence,
        independent_markets=_intervals(
            independent_markets_array(values, weights), fair, confidence
        ),
        mean=_intervals(mean_estimate, means, confidence),
    )


def bootstrap_equal_shares(
    projects: Mapping[str, Number],
    approvals: Iterable[Collection[str]],
    budget: Number,
    *,
    groups: Iterable[str] | None = None,
    weights: Iterable[Number] | None = None,
    resamples: int = 1000,
    seed: int = 0,
    completion: bool = True,
    completion_step: Number = 1,
    greedy_fill: bool = False,
    max_completion_steps: int = 10_000,
) -> FundingFrequencies:
    """How often each project is funded by Equal Shares when voters are resampled within groups.

    ``seed`` fixes both the resampling and the tie-break lot.
    """
    profile = build_profile(projects, approvals, budget, weights=weights, groups=groups, seed=seed)
    draws = validate_count(resamples, what="The number of resamples")
    step = validate_money(completion_step, what="The completion step")
    if step <= 0:
        raise InvalidSettingError("The completion step must be more than 0.")
    limit = validate_count(max_completion_steps, what="The completion step limit", minimum=0)
    settings = {
        "completion": completion,
        "step": step,
        "greedy_fill": greedy_fill,
        "max_steps": limit,
    }
    actual = equal_shares_for_profile(profile, **settings)  # type: ignore[arg-type]
    counts = dict.fromkeys(profile.projects, 0)
    rows = stratified_resamples(profile.group_of_voter, draws, np.random.default_rng(_seed(seed)))
    for chosen in rows:
        outcome = equal_shares_for_profile(profile.resampled(chosen), **settings)  # type: ignore[arg-type]
        for name in outcome.funded_projects:
            counts[name] += 1
    return FundingFrequencies(
        resamples=draws,
        seed=seed,
        funded=actual.funded_projects,
        frequency={name: count / draws for name, count in counts.items()},
    )


def _intervals(
    estimate: FloatArray, resampled: FloatArray, confidence: float
) -> tuple[ShareInterval, ...]:
    tail = (1 - confidence) / 2
    lower, upper = np.quantile(resampled, [tail, 1 - tail], axis=0)
    return tuple(
        ShareInterval(float(e), float(lo), float(hi))
        for e, lo, hi in zip(estimate, lower, upper, strict=True)
    )


def _codes(labels: list[str]) -> IntArray:
    code: dict[str, int] = {}
    return np.array([code.setdefault(label, len(code)) for label in labels], dtype=np.int64)


def _listed(items: Iterable[str]) -> list[str] | str:
    return items if isinstance(items, str) else list(items)


def _seed(seed: object) -> int:
    if not isinstance(seed, int) or isinstance(seed, bool) or seed < 0:
        raise InvalidSettingError("The seed must be a whole number, 0 or more.")
    return seed
