import secrets

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from consultations.areas import AREA_CHOICES
from organisations.models import GroupSession
from questions.registry import question_type
from responses.questions import question_set

from .evidence import GROUP_SESSION, QUESTION_RESULT, TYPED_REFERENCE_CHOICES, evidence_kind
from .models import Decision, DecisionChange, Period, Resource, Status

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
AMOUNT_ERRORS = {
    "required": _("Enter an amount. Enter 0 if there was none."),
    "invalid": _("Enter the amount as a number, like 250000."),
    "min_value": _("Enter an amount of 0 or more."),
    "max_digits": _("Enter a smaller amount."),
    "max_decimal_places": _("Enter the amount with no more than 2 decimal places."),
}
PERCENT_ERRORS = {
    "required": _("Enter how far it has got, from 0 to 100."),
    "invalid": _("Enter a whole number from 0 to 100."),
    "min_value": _("Enter a number from 0 to 100."),
    "max_value": _("Enter a number from 0 to 100."),
}
DATE_ERRORS = {
    "required": _("Enter the date."),
    "invalid": _("Enter a real date, like 24 March 2027."),
}


def new_token() -> str:
    return secrets.token_urlsafe(24)


class DecisionForm(forms.ModelForm):
    """Recording a decision, and changing it while it is a draft."""

    submit_token = forms.CharField(widget=forms.HiddenInput, initial=new_token, required=False)

    class Meta:
        model = Decision
        fields = [
            "consultation",
            "area_key",
            "title",
            "easy_title",
            "summary",
            "easy_summary",
            "decided_by",
            "forum",
            "decided_on",
            "status",
            "progress_pct",
        ]
        widgets = {
            "area_key": forms.RadioSelect,
            "status": forms.RadioSelect,
            "decided_on": DATE,
            "summary": forms.Textarea(attrs={"rows": 5}),
            "easy_summary": forms.Textarea(attrs={"rows": 5}),
        }
        help_texts = {
            "title": _(
                "For staff and partners, for example 'Move 10 residential places to Shared Lives'."
            ),
            "easy_title": _(
                "Short and clear, for example 'More people can live with a Shared Lives carer'."
            ),
            "summary": _("Why you decided this, in plain English."),
            "easy_summary": _("Why, in easy read: short sentences, one on each line."),
            "decided_by": _("A role or name, for example 'Joint Commissioning Board'."),
            "forum": _("The meeting where it was decided, for example 'Board meeting, 3 March'."),
        }
        error_messages = {
            "area_key": {"required": _("Choose the area this decision is about.")},
            "title": {"required": _("Enter what you decided.")},
            "easy_title": {"required": _("Enter what you decided, in easy read.")},
            "summary": {"required": _("Enter the reasons for the decision.")},
            "easy_summary": {"required": _("Enter the reasons, in easy read.")},
            "decided_by": {"required": _("Enter who decided.")},
            "forum": {"required": _("Enter the meeting where it was decided.")},
            "decided_on": DATE_ERRORS,
            "consultation": {"required": _("Choose the consultation.")},
            "progress_pct": PERCENT_ERRORS,
        }

    def __init__(self, *args, consultations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["area_key"].choices = AREA_CHOICES
        self.fields["consultation"].queryset = consultations
        self.fields["consultation"].empty_label = None
        self.fields["progress_pct"].help_text = _("From 0 to 100.")
        if self.instance.pk:
            # A decision stays with the consultation it was recorded for.
            del self.fields["consultation"]
            del self.fields["submit_token"]
        if not self.is_bound:
            self.fields["decided_on"].initial = timezone.localdate()


class LedgerLineForm(forms.ModelForm):
    class Meta:
        model = DecisionChange
        fields = [
            "resource",
            "from_model",
            "to_model",
            "amount_before",
            "amount_after",
            "unit",
            "period",
        ]
        widgets = {"resource": forms.RadioSelect, "period": forms.RadioSelect}
        labels = {
            "from_model": _("From which model"),
            "to_model": _("To which model"),
            "amount_before": _("Amount before"),
            "amount_after": _("Amount after"),
        }
        help_texts = {
            "from_model": _("Where it is taken from. Choose none for a new resource."),
            "to_model": _("Where it goes. Choose none for a cut."),
            "amount_before": _(
                "What the model it goes to has now. For a cut, what the model it "
                "comes from has now."
            ),
            "amount_after": _("What it will have after the decision."),
            "unit": _("For example £, hours, places or rooms."),
        }
        error_messages = {
            "resource": {"required": _("Choose what is moving.")},
            "unit": {"required": _("Enter the unit, for example £ or hours.")},
            "period": {"required": _("Choose how often: a year, a month, a week or once.")},
            "amount_before": AMOUNT_ERRORS,
            "amount_after": AMOUNT_ERRORS,
        }

    def __init__(self, *args, decision: Decision, **kwargs):
        super().__init__(*args, **kwargs)
        # Set before validation, so the model's own clean checks the line (from ≠ to, direction).
        self.instance.decision = decision
        models = decision.area_support_models()
        for name in ("from_model", "to_model"):
            self.fields[name].queryset = models
            self.fields[name].empty_label = _("None")
        self.fields["resource"].choices = Resource.choices
        self.fields["period"].choices = Period.choices

    def line_fields(self) -> dict:
        return {name: self.cleaned_data[name] for name in self.Meta.fields}


class EvidenceForm(forms.Form):
    """Pick what people asked for: a question's result or a group session of this area, or name
    an idea or an organisation's response by its reference (ADR 022)."""

    source = forms.ChoiceField(
        label=_("Where it comes from"),
        error_messages={"required": _("Choose where the evidence comes from.")},
    )
    reference = forms.CharField(
        label=_("Reference"),
        required=False,
        max_length=100,
        help_text=_("Only for an idea or an organisation's response: its number or name."),
    )
    asked_for = forms.CharField(
        label=_("What people asked for"),
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Enter what people asked for.")},
    )
    easy_asked_for = forms.CharField(
        label=_("What people asked for, in easy read"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Short sentences, one on each line. Use words, not percentages."),
        error_messages={"required": _("Enter what people asked for, in easy read.")},
    )

    def __init__(self, *args, decision: Decision, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.decision = decision
        self.sources: dict[str, dict] = {}
        questions = question_set(decision.consultation)
        for ref in questions.refs:
            if ref.area_key != decision.area_key:
                continue
            question = questions.question(ref, pictures=False)
            kind_label = question_type(ref.type).block().label
            label = f"{question.text} ({kind_label})"
            self.sources[f"question:{ref.id}"] = {
                "kind": QUESTION_RESULT.key,
                "reference": ref.id,
                "label": label,
            }
        sessions = (
            GroupSession.objects.visible_to(user)
            .filter(consultation=decision.consultation)
            .select_related("organisation")
        )
        for session in sessions:
            held = f"{session.held_on.day} {session.held_on:%B %Y}"
            label = f"{session.organisation.name}, {session.get_method_display()}, {held}"
            self.sources[f"session:{session.pk}"] = {
                "kind": GROUP_SESSION.key,
                "reference": str(session.pk),
                "label": label,
                "group_session": session,
            }
        for key, label in TYPED_REFERENCE_CHOICES:
            self.sources[key] = {"kind": key, "label": label}
        self.fields["source"].choices = [("", _("Choose…"))] + [
            (key, source["label"]) for key, source in self.sources.items()
        ]

    def clean(self):
        cleaned = super().clean()
        source = self.sources.get(cleaned.get("source") or "")
        if source is None:
            return cleaned
        fields = {"group_session": None, **source}
        if evidence_kind(source["kind"]).typed_reference:
            reference = (cleaned.get("reference") or "").strip()
            if not reference:
                self.add_error("reference", _("Enter the number or name of the idea or response."))
                return cleaned
            fields["reference"] = reference
            fields["label"] = f"{source['label']}: {reference}"
        cleaned["evidence"] = fields
        return cleaned

    def evidence_fields(self) -> dict:
        return {
            **self.cleaned_data["evidence"],
            "asked_for": self.cleaned_data["asked_for"],
            "easy_asked_for": self.cleaned_data["easy_asked_for"],
        }


class ProgressUpdateForm(forms.Form):
    submit_token = forms.CharField(widget=forms.HiddenInput, initial=new_token)
    on = forms.DateField(
        label=_("Date"), widget=DATE, initial=timezone.localdate, error_messages=DATE_ERRORS
    )
    status = forms.ChoiceField(
        label=_("Status"),
        choices=Status.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose the status.")},
    )
    progress_pct = forms.IntegerField(
        label=_("Progress (%)"),
        min_value=0,
        max_value=100,
        help_text=_("From 0 to 100."),
        error_messages=PERCENT_ERRORS,
    )
    title = forms.CharField(
        label=_("What happened"),
        max_length=200,
        error_messages={"required": _("Enter what happened.")},
    )
    easy_text = forms.CharField(
        label=_("What happened, in easy read"),
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Short sentences, one on each line."),
        error_messages={"required": _("Enter what happened, in easy read.")},
    )

    def __init__(self, *args, decision: Decision, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.fields["status"].initial = decision.status
            self.fields["progress_pct"].initial = decision.progress_pct
