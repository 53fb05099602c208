"""Forms for the steps around the questions: consent, the resume code, sending and deleting."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .base import AnsweringForm


class ConsentForm(AnsweringForm):
    agree = forms.BooleanField(
        label=_("I agree to take part"),
        error_messages={
            "required": _("Tick the box to say you agree. Or you can leave this page."),
        },
    )


class ResumeCodeForm(AnsweringForm):
    code = forms.CharField(
        label=_("Your code"),
        help_text=_("Your code has 9 letters and numbers. Spaces and small letters are fine."),
        max_length=40,
        error_messages={
            "required": _("Type your code."),
            "max_length": _("This is too long for a code. Check your code and type it again."),
        },
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "spellcheck": "false", "autocapitalize": "characters"}
        ),
    )


class ConfirmViewsForm(AnsweringForm):
    """For supported answering: the person says the answers are their own views."""

    confirm = forms.BooleanField(
        label=_("These are my views. The answers say what I think."),
        error_messages={
            "required": _("Tick the box to say these are your views. Or change your answers."),
        },
    )
