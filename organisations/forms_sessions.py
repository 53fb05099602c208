"""Forms for recording a group session (ADR 016). Tally forms come from the type registry."""

import secrets

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from consultations.areas import AREA_CHOICES
from consultations.models import ConsultationPage, RespondentGroup

from .models import Format, Method

WHOLE = ""
PEOPLE_MAX = 100_000


def people_field(label: str, *, required: bool, help_text: str = "") -> forms.IntegerField:
    return forms.IntegerField(
        label=label,
        help_text=help_text,
        required=required,
        min_value=0,
        max_value=PEOPLE_MAX,
        widget=forms.TextInput(attrs={"inputmode": "numeric", "class": "input--width-4"}),
        error_messages={
            "required": _("Type how many people, like 8."),
            "invalid": _("Type a whole number, like 8."),
            "min_value": _("The number cannot be less than 0."),
            "max_value": _("The number must be 100,000 or fewer."),
        },
    )


class ConsultationChoiceForm(forms.Form):
    consultation = forms.ModelChoiceField(
        label=_("Which consultation was the session about?"),
        queryset=ConsultationPage.objects.none(),
        widget=forms.RadioSelect,
        empty_label=None,
        error_messages={"required": _("Choose the consultation the session was about.")},
    )

    def __init__(self, *args, consultations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["consultation"].queryset = consultations


class SessionForm(forms.Form):
    """The session's details, with one "how many people" box per respondent group."""

    submit_token = forms.CharField(widget=forms.HiddenInput)
    area_key = forms.ChoiceField(
        label=_("What did the session talk about?"),
        choices=[(WHOLE, _("The whole consultation")), *AREA_CHOICES],
        required=False,
        widget=forms.RadioSelect,
    )
    held_on = forms.DateField(
        label=_("Date of the session"),
        help_text=_("For example, 27/11/2026."),
        input_formats=["%Y-%m-%d", "%d/%m/%Y", "%d %m %Y", "%d-%m-%Y", "%d.%m.%Y"],
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={
            "required": _("Type the date of the session."),
            "invalid": _("Type the date as day, month and year, like 27/11/2026."),
        },
    )
    method = forms.ChoiceField(
        label=_("How was it run?"),
        choices=Method.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose how the session was run.")},
    )
    formats_used = forms.MultipleChoiceField(
        label=_("Formats used (optional)"),
        help_text=_("Choose all that were used."),
        choices=Format.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    facilitator_name = forms.CharField(
        label=_("Facilitator"),
        help_text=_("Who ran the session."),
        max_length=120,
        error_messages={"required": _("Type the name of the person who ran the session.")},
    )

    def __init__(self, *args, consultation: ConsultationPage, **kwargs):
        super().__init__(*args, **kwargs)
        self.consultation = consultation
        self.fields["people_count"] = people_field(_("How many people were there?"), required=True)
        self.groups = list(RespondentGroup.objects.filter(consultation=consultation))
        for group in self.groups:
            self.fields[self.group_field(group)] = people_field(
                _("Of them, %(group)s") % {"group": group.name},
                required=False,
                help_text=group.easy_name if group.easy_name != group.name else "",
            )
        self.fields["also_answered_alone"] = people_field(
            _("Of them, how many also answered on their own?"),
            required=False,
            help_text=_("Online, on paper or in an interview. Leave empty if none did."),
        )
        self.fields["agreed_by_group"] = forms.BooleanField(
            label=_("The group agreed with what we wrote"), required=False
        )
        self.fields["notes_private"] = forms.CharField(
            label=_("Notes for staff only (optional)"),
            required=False,
            max_length=5000,
            widget=forms.Textarea(attrs={"rows": 4}),
        )
        if not self.is_bound and "submit_token" not in self.initial:
            # A new one for each form shown: pressing "save" twice sends the same one twice.
            self.initial["submit_token"] = secrets.token_urlsafe(32)

    @staticmethod
    def group_field(group: RespondentGroup) -> str:
        return f"group_{group.pk}"

    def group_fields(self):
        return [self[self.group_field(group)] for group in self.groups]

    def fields_before_groups(self):
        """Visible fields up to the total, then the groups' fieldset, then the rest."""
        names = list(self.fields)
        end = names.index("people_count") + 1
        return [self[name] for name in names[:end] if name != "submit_token"]

    def fields_after_groups(self):
        return [self[name] for name in ("also_answered_alone", "agreed_by_group", "notes_private")]

    def clean_held_on(self):
        held_on = self.cleaned_data["held_on"]
        if held_on > timezone.localdate():
            raise forms.ValidationError(_("The date must be today or in the past."))
        return held_on

    def clean(self):
        cleaned = super().clean()
        people = cleaned.get("people_count")
        if people is None:
            return cleaned
        if people < 1:
            self.add_error("people_count", _("At least 1 person must have been there."))
            return cleaned
        counts = [cleaned.get(self.group_field(group)) for group in self.groups]
        if self.groups:
            added = sum(count or 0 for count in counts)
            if added != people:
                self.add_error(
                    self.group_field(self.groups[0]),
                    _("The groups add up to %(added)d, not %(people)d people.")
                    % {"added": added, "people": people},
                )
        also = cleaned.get("also_answered_alone") or 0
        if also > people:
            self.add_error(
                "also_answered_alone",
                _("This cannot be more than the %(people)d people who were there.")
                % {"people": people},
            )
        return cleaned

    def details(self) -> dict:
        cleaned = self.cleaned_data
        return {
            "area_key": cleaned["area_key"],
            "held_on": cleaned["held_on"],
            "method": cleaned["method"],
            "formats_used": cleaned["formats_used"],
            "facilitator_name": cleaned["facilitator_name"],
            "people_count": cleaned["people_count"],
            "also_answered_alone": cleaned.get("also_answered_alone") or 0,
            "agreed_by_group": cleaned["agreed_by_group"],
            "notes_private": cleaned["notes_private"],
        }

    def members(self) -> dict[RespondentGroup, int]:
        return {group: self.cleaned_data.get(self.group_field(group)) or 0 for group in self.groups}

    @classmethod
    def initial_from(cls, session) -> dict:
        initial = {
            "submit_token": session.submit_token,
            "area_key": session.area_key,
            "held_on": session.held_on,
            "method": session.method,
            "formats_used": session.formats_used,
            "facilitator_name": session.facilitator_name,
            "people_count": session.people_count,
            "also_answered_alone": session.also_answered_alone,
            "agreed_by_group": session.agreed_by_group,
            "notes_private": session.notes_private,
        }
        for member in session.members.all():
            initial[f"group_{member.group_id}"] = member.people_count
        return initial
