"""The order of a participant's pages, after consent and before checking their answers.

About you comes first, then the questions area by area in the consultation's order. Pure Python:
the views give it question ids and what is already answered, and it says where to go.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

ABOUT_YOU = "about_you"
QUESTION = "question"

# One question per page. Two steps only come when an answer before them asks for them: "who is
# helping you" after "yes, someone is helping me", and contact details after asking to hear back
# in a way that needs them.
ABOUT_YOU_STEPS = ("who", "help", "helper", "needs", "hear-back", "contact")
SOMETIMES = {"helper": "is_supported", "contact": "wants_contact"}


@dataclass(frozen=True)
class Step:
    kind: str
    key: str  # an about-you slug, or a question id


@dataclass(frozen=True)
class Position:
    number: int
    total: int


class Journey:
    def __init__(
        self, *, question_ids: Iterable[str], wants_contact: bool, is_supported: bool = False
    ):
        shown = {"is_supported": is_supported, "wants_contact": wants_contact}
        about = [s for s in ABOUT_YOU_STEPS if s not in SOMETIMES or shown[SOMETIMES[s]]]
        self.steps: tuple[Step, ...] = (
            *(Step(ABOUT_YOU, slug) for slug in about),
            *(Step(QUESTION, question_id) for question_id in question_ids),
        )
        self._index = {step: i for i, step in enumerate(self.steps)}
        # Pages that may still come after each About you page, counting the ones an answer can
        # add, so the "of" number never grows when someone chooses email or "yes, I am helped".
        self._may_come_after = {
            slug: len(ABOUT_YOU_STEPS) - 1 - i for i, slug in enumerate(ABOUT_YOU_STEPS)
        }

    def __contains__(self, step: Step) -> bool:
        return step in self._index

    def position(self, step: Step) -> Position:
        """Page N of M, where M counts every page that may still come.

        N goes up by 1 with each page. M never goes up: an answer that adds a page (such as the
        contact page) was already counted, and one that takes a page away makes M smaller.
        """
        i = self._index[step]
        questions_left = sum(1 for s in self.steps[i + 1 :] if s.kind == QUESTION)
        if step.kind == ABOUT_YOU:
            return Position(i + 1, i + 1 + self._may_come_after[step.key] + questions_left)
        return Position(i + 1, i + 1 + questions_left)

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
