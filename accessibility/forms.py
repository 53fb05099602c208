from django import forms
from django.forms.renderers import TemplatesSetting
from django.utils.translation import gettext_lazy as _

from .display import COLOURS, TEXT_SIZES


class FormRenderer(TemplatesSetting):
    """Every form renders through one GOV.UK-style field template (NHS MBS ADR-003)."""

    form_template_name = "includes/form.html"
    field_template_name = "includes/field.html"


class DisplayForm(forms.Form):
    text_size = forms.ChoiceField(
        label=_("Text size"),
        choices=list(TEXT_SIZES.items()),
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose a text size."),
            "invalid_choice": _("Choose a text size from the list."),
        },
    )
    colours = forms.ChoiceField(
        label=_("Colours"),
        choices=list(COLOURS.items()),
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose the colours."),
            "invalid_choice": _("Choose colours from the list."),
        },
    )
