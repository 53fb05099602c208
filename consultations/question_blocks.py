"""Question blocks for every question type in PRODUCT.md section 5.

Each question keeps its StreamField block id as its stable identity, so answers stay attached when
editors reorder or reword questions. `options()` gives the journey and the results the same keys.
"""

from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from .areas import AREAS

FEELINGS = (
    ("very_good", "Very good"),
    ("good", "Good"),
    ("ok", "OK"),
    ("bad", "Bad"),
    ("very_bad", "Very bad"),
)
YES_NO = (("yes", "Yes"), ("no", "No"), ("not_sure", "Not sure"))
VOTES = (("up", "👍 Yes, more of this"), ("down", "👎 No, less of this"), ("not_sure", "Not sure"))
OFFER_KINDS = (
    ("time", "My time"),
    ("skills", "My skills"),
    ("space", "A space or a room"),
    ("activity", "An activity or a group"),
)


@dataclass(frozen=True)
class Option:
    """One thing a participant can pick, vote on or give coins to."""

    key: str
    label: str
    picture: Any = None  # a Wagtail image, or None
    description: str = ""


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(
        max_length=150, help_text=_("The question, in easy read. It becomes the page heading.")
    )
    hint = blocks.TextBlock(
        required=False, rows=2, help_text=_("Optional. 1 or 2 short sentences.")
    )
    picture = ImageBlock(required=False)
    audio = DocumentChooserBlock(required=False, help_text=_("Optional recording of the question."))
    allow_dont_know = blocks.BooleanBlock(
        required=False, default=True, label=_("Offer 'I do not know'")
    )

    question_type = "question"

    def options(self, value) -> list[Option]:
        return []

    class Meta:
        template = "blocks/question_preview.html"


class OptionBlock(blocks.StructBlock):
    label = blocks.CharBlock(max_length=80)
    picture = ImageBlock(help_text=_("Every option needs a picture."))


def _option_key(index: int) -> str:
    # Options are keyed by position; editors are told not to reorder options once answers arrive.
    return f"option-{index + 1}"


class FeelingsQuestionBlock(QuestionBlock):
    question_type = "feelings"

    def options(self, value) -> list[Option]:
        return [Option(key, label) for key, label in FEELINGS]

    class Meta:
        icon = "pick"
        label = _("Feelings: 5 faces")


class ChoiceQuestionBlock(QuestionBlock):
    options_list = blocks.ListBlock(OptionBlock(), min_num=2, max_num=5, label=_("Options"))
    question_type = "choice"

    def options(self, value) -> list[Option]:
        return [
            Option(_option_key(i), item["label"], item["picture"])
            for i, item in enumerate(value["options_list"])
        ]

    class Meta:
        icon = "radio-full"
        label = _("Choice: pick one")


class ChoicesQuestionBlock(QuestionBlock):
    options_list = blocks.ListBlock(OptionBlock(), min_num=2, max_num=5, label=_("Options"))
    max_choices = blocks.IntegerBlock(
        required=False, min_value=1, help_text=_("Optional. The most options a person can pick.")
    )
    question_type = "choices"

    def options(self, value) -> list[Option]:
        return ChoiceQuestionBlock.options(self, value)

    def clean(self, value):
        value = super().clean(value)
        if value.get("max_choices") and value["max_choices"] > len(value["options_list"]):
            raise StructBlockValidationError(
                block_errors={
                    "max_choices": ValidationError(
                        _("This is more than the number of options. Use a smaller number.")
                    )
                }
            )
        return value

    class Meta:
        icon = "tick-inverse"
        label = _("Choices: pick several")


class YesNoQuestionBlock(QuestionBlock):
    question_type = "yes_no"

    def options(self, value) -> list[Option]:
        return [Option(key, label) for key, label in YES_NO]

    class Meta:
        icon = "check"
        label = _("Yes, no or not sure")


class TextQuestionBlock(QuestionBlock):
    max_length = blocks.IntegerBlock(
        default=1000, min_value=50, max_value=5000, help_text=_("Most letters people can type.")
    )


class TellUsQuestionBlock(TextQuestionBlock):
    question_type = "tell_us"

    class Meta:
        icon = "edit"
        label = _("Tell us: own words")


class GoodLifeQuestionBlock(TextQuestionBlock):
    question_type = "good_life"

    class Meta:
        icon = "pick"
        label = _("Good life: own words")


class LikesDislikesQuestionBlock(TextQuestionBlock):
    question_type = "likes_dislikes"

    class Meta:
        icon = "list-ul"
        label = _("Likes and dislikes about support now")


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


def _model_option(model) -> Option:
    return Option(
        f"model-{model.pk}", model.public_name, model.picture, model.easy_read_description
    )


class VoteQuestionBlock(QuestionBlock):
    options_list = blocks.ListBlock(VoteOptionBlock(), min_num=1, max_num=5, label=_("Options"))
    question_type = "vote"

    def options(self, value) -> list[Option]:
        result = []
        for i, item in enumerate(value["options_list"]):
            if item.get("support_model"):
                result.append(_model_option(item["support_model"]))
            else:
                result.append(Option(_option_key(i), item["label"], item["picture"]))
        return result

    class Meta:
        icon = "thumbtack"
        label = _("Vote: 👍 or 👎 for up to 5 models or ideas")


class CoinsQuestionBlock(QuestionBlock):
    coins = blocks.IntegerBlock(default=10, min_value=1, max_value=100)
    options_from = blocks.ChoiceBlock(
        choices=[("models", _("Models chosen below")), ("areas", _("The 5 areas"))],
        default="models",
    )
    support_models = blocks.ListBlock(
        SnippetChooserBlock("consultations.SupportModel"),
        min_num=0,
        max_num=6,
        label=_("Models"),
        help_text=_("2 to 6 models, when coins go to models."),
    )
    question_type = "coins"

    def options(self, value) -> list[Option]:
        if value["options_from"] == "areas":
            return [Option(f"area-{area.key}", area.name, None, area.summary) for area in AREAS]
        return [_model_option(model) for model in value["support_models"]]

    def clean(self, value):
        value = super().clean(value)
        if value["options_from"] == "models" and not 2 <= len(value["support_models"]) <= 6:
            raise StructBlockValidationError(
                block_errors={
                    "support_models": ValidationError(
                        _("Choose between 2 and 6 models for people to share coins between.")
                    )
                }
            )
        return value

    class Meta:
        icon = "pick"
        label = _("Coins: share out coins")


class OfferQuestionBlock(TextQuestionBlock):
    question_type = "offer"

    def options(self, value) -> list[Option]:
        return [Option(key, label) for key, label in OFFER_KINDS]

    class Meta:
        icon = "group"
        label = _("Offer: what could you give?")


class QuestionStreamBlock(blocks.StreamBlock):
    feelings = FeelingsQuestionBlock()
    choice = ChoiceQuestionBlock()
    choices = ChoicesQuestionBlock()
    yes_no = YesNoQuestionBlock()
    tell_us = TellUsQuestionBlock()
    good_life = GoodLifeQuestionBlock()
    likes_dislikes = LikesDislikesQuestionBlock()
    vote = VoteQuestionBlock()
    coins = CoinsQuestionBlock()
    offer = OfferQuestionBlock()
