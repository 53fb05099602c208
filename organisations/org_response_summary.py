"""Organisational responses beside people's results. Plain Python, no Django (ADR 020).

People's answers, paper forms and group sessions are people: they are counted in `Results`.
An organisational response is one organisation's view, which says how many people it speaks for.
It is listed beside the people's results and never added into them: adding it would count the
same people twice (they may also have answered themselves) and let a large organisation outweigh
the people it speaks for.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from questions.results import Results

SUBMITTED = "submitted"


@dataclass(frozen=True)
class OrgResponseEntry:
    """One organisation's response to one area, as results need it."""

    organisation: str
    verified: bool
    status: str  # "submitted" or "withdrawn": drafts never reach results
    area_key: str
    people_represented: int
    groups: tuple[tuple[str, int], ...]  # (group name, people), in the consultation's order
    methods: tuple[str, ...]  # how views were gathered, as labels
    answers: dict[str, dict]  # question id: the answer, in the same shape as a person's

    @property
    def is_submitted(self) -> bool:
        return self.status == SUBMITTED

    def answer_to(self, question_id: str) -> dict | None:
        return self.answers.get(question_id)


@dataclass(frozen=True)
class QuestionBeside:
    """One question's people results, with the organisations' answers to it listed beside."""

    results: Results
    organisations: tuple[OrgResponseEntry, ...]

    @property
    def people(self) -> int:
        """People counted: only people, never organisations."""
        return self.results.people

    @property
    def people_spoken_for(self) -> int:
        """What the organisations say they speak for. Shown apart, never added to `people`."""
        return sum(entry.people_represented for entry in self.organisations)


def beside_people(results: Results, entries: Iterable[OrgResponseEntry]) -> QuestionBeside:
    """Submitted responses that answered this question, beside the people's results.

    Withdrawn responses are left out. `results` is passed through untouched.
    """
    answered = tuple(
        entry
        for entry in entries
        if entry.is_submitted and entry.answer_to(results.question_id) is not None
    )
    return QuestionBeside(results=results, organisations=answered)
