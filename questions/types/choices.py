"""Choices: pick several of 2 to 5 options, with an optional most."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from ..blocks import QuestionBlock, listed_options, options_list
from ..kinds import PickSeveralType, listed_content
from ..options import Option
from ..registry import register


class ChoicesQuestionBlock(QuestionBlock):
    options_list = options_list(min_num=2)
    max_choices = blocks.IntegerBlock(
        required=False, min_value=1, help_text=_("Optional. The most options a person can pick.")
    )

    def options(self, value) -> list[Option]:
        return listed_options(value["options_list"])

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


@register
class Choices(PickSeveralType):
    name = "choices"
    menu_position = 30
    block_class = ChoicesQuestionBlock

    def value_from_content(self, item, content):
        value = super().value_from_content(item, content)
        return value | {
            "options_list": listed_content(item, content),
            "max_choices": item.get("max_choices"),
        }
