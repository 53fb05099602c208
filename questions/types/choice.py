"""Choice: pick 1 of 2 to 5 options, each with a picture."""

from django.utils.translation import gettext_lazy as _

from ..blocks import QuestionBlock, listed_options, options_list
from ..kinds import PickOneType, listed_content
from ..options import Option
from ..registry import register


class ChoiceQuestionBlock(QuestionBlock):
    options_list = options_list(min_num=2)

    def options(self, value) -> list[Option]:
        return listed_options(value["options_list"])

    class Meta:
        icon = "radio-full"
        label = _("Choice: pick one")


@register
class Choice(PickOneType):
    name = "choice"
    menu_position = 20
    block_class = ChoiceQuestionBlock

    def value_from_content(self, item, content):
        value = super().value_from_content(item, content)
        return value | {"options_list": listed_content(item, content)}
