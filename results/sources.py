"""Where people's input comes from: one registry, so group tallies can plug in later.

A source is a function ``source(consultation, questions, groups, *, detail) -> Iterable[Entry]``
(``detail``: also say each entry's channel and whether the person was supported): it reads
its own rows, in one query per page of questions (never one per response), and says for each row
which question and which group it is for, and how it adds to the results (through the question
type, ``kind.add_answer`` or ``kind.add_tally``). ``results.queries`` adds up every registered
source, so results pages, charts and exports all count the same people.

Organisational responses are deliberately not a source: they are never added into people counts
(RESULTS-AND-DECISIONS.md); they are shown beside them. See docs/adr/019-results.md.
"""

from collections.abc import Callable, Iterable, Iterator, Sequence

from django.db.models import Count

from organisations.models import GroupTally
from questions.registry import question_type
from responses.models import Answer, Channel, Response

from .aggregate import NOT_GIVEN, Entry, group_for

Source = Callable[..., Iterable[Entry]]
_SOURCES: dict[str, Source] = {}


def register_source(name: str, source: Source) -> None:
    """Add a source of people's input (for example "group_tallies") under a stable name."""
    _SOURCES[name] = source


def unregister_source(name: str) -> None:
    _SOURCES.pop(name, None)


def sources() -> list[Source]:
    return list(_SOURCES.values())


def answers_source(
    consultation, questions: Sequence, groups: dict[str, str], *, detail: bool = False
) -> Iterator[Entry]:
    """Every sent answer to these questions, read in one GROUP BY query, with its people's group.

    With ``detail`` each Entry also carries the channel and whether the person was supported,
    which the staff list of people's own words shows; without it, rows differing only in those
    are counted together, which is less for the database to sort.
    """
    kinds = {question.id: question_type(question.type) for question in questions}
    fields = ["question_id", "value", "response__describes"]
    if detail:
        fields += ["response__channel", "response__is_supported"]
    # Identical answers from people in the same group come back as one row with a count, so the
    # database does the counting and each distinct answer is read and added once.
    rows = (
        Answer.objects.filter(
            response__consultation=consultation,
            response__status=Response.Status.SENT,
            question_id__in=list(kinds),
        )
        .values(*fields)
        .annotate(times=Count("pk"))
        .order_by()
        .iterator(chunk_size=5000)
    )
    for row in rows:
        question_id = row["question_id"]
        yield Entry(
            question_id,
            group_for(row["response__describes"], groups),
            _adder(kinds[question_id], row["value"]),
            channel=row.get("response__channel", ""),
            supported=row.get("response__is_supported"),
            times=row["times"],
        )


def _adder(kind, value):
    def add(results):
        kind.add_answer(results, value)

    return add


def group_tallies_source(
    consultation, questions: Sequence, groups: dict[str, str], *, detail: bool = False
) -> Iterator[Entry]:
    """Every group session's tally of these questions, in one query: its people count as people.

    A tally is not split by group. When everyone at the session came from one respondent group,
    the tally counts in that group's column; otherwise only in the pooled results (ADR 016).
    """
    kinds = {question.id: question_type(question.type) for question in questions}
    tallies = (
        GroupTally.objects.filter(session__consultation=consultation, question_id__in=list(kinds))
        .select_related("session")
        .prefetch_related("session__members__group")
        .order_by("pk")
    )
    for tally in tallies:
        members = [member for member in tally.session.members.all() if member.people_count]
        group = members[0].group.key if len(members) == 1 else NOT_GIVEN
        yield Entry(
            tally.question_id,
            group,
            _tally_adder(kinds[tally.question_id], tally.value),
            channel=Channel.GROUP_SESSION if detail else "",
        )


def _tally_adder(kind, value):
    def add(results):
        kind.add_tally_value(results, value)

    return add


register_source("answers", answers_source)
register_source("group_tallies", group_tallies_source)
