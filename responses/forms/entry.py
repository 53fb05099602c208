"""The form staff fill in to start typing in a paper form or an interview (ADR 017).

Not exported from responses.forms: the question types import that package while the consultation
models it needs here are still loading.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from consultations.models import ConsultationPage

from ..entry import ENTRY_CHOICES
from ..models import Channel, Response
from .base import AnsweringForm


class ConsultationChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, consultation: ConsultationPage) -> str:
        # Community groups type in for every body's consultations, so say whose each one is.
        return f"{consultation.title} ({consultation.commissioner.name})"


class EntryStartForm(AnsweringForm):
    """Which consultation, paper form or interview, and its number. The token makes a double
    click find the response the first click started."""

    consultation = ConsultationChoiceField(
        label=_("Which consultation are the answers for?"),
        queryset=ConsultationPage.objects.none(),
        empty_label=None,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose the consultation the answers are for."),
            "invalid_choice": _(
                "That consultation is not open for answers now. Choose another one."
            ),
        },
    )
    channel = forms.ChoiceField(
        label=_("What are you typing in?"),
        choices=ENTRY_CHOICES,
        initial=Channel.STAFF_PAPER.value,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose a paper form or an interview.")},
    )
    number = forms.CharField(
        label=_("Form number or interview reference"),
        help_text=_(
            "The number written on the paper form. For an interview, a reference is optional."
        ),
        max_length=Response._meta.get_field("paper_form_number").max_length,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
        error_messages={"max_length": _("The number must be 40 characters or fewer.")},
    )
    token = forms.CharField(widget=forms.HiddenInput)

    def __init__(self, *args, consultations=None, **kwargs):
        super().__init__(*args, **kwargs)
        if consultations is None:
            del self.fields["consultation"]  # the batch page has chosen it already
        else:
            self.fields["consultation"].queryset = consultations

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("channel") == Channel.STAFF_PAPER and not cleaned.get("number"):
            self.add_error("number", _("Enter the number written on the paper form."))
        return cleaned

    def number_used(self) -> None:
        number = self.cleaned_data["number"]
        if self.cleaned_data["channel"] == Channel.STAFF_PAPER:
            message = _(
                "Paper form %(number)s has already been typed in for this consultation. "
                "Check the number written on the form. If you started it before, open it again "
                "from the batch page."
            )
        else:
            message = _(
                "Reference %(number)s is already used for this consultation. "
                "Use another reference, or leave it empty."
            )
        self.add_error("number", message % {"number": number})
