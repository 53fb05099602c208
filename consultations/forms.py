from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.forms import TaskStateCommentForm


class SignOffForm(TaskStateCommentForm):
    checked_by = forms.CharField(
        label=_("Who checked it"),
        max_length=300,
        help_text=_("Names or initials of the people with learning disabilities who checked it."),
    )
    checkers_organisation = forms.CharField(label=_("Their organisation"), max_length=200)
    checked_on = forms.DateField(label=_("Date checked"), initial=timezone.localdate)
    notes = forms.CharField(
        label=_("Notes"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
