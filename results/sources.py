"""Where people's input comes from: one registry, so group tallies can plug in later.

A source is a function ``source(consultation, questions, groups) -> Iterable[Entry]``: it reads
its own rows, in one query per page of questions (never one per response), and says for each row
which question and which group it is for, and how it adds to the results (through the question
type, ``kind.add_answer`` or ``kind.add_tally``). ``results.queries`` adds up every registered
source, so results pages, charts and exports all count the same people.

Organisational responses are deliberately not a source: they are never added into people counts
(RESULTS-AND-DECISIONS.md); they are shown beside them. See docs/adr/019-results.md.
"""

from collections.abc import Callable, Iterable, Iterator, Sequence

from django.db.models import Count

from questions.registry import question_type
from responses.models import Answer, Response

from .aggregate import Entry, group_for

Source = Callable[..., Iterable[Entry]]
_SOURCES: dict[str, Source] = {}


def register_source(name: str, source: Source) -> None:
    """Add a source of people's input (for example "group_tallies") under a stable name."""
    _SOURCES[name] = source


def unregister_source(name: str) -> None:
    _SOURCES.pop(name, None)


def sources() -> list[Source]:
    return list(_SOURCES.values())


def answers_source(consultation, questions: Sequence, groups: dict[str, str]) -> Iterator[Entry]:
    """Every sent answer to these questions, read in one GROUP BY query, with its people's group.

    Each Entry also carries the channel and whether the person was supported, which the staff
    list of people's own words shows.
    """
    kinds = {question.id: question_type(question.type) for question in questions}
    # Identical answers from people in the same situation come back as one row with a count, so
    # the database does the counting and each distinct answer is read and added once.
    rows = (
        Answer.objects.filter(
            response__consultation=consultation,
            response__status=Response.Status.SENT,
            question_id__in=list(kinds),
        )
        .values_list(
            "question_id",
            "value",
            "response__describes",
            "response__channel",
            "response__is_supported",
        )
        .annotate(times=Count("pk"))
        .order_by()
        .iterator(chunk_size=5000)
    )
    for question_id, value, describes, channel, supported, times in rows:
        yield Entry(
            question_id,
            group_for(describes, groups),
            _adder(kinds[question_id], value),
            channel=channel,
            supported=supported,
            times=times,
        )


def _adder(kind, value):
    def add(results):
        kind.add_answer(results, value)

    return add


register_source("answers", answers_source)
