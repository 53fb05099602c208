"""Forms for ideas: a group's suggestion or new words, a moderation step, a session's votes.

Staff and member forms, in plain GOV.UK English. The person's vote form is in vote_forms.py.
"""

import secrets

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.images import get_image_model

from consultations.areas import AREA_CHOICES
from consultations.models import ConsultationPage
from organisations.models import GroupSession
from questions.types.idea import TITLE_LENGTH, pounds_from_text
from responses.forms.widgets import NumberInput

from .models import Idea, Status, VoteValue


class ConsultationChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, consultation) -> str:
        return consultation.title


class SessionChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, session) -> str:
        return _("%(date)s, %(method)s, %(people)d people") % {
            "date": session.held_on.strftime("%-d %B %Y"),
            "method": session.get_method_display(),
            "people": session.people_count,
        }


class IdeaWordsForm(forms.Form):
    """What an idea says: its titles, description, cost and picture."""

    title = forms.CharField(
        label=_("Title"),
        max_length=TITLE_LENGTH,
        error_messages={"required": _("Enter a title for the idea.")},
    )
    easy_title = forms.CharField(
        label=_("Title in easy read"),
        help_text=_("Short words people who use support will know. Leave empty to use the title."),
        max_length=TITLE_LENGTH,
        required=False,
    )
    body = forms.CharField(
        label=_("Description"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    cost = forms.CharField(
        label=_("Cost estimate in pounds (optional)"),
        help_text=_("Whole pounds, for example 2500. Costed ideas can be chosen with the budget."),
        required=False,
        widget=NumberInput,
    )
    picture = forms.CharField(
        label=_("Picture (optional)"),
        help_text=_("The name of a picture in the picture library, for example Friends."),
        max_length=255,
        required=False,
    )

    @classmethod
    def initial_for(cls, idea: Idea) -> dict:
        return {
            "title": idea.title,
            "easy_title": idea.easy_title,
            "body": idea.body,
            "cost": "" if idea.cost_estimate is None else str(idea.cost_estimate),
            "picture": idea.picture.title if idea.picture_id else "",
        }

    def clean_cost(self) -> int | None:
        return pounds_from_text(self.cleaned_data["cost"])

    def clean_picture(self):
        name = self.cleaned_data["picture"].strip()
        if not name:
            return None
        picture = get_image_model().objects.filter(title__iexact=name).order_by("pk").first()
        if picture is None:
            raise forms.ValidationError(
                _("There is no picture called %(name)s in the library. Check the name.")
                % {"name": name}
            )
        return picture

    def words(self) -> dict:
        data = self.cleaned_data
        return {
            "title": data["title"],
            "easy_title": data["easy_title"],
            "body": data["body"],
            "cost_estimate": data["cost"],
            "picture": data["picture"],
        }


class CommissionerWordsForm(IdeaWordsForm):
    """The commissioner tidies an idea's words, and says why."""

    reason = forms.CharField(
        label=_("Why you changed the words (optional)"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class OrganisationIdeaForm(IdeaWordsForm):
    """An organisation suggests an idea, perhaps one a group session had."""

    field_order = ["submit_token", "consultation", "area_key", "session"]

    submit_token = forms.CharField(widget=forms.HiddenInput)
    consultation = ConsultationChoiceField(
        label=_("Consultation"),
        queryset=ConsultationPage.objects.none(),
        empty_label=None,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose the consultation the idea is for.")},
    )
    area_key = forms.ChoiceField(
        label=_("Area of support"),
        choices=AREA_CHOICES,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose the area of support the idea is about.")},
    )
    session = SessionChoiceField(
        label=_("Group session (optional)"),
        help_text=_("If the idea came from one of your group sessions, choose it."),
        queryset=GroupSession.objects.none(),
        required=False,
        empty_label=_("Not from a group session"),
    )

    def __init__(self, *args, organisation, **kwargs):
        kwargs.setdefault("initial", {}).setdefault("submit_token", secrets.token_urlsafe(24))
        super().__init__(*args, **kwargs)
        self.organisation = organisation
        self.fields["consultation"].queryset = (
            ConsultationPage.objects.live().open_on(timezone.localdate()).order_by("title")
        )
        self.fields["session"].queryset = organisation.group_sessions.select_related("consultation")

    def clean(self):
        cleaned = super().clean()
        session, consultation = cleaned.get("session"), cleaned.get("consultation")
        if session and consultation and session.consultation_id != consultation.pk:
            self.add_error("session", _("Choose a session held for this consultation."))
        return cleaned


class ModerateForm(forms.Form):
    """The reasons a moderation step asks for, and the idea to merge into."""

    # The fields each action shows, and which of them must be filled in.
    NEEDS = {
        "publish": {},
        "reword": {"easy_reason": True, "reason": False},
        "merge": {"merge_into": True, "reason": False, "easy_reason": False},
        "not_taken_forward": {"reason": True, "easy_reason": True},
    }

    merge_into = forms.ModelChoiceField(
        label=_("Merge into"),
        queryset=Idea.objects.none(),
        error_messages={"required": _("Choose the idea to merge it into.")},
    )
    reason = forms.CharField(
        label=_("Reason"),
        help_text=_("For staff and the organisation that suggested it."),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Enter the reason.")},
    )
    easy_reason = forms.CharField(
        label=_("Reason in easy read"),
        help_text=_("The person who suggested it will read this. Short sentences, common words."),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Enter the reason in easy read.")},
    )

    def __init__(self, *args, action: str, idea: Idea, **kwargs):
        super().__init__(*args, **kwargs)
        needs = self.NEEDS[action]
        for name in list(self.fields):
            if name not in needs:
                del self.fields[name]
            else:
                self.fields[name].required = needs[name]
        if "merge_into" in self.fields:
            self.fields["merge_into"].queryset = (
                Idea.objects.filter(consultation=idea.consultation)
                .exclude(pk=idea.pk)
                .exclude(status__in=[Status.MERGED, Status.NOT_TAKEN_FORWARD])
                .order_by("title")
            )


class SessionVotesForm(forms.Form):
    """How many people at the session voted each way on each published idea."""

    def __init__(self, *args, session, ideas, saved: dict, **kwargs):
        super().__init__(*args, **kwargs)
        self.session, self.ideas = session, ideas
        for idea in ideas:
            for value, label in VoteValue.choices:
                name = f"idea_{idea.pk}_{value}"
                self.fields[name] = forms.IntegerField(
                    label=f"{idea.title}: {label}",
                    min_value=0,
                    max_value=session.people_count,
                    required=False,
                    widget=NumberInput,
                    initial=saved.get((idea.pk, value)),
                    error_messages={
                        "invalid": _("Enter a whole number, like 3."),
                        "min_value": _("Enter 0 or more."),
                        "max_value": _("Enter no more than the %(limit_value)s people present."),
                    },
                )

    def rows(self):
        return [
            (idea, [self[f"idea_{idea.pk}_{value}"] for value in VoteValue.values])
            for idea in self.ideas
        ]

    def counts(self) -> dict[int, dict[str, int]]:
        return {
            idea.pk: {
                value: self.cleaned_data.get(f"idea_{idea.pk}_{value}") or 0
                for value in VoteValue.values
            }
            for idea in self.ideas
        }

    def clean(self):
        cleaned = super().clean()
        if self.errors:
            return cleaned
        for idea, by_value in zip(self.ideas, self.counts().values(), strict=True):
            if sum(by_value.values()) > self.session.people_count:
                self.add_error(
                    f"idea_{idea.pk}_yes",
                    _("%(idea)s has more votes than the %(people)d people present.")
                    % {"idea": idea.title, "people": self.session.people_count},
                )
        return cleaned
