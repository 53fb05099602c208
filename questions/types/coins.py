"""Share out coins: a number box per option, which must add up to exactly the total.

Without JavaScript, "Count my coins" sends the form back and the page shows how many are left.
With JavaScript, coins.js adds buttons to add and take away coins, and a live count. Never a drag
or a slider: they are hard to use by keyboard, switch or a shaky hand.

Coins go to the 5 areas (keyed by area) or to 2 to 6 support models (keyed by the model's id), so
reordering the models changes no key. Each answer is a ballot of shares adding up to 1.
"""

import re
from dataclasses import dataclass
from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.forms.widgets import Script
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.snippets.blocks import SnippetChooserBlock

from consultations.areas import AREAS
from responses.forms.widgets import NumberInput

from ..blocks import QuestionBlock, model_option
from ..forms import NOT_BOTH, QuestionForm
from ..options import DONT_KNOW, DONT_KNOW_LABEL, Option
from ..registry import QuestionType, register
from ..results import Ballot, coin_shares
from ..tally import CoinTotalsTallyForm


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

    def options(self, value) -> list[Option]:
        if value["options_from"] == "areas":
            return [
                Option(
                    f"area-{area.key}",
                    area.name,
                    None,
                    area.summary,
                    static_picture=f"images/icons/area-{area.key}.svg",
                )
                for area in AREAS
            ]
        return [model_option(model) for model in value["support_models"]]

    def models_shown(self, value) -> list:
        return list(value["support_models"])

    def shares_now(self, value, area_page) -> dict[str, int]:
        """Today's split of money between the options, as the area pages show it: of every 10
        pounds, about how many go to each. Seeing it beside the coins makes "more" or "less"
        mean something."""
        from consultations.models import AreaSupportModel
        from consultations.presenters import share_in_tens

        if value["options_from"] == "areas":
            links = AreaSupportModel.objects.filter(page__in=area_page.get_siblings().live())
            spend: dict[str, Decimal] = {}
            for area_key, amount in links.values_list("page__area_key", "spend_now"):
                key = f"area-{area_key}"
                spend[key] = spend.get(key, Decimal(0)) + amount
        else:
            links = AreaSupportModel.objects.filter(page_id=area_page.pk)
            rows = links.values_list("support_model_id", "spend_now")
            spend = {f"model-{model_id}": amount for model_id, amount in rows}
        total = sum(spend.values(), Decimal(0))
        if not total:
            return {}
        return {key: share_in_tens(amount, total) for key, amount in spend.items()}

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


# ASCII digits only, on purpose: int() and str.isdigit() also accept "²", "①", "1_0", and
# full-width or Arabic digits, which either crashed the page or saved a number nobody typed.
_WHOLE_NUMBER = re.compile(r"(-?)([0-9]+)")
_TOO_MANY_DIGITS = 9


def coins_parse(typed: str) -> int | None:
    """The whole number typed in a coins box, or None if it is not one.

    More than 9 digits is simply "too many coins": int() of thousands of digits is slow or refused.
    """
    match = _WHOLE_NUMBER.fullmatch(typed.strip())
    if match is None:
        return None
    sign, digits = match.groups()
    digits = digits.lstrip("0") or "0"
    number = int(digits) if len(digits) <= _TOO_MANY_DIGITS else 10**_TOO_MANY_DIGITS
    return -number if sign else number


class CoinsField(forms.IntegerField):
    def to_python(self, value):
        if value in self.empty_values or not str(value).strip():
            return None
        number = coins_parse(str(value))
        if number is None:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return number


def coins_left_text(left: int, total: int) -> str:
    """What the live count says. Plain words for the 3 cases people meet."""
    if left == 0:
        return ngettext(
            "You have shared out your 1 coin.", "You have shared out all %(total)d coins.", total
        ) % {"total": total}
    if left > 0:
        return ngettext("You have 1 coin left.", "You have %(left)d coins left.", left) % {
            "left": left
        }
    over = -left
    return ngettext(
        "You have used 1 coin too many.", "You have used %(over)d coins too many.", over
    ) % {"over": over}


def share_now_text(share: int) -> str:
    """Today's split, short enough for easy read whatever the option is called."""
    if share == 0:
        return gettext("Today less than 1 of every 10 pounds goes here.")
    return gettext("Today about %(share)d of every 10 pounds goes here.") % {"share": share}


@dataclass(frozen=True)
class CoinRow:
    option: object
    field: object
    given: int
    total: int
    share_now: int | None

    @property
    def given_slots(self) -> list[bool]:
        """One coin picture per coin there is to give: filled for each coin given to this option."""
        return [True] * self.given + [False] * (self.total - self.given)

    @property
    def now_slots(self) -> list[bool]:
        return [True] * self.share_now + [False] * (10 - self.share_now)

    @property
    def share_now_text(self) -> str:
        return share_now_text(self.share_now)


class CoinsForm(QuestionForm):
    class Media:
        js = [Script("js/coins.js", defer=True)]

    def add_fields(self) -> None:
        total = self.question.coins
        for option in self.question.options:
            name = option.label
            self.fields[f"coins_{option.key}"] = CoinsField(
                label=_("Coins for %(name)s") % {"name": name},
                required=False,
                min_value=0,
                max_value=total,
                widget=NumberInput(attrs={"class": "coins-input", "data-coin-input": ""}),
                error_messages={
                    "invalid": _(
                        "Type how many coins you give to %(name)s. Use the numbers 0 to 9, like 2."
                    )
                    % {"name": name},
                    "min_value": _("The coins for %(name)s cannot be less than 0.")
                    % {"name": name},
                    "max_value": _(
                        "You only have %(total)d coins. Type a smaller number for %(name)s."
                    )
                    % {"total": total, "name": name},
                },
            )
        if self.question.allow_dont_know:
            self.fields[DONT_KNOW] = forms.BooleanField(label=DONT_KNOW_LABEL, required=False)
        self.non_field_error_field = f"coins_{self.question.options[0].key}"

    def option_fields(self):
        return [(option, self[f"coins_{option.key}"]) for option in self.question.options]

    def option_rows(self) -> list["CoinRow"]:
        """Each option with its box and its coins as pictures: those given, and today's split."""
        total = self.question.coins
        rows = []
        for option, field in self.option_fields():
            given = coins_parse(str(field.value() or "0"))
            given = min(max(given or 0, 0), total)
            rows.append(CoinRow(option, field, given, total, option.share_now))
        return rows

    def counting(self) -> bool:
        """True when the person pressed "Count my coins" rather than "Continue"."""
        return self.data.get("action") == "count"

    def _shared(self, cleaned) -> dict[str, int]:
        return {
            option.key: cleaned.get(f"coins_{option.key}") or 0 for option in self.question.options
        }

    def clean(self):
        cleaned = super().clean()
        if self.errors:
            return cleaned
        used = sum(self._shared(cleaned).values())
        if cleaned.get(DONT_KNOW):
            if used:
                raise forms.ValidationError(NOT_BOTH)
            return cleaned
        if self.counting():
            return cleaned
        left = self.question.coins - used
        if left > 0:
            raise forms.ValidationError(
                ngettext(
                    "You have 1 coin left. Share out all %(total)d coins.",
                    "You have %(left)d coins left. Share out all %(total)d coins.",
                    left,
                )
                % {"left": left, "total": self.question.coins}
            )
        if left < 0:
            raise forms.ValidationError(
                ngettext(
                    "You have used 1 coin too many. Take away 1 coin.",
                    "You have used %(over)d coins too many. Take away %(over)d coins.",
                    -left,
                )
                % {"over": -left}
            )
        return cleaned

    def coins_left(self) -> int | None:
        """Coins not yet shared out, from what was typed. None if a box holds no number."""
        if self.is_bound:
            used = 0
            for option in self.question.options:
                typed = self.data.get(self.add_prefix(f"coins_{option.key}")) or "0"
                count = coins_parse(typed)
                # As coins.js: only 0 to 999999 count; anything else is "not a number".
                if count is None or not 0 <= count <= 999_999:
                    return None
                used += count
        else:
            used = sum(int(self.initial.get(f"coins_{o.key}") or 0) for o in self.question.options)
        return self.question.coins - used

    def coins_left_text(self) -> str:
        left = self.coins_left()
        if left is None:
            return _("Some boxes do not have a number. Type numbers only, like 2.")
        return coins_left_text(left, self.question.coins)

    @classmethod
    def initial_from(cls, question, value):
        value = value or {}
        if value.get(DONT_KNOW):
            return {DONT_KNOW: True}
        return {f"coins_{key}": count for key, count in value.get("coins", {}).items()}

    def answer(self) -> dict:
        if self.cleaned_data.get(DONT_KNOW):
            return {DONT_KNOW: True}
        return {"coins": self._shared(self.cleaned_data)}


@register
class Coins(QuestionType):
    name = "coins"
    menu_position = 90
    block_class = CoinsQuestionBlock
    form_class = CoinsForm
    template = "questions/coins.html"
    tally_form_class = CoinTotalsTallyForm
    ballots = True

    def lines(self, question, value):
        labels = {option.key: option.label for option in question.options}
        return [
            gettext("%(name)s: %(count)d coins") % {"name": labels[key], "count": count}
            if count != 1
            else gettext("%(name)s: 1 coin") % {"name": labels[key]}
            for key, count in value.get("coins", {}).items()
            if key in labels
        ]

    def count(self, results, value):
        shares = coin_shares(value.get("coins", {}))
        if shares:
            results.ballots.append(Ballot(shares))

    def count_tally(self, results, value):
        # One ballot for the whole group, standing for everyone who shared coins (ADR 016).
        shares = coin_shares(value.get("coins", {}))
        if shares:
            sharers = value["people"] - value.get(DONT_KNOW, 0)
            results.ballots.append(Ballot(shares, people=sharers))

    def used_keys(self, value):
        return {key for key, count in value.get("coins", {}).items() if count}

    def value_from_content(self, item, content):
        value = super().value_from_content(item, content)
        return value | {
            "coins": item["coins"],
            "options_from": item["options_from"],
            "support_models": [content.model(name) for name in item.get("models", [])],
        }
