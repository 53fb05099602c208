"""The database side of results: a handful of queries per screen, never one per response.

- ``consultation_groups``: the groups a consultation reports on, in order (1 query);
- ``channel_counts``, ``people_by_group``, ``communication_needs``: GROUP BY queries over sent
  responses (1 query each);
- ``voices_apart``: group sessions and organisations' responses, as totals (2 queries);
- ``question_results``: the questions asked for and their aggregates, from every registered
  source in ``results.sources`` (1 query per source for the whole page of questions).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain

from django.db.models import Count, Sum
from django.utils.translation import gettext as _

from consultations.models import RespondentGroup
from questions.registry import question_type
from responses.models import CommunicationNeed, Describes, Response
from responses.questions import Question, question_load, question_set

from .aggregate import (
    DESCRIBES_ORDER,
    NOT_GIVEN,
    Aggregate,
    OwnWords,
    aggregate_all,
    describes_groups,
    group_for,
)
from .sources import sources


@dataclass(frozen=True)
class GroupInfo:
    key: str
    name: str
    target: int | None = None
    target_source: str = ""
    is_lived_experience: bool = False
    record: RespondentGroup | None = None


@dataclass(frozen=True)
class Groups:
    """A consultation's groups for results: its respondent groups, then any "about you" answer
    with no group of its own, then "did not say"."""

    infos: tuple[GroupInfo, ...]
    describes: dict[str, str]  # "about you" answer -> group key

    @property
    def keys(self) -> list[str]:
        return [info.key for info in self.infos]

    def reported(self, sizes: dict[str, int]) -> dict[str, int]:
        """The consultation's own groups (even with nobody), and any other group with people."""
        records = {info.key for info in self.infos if info.record is not None}
        return {key: size for key, size in sizes.items() if size or key in records}

    def name(self, key: str) -> str:
        return next((info.name for info in self.infos if info.key == key), key)


def consultation_groups(consultation) -> Groups:
    records = list(RespondentGroup.objects.filter(consultation=consultation))
    describes = describes_groups(group.key for group in records)
    infos = [
        GroupInfo(g.key, g.name, g.target_count, g.target_source, g.is_lived_experience, g)
        for g in records
    ]
    labels = dict(Describes.choices)
    known = {info.key for info in infos}
    for answer in DESCRIBES_ORDER:
        key = describes[answer]
        if key not in known:
            infos.append(GroupInfo(key, _("About you: %(answer)s") % {"answer": labels[answer]}))
            known.add(key)
    infos.append(GroupInfo(NOT_GIVEN, _("Did not say which group")))
    return Groups(tuple(infos), describes)


def _sent(consultation):
    return Response.objects.filter(consultation=consultation, status=Response.Status.SENT)


def channel_counts(consultation) -> dict[str, int]:
    """Sent responses per channel, in the order of ``Channel``, zeros included."""
    from responses.models import Channel

    found = dict(_sent(consultation).order_by().values_list("channel").annotate(count=Count("pk")))
    return {channel: found.get(channel, 0) for channel in Channel.values}


@dataclass(frozen=True)
class VoicesApart:
    """Sessions and organisations' responses: shown beside people's answers, never in them."""

    sessions: int
    session_people: int
    also_answered_alone: int
    org_responses: int
    org_people: int


def voices_apart(consultation) -> VoicesApart:
    from organisations.models import GroupSession, OrganisationalResponse

    sessions = GroupSession.objects.filter(consultation=consultation).aggregate(
        count=Count("pk"), people=Sum("people_count"), alone=Sum("also_answered_alone")
    )
    orgs = (
        OrganisationalResponse.objects.submitted()
        .filter(consultation=consultation)
        .aggregate(count=Count("pk"), people=Sum("people_represented"))
    )
    return VoicesApart(
        sessions=sessions["count"],
        session_people=sessions["people"] or 0,
        also_answered_alone=sessions["alone"] or 0,
        org_responses=orgs["count"],
        org_people=orgs["people"] or 0,
    )


def people_by_group(consultation, groups: Groups) -> dict[str, int]:
    """Sent responses per group, from one GROUP BY over the "about you" answer."""
    rows = _sent(consultation).order_by().values_list("describes").annotate(count=Count("pk"))
    sizes = dict.fromkeys(groups.keys, 0)
    for describes, count in rows:
        sizes[group_for(describes, groups.describes)] += count
    return sizes


def communication_needs(consultation) -> dict[str, int]:
    """How many people asked for each communication need, to plan telling people back."""
    rows = (
        _sent(consultation)
        .order_by()
        .values_list("communication_needs")
        .annotate(count=Count("pk"))
    )
    counts: Counter = Counter()
    for needs, count in rows:
        for need in set(needs or ()):
            counts[need] += count
    return {need: counts.get(need, 0) for need in CommunicationNeed.values}


def organisations_by_group(consultation, groups: Groups) -> dict[str, list[str]]:
    """Which organisations reached each group: active pledges, and entries they typed in."""
    from organisations.models import Pledge

    found: dict[str, set[str]] = {key: set() for key in groups.keys}
    pledged = (
        Pledge.objects.active()
        .filter(group__consultation=consultation)
        .values_list("group__key", "organisation__name")
    )
    for key, name in pledged:
        found.setdefault(key, set()).add(name)
    rows = (
        _sent(consultation)
        .filter(organisation__isnull=False)
        .order_by()
        .values_list("describes", "organisation__name")
        .distinct()
    )
    for describes, name in rows:
        found[group_for(describes, groups.describes)].add(name)
    return {key: sorted(names) for key, names in found.items()}


def questions_of(consultation, *, area_key: str | None = None) -> list[Question]:
    """The consultation's questions, in order, loaded without pictures."""
    refs = question_set(consultation).refs
    if area_key:
        refs = [ref for ref in refs if ref.area_key == area_key]
    return [question_load(ref, pictures=False) for ref in refs]


def question_results(
    consultation,
    questions: Sequence[Question],
    groups: Groups,
    *,
    own_words: list[OwnWords] | None = None,
) -> dict[str, Aggregate]:
    """Aggregates for these questions from every registered source."""
    pairs = [(question.id, question.type) for question in questions]
    entries = chain.from_iterable(
        source(consultation, questions, groups.describes, detail=own_words is not None)
        for source in sources()
    )
    return aggregate_all(pairs, entries, own_words=own_words)


def is_ballot_question(question: Question) -> bool:
    return question_type(question.type).ballots
