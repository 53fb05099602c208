from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm
from wagtail.forms import TaskStateCommentForm

from organisations.models import Organisation


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


class ConsultationPageForm(WagtailAdminPageForm):
    """A consultation can only be given to a commissioning body the person may see (ADR 008)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("commissioner")
        if field is not None and self.for_user is not None:
            field.queryset = Organisation.objects.visible_to(self.for_user).commissioners()
        promise = self.fields.get("promise_date")
        if promise is not None:
            # Left empty, the model fills in 12 weeks after closing (ConsultationPage.clean).
            promise.required = False
            promise.help_text = _("Leave empty for 12 weeks after it closes.")


class SignOffAdminForm(WagtailAdminModelForm):
    """Sign-off is recorded only for a consultation the person may see (ADR 008)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Imported here: the page models import this module for ConsultationPageForm.
        from .models import ConsultationPage

        field = self.fields.get("consultation")
        if field is not None and self.for_user is not None:
            field.queryset = ConsultationPage.objects.visible_to(self.for_user)
