from wagtail.admin.forms import WagtailAdminModelForm

from consultations.models import ConsultationPage


class RespondentGroupForm(WagtailAdminModelForm):
    """Only the consultations the person may see can be chosen, even by a hand-made POST."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.for_user is not None:
            self.fields["consultation"].queryset = ConsultationPage.objects.visible_to(
                self.for_user
            )
