"""Results that explain themselves: what was funded, in what order, who paid, and what is left.

Money totals (costs, spent, left) are exact ``Fraction`` sums of the costs given, so they can go
into a decision record unchanged. Payments and effective vote counts are computed in floating
point and are for explanation. ``explain()`` gives English sentences for audit logs; screens should
build their own translated text from the fields.
"""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass
from fractions import Fraction


class Stage(enum.Enum):
    """How a project came to be funded."""

    EQUAL_SHARES = "equal shares"
    GREEDY_FILL = "greedy fill"


@dataclass(frozen=True)
class FundedProject:
    """One funded project and how it was paid for.

    ``effective_votes`` is the cost divided by ``max_payment``, the most any one supporter (per
    unit of voting weight) paid: how many equal-paying supporters it effectively had. Both are
    ``None`` for a project added by the greedy fill, which is paid from the money left over.
    """

    project: str
    cost: Fraction
    stage: Stage
    effective_votes: float | None
    max_payment: float | None
    supporters: int
    payments_by_group: dict[str, float]


@dataclass(frozen=True)
class EqualSharesResult:
    """The outcome of the Method of Equal Shares, with everything needed to explain it.

    ``budget_per_voter`` is the share of the budget each voter (per unit of weight) controlled in
    the count that was used. Completion may have raised it above ``budget`` divided by the number of
    voters, over ``completion_steps`` steps, while keeping the total cost within the real budget.
    ``completion_stopped_early`` is True only if the step limit was reached first.
    """

    funded: tuple[FundedProject, ...]
    budget: Fraction
    spent: Fraction
    budget_left: Fraction
    voters: int
    total_weight: Fraction
    budget_per_voter: float
    completion_steps: int
    completion_stopped_early: bool
    payments_by_group: dict[str, float]
    unfunded: tuple[str, ...]
    lot_order: tuple[str, ...]

    @property
    def funded_projects(self) -> tuple[str, ...]:
        """The funded projects' names, in the order they were chosen."""
        return tuple(item.project for item in self.funded)

    def explain(self) -> list[str]:
        """Plain-English sentences, in order, describing how the result was reached."""
        if self.total_weight == self.voters:
            shared = (
                f"equally between {self.voters} voters: {money(self.budget / self.voters)} each"
            )
        else:
            shared = (
                f"between {self.voters} voters in proportion to their weights: "
                f"{money(self.budget / self.total_weight)} per unit of weight"
            )
        lines = [
            f"The budget is {money(self.budget)}. It is shared {shared}. Each project is paid "
            "for only by the people who voted for it, as equally as possible."
        ]
        if self.completion_steps:
            lines.append(
                f"Not all of the budget could be used that way, so each voter's share was raised "
                f"step by step ({self.completion_steps} steps) to {money(self.budget_per_voter)}, "
                "as long as the chosen projects still cost no more than the real budget."
            )
        if self.completion_stopped_early:
            lines.append("Raising the shares stopped at the step limit, before it had finished.")
        position = 0
        for item in self.funded:
            position += 1
            if item.stage is Stage.GREEDY_FILL:
                lines.append(
                    f"{position}. {item.project} (cost {money(item.cost)}) was added from the "
                    "money left over, because it fitted."
                )
                continue
            votes = (
                "unlimited" if item.effective_votes == math.inf else f"{item.effective_votes:.2f}"
            )
            paid = ", ".join(
                f"{group} {money(amount)}"
                for group, amount in item.payments_by_group.items()
                if amount > 0
            )
            lines.append(
                f"{position}. {item.project} (cost {money(item.cost)}): {item.supporters} "
                f"supporters paid at most {money(item.max_payment or 0)} each; effective votes "
                f"{votes}. Paid by: {paid}."
            )
        if not self.funded:
            lines.append("No project could be paid for by its supporters.")
        lines.append(f"Spent {money(self.spent)}. Left over {money(self.budget_left)}.")
        if self.unfunded:
            lines.append("Not funded: " + ", ".join(self.unfunded) + ".")
        return lines


@dataclass(frozen=True)
class GreedyResult:
    """What ordinary vote counting would fund: the comparison, not the rule."""

    funded: tuple[str, ...]
    votes: dict[str, float]
    budget: Fraction
    spent: Fraction
    budget_left: Fraction
    lot_order: tuple[str, ...]

    @property
    def funded_projects(self) -> tuple[str, ...]:
        return self.funded

    def explain(self) -> list[str]:
        lines = [
            "Projects were taken in order of votes, most first. Each was funded if it fitted in "
            "the money left."
        ]
        lines.extend(
            f"{position}. {project} ({self.votes[project]:g} votes)"
            for position, project in enumerate(self.funded, start=1)
        )
        lines.append(f"Spent {money(self.spent)}. Left over {money(self.budget_left)}.")
        return lines


def money(amount: Fraction | float) -> str:
    """Money for sentences: to two decimal places, or none when it is a whole amount."""
    if isinstance(amount, Fraction) and amount.denominator == 1:
        return f"{amount.numerator:,}"
    value = round(float(amount), 2)
    if value.is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}"
