"""Feelings: 5 faces, from very good to very bad. Each face is also a score from 5 to 1."""

from django.utils.translation import gettext_lazy as _

from ..blocks import QuestionBlock
from ..kinds import PickOneType, chosen
from ..options import Option
from ..registry import register

FEELINGS = (
    ("very_good", "Very good"),
    ("good", "Good"),
    ("ok", "OK"),
    ("bad", "Bad"),
    ("very_bad", "Very bad"),
)
SCORES = {"very_good": 5, "good": 4, "ok": 3, "bad": 2, "very_bad": 1}


class FeelingsQuestionBlock(QuestionBlock):
    def options(self, value) -> list[Option]:
        return [
            Option(key, label, static_picture=f"images/answers/feeling-{key}.svg")
            for key, label in FEELINGS
        ]

    class Meta:
        icon = "pick"
        label = _("Feelings: 5 faces")


@register
class Feelings(PickOneType):
    name = "feelings"
    menu_position = 10
    block_class = FeelingsQuestionBlock

    def count(self, results, value):
        super().count(results, value)
        if value.get("choice") in SCORES:
            results.scores[SCORES[value["choice"]]] += 1

    def count_tally(self, results, value):
        super().count_tally(results, value)
        for key, count in chosen(value).items():
            if key in SCORES:
                results.scores[SCORES[key]] += count
