"""Ideas people, sessions and organisations suggest for an area, moderated, then voted on.

Nothing is public until a commissioner publishes it. Every change of status is an
IdeaStatusChange row (who, when, why, and why in easy read), so the person or group who suggested
an idea can see what happened to it. See docs/adr/021-ideas-lifecycle-and-voting.md.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q, Sum
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _
from wagtail.images import get_image_model_string

from consultations.areas import AREA_CHOICES, AREAS_BY_KEY


class Source(models.TextChoices):
    PERSON = "person", _("A person")
    ORGANISATION = "organisation", _("An organisation")
    SESSION = "session", _("A group session")


class Status(models.TextChoices):
    WAITING = "waiting", _("Waiting to be checked")
    PUBLISHED = "published", _("Published")
    NEEDS_REWORDING = "needs_rewording", _("Asked to reword")
    MERGED = "merged", _("Merged into another idea")
    NOT_TAKEN_FORWARD = "not_taken_forward", _("Not taken forward")
    CHOSEN = "chosen", _("Chosen")


class VoteValue(models.TextChoices):
    YES = "yes", _("Yes")
    NO = "no", _("No")
    NOT_SURE = "not_sure", _("Not sure")


# Statuses the public may see: published ideas, and those later chosen.
PUBLIC = (Status.PUBLISHED, Status.CHOSEN)


class IdeaQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status__in=PUBLIC)

    def for_area(self, area_key: str):
        return self.filter(area_key=area_key)

    def visible_to(self, user):
        """Ideas a signed-in person may read in staff screens (ADR 008).

        The commissioning body that runs the consultation sees every idea, to moderate it. An
        organisation sees the ideas it suggested, itself or from one of its sessions.
        """
        if not user.is_active:
            return self.none()
        if user.is_superuser:
            return self.all()
        mine = Idea.objects.filter(
            Q(consultation__commissioner__memberships__user=user)
            | Q(organisation__memberships__user=user)
            | Q(session__organisation__memberships__user=user)
        )
        # A plain id filter, not joins: joined membership rows would multiply the vote sums
        # of with_votes().
        return self.filter(pk__in=mine.values("pk"))

    def with_votes(self):
        """Each idea with its votes added up: `yes_votes`, `no_votes`, `not_sure_votes`.

        Session votes carry a count, so these are sums of counts. The Method of Equal Shares
        reads `cost_estimate` and `yes_votes` from here (consultations/allocation/).
        """
        return self.annotate(
            **{
                f"{value}_votes": Coalesce(Sum("votes__count", filter=Q(votes__value=value)), 0)
                for value in VoteValue.values
            }
        )

    def costed(self):
        return self.exclude(cost_estimate=None)


class Idea(models.Model):
    consultation = models.ForeignKey(
        "consultations.ConsultationPage",
        on_delete=models.PROTECT,
        related_name="ideas",
        verbose_name=_("consultation"),
    )
    area_key = models.CharField(_("area"), max_length=20, choices=AREA_CHOICES)
    title = models.CharField(_("title"), max_length=150)
    easy_title = models.CharField(_("easy-read title"), max_length=150, blank=True)
    body = models.TextField(_("description"), blank=True, max_length=2000)
    picture = models.ForeignKey(
        get_image_model_string(),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("picture"),
    )
    # Whole pounds. Ideas with a cost can be chosen by the Method of Equal Shares.
    cost_estimate = models.PositiveIntegerField(_("cost estimate in pounds"), null=True, blank=True)
    source = models.CharField(_("suggested by"), max_length=20, choices=Source.choices)
    # A person's answers deleted with their code take their ideas with them.
    response = models.ForeignKey(
        "responses.Response",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="ideas",
    )
    # The "suggest an idea" question it answered: one idea per answer, however often sent.
    question_id = models.CharField(max_length=64, blank=True)
    organisation = models.ForeignKey(
        "organisations.Organisation",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="ideas",
    )
    # SET_NULL: removing a session record keeps the ideas it had, as the organisation's.
    session = models.ForeignKey(
        "organisations.GroupSession",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="ideas",
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.WAITING
    )
    # SET_NULL: an idea joined by others may itself go (its person deleted their answers); the
    # ideas merged into it stay merged, and say so without naming it.
    merged_into = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="merged_ideas",
        verbose_name=_("merged into"),
    )
    # Makes "suggest" idempotent: a double click finds the idea the first click made.
    submit_token = models.CharField(max_length=64, unique=True, null=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("suggested by"),
    )
    created_at = models.DateTimeField(_("suggested"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    objects = IdeaQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["response", "question_id"],
                condition=Q(response__isnull=False),
                name="one_idea_per_answer",
            ),
            models.CheckConstraint(
                condition=Q(merged_into__isnull=True) | Q(status="merged"),
                name="only_merged_ideas_have_a_target",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def public_title(self) -> str:
        return self.easy_title or self.title

    @property
    def area_name(self) -> str:
        return AREAS_BY_KEY[self.area_key].name

    @property
    def is_public(self) -> bool:
        return self.status in PUBLIC


class IdeaStatusChange(models.Model):
    """One moderation step, or the suggestion itself (from_status blank)."""

    idea = models.ForeignKey(Idea, on_delete=models.CASCADE, related_name="changes")
    from_status = models.CharField(max_length=20, choices=Status.choices, blank=True)
    to_status = models.CharField(max_length=20, choices=Status.choices)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("by"),
    )
    at = models.DateTimeField(_("when"), auto_now_add=True)
    reason = models.TextField(_("reason"), blank=True, max_length=2000)
    easy_reason = models.TextField(_("reason in easy read"), blank=True, max_length=1000)

    class Meta:
        ordering = ["at", "pk"]

    def __str__(self) -> str:
        return f"{self.idea}: {self.from_status or 'new'} → {self.to_status}"


class IdeaVote(models.Model):
    """A person's vote (count 1), or how many at a group session voted each way."""

    idea = models.ForeignKey(Idea, on_delete=models.CASCADE, related_name="votes")
    response = models.ForeignKey(
        "responses.Response",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="idea_votes",
    )
    session = models.ForeignKey(
        "organisations.GroupSession",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="idea_votes",
    )
    value = models.CharField(max_length=10, choices=VoteValue.choices)
    count = models.PositiveIntegerField(default=1)
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["idea", "response"],
                condition=Q(response__isnull=False),
                name="one_vote_per_response_per_idea",
            ),
            models.UniqueConstraint(
                fields=["idea", "session", "value"],
                condition=Q(session__isnull=False),
                name="one_count_per_session_idea_value",
            ),
            models.CheckConstraint(
                condition=(Q(response__isnull=False, session__isnull=True, count=1))
                | Q(response__isnull=True, session__isnull=False),
                name="vote_from_a_person_or_a_session",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.idea}: {self.value} × {self.count}"
