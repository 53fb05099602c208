"""Answers become results per question, per respondent group and for everyone: pure Python.

The database side (``results/queries.py``) reads rows and turns each one into an ``Entry``: which
question, which group, and how it adds to a ``Results`` (``questions/results.py``). How an entry
adds is the question type's business, asked through the registry (``kind.add_answer`` for a
person, ``kind.add_tally`` for a group session's tally), so nothing here knows one type from
another. Entries from other sources (group tallies, later) plug in through ``results/sources.py``.

Every person is counted in exactly one group, because the disclosure tables need groups that add
up to everyone (ADR 011). ``group_for`` picks it from the person's "about you" answer.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from questions.results import Results

NOT_GIVEN = "not-given"
"""The group of people who did not say which group they are in."""

DONT_KNOW_ROW = "dont-know"
"""The row key for "I do not know" in a table of counts."""

# The "about you" answers (responses.models.Describes), most specific to the results first: a
# person who uses support and is also a carer is counted with people who use support.
DESCRIBES_ORDER = ("uses_support", "family_carer", "works_in_care", "vcse_group", "other")

# Until a response records its respondent group directly, the "about you" answer is matched to the
# consultation's groups by key. Any of these keys, in the consultation's groups, takes the answer.
DESCRIBES_GROUP_KEYS = {
    "uses_support": ("uses_support", "uses-support", "people-who-use-support"),
    "family_carer": ("family_carer", "family-carers", "carers"),
    "works_in_care": ("works_in_care", "works-in-care", "care-workers", "workers"),
    "vcse_group": ("vcse_group", "vcse", "community-groups"),
    "other": ("other",),
}


def describes_groups(group_keys: Iterable[str]) -> dict[str, str]:
    """Which consultation group each "about you" answer belongs to.

    An answer with no matching group keeps a group of its own, keyed ``about-you-<answer>``, so
    nobody is lost and nothing is guessed.
    """
    keys = list(group_keys)
    found = {}
    for describes, aliases in DESCRIBES_GROUP_KEYS.items():
        match = next((key for key in keys if key in aliases), None)
        found[describes] = match or f"about-you-{describes.replace('_', '-')}"
    return found


def group_for(describes: Sequence[str] | None, groups: Mapping[str, str]) -> str:
    """The one group a person is counted in, from their "about you" answer (a list)."""
    given = set(describes or ())
    for answer in DESCRIBES_ORDER:
        if answer in given:
            return groups[answer]
    return NOT_GIVEN


@dataclass(frozen=True)
class Entry:
    """One person's answer (or one group's tally) to one question, ready to add to results."""

    question_id: str
    group: str
    add: Callable[[Results], None]
    channel: str = ""
    supported: bool | None = None
    times: int = 1  # how many people gave exactly this answer, in this group and channel


@dataclass
class Aggregate:
    """One question's results: for everyone, and for each group that has anyone in it."""

    question_id: str
    question_type: str
    pooled: Results
    groups: dict[str, Results] = field(default_factory=dict)

    def sizes(self, group_keys: Iterable[str]) -> dict[str, int]:
        """People per group, for these groups in this order (0 for a group nobody came from),
        then any other group that has people."""
        keys = list(group_keys)
        sizes = {key: self.groups[key].people if key in self.groups else 0 for key in keys}
        for key, results in self.groups.items():
            sizes.setdefault(key, results.people)
        return sizes


def aggregate(question_id: str, question_type: str, entries: Iterable[Entry]) -> Aggregate:
    """Add every entry for this question to the pooled results and to its group's results."""
    return aggregate_all([(question_id, question_type)], entries)[question_id]


@dataclass(frozen=True)
class OwnWords:
    """Words a person wrote, with how they answered, for the staff list (never for the public)."""

    question_id: str
    part: str
    words: str
    group: str
    channel: str
    supported: bool | None


def aggregate_all(
    questions: Sequence[tuple[str, str]],
    entries: Iterable[Entry],
    *,
    own_words: list[OwnWords] | None = None,
) -> dict[str, Aggregate]:
    """Results for many questions from one stream of entries (one database query per page).

    Pass a list as ``own_words`` to collect each piece of free text with its channel.
    """
    found = {qid: Aggregate(qid, kind, Results(qid, kind)) for qid, kind in questions}
    for entry in entries:
        result = found.get(entry.question_id)
        if result is None:
            continue
        # The type adds the answer once; identical answers are then counted ``times`` over.
        one = Results(result.question_id, result.question_type)
        entry.add(one)
        result.pooled.add_times(one, entry.times)
        group = result.groups.get(entry.group)
        if group is None:
            group = result.groups[entry.group] = Results(result.question_id, result.question_type)
        group.add_times(one, entry.times)
        if own_words is not None:
            for part, texts in one.texts.items():
                for words in texts:
                    own_words.extend(
                        [
                            OwnWords(
                                entry.question_id,
                                part,
                                words,
                                entry.group,
                                entry.channel,
                                entry.supported,
                            )
                        ]
                        * entry.times
                    )
    return found


def option_counts(
    results: Results, option_keys: Sequence[str], *, with_dont_know: bool
) -> dict[str, int]:
    """Counts per option in the question's order, then "I do not know" when it can be chosen.

    Counts for options no longer on the question are left out: an option with answers cannot be
    removed (ADR 007), so this only drops what the type does not count per option.
    """
    counts = {key: results.counts.get(key, 0) for key in option_keys}
    if with_dont_know:
        counts[DONT_KNOW_ROW] = results.dont_know
    return counts


def vote_counts(results: Results, option_key: str, votes: Sequence[str]) -> dict[str, int]:
    """How many people gave each vote to one option."""
    given = results.votes.get(option_key, {})
    return {vote: given.get(vote, 0) for vote in votes}
