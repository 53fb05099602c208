"""Costed projects and approval votes: validation, tie-break order, and greedy counting.

``ApprovalProfile`` is the checked, array form of "these voters approve these projects" that both
the Method of Equal Shares and the greedy count work from. ``greedy_by_votes`` is the ordinary count
that most platforms use; it is offered only as a comparison.
"""

from __future__ import annotations

import random
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

import numpy as np
import numpy.typing as npt

from .errors import BallotLengthError, EmptyInputError, InvalidSettingError, UnknownProjectError
from .results import GreedyResult
from .validation import (
    FloatArray,
    Number,
    validate_groups,
    validate_money,
    validate_weights_exact,
)

IntArray = npt.NDArray[np.int64]

ALL_VOTERS = "all voters"
"""The group label used when no groups are given."""

TOLERANCE = 1e-9
"""Relative difference below which two floating-point amounts count as equal.

It keeps rounding from ever deciding an outcome: near-equal effective vote counts go to the
stated tie-breaks, and a project whose supporters hold its cost up to rounding is affordable.
"""


@dataclass(frozen=True, eq=False)
class ApprovalProfile:
    """Validated projects, budget and votes. Voters of weight 0 are kept but never pay or count."""

    projects: tuple[str, ...]
    costs: tuple[Fraction, ...]
    budget: Fraction
    approves: npt.NDArray[np.bool_]  # voters x projects
    exact_weights: tuple[Fraction, ...]
    group_of_voter: IntArray
    group_labels: tuple[str, ...]
    lot_order: tuple[str, ...]
    # Derived in __post_init__ and kept, because every run and every resample reads them.
    weights: FloatArray = field(init=False, repr=False)
    total_weight: Fraction = field(init=False, repr=False)
    supporters: tuple[IntArray, ...] = field(init=False, repr=False)
    approval_weight: FloatArray = field(init=False, repr=False)
    cost_values: FloatArray = field(init=False, repr=False)
    lot_rank: tuple[int, ...] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        weights = np.array([float(weight) for weight in self.exact_weights], dtype=np.float64)
        counted = self.approves & (weights > 0)[:, None]
        rank = {project: position for position, project in enumerate(self.lot_order)}
        derived = {
            "weights": weights,
            "total_weight": sum(self.exact_weights, Fraction(0)),
            "supporters": tuple(np.flatnonzero(column) for column in counted.T),
            "approval_weight": weights @ counted,
            "cost_values": np.array([float(cost) for cost in self.costs], dtype=np.float64),
            "lot_rank": tuple(rank[project] for project in self.projects),
        }
        for name, value in derived.items():
            object.__setattr__(self, name, value)

    @property
    def voters(self) -> int:
        return int(self.approves.shape[0])

    def resampled(self, voters: IntArray) -> ApprovalProfile:
        """The same projects, budget and lot, with the given voters (repeats allowed)."""
        return ApprovalProfile(
            projects=self.projects,
            costs=self.costs,
            budget=self.budget,
            approves=self.approves[voters],
            exact_weights=tuple(self.exact_weights[voter] for voter in voters),
            group_of_voter=self.group_of_voter[voters],
            group_labels=self.group_labels,
            lot_order=self.lot_order,
        )

    def approval_key(self, project: int) -> float:
        """Supporter weight rounded so that amounts equal up to rounding sort as equal."""
        return float(f"{self.approval_weight[project]:.9g}")

    def greedy_order(self) -> list[int]:
        """Most supporter weight first; then lowest cost; then the lot."""
        return sorted(
            range(len(self.projects)),
            key=lambda j: (-self.approval_key(j), self.costs[j], self.lot_rank[j]),
        )


def build_profile(
    projects: Mapping[str, Number],
    approvals: Iterable[Collection[str]],
    budget: Number,
    *,
    weights: Iterable[Number] | None = None,
    groups: Iterable[str] | None = None,
    seed: int = 0,
) -> ApprovalProfile:
    """Check projects, votes, budget, weights and groups, and draw the tie-break lot."""
    if not isinstance(projects, Mapping):
        raise BallotLengthError("The projects should map each project's name to its cost.")
    if not projects:
        raise EmptyInputError("There are no projects to choose from. At least one is needed.")
    names = tuple(projects)
    for name in names:
        if not isinstance(name, str) or not name:
            raise BallotLengthError(f"Project names must be text; got {name!r}.")
    costs = tuple(validate_money(projects[name], what=f"The cost of {name!r}") for name in names)
    total_budget = validate_money(budget, what="The budget")
    ballots = _approval_sets(approvals, names)
    voters = len(ballots)
    approves = np.zeros((voters, len(names)), dtype=bool)
    column = {name: index for index, name in enumerate(names)}
    for voter, chosen in enumerate(ballots):
        approves[voter, [column[name] for name in chosen]] = True
    exact_weights = (
        tuple(Fraction(1) for _ in range(voters))
        if weights is None
        else tuple(validate_weights_exact(weights, voters, noun="voter"))
    )
    labels: tuple[str, ...]
    if groups is None:
        labels, codes = (ALL_VOTERS,), np.zeros(voters, dtype=np.int64)
    else:
        given = list(groups) if not isinstance(groups, str) else groups
        voter_groups = validate_groups(given, voters, noun="voter")
        labels = tuple(dict.fromkeys(voter_groups))
        code = {label: index for index, label in enumerate(labels)}
        codes = np.array([code[label] for label in voter_groups], dtype=np.int64)
    return ApprovalProfile(
        projects=names,
        costs=costs,
        budget=total_budget,
        approves=approves,
        exact_weights=exact_weights,
        group_of_voter=codes,
        group_labels=labels,
        lot_order=draw_lot(names, seed),
    )


def draw_lot(projects: Iterable[str], seed: int) -> tuple[str, ...]:
    """The final tie-break: one shuffle of the project names, drawn once from ``seed``.

    Names are sorted before shuffling so the lot depends only on the seed and the names, never on
    the order the projects happen to be listed in.
    """
    if not isinstance(seed, int) or isinstance(seed, bool):
        raise InvalidSettingError("The seed for the tie-break lot must be a whole number.")
    order = sorted(projects)
    random.Random(seed).shuffle(order)
    return tuple(order)


def _approval_sets(approvals: Iterable[Collection[str]], names: tuple[str, ...]) -> list[set[str]]:
    if isinstance(approvals, str | bytes):
        raise BallotLengthError("The approvals should be a list with one entry per voter.")
    known = set(names)
    ballots: list[set[str]] = []
    for voter, chosen in enumerate(approvals, start=1):
        if isinstance(chosen, str | bytes) or not isinstance(chosen, Iterable):
            raise BallotLengthError(
                f"Voter {voter}'s approvals should be a list of project names, not {chosen!r}."
            )
        chosen_set: set[Any] = set()
        for name in chosen:
            if name not in known:
                listed = ", ".join(repr(known_name) for known_name in names[:10])
                raise UnknownProjectError(
                    f"Voter {voter} approved {name!r}, which is not one of the projects "
                    f"({listed}{', ...' if len(names) > 10 else ''})."
                )
            chosen_set.add(name)
        ballots.append(chosen_set)
    if not ballots:
        raise EmptyInputError("There are no voters. At least one is needed.")
    return ballots


def greedy_by_votes(
    projects: Mapping[str, Number],
    approvals: Iterable[Collection[str]],
    budget: Number,
    *,
    weights: Iterable[Number] | None = None,
    seed: int = 0,
) -> GreedyResult:
    """What ordinary counting would fund, shown only for comparison.

    Projects are taken in order of votes (ties: lowest cost, then the lot); each is funded if it
    fits in what is left of the budget, otherwise skipped. Projects nobody voted for are never
    funded. This lets the largest group take everything, which is why it is not the rule.
    """
    profile = build_profile(projects, approvals, budget, weights=weights, seed=seed)
    return greedy_for_profile(profile)


def greedy_for_profile(profile: ApprovalProfile) -> GreedyResult:
    left = profile.budget
    funded = []
    for project in profile.greedy_order():
        if profile.approval_weight[project] > 0 and profile.costs[project] <= left:
            funded.append(profile.projects[project])
            left -= profile.costs[project]
    return GreedyResult(
        funded=tuple(funded),
        votes={
            name: float(profile.approval_weight[index])
            for index, name in enumerate(profile.projects)
        },
        budget=profile.budget,
        spent=profile.budget - left,
        budget_left=left,
        lot_order=profile.lot_order,
    )
