"""About you: who is answering, who helps, communication needs and hearing back.

Every question here is optional. The contact details form is the exception: someone who asked to
hear back by email needs to give an email address, or go back and choose "No".
"""

import re

from django import forms
from django.utils.translation import gettext_lazy as _

from ..models import CommunicationNeed, Describes, HearBack, Supporter
from .base import AnsweringForm
from .widgets import PictureCheckboxSelectMultiple, PictureRadioSelect, StaticPicture

YES_NO = [("yes", _("Yes")), ("no", _("No"))]
_PHONE = re.compile(r"^\+?[0-9 ()\-]{10,20}$")


def pictures_for(question: str, choices) -> dict[str, StaticPicture]:
    """A drawn picture beside each About you answer: site/static/images/about_you/Q-ANSWER.svg."""
    return {key: StaticPicture(f"images/about_you/{question}-{key}.svg") for key, _ in choices}


def _other_field(label: str) -> forms.CharField:
    return forms.CharField(
        label=label,
        required=False,
        max_length=200,
        error_messages={
            "max_length": _("This is too long. Use %(limit_value)d letters or fewer."),
        },
    )


class WhoForm(AnsweringForm):
    describes = forms.MultipleChoiceField(
        label=_("Choose all that fit you"),
        help_text=_("You do not have to answer."),
        required=False,
        choices=Describes.choices,
        widget=PictureCheckboxSelectMultiple(pictures=pictures_for("describes", Describes.choices)),
        error_messages={"invalid_choice": _("Choose from the answers on this page.")},
    )
    describes_other = _other_field(_("If something else, you can tell us here"))


class HelpForm(AnsweringForm):
    is_supported = forms.ChoiceField(
        label=_("Choose 1 answer"),
        help_text=_("You do not have to answer."),
        required=False,
        choices=YES_NO,
        widget=PictureRadioSelect(pictures=pictures_for("help", YES_NO)),
        error_messages={"invalid_choice": _("Choose yes or no.")},
    )


class HelperForm(AnsweringForm):
    supporter = forms.ChoiceField(
        label=_("Choose 1 answer"),
        help_text=_("You do not have to answer."),
        required=False,
        choices=Supporter.choices,
        widget=PictureRadioSelect(pictures=pictures_for("supporter", Supporter.choices)),
        error_messages={"invalid_choice": _("Choose from the answers on this page.")},
    )


class NeedsForm(AnsweringForm):
    communication_needs = forms.MultipleChoiceField(
        label=_("Choose all that help you"),
        help_text=_("You do not have to answer."),
        required=False,
        choices=CommunicationNeed.choices,
        widget=PictureCheckboxSelectMultiple(
            pictures=pictures_for("needs", CommunicationNeed.choices)
        ),
        error_messages={"invalid_choice": _("Choose from the answers on this page.")},
    )
    communication_needs_other = _other_field(_("If something else, you can tell us here"))


class HearBackForm(AnsweringForm):
    hear_back = forms.ChoiceField(
        label=_("Choose 1 answer"),
        help_text=_("You do not have to answer."),
        required=False,
        choices=HearBack.choices,
        widget=PictureRadioSelect(pictures=pictures_for("hear_back", HearBack.choices)),
        error_messages={"invalid_choice": _("Choose from the answers on this page.")},
    )


class ContactForm(AnsweringForm):
    """Only the boxes for the way someone chose to hear back."""

    FIELDS_FOR = {
        HearBack.EMAIL: ("email",),
        HearBack.TEXT: ("phone",),
        HearBack.POST: ("name", "postal_address"),
        HearBack.ORGANISATION: ("name", "organisation"),
    }
    REQUIRED = {"email", "phone", "postal_address", "organisation"}

    def __init__(self, *args, hear_back: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.hear_back = hear_back
        all_fields = {
            "name": forms.CharField(
                label=_("Your name"), max_length=200, help_text=_("You do not have to give this.")
            ),
            "email": forms.EmailField(
                label=_("Your email address"),
                max_length=254,
                error_messages={"invalid": _("Type an email address like name@example.com.")},
                widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
            ),
            "phone": forms.CharField(
                label=_("Your mobile phone number"),
                max_length=20,
                widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
            ),
            "postal_address": forms.CharField(
                label=_("Your address"),
                max_length=500,
                widget=forms.Textarea(attrs={"rows": 4, "autocomplete": "street-address"}),
            ),
            "organisation": forms.CharField(
                label=_("The name of your group or organisation"), max_length=200
            ),
        }
        messages = {
            "email": _("Type your email address. Or go back and choose No."),
            "phone": _("Type your mobile phone number. Or go back and choose No."),
            "postal_address": _("Type your address. Or go back and choose No."),
            "organisation": _("Type the name of your group. Or go back and choose No."),
        }
        for name in self.FIELDS_FOR.get(hear_back, ()):
            field = all_fields[name]
            field.required = name in self.REQUIRED
            if name in messages:
                field.error_messages["required"] = messages[name]
            field.error_messages["max_length"] = _(
                "This is too long. Use %(limit_value)d letters or fewer."
            )
            self.fields[name] = field

    def clean_phone(self):
        phone = self.cleaned_data["phone"].strip()
        if phone and not _PHONE.match(phone):
            raise forms.ValidationError(_("Type a phone number like 07700 900123."))
        return phone
