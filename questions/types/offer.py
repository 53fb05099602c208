"""Offer: what could you or your group give? Kinds of help, and own words."""

from django import forms
from django.utils.translation import gettext_lazy as _

from responses.forms.widgets import PictureCheckboxSelectMultiple

from ..blocks import TextQuestionBlock
from ..forms import QuestionForm, text_field
from ..kinds import OwnWordsType, chosen
from ..options import Option
from ..registry import register
from ..tally import MAX_QUOTES_LENGTH, SeveralCountsTallyForm

OFFER_KINDS = (
    ("time", "My time"),
    ("skills", "My skills"),
    ("space", "A space or a room"),
    ("activity", "An activity or a group"),
)


class OfferQuestionBlock(TextQuestionBlock):
    def options(self, value) -> list[Option]:
        return [
            Option(key, label, static_picture=f"images/answers/offer-{key}.svg")
            for key, label in OFFER_KINDS
        ]

    class Meta:
        icon = "group"
        label = _("Offer: what could you give?")


class OfferForm(QuestionForm):
    """Optional: people can tick kinds of help, write, or both."""

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


class OfferTallyForm(SeveralCountsTallyForm):
    def add_fields(self) -> None:
        super().add_fields()
        self.fields["text"] = forms.CharField(
            label=_("What the group could give"),
            required=False,
            max_length=MAX_QUOTES_LENGTH,
            widget=forms.Textarea(attrs={"rows": 6}),
        )

    def own_value(self) -> dict:
        return super().own_value() | {"text": self.cleaned_data.get("text", "")}

    @classmethod
    def own_initial(cls, question, value):
        return super().own_initial(question, value) | {"text": value.get("text", "")}


@register
class Offer(OwnWordsType):
    name = "offer"
    menu_position = 100
    block_class = OfferQuestionBlock
    form_class = OfferForm
    tally_form_class = OfferTallyForm

    def lines(self, question, value):
        kinds = dict(OFFER_KINDS)
        lines = [kinds[key] for key in value.get("kinds", []) if key in kinds]
        return lines + ([value["text"]] if value.get("text") else [])

    def count(self, results, value):
        results.counts.update(value.get("kinds", []))
        results.text("text", value.get("text", ""))

    def count_tally(self, results, value):
        results.counts.update(chosen(value))
        results.text("text", value.get("text", ""))

    def used_keys(self, value):
        return set(value.get("kinds", []))
