"""The plain numbers shown beside the fair rule: means, per-group results and sample-size labels.

These are for honesty, not for deciding. The plain mean rewards exaggeration, so it is shown next
to Independent Markets rather than instead of it.

There is deliberately no "average of the group results" and no "Independent Markets over the group
results": both let a small group's few ballots be stretched, or a group's members coordinate, to
move the combined result. The fair combined view is ``equal_voice_shares``: Independent Markets
over all ballots, each weighted so every group has the same total weight.
"""

from __future__ import annotations

import enum
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

import numpy as np

from .errors import EmptyInputError
from .independent_markets import independent_markets_array
from .validation import Number, validate_count, validate_groups, validate_shares, validate_weights


class SampleSizeLabel(enum.Enum):
    """How much a group's result can be trusted, from how many ballots it has."""

    HIDDEN = "hidden"
    INDICATIVE = "indicative"
    LOW = "low"
    NORMAL = "normal"

    @property
    def shown_on_its_own(self) -> bool:
        """Fewer than 5 ballots are never shown as a group result: too few to mean much, and
        few enough that people could be recognised."""
        return self is not SampleSizeLabel.HIDDEN

    @property
    def description(self) -> str:
        """English wording; the web layer translates it."""
        return _DESCRIPTIONS[self]


_DESCRIPTIONS = {
    SampleSizeLabel.HIDDEN: "not shown on its own (fewer than 5 answers)",
    SampleSizeLabel.INDICATIVE: "indicative only",
    SampleSizeLabel.LOW: "low confidence",
    SampleSizeLabel.NORMAL: "",
}


def sample_size_label(ballots: int) -> SampleSizeLabel:
    """Fewer than 5: hidden; 5 to 9: indicative only; 10 to 29: low confidence; 30+: normal."""
    count = validate_count(ballots, what="The number of ballots", minimum=0)
    if count < 5:
        return SampleSizeLabel.HIDDEN
    if count < 10:
        return SampleSizeLabel.INDICATIVE
    if count < 30:
        return SampleSizeLabel.LOW
    return SampleSizeLabel.NORMAL


def mean_shares(
    shares: Iterable[Any],
    *,
    weights: Iterable[Number] | None = None,
    tolerance: float = 1e-9,
) -> list[float]:
    """The plain (optionally weighted) average of the ballots, option by option."""
    values = validate_shares(shares, tolerance=tolerance)
    if weights is None:
        return [float(share) for share in values.mean(axis=0)]
    ballot_weights = validate_weights(weights, values.shape[0])
    return [float(share) for share in ballot_weights @ values / ballot_weights.sum()]


def equal_voice_weights(groups: Iterable[str], *, min_group_size: int = 1) -> list[Fraction]:
    """Weights that give every group the same total weight, whatever its size.

    Each ballot gets ``n / (number of groups * size of its group)``, so the weights add up to the
    number of ballots counted. Groups smaller than ``min_group_size`` get weight 0 (left out), so
    one person cannot carry a whole group's weight; callers must say which groups were left out.
    """
    given = list(groups) if not isinstance(groups, str) else groups
    labels = validate_groups(given, len(given))
    minimum = validate_count(min_group_size, what="The smallest group size", minimum=1)
    sizes = Counter(labels)
    counted = {label: size for label, size in sizes.items() if size >= minimum}
    if not counted:
        raise EmptyInputError(
            f"Every group has fewer than {minimum} ballots, so no group can be counted."
        )
    total = sum(counted.values())
    return [
        Fraction(total, len(counted) * counted[label]) if label in counted else Fraction(0)
        for label in labels
    ]


def equal_voice_shares(
    shares: Iterable[Any],
    groups: Iterable[str],
    *,
    min_group_size: int = 1,
    tolerance: float = 1e-9,
) -> list[float]:
    """Independent Markets with every group given equal total weight (the "equal voice" view)."""
    values = validate_shares(shares, tolerance=tolerance)
    weights = equal_voice_weights(
        validate_groups(groups, values.shape[0]), min_group_size=min_group_size
    )
    array = np.array([float(weight) for weight in weights])
    return [float(share) for share in independent_markets_array(values, array)]


@dataclass(frozen=True)
class GroupResult:
    """One group's own numbers. The shares are ``None`` when the group is too small to show."""

    group: str
    ballots: int
    label: SampleSizeLabel
    independent_markets: tuple[float, ...] | None
    mean: tuple[float, ...] | None


def group_results(
    shares: Iterable[Any],
    groups: Iterable[str],
    *,
    tolerance: float = 1e-9,
) -> list[GroupResult]:
    """Independent Markets and the mean within each group, in order of first appearance.

    These are for looking at each group's view. They are never combined into one result.
    """
    values = validate_shares(shares, tolerance=tolerance)
    labels = validate_groups(groups, values.shape[0])
    members: dict[str, list[int]] = {}
    for index, label in enumerate(labels):
        members.setdefault(label, []).append(index)
    results = []
    for label, rows in members.items():
        size_label = sample_size_label(len(rows))
        if not size_label.shown_on_its_own:
            results.append(GroupResult(label, len(rows), size_label, None, None))
            continue
        own = values[rows]
        results.append(
            GroupResult(
                group=label,
                ballots=len(rows),
                label=size_label,
                independent_markets=tuple(
                    float(share) for share in independent_markets_array(own, None)
                ),
                mean=tuple(float(share) for share in own.mean(axis=0)),
            )
        )
    return results
