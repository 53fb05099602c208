"""A commissioner's decisions for an area, their ledger lines, evidence and progress (ADR 022).

A decision is a draft until it is published. After that it is never edited in place: what changes
is recorded as a dated `DecisionUpdate`, and a changed decision is a new decision that
`supersedes` the old one, so every published word stays on record.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from consultations.areas import AREA_CHOICES, AREAS_BY_KEY

from .evidence import EVIDENCE_CHOICES, evidence_kind

AMOUNT = {"max_digits": 14, "decimal_places": 2}
PERCENT = [MinValueValidator(0), MaxValueValidator(100)]


class Status(models.TextChoices):
    PLANNED = "planned", _("Planned")
    IN_PROGRESS = "in_progress", _("In progress")
    DONE = "done", _("Done")
    NOT_DOING = "not_doing", _("Not doing")


# How each status reads in easy read, beside the staff label above.
EASY_STATUS = {
    Status.PLANNED: _("We plan to do this."),
    Status.IN_PROGRESS: _("We have started to do this."),
    Status.DONE: _("We have done this."),
    Status.NOT_DOING: _("We are not doing this now."),
}


class DecisionQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Decisions a signed-in person may see in staff screens (ADR 008).

        Members of the commissioning body that runs the consultation, and a superuser. Editors
        given a consultation write its pages; deciding is the body's own business.
        """
        if not user.is_active:
            return self.none()
        if user.is_superuser:
            return self.all()
        return self.filter(consultation__commissioner__memberships__user=user).distinct()

    def published(self):
        return self.filter(published_at__isnull=False)

    def drafts(self):
        return self.filter(published_at__isnull=True)

    def current(self):
        """Published decisions that no later published decision has replaced."""
        return self.published().exclude(revised_by__published_at__isnull=False)


class Decision(models.Model):
    consultation = models.ForeignKey(
        "consultations.ConsultationPage",
        on_delete=models.PROTECT,
        related_name="decisions",
        verbose_name=_("consultation"),
    )
    area_key = models.CharField(_("area"), max_length=20, choices=AREA_CHOICES)
    title = models.CharField(_("what we decided"), max_length=200)
    easy_title = models.CharField(_("what we decided, in easy read"), max_length=200)
    summary = models.TextField(_("reasons"))
    easy_summary = models.TextField(_("reasons, in easy read"))
    decided_on = models.DateField(_("date decided"))
    decided_by = models.CharField(_("who decided"), max_length=200)
    forum = models.CharField(_("meeting"), max_length=200)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PLANNED
    )
    progress_pct = models.PositiveSmallIntegerField(
        _("progress (%)"), default=0, validators=PERCENT
    )
    # A changed decision: the new one points at the one it replaces, which stays as it was.
    supersedes = models.OneToOneField(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="revised_by",
        verbose_name=_("replaces"),
    )
    published_at = models.DateTimeField(_("published"), null=True, blank=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    # Makes "save" idempotent: a double click finds the decision the first click made.
    submit_token = models.CharField(max_length=64, unique=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(_("recorded"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    objects = DecisionQuerySet.as_manager()

    class Meta:
        ordering = ["consultation", "area_key", "decided_on", "pk"]
        verbose_name = _("decision")
        constraints = [
            models.CheckConstraint(
                condition=Q(progress_pct__lte=100), name="decision_progress_at_most_100"
            )
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def area(self):
        return AREAS_BY_KEY[self.area_key]

    @property
    def is_published(self) -> bool:
        return self.published_at is not None

    @property
    def easy_status(self) -> str:
        return EASY_STATUS[self.status]

    def area_support_models(self):
        """The models of support offered in this decision's area of its consultation."""
        from consultations.models import AreaPage, AreaSupportModel, SupportModel

        area_pages = AreaPage.objects.child_of(self.consultation).filter(area_key=self.area_key)
        offered = AreaSupportModel.objects.filter(page__in=area_pages).values("support_model")
        return SupportModel.objects.filter(pk__in=offered)

    def easy_reason_lines(self) -> list[str]:
        return [line.strip() for line in self.easy_summary.splitlines() if line.strip()]


class Resource(models.TextChoices):
    MONEY = "money", _("Money")
    STAFF_TIME = "staff_time", _("Staff time")
    PLACES = "places", _("Places")
    COMMUNITY = "community", _("Community resources")


class Period(models.TextChoices):
    YEAR = "year", _("a year")
    MONTH = "month", _("a month")
    WEEK = "week", _("a week")
    ONCE = "once", _("once only")


class DecisionChange(models.Model):
    """A ledger line: a resource moves to `to_model`, from `from_model`.

    `amount_before` and `amount_after` are what `to_model` has of the resource before and after
    the decision; the difference is taken from `from_model`. With no `to_model` the line is a cut:
    the amounts are `from_model`'s. With no `from_model` the resource is new. (ADR 022.)
    """

    decision = models.ForeignKey(Decision, on_delete=models.CASCADE, related_name="changes")
    resource = models.CharField(_("resource"), max_length=20, choices=Resource.choices)
    from_model = models.ForeignKey(
        "consultations.SupportModel",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("from"),
    )
    to_model = models.ForeignKey(
        "consultations.SupportModel",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("to"),
    )
    amount_before = models.DecimalField(
        _("amount before"), validators=[MinValueValidator(0)], **AMOUNT
    )
    amount_after = models.DecimalField(
        _("amount after"), validators=[MinValueValidator(0)], **AMOUNT
    )
    unit = models.CharField(_("unit"), max_length=40)
    period = models.CharField(_("period"), max_length=10, choices=Period.choices)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["decision", "pk"]
        verbose_name = _("ledger line")
        constraints = [
            models.CheckConstraint(
                condition=Q(amount_before__gte=0) & Q(amount_after__gte=0),
                name="ledger_amounts_not_negative",
            ),
            models.CheckConstraint(
                condition=~Q(from_model=models.F("to_model")), name="ledger_from_is_not_to"
            ),
            models.CheckConstraint(
                condition=Q(from_model__isnull=False) | Q(to_model__isnull=False),
                name="ledger_names_a_model",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_resource_display()}: {self.from_model} → {self.to_model}"

    def clean(self):
        super().clean()
        errors = {}
        if self.from_model_id is None and self.to_model_id is None:
            errors["to_model"] = _("Choose the model it goes to, the model it comes from, or both.")
        elif self.from_model_id and self.from_model_id == self.to_model_id:
            errors["to_model"] = _("Choose a different model to move it to. It cannot be the same.")
        before, after = self.amount_before, self.amount_after
        if before is not None and after is not None and not errors:
            if before == after:
                errors["amount_after"] = _(
                    "The amount after is the same as before. A ledger line must change something."
                )
            elif self.from_model_id and self.to_model_id and after < before:
                errors["amount_after"] = _(
                    "The amount after must be more than before, as it moves to the second model. "
                    "To move it the other way, swap the two models."
                )
        if errors:
            raise ValidationError(errors)

    @property
    def difference(self):
        return abs(self.amount_after - self.amount_before)

    @property
    def is_increase(self) -> bool:
        return self.amount_after > self.amount_before


class DecisionEvidence(models.Model):
    """What people asked for that the decision rests on, shown beside what was decided.

    Question results, ideas and organisational responses are named by a stable reference (a
    question id, an idea id, a response id) with a snapshot label, so the evidence reads the
    same after the source changes. Group sessions have a foreign key; ideas and organisational
    responses get theirs when those apps merge (ADR 022).
    """

    decision = models.ForeignKey(Decision, on_delete=models.CASCADE, related_name="evidence")
    kind = models.CharField(_("kind"), max_length=20, choices=EVIDENCE_CHOICES)
    reference = models.CharField(_("reference"), max_length=100)
    label = models.CharField(_("source"), max_length=300)
    group_session = models.ForeignKey(
        "organisations.GroupSession",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="decision_evidence",
    )
    asked_for = models.TextField(_("what people asked for"))
    easy_asked_for = models.TextField(_("what people asked for, in easy read"))
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["decision", "pk"]
        verbose_name = _("evidence")
        verbose_name_plural = _("evidence")
        constraints = [
            models.UniqueConstraint(
                fields=["decision", "kind", "reference"], name="one_evidence_per_source"
            )
        ]

    def __str__(self) -> str:
        return self.label

    @property
    def kind_info(self):
        return evidence_kind(self.kind)


class DecisionUpdateQuerySet(models.QuerySet):
    def visible_to(self, user):
        return self.filter(decision__in=Decision.objects.visible_to(user))


class DecisionUpdate(models.Model):
    """A dated entry on a published decision's timeline: progress, or a change (ADR 022)."""

    class Kind(models.TextChoices):
        PROGRESS = "progress", _("Progress")
        REVISED = "revised", _("Changed by a new decision")

    decision = models.ForeignKey(Decision, on_delete=models.PROTECT, related_name="updates")
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.PROGRESS)
    on = models.DateField(_("date"))
    title = models.CharField(_("what happened"), max_length=200)
    easy_text = models.TextField(_("what happened, in easy read"))
    status = models.CharField(_("status"), max_length=20, choices=Status.choices)
    progress_pct = models.PositiveSmallIntegerField(_("progress (%)"), validators=PERCENT)
    submit_token = models.CharField(max_length=64, unique=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = DecisionUpdateQuerySet.as_manager()

    class Meta:
        ordering = ["decision", "on", "pk"]
        verbose_name = _("progress update")
        constraints = [
            models.CheckConstraint(
                condition=Q(progress_pct__lte=100), name="update_progress_at_most_100"
            )
        ]

    def __str__(self) -> str:
        return f"{self.on}: {self.title}"

    @property
    def easy_status(self) -> str:
        return EASY_STATUS[self.status]

    def easy_lines(self) -> list[str]:
        return [line.strip() for line in self.easy_text.splitlines() if line.strip()]


# The page type lives in its own module; imported here so Django finds its models.
from .pages import YouSaidWeDidNext, YouSaidWeDidPage  # noqa: E402

__all__ = [
    "Decision",
    "DecisionChange",
    "DecisionEvidence",
    "DecisionUpdate",
    "YouSaidWeDidNext",
    "YouSaidWeDidPage",
]
