"""Good life: what a good life looks like, in the person's own words."""

from django.utils.translation import gettext_lazy as _

from ..blocks import TextQuestionBlock
from ..kinds import OwnWordsType
from ..registry import register


class GoodLifeQuestionBlock(TextQuestionBlock):
    class Meta:
        icon = "pick"
        label = _("Good life: own words")


@register
class GoodLife(OwnWordsType):
    name = "good_life"
    menu_position = 60
    block_class = GoodLifeQuestionBlock
