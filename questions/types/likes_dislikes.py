"""Likes and dislikes about support now: 2 boxes for own words."""

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from ..blocks import TextQuestionBlock
from ..forms import QuestionForm, text_field
from ..kinds import OwnWordsType
from ..registry import register
from ..tally import NotesTallyForm

PARTS = ("likes", "dislikes")


class LikesDislikesQuestionBlock(TextQuestionBlock):
    class Meta:
        icon = "list-ul"
        label = _("Likes and dislikes about support now")


class LikesDislikesForm(QuestionForm):
    def add_fields(self) -> None:
        length = self.question.max_length
        self.fields["likes"] = text_field(label=_("What you like"), max_length=length)
        self.fields["dislikes"] = text_field(label=_("What you do not like"), max_length=length)

    @classmethod
    def initial_from(cls, question, value):
        value = value or {}
        return {"likes": value.get("likes", ""), "dislikes": value.get("dislikes", "")}

    def answer(self) -> dict:
        return {"likes": self.cleaned_data["likes"], "dislikes": self.cleaned_data["dislikes"]}


class LikesDislikesTallyForm(NotesTallyForm):
    parts = (
        ("likes", _("What the group likes")),
        ("dislikes", _("What the group does not like")),
    )


@register
class LikesDislikes(OwnWordsType):
    name = "likes_dislikes"
    menu_position = 70
    block_class = LikesDislikesQuestionBlock
    form_class = LikesDislikesForm
    tally_form_class = LikesDislikesTallyForm

    def lines(self, question, value):
        lines = []
        if value.get("likes"):
            lines.append(gettext("What you like: %(text)s") % {"text": value["likes"]})
        if value.get("dislikes"):
            lines.append(gettext("What you do not like: %(text)s") % {"text": value["dislikes"]})
        return lines

    def count(self, results, value):
        for part in PARTS:
            results.text(part, value.get(part, ""))
