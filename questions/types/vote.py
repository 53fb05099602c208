"""Vote: more, less or not sure for each of up to 5 models or ideas.

Each option is a list item, and its block id is its identity, whether it names a support model or
an idea of its own.
"""

import uuid

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from responses.forms.widgets import PictureRadioSelect, StaticPicture

from ..blocks import QuestionBlock, model_option
from ..forms import NOT_BOTH, QuestionForm
from ..options import DONT_KNOW, DONT_KNOW_LABEL, Option
from ..registry import QuestionType, register
from ..tally import TallyForm, count_field

VOTES = (("up", "Yes, more of this"), ("down", "No, less of this"), ("not_sure", "Not sure"))
# Drawn pictures, not emoji: emoji show as empty boxes where no emoji font is installed, and
# screen readers read them out ("thumbs up sign") before the words.
VOTE_PICTURES = {
    "up": StaticPicture("images/answers/vote-up.svg"),
    "down": StaticPicture("images/answers/vote-down.svg"),
    "not_sure": StaticPicture("images/answers/not-sure-vote.svg"),
}


class VoteOptionBlock(blocks.StructBlock):
    support_model = SnippetChooserBlock("consultations.SupportModel", required=False)
    label = blocks.CharBlock(
        max_length=80, required=False, help_text=_("For an idea that is not a model.")
    )
    picture = ImageBlock(required=False, help_text=_("Needed for an idea that is not a model."))

    def clean(self, value):
        value = super().clean(value)
        if not value.get("support_model") and not (value.get("label") and value.get("picture")):
            raise StructBlockValidationError(
                non_block_errors=[
                    ValidationError(_("Choose a model, or give the idea a name and a picture."))
                ]
            )
        return value


class VoteQuestionBlock(QuestionBlock):
    options_list = blocks.ListBlock(VoteOptionBlock(), min_num=1, max_num=5, label=_("Options"))

    def options(self, value) -> list[Option]:
        result = []
        for child in value["options_list"].bound_blocks:
            item = child.value
            if item.get("support_model"):
                result.append(model_option(item["support_model"], child.id))
            else:
                result.append(Option(child.id, item["label"], item["picture"]))
        return result

    def models_shown(self, value) -> list:
        return [item["support_model"] for item in value["options_list"] if item["support_model"]]

    class Meta:
        icon = "thumbtack"
        label = _("Vote: more or less of up to 5 models or ideas")


class VoteForm(QuestionForm):
    def add_fields(self) -> None:
        for option in self.question.options:
            self.fields[f"vote_{option.key}"] = forms.ChoiceField(
                label=option.label,
                required=False,
                choices=list(VOTES),
                widget=PictureRadioSelect(pictures=VOTE_PICTURES),
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


class VoteTallyForm(TallyForm):
    """For each option: how many voted for more, for less, and were not sure."""

    def add_fields(self) -> None:
        for option in self.question.options:
            for vote, label in VOTES:
                self.fields[f"vote_{option.key}_{vote}"] = count_field(f"{option.label}: {label}")

    def votes(self) -> dict[str, dict[str, int]]:
        return {
            option.key: {
                vote: self.cleaned_data.get(f"vote_{option.key}_{vote}") or 0
                for vote, _label in VOTES
            }
            for option in self.question.options
        }

    def own_value(self) -> dict:
        return {"votes": self.votes()}

    @classmethod
    def own_initial(cls, question, value):
        votes = value.get("votes", {})
        return {
            f"vote_{option.key}_{vote}": votes.get(option.key, {}).get(vote, 0)
            for option in question.options
            for vote, _label in VOTES
        }

    def clean(self):
        cleaned = super().clean()
        if not self.errors:
            for votes in self.votes().values():
                if sum(votes.values()) > cleaned["people"]:
                    raise forms.ValidationError(_("An option has more votes than people."))
        return cleaned


@register
class Vote(QuestionType):
    name = "vote"
    menu_position = 80
    block_class = VoteQuestionBlock
    form_class = VoteForm
    template = "questions/vote.html"
    tally_form_class = VoteTallyForm

    def lines(self, question, value):
        labels = {option.key: option.label for option in question.options}
        names = dict(VOTES)
        return [
            f"{labels[key]}: {names.get(vote, vote)}"
            for key, vote in value.get("votes", {}).items()
            if key in labels
        ]

    def count(self, results, value):
        for key, vote in value.get("votes", {}).items():
            results.vote(key, vote)

    def count_tally(self, results, value):
        for key, votes in value.get("votes", {}).items():
            for vote, count in votes.items():
                if count:
                    results.vote(key, vote, count)

    def used_keys(self, value):
        return set(value.get("votes", {}))

    def value_from_content(self, item, content):
        value = super().value_from_content(item, content)
        return value | {
            "options_list": [
                {
                    "type": "item",
                    "value": {"support_model": content.model(name), "label": "", "picture": None},
                    "id": str(uuid.uuid4()),
                }
                for name in item["options"]
            ]
        }
