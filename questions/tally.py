"""How a group's answers to a question are typed in at once: counts, votes, coin totals, notes.

Staff or a facilitator fill one of these after a group session. Each question type names its
tally form. A valid form gives a `tally_value()`: plain JSON, with options under their stable keys,
which is stored (organisations.GroupTally) and added to results later by
`QuestionType.add_tally_value`, alongside the answers people gave one by one. `initial_from` turns a
stored value back into the form's fields, so a saved tally can be changed. See ADR 016.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django import forms
from django.utils.translation import gettext_lazy as _

from responses.forms.base import AnsweringForm

from .options import DONT_KNOW, DONT_KNOW_LABEL, QUOTES

MAX_QUOTES_LENGTH = 5000

if TYPE_CHECKING:
    from responses.questions import Question


def number_input() -> forms.TextInput:
    # A text box, not type="number": GOV.UK advises against it (scrolling changes the value).
    return forms.TextInput(attrs={"inputmode": "numeric", "class": "input--width-4"})


def count_field(label: str) -> forms.IntegerField:
    return forms.IntegerField(
        label=label,
        min_value=0,
        max_value=100_000,
        required=False,
        widget=number_input(),
        error_messages={"invalid": _("Type a whole number, like 3.")},
    )


class TallyForm(AnsweringForm):
    """Base: how many people took part, and how many said "I do not know"."""

    def __init__(self, *args, question: Question, **kwargs):
        self.question = question
        super().__init__(*args, **kwargs)
        self.fields["people"] = forms.IntegerField(
            label=_("How many people answered this question"),
            min_value=1,
            max_value=100_000,
            widget=number_input(),
            error_messages={
                "required": _("Type how many people answered, like 8."),
                "invalid": _("Type a whole number, like 8."),
            },
        )
        self.add_fields()
        if question.allow_dont_know:
            self.fields[DONT_KNOW] = count_field(DONT_KNOW_LABEL)
        self.fields[QUOTES] = forms.CharField(
            label=_("What people said, in their own words"),
            help_text=_("Optional. A few things people said, one on each line, as they said them."),
            required=False,
            max_length=MAX_QUOTES_LENGTH,
            widget=forms.Textarea(attrs={"rows": 5}),
        )

    def add_fields(self) -> None:
        pass

    # Stored values ------------------------------------------------------------------------------

    def tally_value(self) -> dict:
        """The cleaned form as JSON-safe data to store: {"people", "dont_know", "quotes", ...}."""
        return {
            "people": self.people(),
            "dont_know": self.dont_know(),
            QUOTES: self.quotes(),
        } | self.own_value()

    def own_value(self) -> dict:
        """What this kind of tally adds to the stored value."""
        return {}

    @classmethod
    def initial_from(cls, question: Question, value: dict) -> dict:
        """The form's fields from a stored value."""
        initial = {"people": value.get("people"), QUOTES: "\n".join(value.get(QUOTES, []))}
        if question.allow_dont_know:
            initial[DONT_KNOW] = value.get(DONT_KNOW, 0)
        return initial | cls.own_initial(question, value)

    @classmethod
    def own_initial(cls, question: Question, value: dict) -> dict:
        return {}

    def quotes(self) -> list[str]:
        typed = self.cleaned_data.get(QUOTES, "")
        return [line.strip() for line in typed.splitlines() if line.strip()]

    def people(self) -> int:
        return self.cleaned_data["people"]

    def dont_know(self) -> int:
        return self.cleaned_data.get(DONT_KNOW) or 0

    def clean(self):
        cleaned = super().clean()
        if not self.errors and self.dont_know() > cleaned["people"]:
            raise forms.ValidationError(_("More people chose I do not know than answered."))
        return cleaned


class OptionCountsTallyForm(TallyForm):
    """How many people chose each option. With `one_each`, every person chose exactly one."""

    one_each = True

    def add_fields(self) -> None:
        for option in self.question.options:
            self.fields[f"count_{option.key}"] = count_field(option.label)

    def counts(self) -> dict[str, int]:
        return {
            option.key: self.cleaned_data.get(f"count_{option.key}") or 0
            for option in self.question.options
        }

    def own_value(self) -> dict:
        return {"counts": self.counts()}

    @classmethod
    def own_initial(cls, question, value):
        counts = value.get("counts", {})
        return {f"count_{option.key}": counts.get(option.key, 0) for option in question.options}

    def clean(self):
        cleaned = super().clean()
        if self.errors:
            return cleaned
        chosen = sum(self.counts().values()) + self.dont_know()
        if self.one_each and chosen != cleaned["people"]:
            raise forms.ValidationError(
                _("The numbers add up to %(chosen)d, not %(people)d people.")
                % {"chosen": chosen, "people": cleaned["people"]}
            )
        if any(count > cleaned["people"] for count in self.counts().values()):
            raise forms.ValidationError(_("An option has more people than answered."))
        return cleaned


class SeveralCountsTallyForm(OptionCountsTallyForm):
    one_each = False


class CoinTotalsTallyForm(TallyForm):
    """The coins the whole group put on each option: every person shares out all their coins."""

    def add_fields(self) -> None:
        for option in self.question.options:
            self.fields[f"coins_{option.key}"] = count_field(option.label)

    def totals(self) -> dict[str, int]:
        return {
            option.key: self.cleaned_data.get(f"coins_{option.key}") or 0
            for option in self.question.options
        }

    def sharers(self) -> int:
        return self.people() - self.dont_know()

    def own_value(self) -> dict:
        return {"coins": self.totals()}

    @classmethod
    def own_initial(cls, question, value):
        coins = value.get("coins", {})
        return {f"coins_{option.key}": coins.get(option.key, 0) for option in question.options}

    def clean(self):
        cleaned = super().clean()
        if self.errors:
            return cleaned
        expected = self.sharers() * self.question.coins
        used = sum(self.totals().values())
        if used != expected:
            raise forms.ValidationError(
                _(
                    "The coins add up to %(used)d. %(people)d people with %(coins)d coins each "
                    "have %(expected)d."
                )
                % {
                    "used": used,
                    "people": self.sharers(),
                    "coins": self.question.coins,
                    "expected": expected,
                }
            )
        return cleaned


class NotesTallyForm(TallyForm):
    """What the group said in their own words, one box per part of the question."""

    parts: tuple[tuple[str, str], ...] = (("text", _("What the group said")),)

    def add_fields(self) -> None:
        for part, label in self.parts:
            self.fields[part] = forms.CharField(
                label=label,
                required=False,
                max_length=MAX_QUOTES_LENGTH,
                widget=forms.Textarea(attrs={"rows": 6}),
            )

    def notes(self) -> dict[str, str]:
        return {part: self.cleaned_data.get(part, "") for part, _label in self.parts}

    def own_value(self) -> dict:
        return {"notes": self.notes()}

    @classmethod
    def own_initial(cls, question, value):
        notes = value.get("notes", {})
        return {part: notes.get(part, "") for part, _label in cls.parts}
