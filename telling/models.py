"""Telling people what was decided, by the route each person chose (ADR 026).

A round is one occasion to tell: the decisions were published, or one progress update was added.
It holds one notice per response that asked to hear back. Notices carry no contact details: the
email address, postal address and name are read from `responses.ContactDetails` when the email is
sent or the letter printed, so deleting those details leaves nothing personal here.
"""

from django.conf import settings
from django.db import models
from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from responses.models import HearBack

# How many times an email is tried before it is shown as failed; "try again" allows as many more.
EMAIL_ATTEMPTS = 3


class Route(models.TextChoices):
    """The routes of `responses.HearBack` that tell someone something."""

    EMAIL = HearBack.EMAIL.value, _("Email")
    TEXT = HearBack.TEXT.value, _("Text message")
    POST = HearBack.POST.value, _("Letter")
    ORGANISATION = HearBack.ORGANISATION.value, _("Through their group")


class State(models.TextChoices):
    PENDING = "pending", _("Waiting")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Failed")
    POSTED = "posted", _("Posted")
    SHARED = "shared", _("Shared by their group")
    # There is no text-message sender: such people are counted, not pretended to be told.
    CANNOT_SEND = "cannot_send", _("Cannot send by text yet")


TOLD = [State.SENT, State.POSTED, State.SHARED]


class TellingRoundQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Members of the commissioning body that runs the consultation, and superusers."""
        if not user.is_active:
            return self.none()
        if user.is_superuser:
            return self.all()
        return self.filter(consultation__commissioner__memberships__user=user).distinct()


class TellingRound(models.Model):
    """One occasion to tell people: the decisions (no update), or one progress update."""

    consultation = models.ForeignKey(
        "consultations.ConsultationPage", on_delete=models.PROTECT, related_name="telling_rounds"
    )
    update = models.ForeignKey(
        "decisions.DecisionUpdate",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="telling_rounds",
    )
    started_at = models.DateTimeField(auto_now_add=True)
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    posted_at = models.DateTimeField(null=True, blank=True)
    posted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )

    objects = TellingRoundQuerySet.as_manager()

    class Meta:
        ordering = ["consultation", "started_at", "pk"]
        constraints = [
            # Pressing "tell people" twice finds the round the first press made.
            models.UniqueConstraint(
                fields=["consultation"],
                condition=Q(update__isnull=True),
                name="one_decisions_round_per_consultation",
            ),
            models.UniqueConstraint(fields=["consultation", "update"], name="one_round_per_update"),
        ]

    def __str__(self) -> str:
        return f"{self.consultation}: {self.update or _('decisions')}"

    @property
    def is_update(self) -> bool:
        return self.update_id is not None

    def counts(self) -> dict[str, dict[str, int]]:
        """{route: {"people", "told", "pending", "failed", "cannot_send"}} for every route."""
        rows = self.notices.values("route").annotate(
            people=Count("pk"),
            told=Count("pk", filter=Q(state__in=TOLD)),
            pending=Count("pk", filter=Q(state=State.PENDING)),
            failed=Count("pk", filter=Q(state=State.FAILED)),
            cannot_send=Count("pk", filter=Q(state=State.CANNOT_SEND)),
        )
        empty = {"people": 0, "told": 0, "pending": 0, "failed": 0, "cannot_send": 0}
        found = {row.pop("route"): row for row in rows}
        return {route: found.get(route, empty) for route in Route.values}


class OrganisationPack(models.Model):
    """What one group is given to share with the people who chose to hear through it.

    `key` is the group's name as people typed it, normalised so "The Riverside Advocacy " and
    "riverside advocacy" are one pack; `organisation` is the verified organisation of that name.
    """

    round = models.ForeignKey(TellingRound, on_delete=models.CASCADE, related_name="packs")
    key = models.CharField(max_length=200)
    name = models.CharField(_("group"), max_length=200)
    organisation = models.ForeignKey(
        "organisations.Organisation",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    people_count = models.PositiveIntegerField(default=0)
    shared_on = models.DateField(_("shared with the group on"), null=True, blank=True)
    shared_recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    shared_recorded_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["round", "name", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["round", "key"], name="one_pack_per_group_per_round")
        ]

    def __str__(self) -> str:
        return self.name


class Notice(models.Model):
    """Telling one person once. Unique per round and response, so a second press adds nothing."""

    round = models.ForeignKey(TellingRound, on_delete=models.CASCADE, related_name="notices")
    response = models.ForeignKey(
        "responses.Response", on_delete=models.CASCADE, related_name="notices"
    )
    route = models.CharField(max_length=20, choices=Route.choices)
    state = models.CharField(max_length=20, choices=State.choices, default=State.PENDING)
    pack = models.ForeignKey(
        OrganisationPack, on_delete=models.SET_NULL, null=True, blank=True, related_name="notices"
    )
    attempts = models.PositiveSmallIntegerField(default=0)
    attempts_allowed = models.PositiveSmallIntegerField(default=EMAIL_ATTEMPTS)
    # Plain words about what went wrong, never the address or the server's own message (which
    # may quote the address).
    last_error = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    done_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["round", "pk"]
        indexes = [models.Index(fields=["round", "route", "state"])]
        constraints = [
            models.UniqueConstraint(fields=["round", "response"], name="one_notice_per_person")
        ]

    def __str__(self) -> str:
        return f"Notice {self.pk} ({self.get_route_display()}, {self.get_state_display()})"


class LetterDownload(models.Model):
    """Who downloaded a round's letters, when, and how many letters it held."""

    round = models.ForeignKey(TellingRound, on_delete=models.CASCADE, related_name="downloads")
    downloaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    downloaded_at = models.DateTimeField(auto_now_add=True)
    letters = models.PositiveIntegerField()

    class Meta:
        ordering = ["-downloaded_at", "-pk"]


class ContactDeletion(models.Model):
    """Contact details for a consultation's responses were deleted. No personal data: how many,
    when, why, and who pressed the button (nobody, for the daily job)."""

    class Reason(models.TextChoices):
        TELLING_COMPLETE = "telling_complete", _("Telling was marked as complete")
        TIME_LIMIT = "time_limit", _("The time to keep them ran out")

    consultation = models.OneToOneField(
        "consultations.ConsultationPage", on_delete=models.PROTECT, related_name="+"
    )
    deleted_at = models.DateTimeField(auto_now_add=True)
    reason = models.CharField(max_length=20, choices=Reason.choices)
    count = models.PositiveIntegerField()
    deleted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )

    def __str__(self) -> str:
        return f"{self.count} contact details deleted ({self.get_reason_display()})"
