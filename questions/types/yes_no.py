"""Yes, no or not sure."""

from django.utils.translation import gettext_lazy as _

from ..blocks import QuestionBlock
from ..kinds import PickOneType
from ..options import Option
from ..registry import register

YES_NO = (("yes", "Yes"), ("no", "No"), ("not_sure", "Not sure"))


class YesNoQuestionBlock(QuestionBlock):
    def options(self, value) -> list[Option]:
        return [
            Option(key, label, static_picture=f"images/answers/{key}.svg") for key, label in YES_NO
        ]

    class Meta:
        icon = "check"
        label = _("Yes, no or not sure")


@register
class YesNo(PickOneType):
    name = "yes_no"
    menu_position = 40
    block_class = YesNoQuestionBlock
