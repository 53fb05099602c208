"""The question-type registry: every question type is one class, registered by its block name.

The rest of the code asks `question_type(name)` and never switches on a type's name. A type owns
its Wagtail block (and its validation), its participant form and template, how its answer reads on
"check your answers", how answers and group tallies become results, and how seed content becomes
a block value. See docs/adr/007-question-types-option-ids-and-channels.md.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, ClassVar

from django import forms

from .options import DONT_KNOW, DONT_KNOW_LABEL, QUOTES
from .results import Results

if TYPE_CHECKING:
    from responses.questions import Question

    from .blocks import QuestionBlock
    from .forms import QuestionForm
    from .tally import TallyForm

_TYPES: dict[str, QuestionType] = {}
ANSWER_TYPE_LENGTH = 20


class QuestionType:
    # The StreamField block name. It is stored in every page's JSON: never rename it.
    name: ClassVar[str]
    # Where it comes in the editor's "add a question" menu, smallest first.
    menu_position: ClassVar[int] = 1000
    block_class: ClassVar[type[QuestionBlock]]
    form_class: ClassVar[type[QuestionForm]]
    template: ClassVar[str]  # the participant form's partial
    tally_form_class: ClassVar[type[TallyForm]]
    # Its answers are coin ballots (Results.ballots): results show them as shares of resources,
    # through the allocation rules, on the coins screen.
    ballots: ClassVar[bool] = False

    # The block, form and template --------------------------------------------------------------

    def block(self) -> QuestionBlock:
        return self.block_class()

    def form(self, question: Question, data=None, *, value: dict | None = None) -> QuestionForm:
        """The participant form, bound to `data` or showing the saved `value`."""
        if data is not None:
            form = self.form_class(data, question=question)
        else:
            form = self.form_class(
                question=question, initial=self.form_class.initial_from(question, value)
            )
        form.partial = self.template
        return form

    def media(self) -> forms.Media:
        """The scripts and styles its participant form needs (such as coins.js)."""
        return forms.Media(getattr(self.form_class, "Media", None))

    # Check your answers ---------------------------------------------------------------------------

    def answer_lines(self, question: Question, value: dict | None) -> list[str]:
        """An answer in words, one line per part. Empty when there is no answer to show.

        Text is returned as typed; templates escape it.
        """
        if not value:
            return []
        if value.get(DONT_KNOW):
            return [DONT_KNOW_LABEL]
        return self.lines(question, value)

    def lines(self, question: Question, value: dict) -> list[str]:
        raise NotImplementedError

    # Results ----------------------------------------------------------------------------------

    def add_answer(self, results: Results, value: dict) -> None:
        """Add one person's answer to the results."""
        results.people += 1
        if value.get(DONT_KNOW):
            results.dont_know += 1
            return
        self.count(results, value)

    def count(self, results: Results, value: dict) -> None:
        raise NotImplementedError

    # Group tallies (ADR 016) ------------------------------------------------------------------

    def tally_form(self, question: Question, data=None, *, value: dict | None = None) -> TallyForm:
        """The form for typing in a group's answers (see tally.py), bound or showing `value`."""
        if data is not None:
            return self.tally_form_class(data, question=question)
        return self.tally_form_class(question=question, initial=self.tally_initial(question, value))

    def tally_value(self, form: TallyForm) -> dict:
        """A valid tally form as JSON to store. Options are under their stable keys."""
        return form.tally_value()

    def tally_initial(self, question: Question, value: dict | None) -> dict:
        """A stored tally as its form's initial data, so it can be changed."""
        return self.tally_form_class.initial_from(question, value) if value else {}

    def tally_lines(self, question: Question, value: dict) -> list[str]:
        """A stored tally in words, one line per number or note that is not empty.

        Read from the type's own form, so each type's labels say what each number is.
        """
        form = self.tally_form(question, value=value)
        initial = self.tally_initial(question, value)
        return [
            f"{field.label}: {initial[name]}"
            for name, field in form.fields.items()
            if initial.get(name) not in (None, "", 0)
        ]

    def add_tally(self, results: Results, form: TallyForm) -> None:
        """Add a group's tally, from a valid tally form, to the results."""
        self.add_tally_value(results, self.tally_value(form))

    def add_tally_value(self, results: Results, value: dict) -> None:
        """Add a stored group tally to the results: its people, quotes and the type's counts."""
        results.people += value["people"]
        results.dont_know += value.get(DONT_KNOW, 0)
        for quote in value.get(QUOTES, []):
            results.text(QUOTES, quote)
        self.count_tally(results, value)

    def count_tally(self, results: Results, value: dict) -> None:
        raise NotImplementedError

    def used_keys(self, value: dict) -> set[str]:
        """The option keys an answer depends on, so an option with answers is never removed."""
        return set()

    # After sending ------------------------------------------------------------------------------

    def on_send(self, *, response, answer) -> None:
        """Called once for each of this type's answers when its response is sent.

        Most types do nothing: their answers are read by results. A type whose answers start
        something of their own (an idea to moderate) does it here. It may be called again for
        the same answer, so what it does must be safe to repeat.
        """

    # Seed content -----------------------------------------------------------------------------

    def value_from_content(self, item: dict, content: ContentLookup) -> dict:
        """A block value (raw JSON) from a seed content item such as site/content/riverside.json."""
        return {
            "question": item["question"],
            "hint": item.get("hint", ""),
            "picture": content.picture(item["picture"]) if item.get("picture") else None,
            "audio": None,
            "allow_dont_know": item.get("allow_dont_know", True),
        }


class ContentLookup:
    """What seed content needs to name things: pictures and support models by name."""

    def __init__(self, *, picture: Callable[[str], dict], model: Callable[[str], int]):
        self.picture = picture
        self.model = model


def register(cls: type[QuestionType]) -> type[QuestionType]:
    """Class decorator: add a question type to the registry."""
    if cls.name in _TYPES and type(_TYPES[cls.name]) is not cls:
        raise ValueError(f"Two question types are called {cls.name!r}.")
    if len(cls.name) > ANSWER_TYPE_LENGTH:
        # Each answer stores its question's type name (responses.Answer.question_type).
        raise ValueError(f"{cls.name!r} is longer than {ANSWER_TYPE_LENGTH} letters.")
    _TYPES[cls.name] = cls()
    return cls


def question_type(name: str) -> QuestionType:
    return _TYPES[name]


def registered_names() -> set[str]:
    return set(_TYPES)


def acting_on_send() -> list[str]:
    """The names of the types that do something when a response is sent."""
    return [name for name, kind in _TYPES.items() if type(kind).on_send is not QuestionType.on_send]


def question_types() -> list[QuestionType]:
    """Every registered type, in the editor's menu order."""
    return sorted(_TYPES.values(), key=lambda kind: (kind.menu_position, kind.name))


def results_for(
    question: Question, values: Iterable[dict], tallies: Iterable[dict] = ()
) -> Results:
    """Results of a question from its saved answers and its groups' stored tallies."""
    kind = question_type(question.type)
    results = Results(question.id, question.type)
    for value in values:
        kind.add_answer(results, value)
    for tally in tallies:
        kind.add_tally_value(results, tally)
    return results


@contextmanager
def registered(cls: type[QuestionType]) -> Iterator[QuestionType]:
    """Register a type for a while, with its block in the questions StreamField. For tests."""
    from consultations.models import AreaPage

    stream_block = AreaPage._meta.get_field("questions").stream_block
    register(cls)
    block = _TYPES[cls.name].block()
    block.set_name(cls.name)
    stream_block.child_blocks[cls.name] = block
    try:
        yield _TYPES[cls.name]
    finally:
        del stream_block.child_blocks[cls.name]
        del _TYPES[cls.name]
