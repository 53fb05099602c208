from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from decisions.forms import DATE, DATE_ERRORS


class SharedOnForm(forms.Form):
    shared_on = forms.DateField(
        label=_("Date the group shared it"),
        help_text=_("For example, the day of their group meeting or newsletter."),
        widget=DATE,
        initial=timezone.localdate,
        error_messages=DATE_ERRORS,
    )

    def clean_shared_on(self):
        day = self.cleaned_data["shared_on"]
        if day > timezone.localdate():
            raise forms.ValidationError(_("The date must be today or in the past."))
        return day
