"""One form per question type. Each turns a stored answer into initial values and back.

Error messages are easy read: short, plain, and they say what to do next. Field labels are the
instruction ("Choose 1 answer"); the question itself is the page's h1.
"""

from django import forms
from django.templatetags.static import static
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from consultations.question_blocks import OFFER_KINDS, VOTES

from ..questions import DONT_KNOW, DONT_KNOW_LABEL, DONT_KNOW_PICTURE, Picture, Question
from .base import AnsweringForm
from .widgets import PictureCheckboxSelectMultiple, PictureRadioSelect

NOT_BOTH = _("Choose your answers, or choose I do not know. Do not choose both.")


def text_field(*, label: str, max_length: int, hint: str = "") -> forms.CharField:
    field = forms.CharField(
        label=label,
        help_text=hint or _("You can write up to %(count)s letters.") % {"count": max_length},
        required=False,
        max_length=max_length,
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={
            "max_length": _(
                "Your answer is too long. You can write up to %(limit_value)d letters. "
                "You wrote %(show_value)d."
            ),
        },
    )
    # No maxlength attribute: browsers would cut off pasted words without saying so.
    field.widget.attrs.pop("maxlength", None)
    return field


class QuestionForm(AnsweringForm):
    """Base for every question type. `answer()` gives the JSON value to store."""

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

    def _pictures(self) -> dict:
        pictures = {option.key: option.picture for option in self.question.options}
        return pictures | {DONT_KNOW: Picture(static(DONT_KNOW_PICTURE))}

    def _choices(self) -> list[tuple[str, str]]:
        choices = [(option.key, option.label) for option in self.question.options]
        if self.question.allow_dont_know:
            choices.append((DONT_KNOW, DONT_KNOW_LABEL))
        return choices


class SingleChoiceForm(QuestionForm):
    """Feelings, choice, and yes / no / not sure: pick 1 answer."""

    partial = "responses/questions/choice.html"

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

    partial = "responses/questions/choice.html"

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
    """Tell us, and good life: own words. Always optional."""

    partial = "responses/questions/text.html"

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


class LikesDislikesForm(QuestionForm):
    partial = "responses/questions/text.html"

    def add_fields(self) -> None:
        length = self.question.max_length
        self.fields["likes"] = text_field(label=_("What you like"), max_length=length)
        self.fields["dislikes"] = text_field(label=_("What you do not like"), max_length=length)

    @classmethod
    def initial_from(cls, question, value):
        value = value or {}
        return {"likes": value.get("likes", ""), "dislikes": value.get("dislikes", "")}

    def answer(self) -> dict:
        return {"likes": self.cleaned_data["likes"], "dislikes": self.cleaned_data["dislikes"]}


class OfferForm(QuestionForm):
    """What could you or your group give? Kinds of help, and own words. Optional."""

    partial = "responses/questions/text.html"

    def add_fields(self) -> None:
        self.fields["kinds"] = forms.MultipleChoiceField(
            label=_("Choose all the things you could give"),
            required=False,
            choices=list(OFFER_KINDS),
            widget=PictureCheckboxSelectMultiple(pictures=self._pictures()),
            error_messages={"invalid_choice": _("Choose from the answers on this page.")},
        )
        self.fields["text"] = text_field(
            label=_("Tell us more about what you could give"),
            max_length=self.question.max_length,
        )

    @classmethod
    def initial_from(cls, question, value):
        value = value or {}
        return {"kinds": value.get("kinds", []), "text": value.get("text", "")}

    def answer(self) -> dict:
        return {"kinds": self.cleaned_data["kinds"], "text": self.cleaned_data["text"]}


class VoteForm(QuestionForm):
    """👍, 👎 or not sure for each model or idea."""

    partial = "responses/questions/vote.html"

    def add_fields(self) -> None:
        for option in self.question.options:
            self.fields[f"vote_{option.key}"] = forms.ChoiceField(
                label=option.label,
                required=False,
                choices=list(VOTES),
                widget=forms.RadioSelect,
                error_messages={
                    "invalid_choice": _("Choose 1 of the answers for %(name)s.")
                    % {"name": option.label}
                },
            )
        if self.question.allow_dont_know:
            self.fields[DONT_KNOW] = forms.BooleanField(label=DONT_KNOW_LABEL, required=False)

    def option_fields(self):
        return [(option, self[f"vote_{option.key}"]) for option in self.question.options]

    def clean(self):
        cleaned = super().clean()
        votes = self._votes(cleaned)
        if cleaned.get(DONT_KNOW) and votes:
            raise forms.ValidationError(NOT_BOTH)
        if not votes and not cleaned.get(DONT_KNOW) and not self.errors:
            raise forms.ValidationError(
                _("Choose an answer for at least 1 of these.")
                if not self.question.allow_dont_know
                else _("Choose an answer for at least 1 of these. Or choose I do not know.")
            )
        return cleaned

    def _votes(self, cleaned) -> dict:
        votes = {}
        for option in self.question.options:
            vote = cleaned.get(f"vote_{option.key}")
            if vote:
                votes[option.key] = vote
        return votes

    @classmethod
    def initial_from(cls, question, value):
        value = value or {}
        initial = {f"vote_{key}": vote for key, vote in value.get("votes", {}).items()}
        if value.get(DONT_KNOW):
            initial[DONT_KNOW] = True
        return initial

    def answer(self) -> dict:
        if self.cleaned_data.get(DONT_KNOW):
            return {DONT_KNOW: True}
        return {"votes": self._votes(self.cleaned_data)}
