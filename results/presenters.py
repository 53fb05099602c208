"""What the results screens and exports show, built from queries and made safe by disclosure.

Nothing here returns a raw count: every number is a disclosure ``Cell`` or a statistic that went
through ``disclose_statistic`` (ADR 011). Text is plain GOV.UK-style English for staff.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from questions.options import DONT_KNOW_LABEL
from questions.registry import question_type
from questions.types.vote import VOTES
from responses.models import Channel, CommunicationNeed
from responses.questions import Question
from results.disclosure import (
    OTHER_GROUPS,
    OTHER_GROUPS_NAME,
    Cell,
    DisclosureProfile,
    disclose_count,
    disclose_statistic,
    one_way_table,
)

from . import queries
from .aggregate import DONT_KNOW_ROW, Aggregate, OwnWords, option_counts, vote_counts
from .coins import CoinsResult, coins_result
from .tables import CountTable, count_table, counts_by_group, group_plan

PROMISE_WEEKS = 12  # R7: the default promise is close + 12 weeks
PART_LABELS = {"likes": "What they like", "dislikes": "What they do not like", "text": "Own words"}


def promise_date(consultation) -> datetime.date | None:
    if consultation.promise_date:
        return consultation.promise_date
    if consultation.closes_on:
        return consultation.closes_on + datetime.timedelta(weeks=PROMISE_WEEKS)
    return None


def days_words(days: int | None, *, event: str) -> str:
    """ "Closes in 3 days", "Closed 2 days ago", in words."""
    if days is None:
        return _("No date set")
    if days > 0:
        return ngettext("%(event)s in %(n)d day", "%(event)s in %(n)d days", days) % {
            "event": event,
            "n": days,
        }
    if days == 0:
        return _("%(event)s today") % {"event": event}
    return ngettext("%(n)d day ago", "%(n)d days ago", -days) % {"n": -days}


@dataclass(frozen=True)
class Overview:
    channels: list[tuple[str, Cell]]
    total: Cell
    closes_on: datetime.date | None
    days_to_close: int | None
    promise_on: datetime.date | None
    promise_is_default: bool
    days_to_promise: int | None
    sessions: int = 0
    session_people: Cell | None = None
    also_answered_alone: Cell | None = None
    org_responses: int = 0
    org_people: Cell | None = None

    @property
    def late(self) -> bool:
        return self.days_to_promise is not None and self.days_to_promise < 0

    @property
    def close_words(self) -> str:
        if self.days_to_close is not None and self.days_to_close < 0:
            return _("Closed %(when)s") % {"when": days_words(self.days_to_close, event="")}
        return days_words(self.days_to_close, event=_("Closes"))

    @property
    def promise_words(self) -> str:
        if self.late:
            return ngettext(
                "Late: the promise date passed %(n)d day ago",
                "Late: the promise date passed %(n)d days ago",
                -self.days_to_promise,
            ) % {"n": -self.days_to_promise}
        return days_words(self.days_to_promise, event=_("Due"))


def overview(consultation, *, profile: DisclosureProfile, today=None) -> Overview:
    today = today or timezone.localdate()
    counts = queries.channel_counts(consultation)
    labels = dict(Channel.choices)
    table = one_way_table(counts, profile=profile)
    promise = promise_date(consultation)
    apart = queries.voices_apart(consultation)
    return Overview(
        channels=[
            (labels[key], cell) for key, cell in zip(table.options, table.cells, strict=True)
        ],
        total=table.total,
        closes_on=consultation.closes_on,
        days_to_close=(consultation.closes_on - today).days if consultation.closes_on else None,
        promise_on=promise,
        promise_is_default=not consultation.promise_date,
        days_to_promise=(promise - today).days if promise else None,
        # Numbers of sessions and responses are about organisations, not people, so are shown;
        # numbers of people go through disclosure like every other count of people.
        sessions=apart.sessions,
        session_people=disclose_count(apart.session_people, profile=profile),
        also_answered_alone=disclose_count(apart.also_answered_alone, profile=profile),
        org_responses=apart.org_responses,
        org_people=disclose_count(apart.org_people, profile=profile),
    )


@dataclass(frozen=True)
class HeardRow:
    name: str
    target: int | None
    target_source: str
    reached: Cell
    share_of_target: float | None
    organisations: list[str]
    public_hidden: bool


def who_we_heard(consultation, *, profile: DisclosureProfile, public: DisclosureProfile):
    groups = queries.consultation_groups(consultation)
    sizes = queries.people_by_group(consultation, groups)
    organisations = queries.organisations_by_group(consultation, groups)
    table = one_way_table(sizes, profile=profile)
    rows = []
    for info, cell in zip(groups.infos, table.cells, strict=True):
        if info.record is None and not sizes[info.key]:
            continue  # an "about you" answer nobody gave, with no target: nothing to say
        share = None
        if info.target and not cell.hidden and cell.value is not None:
            share = cell.value / info.target
        rows.append(
            HeardRow(
                name=info.name,
                target=info.target,
                target_source=info.target_source,
                reached=cell,
                share_of_target=share,
                organisations=organisations.get(info.key, []),
                public_hidden=0 < sizes[info.key] < public.min_count or cell.hidden,
            )
        )
    # Gaps first: the furthest from target at the top; groups with no target after them.
    rows.sort(key=lambda row: (row.target is None, row.share_of_target or 0.0))
    needs = queries.communication_needs(consultation)
    need_table = one_way_table(needs, profile=profile, total=max(needs.values(), default=0))
    need_labels = dict(CommunicationNeed.choices)
    need_rows = [
        (need_labels[k], c) for k, c in zip(need_table.options, need_table.cells, strict=True)
    ]
    return rows, table.total, need_rows


@dataclass
class QuestionView:
    question: Question
    people: Cell
    columns: list[tuple[str, Cell]] = field(default_factory=list)  # group names with their n
    tables: list[CountTable] = field(default_factory=list)
    feelings: object | None = None  # DisclosedStatistic of the mean score, 1 to 5
    own_words: list[OwnWords] = field(default_factory=list)
    own_words_total: int = 0
    is_ballots: bool = False
    charts: list = field(default_factory=list)


def _column_names(table, groups) -> list[tuple[str, Cell]]:
    return [
        (OTHER_GROUPS_NAME if column.key == OTHER_GROUPS else groups.name(column.key), column.n)
        for column in table.groups
    ]


def question_view(
    question: Question,
    aggregate: Aggregate,
    groups: queries.Groups,
    *,
    profile: DisclosureProfile,
) -> QuestionView:
    sizes = groups.reported(aggregate.sizes(groups.keys))
    plan = group_plan(sizes, profile)
    kind = question_type(question.type)
    people = disclose_statistic(True, n=aggregate.pooled.people, profile=profile).n
    view = QuestionView(question, people, is_ballots=kind.ballots)
    if plan is None:
        return view
    pooled = aggregate.pooled
    options = [(option.key, option.label) for option in question.options]
    if pooled.counts or (options and not pooled.votes and not pooled.ballots and not pooled.texts):
        rows = options + ([(DONT_KNOW_ROW, DONT_KNOW_LABEL)] if question.allow_dont_know else [])
        keys = [key for key, _label in options]

        def count(results):
            return option_counts(results, keys, with_dont_know=question.allow_dont_know)

        by_group = counts_by_group(aggregate, count, sizes)
        view.tables.append(
            count_table(_("Answers"), rows, by_group, sizes, profile=profile, plan=plan)
        )
    for key, label in options if pooled.votes else []:
        votes = [vote for vote, _label in VOTES]
        voted = {g: sum(vote_counts(r, key, votes).values()) for g, r in aggregate.groups.items()}
        vote_sizes = {g: voted.get(g, 0) for g in sizes}
        vote_plan = group_plan(vote_sizes, profile)
        if vote_plan is None:
            continue
        by_group = {g: vote_counts(aggregate.groups[g], key, votes) for g in voted if voted[g]}
        view.tables.append(
            count_table(
                _("Votes for %(option)s") % {"option": label},
                list(VOTES),
                by_group,
                vote_sizes,
                profile=profile,
                plan=vote_plan,
            )
        )
    if view.tables:
        view.columns = _column_names(view.tables[0].table, groups)
    if pooled.scores:
        scored = sum(pooled.scores.values())
        view.feelings = disclose_statistic(pooled.mean_score, n=scored, profile=profile)
    return view


def coins_view(
    question: Question, aggregate: Aggregate, groups: queries.Groups, *, profile, seed: int = 0
) -> tuple[CoinsResult, list[tuple[str, Cell]]]:
    result = coins_result(
        aggregate,
        [option.key for option in question.options],
        group_order=groups.keys,
        profile=profile,
        resamples=getattr(settings, "RESULTS_BOOTSTRAP_RESAMPLES", 1000),
        seed=seed,
    )
    names = [
        (OTHER_GROUPS_NAME if column.key == OTHER_GROUPS else groups.name(column.key), column.n)
        for column in result.groups
    ]
    return result, names


def part_label(part: str) -> str:
    return _(PART_LABELS.get(part, part.replace("_", " ").capitalize()))


def channel_names() -> dict[str, str]:
    return dict(Channel.choices)


def coin_rows(question: Question, result: CoinsResult, *, view: str) -> list[dict]:
    """One row per option: the fair share and the mean with their intervals, then each group."""
    main = result.equal_voice if view == "equal-voice" else result.pooled
    rows = []
    for index, option in enumerate(question.options):
        intervals = main.intervals
        rows.append(
            {
                "label": option.label,
                "fair": _at(main.independent_markets, index),
                "fair_interval": intervals.independent_markets[index] if intervals else None,
                "mean": _at(main.mean, index),
                "mean_interval": intervals.mean[index] if intervals else None,
                "groups": [
                    (_at(column.independent_markets, index), _at(column.mean, index))
                    for column in result.groups
                ],
            }
        )
    return rows


def _at(values, index):
    return None if values is None else values[index]
