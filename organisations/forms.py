from django import forms
from django.contrib.auth import password_validation
from django.contrib.auth.models import User
from django.utils.translation import gettext_lazy as _

from consultations.models import RespondentGroup

from .models import Membership


class InvitationForm(forms.Form):
    email = forms.EmailField(
        label=_("Email address"),
        help_text=_("We will send them a link to set a password. It works for 7 days."),
        widget=forms.EmailInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )
    role = forms.ChoiceField(
        label=_("Role"),
        choices=Membership.Role.choices,
        initial=Membership.Role.MEMBER,
        widget=forms.RadioSelect,
    )


class AcceptInvitationForm(forms.Form):
    password1 = forms.CharField(
        label=_("Create a password"),
        help_text=_("At least 8 characters. Do not use a password you use anywhere else."),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    password2 = forms.CharField(
        label=_("Type the password again"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def __init__(self, *args, email: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.email = email

    def clean_password1(self) -> str:
        password = self.cleaned_data["password1"]
        password_validation.validate_password(password, User(username=self.email, email=self.email))
        return password

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("password1") and cleaned.get("password1") != cleaned.get("password2"):
            self.add_error("password2", _("The two passwords do not match. Type them again."))
        return cleaned


class GroupChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, group: RespondentGroup) -> str:
        return f"{group.name} ({group.consultation.title})"


class PledgeForm(forms.Form):
    group = GroupChoiceField(
        label=_("Which group will you reach?"),
        queryset=RespondentGroup.objects.none(),
        empty_label=_("Choose a group"),
        error_messages={"required": _("Choose the group you will reach.")},
    )
    people_count = forms.IntegerField(
        label=_("How many people do you hope to reach? (optional)"),
        help_text=_("A rough number is fine. Leave it empty if you do not know yet."),
        required=False,
        min_value=1,
        max_value=100000,
        error_messages={
            "invalid": _("Enter the number of people as a whole number, like 20."),
            "min_value": _("The number of people must be 1 or more."),
            "max_value": _("The number of people must be 100,000 or fewer."),
        },
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
    )

    def __init__(self, *args, organisation, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["group"]
        field.queryset = (
            RespondentGroup.objects.open_for_pledges()
            .select_related("consultation")
            .order_by("consultation__title", "sort_order", "name")
        )
        # Offer only groups not pledged yet, but still accept one (a second press of the button),
        # so the view can say "you have already pledged" instead of "not a valid choice".
        pledged = set(organisation.pledges.active().values_list("group", flat=True))
        field.widget.choices = [("", field.empty_label)] + [
            (group.pk, field.label_from_instance(group))
            for group in field.queryset
            if group.pk not in pledged
        ]
