"""The Wagtail blocks every question type builds on, and the options list with stable ids.

Each question keeps its StreamField block id as its identity, so answers stay attached when
editors reorder or reword questions. Each option in a list keeps its ListBlock item id the same
way: `options()` gives the journey and the results those ids, never positions.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock

from .options import Option


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

    def options(self, value) -> list[Option]:
        return []

    def models_shown(self, value) -> list:
        """The support models this question shows, so their pictures load in one query."""
        return []

    def shares_now(self, value, area_page) -> dict[str, int]:
        """How many of every 10 pounds each option gets today, by option key, where known."""
        return {}

    class Meta:
        template = "blocks/question_preview.html"


class OptionBlock(blocks.StructBlock):
    label = blocks.CharBlock(max_length=80)
    picture = ImageBlock(help_text=_("Every option needs a picture."))


def options_list(*, min_num: int) -> blocks.ListBlock:
    return blocks.ListBlock(OptionBlock(), min_num=min_num, max_num=5, label=_("Options"))


def listed_options(items) -> list[Option]:
    """Options from a ListBlock of OptionBlock, keyed by each item's block id."""
    return [
        Option(child.id, child.value["label"], child.value["picture"])
        for child in items.bound_blocks
    ]


def model_option(model, key: str = "") -> Option:
    """A support model as an option. Its own id is its identity unless a list item gives one."""
    return Option(
        key or f"model-{model.pk}", model.public_name, model.picture, model.easy_read_description
    )


class TextQuestionBlock(QuestionBlock):
    max_length = blocks.IntegerBlock(
        default=1000, min_value=50, max_value=5000, help_text=_("Most letters people can type.")
    )
