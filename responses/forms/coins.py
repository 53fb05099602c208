"""Share out coins: a number box per option, which must add up to exactly the total.

Without JavaScript, "Count my coins" sends the form back and the page shows how many are left.
With JavaScript, coins.js adds buttons to add and take away coins, and a live count. Never a drag
or a slider: they are hard to use by keyboard, switch or a shaky hand.
"""

import re

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from ..questions import DONT_KNOW, DONT_KNOW_LABEL
from .questions import NOT_BOTH, QuestionForm
from .widgets import NumberInput

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


class CoinsForm(QuestionForm):
    partial = "responses/questions/coins.html"

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
