"""The Method of Equal Shares: choose costed ideas from approval votes, fairly to every group.

Peters and Skowron; see https://equalshares.net. This follows the "cost utilities" variant.

The rule
--------
1. The budget is split equally between the voters (in proportion to weight, if weights are given).
2. A project can be funded only from the money of the people who voted for it, shared as equally
   as possible: everyone pays the same amount p, except those with less than p left, who pay all
   they have.
3. Of the projects whose supporters can still afford them, fund the one with the highest
   *effective vote count*: its cost divided by p, the largest single payment. (A project that
   100 people pay for equally has 100 effective votes; one that needs a few people to pay more has
   fewer.) Ties go to the lowest cost, then the most supporters, then a lot drawn once, up front,
   from the seed. Repeat until no project is affordable.
4. Completion ("add one unit per voter"): if money is left and some unfunded project would fit in
   it, run the count again with each voter's share raised by one unit of money (``completion_step``
   per unit of weight), and keep the new result while its total cost fits the real budget. Stop
   when nothing unfunded fits the money left, or the next step would overspend.
5. Optionally, a greedy fill then funds, in order of votes, any project that still fits.

Why it is fair: a group of voters holding x% of the budget between them can decide on x% of the
money. So if x% of voters vote only for a project costing x% of the budget, it is funded. No large
group can take everything, which is what ordinary vote counting (``greedy_by_votes``) allows.

Voter weights act as copies: a voter of weight 2 gets twice the money and counts twice.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from fractions import Fraction

import numpy as np

from .approvals import TOLERANCE, ApprovalProfile, IntArray, build_profile
from .errors import InvalidSettingError
from .results import EqualSharesResult, FundedProject, Stage
from .validation import FloatArray, Number, validate_count, validate_money


def equal_shares(
    projects: Mapping[str, Number],
    approvals: Iterable[Collection[str]],
    budget: Number,
    *,
    weights: Iterable[Number] | None = None,
    groups: Iterable[str] | None = None,
    seed: int = 0,
    completion: bool = True,
    completion_step: Number = 1,
    greedy_fill: bool = False,
    max_completion_steps: int = 10_000,
) -> EqualSharesResult:
    """Run the Method of Equal Shares and explain the outcome.

    ``projects`` maps each project's name to its cost; ``approvals`` has one collection of approved
    project names per voter; ``weights`` and ``groups`` (optional) have one entry per voter. Groups
    only label the payments in the explanation; they do not change the outcome.
    """
    profile = build_profile(projects, approvals, budget, weights=weights, groups=groups, seed=seed)
    step = validate_money(completion_step, what="The completion step")
    if step <= 0:
        raise InvalidSettingError("The completion step must be more than 0.")
    limit = validate_count(max_completion_steps, what="The completion step limit", minimum=0)
    return equal_shares_for_profile(
        profile, completion=completion, step=step, greedy_fill=greedy_fill, max_steps=limit
    )


@dataclass(frozen=True)
class _Purchase:
    project: int
    max_payment: float
    effective_votes: float
    payers: IntArray
    payments: FloatArray


def equal_shares_for_profile(
    profile: ApprovalProfile,
    *,
    completion: bool,
    step: Fraction,
    greedy_fill: bool,
    max_steps: int,
) -> EqualSharesResult:
    """Equal Shares on an already-validated profile (the bootstrap calls this per resample)."""
    virtual_budget = profile.budget
    purchases = _run(profile, virtual_budget)
    steps = 0
    stopped_early = False
    while completion and _has_room(profile, purchases):
        if steps >= max_steps:
            stopped_early = True
            break
        candidate = virtual_budget + step * profile.total_weight
        trial = _run(profile, candidate)
        if _cost(profile, trial) > profile.budget:
            break
        virtual_budget, purchases, steps = candidate, trial, steps + 1
    return _result(profile, purchases, virtual_budget, steps, stopped_early, greedy_fill)


def _run(profile: ApprovalProfile, virtual_budget: Fraction) -> list[_Purchase]:
    """One pass of the rule with the given total budget shared between the voters."""
    weights = profile.weights
    money = weights * float(virtual_budget / profile.total_weight)
    spent = Fraction(0)
    # An upper bound on each project's effective votes: they only fall as supporters spend, so a
    # project whose last score is below the best found this round cannot win and is not rescored.
    bound = {project: math.inf for project, payers in enumerate(profile.supporters) if payers.size}
    purchases: list[_Purchase] = []
    while bound:
        best = 0.0
        scored: list[tuple[int, float, float]] = []
        for project in sorted(bound, key=bound.__getitem__, reverse=True):
            if bound[project] < best * (1 - TOLERANCE):
                break
            payers = profile.supporters[project]
            cap = payment_cap(money[payers], weights[payers], profile.cost_values[project])
            # The exact check is belt and braces: in exact arithmetic it never fails.
            if cap is None or spent + profile.costs[project] > virtual_budget:
                del bound[project]  # supporters' money only shrinks, so this is final
                continue
            votes = math.inf if cap == 0 else float(profile.cost_values[project] / cap)
            bound[project] = votes
            scored.append((project, votes, cap))
            best = max(best, votes)
        if not scored:
            break
        tied = [item for item in scored if item[1] >= best * (1 - TOLERANCE)]
        project, votes, cap = min(
            tied,
            key=lambda item: (
                profile.costs[item[0]],
                -profile.approval_key(item[0]),
                profile.lot_rank[item[0]],
            ),
        )
        payers = profile.supporters[project]
        payments = np.minimum(money[payers], weights[payers] * cap)
        money[payers] = np.maximum(money[payers] - payments, 0.0)
        spent += profile.costs[project]
        purchases.append(_Purchase(project, cap, votes, payers, payments))
        del bound[project]
    return purchases


def payment_cap(money: FloatArray, weights: FloatArray, cost: float) -> float | None:
    """The smallest payment p (per unit of weight) that pays for ``cost`` from these supporters.

    Each supporter pays ``min(money, weight * p)``. Returns None if together they cannot afford it.
    """
    if float(money.sum()) < cost * (1 - TOLERANCE):
        return None
    if cost == 0:
        return 0.0
    runs_out_at = money / weights
    order = np.argsort(runs_out_at)
    caps, sorted_money, sorted_weight = runs_out_at[order], money[order], weights[order]
    # If p equals caps[k], supporters before k pay all they have and the rest pay weight * p.
    paid_in_full = np.cumsum(sorted_money) - sorted_money
    still_paying = np.cumsum(sorted_weight[::-1])[::-1]
    raised = paid_in_full + caps * still_paying
    enough = raised >= cost
    if not enough.any():
        return float(caps[-1])  # affordable only up to rounding: everyone pays all they have
    k = int(np.argmax(enough))
    return float((cost - paid_in_full[k]) / still_paying[k])


def _cost(profile: ApprovalProfile, purchases: Iterable[_Purchase]) -> Fraction:
    return sum((profile.costs[p.project] for p in purchases), Fraction(0))


def _has_room(profile: ApprovalProfile, purchases: list[_Purchase]) -> bool:
    """Whether some unfunded project with at least one supporter fits in the money left."""
    funded = {purchase.project for purchase in purchases}
    left = profile.budget - _cost(profile, purchases)
    return any(
        project not in funded and profile.supporters[project].size and cost <= left
        for project, cost in enumerate(profile.costs)
    )


def _result(
    profile: ApprovalProfile,
    purchases: list[_Purchase],
    virtual_budget: Fraction,
    steps: int,
    stopped_early: bool,
    greedy_fill: bool,
) -> EqualSharesResult:
    labels = profile.group_labels
    totals = np.zeros(len(labels))
    funded: list[FundedProject] = []
    for purchase in purchases:
        by_group = np.bincount(
            profile.group_of_voter[purchase.payers],
            weights=purchase.payments,
            minlength=len(labels),
        )
        totals += by_group
        funded.append(
            FundedProject(
                project=profile.projects[purchase.project],
                cost=profile.costs[purchase.project],
                stage=Stage.EQUAL_SHARES,
                effective_votes=purchase.effective_votes,
                max_payment=purchase.max_payment,
                supporters=int(purchase.payers.size),
                payments_by_group=dict(zip(labels, map(float, by_group), strict=True)),
            )
        )
    spent = _cost(profile, purchases)
    if greedy_fill:
        chosen = {purchase.project for purchase in purchases}
        for project in profile.greedy_order():
            cost = profile.costs[project]
            if project in chosen or not profile.supporters[project].size:
                continue
            if spent + cost <= profile.budget:
                spent += cost
                chosen.add(project)
                funded.append(
                    FundedProject(
                        profile.projects[project],
                        cost,
                        Stage.GREEDY_FILL,
                        None,
                        None,
                        int(profile.supporters[project].size),
                        {},
                    )
                )
    names = {item.project for item in funded}
    return EqualSharesResult(
        funded=tuple(funded),
        budget=profile.budget,
        spent=spent,
        budget_left=profile.budget - spent,
        voters=profile.voters,
        total_weight=profile.total_weight,
        budget_per_voter=float(virtual_budget / profile.total_weight),
        completion_steps=steps,
        completion_stopped_early=stopped_early,
        payments_by_group=dict(zip(labels, map(float, totals), strict=True)),
        unfunded=tuple(name for name in profile.projects if name not in names),
        lot_order=profile.lot_order,
    )
