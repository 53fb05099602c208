"""The "who this speaks for" form of an organisational response.

The answers themselves use each question type's participant form from the registry, so an
organisation's answer has the same shape as a person's.
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from consultations.models import RespondentGroup

from .models import GroupSession, Method, OrganisationalResponse

MOST_PEOPLE = 100_000


def _people_field(*, label: str, required: bool, min_value: int, help_text: str = ""):
    return forms.IntegerField(
        label=label,
        help_text=help_text,
        required=required,
        min_value=min_value,
        max_value=MOST_PEOPLE,
        error_messages={
            "required": _("Enter how many people this response speaks for, like 25."),
            "invalid": _("Enter the number of people as a whole number, like 12."),
            "min_value": _("The number of people must be %(limit_value)s or more."),
            "max_value": _("The number of people must be 100,000 or fewer."),
        },
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
    )


class SessionChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, session: GroupSession) -> str:
        people = ngettext("%(count)d person", "%(count)d people", session.people_count) % {
            "count": session.people_count
        }
        held_on = f"{session.held_on.day} {session.held_on:%B %Y}"
        return f"{held_on}: {session.get_method_display()}, {people}"


class SpeaksForForm(forms.Form):
    people_represented = _people_field(
        label=_("How many people does this response speak for?"),
        help_text=_("Count each person once, even if they came to more than one session."),
        required=True,
        min_value=1,
    )
    how_gathered = forms.MultipleChoiceField(
        label=_("How did you gather their views?"),
        help_text=_("Select all that apply."),
        choices=Method.choices,
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": _("Select how you gathered people's views."),
            "invalid_choice": _("Select from the ways listed."),
        },
    )
    sessions = SessionChoiceField(
        label=_("Which group sessions does this response draw on? (optional)"),
        queryset=GroupSession.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": _("Select from the sessions listed.")},
    )

    def __init__(self, *args, org_response: OrganisationalResponse, **kwargs):
        self.org_response = org_response
        self.groups = list(
            RespondentGroup.objects.filter(consultation=org_response.consultation).order_by(
                "sort_order", "name"
            )
        )
        super().__init__(*args, **kwargs)
        for group in self.groups:
            self.fields[self.group_field_name(group)] = _people_field(
                label=group.name, required=False, min_value=0
            )
        sessions = GroupSession.objects.filter(
            organisation=org_response.organisation, consultation=org_response.consultation
        ).order_by("-held_on", "-pk")
        self.fields["sessions"].queryset = sessions
        if not sessions.exists():
            del self.fields["sessions"]

    @staticmethod
    def group_field_name(group: RespondentGroup) -> str:
        return f"group_{group.pk}"

    @classmethod
    def initial_for(cls, org_response: OrganisationalResponse) -> dict:
        initial = {
            "people_represented": org_response.people_represented,
            "how_gathered": org_response.how_gathered,
            "sessions": list(org_response.sessions.values_list("pk", flat=True)),
        }
        for row in org_response.groups.all():
            initial[f"group_{row.group_id}"] = row.people_count
        return initial

    @property
    def has_sessions(self) -> bool:
        return "sessions" in self.fields

    def group_fields(self):
        return [self[self.group_field_name(group)] for group in self.groups]

    def other_fields(self):
        return [self[name] for name in ("how_gathered", "sessions") if name in self.fields]

    def group_counts(self) -> dict[RespondentGroup, int]:
        return {
            group: self.cleaned_data.get(self.group_field_name(group)) or 0 for group in self.groups
        }

    def clean(self):
        cleaned = super().clean()
        total = cleaned.get("people_represented")
        if not self.groups or total is None:
            return cleaned
        if any(self.group_field_name(group) in self.errors for group in self.groups):
            return cleaned
        added = sum(self.group_counts().values())
        if added != total:
            self.add_error(
                "people_represented",
                _(
                    "The people in each group add up to %(added)d, but the total is %(total)d. "
                    "Change the numbers so they are the same."
                )
                % {"added": added, "total": total},
            )
        return cleaned
