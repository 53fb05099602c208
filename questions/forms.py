"""The participant forms question types share. Each turns a stored answer into initial values and
back; a type with its own shape of answer has its form in its own module.

Error messages are easy read: short, plain, and they say what to do next. Field labels are the
instruction ("Choose 1 answer"); the question itself is the page's h1.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django import forms
from django.templatetags.static import static
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from responses.forms.base import AnsweringForm
from responses.forms.widgets import PictureCheckboxSelectMultiple, PictureRadioSelect

from .options import DONT_KNOW, DONT_KNOW_LABEL, DONT_KNOW_PICTURE, Picture

if TYPE_CHECKING:
    from responses.questions import Question

NOT_BOTH = _("Choose your answers, or choose I do not know. Do not choose both.")


# About how many letters a word takes, with its space: to say a long limit in words people know.
LETTERS_PER_WORD = 6


def _words_for(max_length: int) -> int:
    return max_length // LETTERS_PER_WORD // 10 * 10


def length_hint(max_length: int) -> str:
    """How much someone can write. A limit of 1,000 letters or more is said in words, since
    easy read avoids numbers of 1,000 or more (rule 9)."""
    if max_length < 1000:
        return _("You can write up to %(count)s letters.") % {"count": max_length}
    return _("You can write up to about %(words)d words.") % {"words": _words_for(max_length)}


def too_long_message(max_length: int) -> str:
    """The error for an answer over the limit, in the same terms as the hint above it.

    Django fills in %(limit_value)d and %(show_value)d; a limit said in words has neither, as a
    count of letters in the thousands means little to the person reading it.
    """
    if max_length < 1000:
        return _(
            "Your answer is too long. You can write up to %(limit_value)d letters. "
            "You wrote %(show_value)d."
        )
    return _(
        "Your answer is too long. You can write up to about %(words)d words. "
        "Please make it a bit shorter."
    ) % {"words": _words_for(max_length)}


def text_field(*, label: str, max_length: int, hint: str = "") -> forms.CharField:
    field = forms.CharField(
        label=label,
        help_text=hint or length_hint(max_length),
        required=False,
        max_length=max_length,
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={"max_length": too_long_message(max_length)},
    )
    # No maxlength attribute: browsers would cut off pasted words without saying so.
    field.widget.attrs.pop("maxlength", None)
    return field


class QuestionForm(AnsweringForm):
    """Base for every question type. `answer()` gives the JSON value to store.

    `partial` is set by the question type that makes the form (see QuestionType.form).
    """

    partial = ""

    def __init__(self, *args, question: Question, **kwargs):
        self.question = question
        super().__init__(*args, **kwargs)
        self.add_fields()

    def add_fields(self) -> None:
        raise NotImplementedError

    @classmethod
    def initial_from(cls, question: Question, value: dict | None) -> dict:
        return {}

    def answer(self) -> dict:
        raise NotImplementedError

    def counting(self) -> bool:
        """True when the person asked the page to work something out, not to go on."""
        return False

    def _pictures(self) -> dict:
        pictures = {option.key: option.picture for option in self.question.options}
        return pictures | {DONT_KNOW: Picture(static(DONT_KNOW_PICTURE))}

    def _choices(self) -> list[tuple[str, str]]:
        choices = [(option.key, option.label) for option in self.question.options]
        if self.question.allow_dont_know:
            choices.append((DONT_KNOW, DONT_KNOW_LABEL))
        return choices


class SingleChoiceForm(QuestionForm):
    """Pick 1 answer."""

    def add_fields(self) -> None:
        required = (
            _("Choose 1 answer. If you are not sure, choose I do not know.")
            if self.question.allow_dont_know
            else _("Choose 1 answer.")
        )
        self.fields["answer"] = forms.ChoiceField(
            label=_("Choose 1 answer"),
            choices=self._choices(),
            widget=PictureRadioSelect(pictures=self._pictures()),
            error_messages={
                "required": required,
                "invalid_choice": _("Choose 1 of the answers on this page."),
            },
        )

    @classmethod
    def initial_from(cls, question, value):
        if not value:
            return {}
        return {"answer": DONT_KNOW if value.get(DONT_KNOW) else value.get("choice")}

    def answer(self) -> dict:
        choice = self.cleaned_data["answer"]
        return {DONT_KNOW: True} if choice == DONT_KNOW else {"choice": choice}


class ChoicesForm(QuestionForm):
    """Pick several, with an optional most."""

    def add_fields(self) -> None:
        most = self.question.max_choices
        hint = (
            ngettext("You can choose 1.", "You can choose up to %(count)d.", most) % {"count": most}
            if most
            else _("You can choose as many as you want.")
        )
        self.fields["answer"] = forms.MultipleChoiceField(
            label=_("Choose the answers you want"),
            help_text=hint,
            choices=self._choices(),
            widget=PictureCheckboxSelectMultiple(pictures=self._pictures()),
            error_messages={
                "required": _("Choose at least 1 answer.")
                if not self.question.allow_dont_know
                else _("Choose at least 1 answer. If you are not sure, choose I do not know."),
                "invalid_choice": _("Choose from the answers on this page."),
            },
        )

    def clean_answer(self):
        chosen = self.cleaned_data["answer"]
        if DONT_KNOW in chosen and len(chosen) > 1:
            raise forms.ValidationError(NOT_BOTH)
        most = self.question.max_choices
        if most and len(chosen) > most:
            raise forms.ValidationError(
                _("You chose %(chosen)d answers. You can choose up to %(most)d.")
                % {"chosen": len(chosen), "most": most}
            )
        return chosen

    @classmethod
    def initial_from(cls, question, value):
        if not value:
            return {}
        return {"answer": [DONT_KNOW] if value.get(DONT_KNOW) else value.get("choices", [])}

    def answer(self) -> dict:
        chosen = self.cleaned_data["answer"]
        return {DONT_KNOW: True} if chosen == [DONT_KNOW] else {"choices": chosen}


class TextForm(QuestionForm):
    """Own words. Always optional."""

    def add_fields(self) -> None:
        self.fields["text"] = text_field(
            label=_("Write your answer"), max_length=self.question.max_length
        )

    @classmethod
    def initial_from(cls, question, value):
        return {"text": (value or {}).get("text", "")}

    def answer(self) -> dict:
        # Stored exactly as typed; templates escape it when it is shown.
        return {"text": self.cleaned_data["text"]}
