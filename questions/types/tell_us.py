"""Tell us: an answer in the person's own words."""

from django.utils.translation import gettext_lazy as _

from ..blocks import TextQuestionBlock
from ..kinds import OwnWordsType
from ..registry import register


class TellUsQuestionBlock(TextQuestionBlock):
    class Meta:
        icon = "edit"
        label = _("Tell us: own words")


@register
class TellUs(OwnWordsType):
    name = "tell_us"
    menu_position = 50
    block_class = TellUsQuestionBlock
