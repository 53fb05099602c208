"""The order of a participant's pages, after consent and before checking their answers.

About you comes first, then the questions area by area in the consultation's order. Pure Python:
the views give it question ids and what is already answered, and it says where to go.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

ABOUT_YOU = "about_you"
QUESTION = "question"

# The contact step is only for people who asked to hear back in a way that needs details.
ABOUT_YOU_STEPS = ("who", "help", "needs", "hear-back", "contact")


@dataclass(frozen=True)
class Step:
    kind: str
    key: str  # an about-you slug, or a question id


@dataclass(frozen=True)
class Position:
    number: int
    total: int


class Journey:
    def __init__(self, *, question_ids: Iterable[str], wants_contact: bool):
        about = [s for s in ABOUT_YOU_STEPS if s != "contact" or wants_contact]
        self.steps: tuple[Step, ...] = (
            *(Step(ABOUT_YOU, slug) for slug in about),
            *(Step(QUESTION, question_id) for question_id in question_ids),
        )
        self._index = {step: i for i, step in enumerate(self.steps)}

    def __contains__(self, step: Step) -> bool:
        return step in self._index

    def position(self, step: Step) -> Position:
        return Position(self._index[step] + 1, len(self.steps))

    def next(self, step: Step) -> Step | None:
        """The step after this one, or None when the next page is "check your answers"."""
        i = self._index[step] + 1
        return self.steps[i] if i < len(self.steps) else None

    def previous(self, step: Step) -> Step | None:
        """The step before this one, or None when the page before is the resume code page."""
        i = self._index[step] - 1
        return self.steps[i] if i >= 0 else None

    def first_unfinished(self, done: Sequence[Step] | set[Step]) -> Step | None:
        """Where someone coming back carries on: the first step they have not finished yet."""
        done = set(done)
        return next((step for step in self.steps if step not in done), None)
