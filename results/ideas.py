"""The ideas screen: votes on published ideas, and what a budget would fund two ways.

Votes are ``Idea.objects.with_votes()`` sums (people and group sessions' counts), made safe per
idea by the STAFF profile. The budget comparison runs the allocation package's own Method of
Equal Shares and its ordinary vote count (``greedy_by_votes``) on the same ballots: one per person
who said yes to at least one costed idea. A group session's votes are counts, not ballots (nobody
recorded which ideas each person at the session said yes to), so they are in the votes table but
not in either count; see docs/adr/024-idea-and-panel-screens-and-snapshot-at-close.md.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from consultations.allocation import AllocationInputError, equal_shares, greedy_by_votes
from consultations.areas import AREA_CHOICES
from ideas.models import Idea, IdeaVote, VoteValue
from results.disclosure import Cell, DisclosureProfile, Status, one_way_table

BUDGET_MAX = 1_000_000_000


class BudgetForm(forms.Form):
    """A GET form: which budget to share out, and for which area."""

    budget = forms.CharField(
        label=gettext_lazy("Budget (£)"),
        help_text=gettext_lazy("In whole pounds, for example 50000."),
        max_length=20,
        error_messages={"required": gettext_lazy("Enter a budget in whole pounds, like 50000.")},
        widget=forms.TextInput(
            attrs={"inputmode": "numeric", "class": "input--width-10", "spellcheck": "false"}
        ),
    )
    area = forms.ChoiceField(
        label=gettext_lazy("Ideas for"),
        required=False,
        choices=[("", gettext_lazy("All areas"))] + AREA_CHOICES,
        error_messages={"invalid_choice": gettext_lazy("Choose an area from the list.")},
        widget=forms.Select(attrs={"class": "select"}),
    )

    def clean_budget(self) -> int:
        # People type money the way they write it: allow "£", commas and spaces, nothing else.
        typed = self.cleaned_data["budget"].strip().replace("£", "").replace(",", "")
        typed = typed.replace(" ", "")
        if "." in typed and typed.replace(".", "", 1).isdigit():
            raise forms.ValidationError(_("Enter the budget in whole pounds, without pence."))
        if typed.startswith("-") and typed[1:].isdigit():
            raise forms.ValidationError(_("The budget must be more than £0."))
        if not typed.isdigit():
            raise forms.ValidationError(_("Enter the budget as a number of pounds, like 50000."))
        budget = int(typed)
        if budget <= 0:
            raise forms.ValidationError(_("The budget must be more than £0."))
        if budget > BUDGET_MAX:
            raise forms.ValidationError(_("The budget must be £1,000,000,000 or less."))
        return budget


@dataclass(frozen=True)
class IdeaRow:
    idea: Idea
    name: str  # unique on the page: the engine names projects by it
    yes: Cell
    no: Cell
    not_sure: Cell
    total: Cell


def idea_rows(consultation, *, profile: DisclosureProfile, area_key: str = "") -> list[IdeaRow]:
    """Published ideas, most yes votes first, each row's counts made safe together."""
    ideas = Idea.objects.published().filter(consultation=consultation).with_votes()
    if area_key:
        ideas = ideas.for_area(area_key)
    ideas = list(ideas.order_by("area_key", "title", "pk"))
    seen: dict[str, int] = defaultdict(int)
    for idea in ideas:
        seen[idea.title] += 1
    rows = []
    for idea in ideas:
        counts = {value: getattr(idea, f"{value}_votes") for value in VoteValue.values}
        if not any(counts.values()):
            cells = dict.fromkeys(VoteValue.values, _zero())
            total = _zero()
        else:
            table = one_way_table(counts, profile=profile)
            cells = dict(zip(table.options, table.cells, strict=True))
            total = table.total
        name = idea.title if seen[idea.title] == 1 else f"{idea.title} (idea {idea.pk})"
        rows.append(IdeaRow(idea, name, cells["yes"], cells["no"], cells["not_sure"], total))
    rows.sort(key=lambda row: -(row.yes.value or 0))
    return rows


def _zero() -> Cell:
    # A 0 describes nobody, so every profile shows it (ADR 011).
    return Cell(value=0, status=Status.SHOWN)


@dataclass(frozen=True)
class Line:
    row: IdeaRow
    by_equal_shares: bool
    by_votes: bool


@dataclass(frozen=True)
class Comparison:
    budget: int
    voters: int
    lines: tuple[Line, ...]
    equal_shares_spent: int
    votes_spent: int
    equal_shares_explained: tuple[str, ...]
    votes_explained: tuple[str, ...]
    explanation_hidden: bool
    only_equal_shares: tuple[str, ...]
    only_votes: tuple[str, ...]
    problem: str = ""

    @property
    def differ(self) -> bool:
        return bool(self.only_equal_shares or self.only_votes)


def ballots(rows: list[IdeaRow]) -> list[set[str]]:
    """One set of costed ideas per person who said yes to at least one of them (one query)."""
    names = {row.idea.pk: row.name for row in rows if row.idea.cost_estimate is not None}
    found: dict[int, set[str]] = defaultdict(set)
    pairs = IdeaVote.objects.filter(
        idea_id__in=list(names), response__isnull=False, value=VoteValue.YES
    ).values_list("response_id", "idea_id")
    for response_id, idea_id in pairs.order_by("response_id", "idea_id"):
        found[response_id].add(names[idea_id])
    return [found[key] for key in sorted(found)]


def compare(rows: list[IdeaRow], budget: int, *, profile: DisclosureProfile) -> Comparison | None:
    """Method of Equal Shares beside vote counting, for the costed ideas among ``rows``."""
    costed = [row for row in rows if row.idea.cost_estimate is not None]
    if not costed:
        return None
    projects = {row.name: row.idea.cost_estimate for row in costed}
    people = ballots(costed)
    empty = Comparison(budget, len(people), (), 0, 0, (), (), False, (), ())
    if not people:
        return _with_problem(empty, _("Nobody has said yes to a costed idea yet."))
    try:
        fair = equal_shares(projects, people, budget)
        plain = greedy_by_votes(projects, people, budget)
    except AllocationInputError as error:
        return _with_problem(empty, str(error))
    fair_names, plain_names = set(fair.funded_projects), set(plain.funded_projects)
    supporters = [item.supporters for item in fair.funded] + [len(people)]
    supporters += [int(plain.votes[name]) for name in plain.funded_projects]
    # Beside the votes table (people and sessions together), people's own yes votes would also
    # give the sessions' share of an idea's yes votes: that must not be 1 to 4 either.
    named = {item.project for item in fair.funded} | set(plain.funded_projects)
    supporters += [
        row.idea.yes_votes - int(plain.votes[row.name]) for row in costed if row.name in named
    ]
    # The engine's words give numbers of people; keep R2 there too (no counts of 1 to 4).
    hidden = any(0 < count < profile.min_count for count in supporters)
    return Comparison(
        budget=budget,
        voters=len(people),
        lines=tuple(
            Line(row, row.name in fair_names, row.name in plain_names)
            for row in sorted(costed, key=lambda row: row.name)
        ),
        equal_shares_spent=int(fair.spent),
        votes_spent=int(plain.spent),
        equal_shares_explained=() if hidden else tuple(fair.explain()),
        votes_explained=() if hidden else tuple(plain.explain()),
        explanation_hidden=hidden,
        only_equal_shares=tuple(n for n in fair.funded_projects if n not in plain_names),
        only_votes=tuple(n for n in plain.funded_projects if n not in fair_names),
    )


def _with_problem(comparison: Comparison, problem: str) -> Comparison:
    return replace(comparison, problem=problem)


def why_they_differ(comparison: Comparison) -> str:
    """A short plain paragraph: what each way did with this budget, and why."""
    if comparison.problem:
        return ""
    if not comparison.differ:
        return _(
            "With this budget both ways fund the same ideas. They differ when one large group of "
            "voters wants expensive ideas that would use up the whole budget."
        )
    parts = []
    if comparison.only_votes:
        parts.append(
            _("Vote counting funds %(ideas)s, because the most people voted for them.")
            % {"ideas": _join(comparison.only_votes)}
        )
    if comparison.only_equal_shares:
        parts.append(
            _("The Method of Equal Shares funds %(ideas)s instead.")
            % {"ideas": _join(comparison.only_equal_shares)}
        )
    parts.append(
        _(
            "Vote counting takes the ideas with the most votes first, so the biggest group of "
            "voters can use up the whole budget. The Method of Equal Shares gives every voter an "
            "equal share of the budget, and funds an idea only if the people who want it can pay "
            "for it from their shares. So a smaller group gets ideas it wants, in proportion to "
            "its size."
        )
    )
    return " ".join(parts)


def _join(names: tuple[str, ...]) -> str:
    if len(names) == 1:
        return names[0]
    return _("%(first)s and %(last)s") % {"first": ", ".join(names[:-1]), "last": names[-1]}
