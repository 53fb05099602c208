"""Organisational responses: a VCSE organisation answers an area's questions as an organisation.

They are shown beside people's answers and never added into people counts (ADR 020). Each says
whom it speaks for: how many people, from which respondent groups, how their views were gathered,
and the group sessions it draws on.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from consultations.areas import AREA_CHOICES, AREAS_BY_KEY

from .sessions import Method


class OrgResponseQuerySet(models.QuerySet):
    def live(self):
        """Drafts and submitted responses: at most one per organisation, consultation and area."""
        return self.exclude(status=OrganisationalResponse.Status.WITHDRAWN)

    def submitted(self):
        return self.filter(status=OrganisationalResponse.Status.SUBMITTED)

    def shared(self):
        """Responses the commissioner may see: submitted, and withdrawn after submitting."""
        return self.filter(submitted_at__isnull=False)

    def for_commissioner(self, user):
        """What a commissioning body sees: shared responses to the consultations it runs."""
        if not user.is_active:
            return self.none()
        if user.is_superuser:
            return self.shared()
        return self.shared().filter(consultation__commissioner__memberships__user=user).distinct()

    def visible_to(self, user):
        """Responses a signed-in person may read (ADR 008).

        The organisation that wrote it sees all of its own, drafts included. The commissioning body
        that runs the consultation sees only what was submitted (and later withdrawn, marked), never
        a draft. A superuser sees every one.
        """
        if not user.is_active:
            return self.none()
        if user.is_superuser:
            return self.all()
        return self.filter(
            Q(organisation__memberships__user=user)
            | (
                Q(consultation__commissioner__memberships__user=user)
                & Q(submitted_at__isnull=False)
            )
        ).distinct()


class OrganisationalResponse(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SUBMITTED = "submitted", _("Submitted")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    organisation = models.ForeignKey(
        "organisations.Organisation",
        on_delete=models.PROTECT,
        related_name="org_responses",
        verbose_name=_("organisation"),
    )
    consultation = models.ForeignKey(
        "consultations.ConsultationPage",
        on_delete=models.PROTECT,
        related_name="org_responses",
        verbose_name=_("consultation"),
    )
    area_key = models.CharField(_("area"), max_length=20, choices=AREA_CHOICES)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    # Null until the "who this speaks for" page is saved; submitting needs it.
    people_represented = models.PositiveIntegerField(
        _("people this response speaks for"), null=True, blank=True
    )
    how_gathered = models.JSONField(_("how views were gathered"), default=list, blank=True)
    sessions = models.ManyToManyField(
        "organisations.GroupSession",
        blank=True,
        related_name="org_responses",
        verbose_name=_("group sessions it draws on"),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("started by"),
    )
    created_at = models.DateTimeField(_("started"), auto_now_add=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("last changed by"),
    )
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("submitted by"),
    )
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    # A withdrawn response is kept, so what was said and who took it back stays on record.
    withdrawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("withdrawn by"),
    )
    withdrawn_at = models.DateTimeField(_("withdrawn"), null=True, blank=True)

    objects = OrgResponseQuerySet.as_manager()

    class Meta:
        ordering = ["consultation", "area_key", "-created_at"]
        verbose_name = _("organisational response")
        constraints = [
            # A second "Start" finds the draft the first one made; a withdrawn one is kept aside.
            models.UniqueConstraint(
                fields=["organisation", "consultation", "area_key"],
                condition=~Q(status="withdrawn"),
                name="one_live_org_response_per_area",
            ),
            models.CheckConstraint(
                condition=Q(status="draft") | Q(submitted_at__isnull=False),
                name="org_response_submitted_has_when",
            ),
            models.CheckConstraint(
                condition=~Q(status="withdrawn") | Q(withdrawn_at__isnull=False),
                name="org_response_withdrawn_has_when",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.organisation} on {self.area_name} ({self.get_status_display()})"

    @property
    def area_name(self) -> str:
        return AREAS_BY_KEY[self.area_key].name

    @property
    def is_draft(self) -> bool:
        return self.status == self.Status.DRAFT

    @property
    def is_submitted(self) -> bool:
        return self.status == self.Status.SUBMITTED

    @property
    def is_withdrawn(self) -> bool:
        return self.status == self.Status.WITHDRAWN

    @property
    def speaks_for_done(self) -> bool:
        return self.people_represented is not None and bool(self.how_gathered)

    def method_labels(self) -> list[str]:
        labels = dict(Method.choices)
        return [str(labels[method]) for method in self.how_gathered if method in labels]


class OrgResponseGroup(models.Model):
    """How many of the people a response speaks for come from one respondent group."""

    org_response = models.ForeignKey(
        OrganisationalResponse, on_delete=models.CASCADE, related_name="groups"
    )
    group = models.ForeignKey(
        "consultations.RespondentGroup",
        on_delete=models.PROTECT,
        related_name="org_response_groups",
        verbose_name=_("group"),
    )
    people_count = models.PositiveIntegerField(_("people"))

    class Meta:
        ordering = ["group__sort_order", "group__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["org_response", "group"], name="one_count_per_org_response_group"
            )
        ]

    def __str__(self) -> str:
        return f"{self.people_count} × {self.group}"


class OrgAnswer(models.Model):
    """The organisation's answer to one question, in the same shape as a person's answer."""

    org_response = models.ForeignKey(
        OrganisationalResponse, on_delete=models.CASCADE, related_name="answers"
    )
    question_id = models.CharField(_("question"), max_length=64)
    area_key = models.CharField(_("area"), max_length=20, choices=AREA_CHOICES)
    question_type = models.CharField(_("question type"), max_length=20)
    value = models.JSONField(_("answer"))
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("answered by"),
    )
    answered_at = models.DateTimeField(_("answered"), auto_now=True)

    class Meta:
        ordering = ["org_response", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["org_response", "question_id"], name="one_org_answer_per_question"
            )
        ]

    def __str__(self) -> str:
        return f"{self.org_response}: {self.question_id}"
