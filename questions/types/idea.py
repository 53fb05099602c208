"""Suggest an idea: a name, a few words, and what it might cost. Always optional.

When the person sends their answers, each idea goes to the commissioner to check (ideas app). The
answer itself stays an answer like any other, so results can still read it.
"""

import re

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from ..blocks import QuestionBlock
from ..forms import QuestionForm, text_field
from ..kinds import OwnWordsType
from ..registry import register
from ..tally import NotesTallyForm

TITLE_LENGTH = 150
MOST_POUNDS = 100_000_000
# People write amounts as they say them: "£1,500", "1500 pounds", "500.00".
_MONEY_NOISE = re.compile(r"[£,\s]|pounds?$|\.00$", re.IGNORECASE)


def pounds_from_text(typed: str) -> int | None:
    """Whole pounds from what someone typed, or None when they left it empty."""
    typed = _MONEY_NOISE.sub("", typed or "")
    if not typed:
        return None
    if not typed.isdigit() or int(typed) > MOST_POUNDS:
        raise forms.ValidationError(
            _("Write how many pounds it might cost, like 500. Or leave it empty.")
        )
    return int(typed)


class IdeaQuestionBlock(QuestionBlock):
    class Meta:
        icon = "comment"
        label = _("Suggest an idea")


class IdeaForm(QuestionForm):
    def add_fields(self) -> None:
        self.fields["title"] = forms.CharField(
            label=_("What is your idea?"),
            help_text=_("Give it a short name. For example: a cafe run by people we support."),
            required=False,
            max_length=TITLE_LENGTH,
            error_messages={
                "max_length": _("The name is too long. Use %(limit_value)d letters or fewer.")
            },
        )
        self.fields["title"].widget.attrs.pop("maxlength", None)
        self.fields["text"] = text_field(
            label=_("Tell us a bit more"),
            max_length=1000,
            hint=_("A few words. You do not have to."),
        )
        self.fields["cost"] = forms.CharField(
            label=_("How much might it cost?"),
            help_text=_("Only if you know. Write how many pounds, like 500."),
            required=False,
            widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
        )

    def clean_cost(self) -> int | None:
        return pounds_from_text(self.cleaned_data["cost"])

    def clean(self):
        cleaned = super().clean()
        if (cleaned.get("text") or cleaned.get("cost")) and not cleaned.get("title"):
            self.add_error("title", _("Give your idea a short name."))
        return cleaned

    @classmethod
    def initial_from(cls, question, value):
        value = value or {}
        cost = value.get("cost")
        return {
            "title": value.get("title", ""),
            "text": value.get("text", ""),
            "cost": "" if cost is None else str(cost),
        }

    def answer(self) -> dict:
        return {
            "title": self.cleaned_data["title"].strip(),
            "text": self.cleaned_data["text"],
            "cost": self.cleaned_data["cost"],
        }


class IdeaTallyForm(NotesTallyForm):
    parts = (("text", _("The ideas the group had")),)


def cost_text(pounds: int | None) -> str:
    if pounds is None:
        return ""
    return gettext("It might cost £%(pounds)s.") % {"pounds": f"{pounds:,}"}


@register
class SuggestIdea(OwnWordsType):
    name = "idea"
    menu_position = 110
    block_class = IdeaQuestionBlock
    form_class = IdeaForm
    tally_form_class = IdeaTallyForm

    def lines(self, question, value):
        lines = [value.get("title", ""), value.get("text", ""), cost_text(value.get("cost"))]
        return [line for line in lines if line]

    def count(self, results, value):
        results.text("title", value.get("title", ""))
        results.text("text", value.get("text", ""))

    def on_send(self, *, response, answer) -> None:
        """Each idea waits for the commissioner to check it. Sending again finds the same idea."""
        from ideas.models import Source
        from ideas.services import idea_suggest

        value = answer.value or {}
        if not value.get("title"):
            return
        idea_suggest(
            consultation=response.consultation,
            area_key=answer.area_key,
            title=value["title"],
            easy_title=value["title"],
            body=value.get("text", ""),
            cost_estimate=value.get("cost"),
            source=Source.PERSON,
            response=response,
            question_id=answer.question_id,
        )

    def value_from_content(self, item, content):
        return super().value_from_content(item, content) | {"allow_dont_know": False}
