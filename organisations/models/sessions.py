"""Group sessions: a VCSE organisation meets a group of people and records what they said together.

People at a session count as people, through `GroupSessionMember` (how many from each respondent
group) and `GroupTally` (the group's answers to one question, in the shape its question type's tally
form gives). See RESULTS-AND-DECISIONS.md, "Data model sketch".
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from consultations.areas import AREA_CHOICES


class Method(models.TextChoices):
    WORKSHOP = "workshop", _("Workshop")
    ONE_TO_ONE = "one_to_one", _("One-to-one")
    DROP_IN = "drop_in", _("Drop-in")
    SURVEY = "survey", _("Survey")
    OTHER = "other", _("Other")


class Format(models.TextChoices):
    EASY_READ = "easy_read", _("Easy read")
    BSL = "bsl", _("British Sign Language")
    AUDIO = "audio", _("Audio")
    LARGE_PRINT = "large_print", _("Large print")
    INTERPRETER = "interpreter", _("Interpreter")


class GroupSessionQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Sessions a signed-in person may read (ADR 008).

        The organisation that held it, the commissioning body that runs the consultation, and a
        superuser. Sessions hold what people said, so nobody else.
        """
        if not user.is_active:
            return self.none()
        if user.is_superuser:
            return self.all()
        return self.filter(
            Q(organisation__memberships__user=user)
            | Q(consultation__commissioner__memberships__user=user)
        ).distinct()


class GroupSession(models.Model):
    organisation = models.ForeignKey(
        "organisations.Organisation",
        on_delete=models.PROTECT,
        related_name="group_sessions",
        verbose_name=_("organisation"),
    )
    consultation = models.ForeignKey(
        "consultations.ConsultationPage",
        on_delete=models.PROTECT,
        related_name="group_sessions",
        verbose_name=_("consultation"),
    )
    # Blank: the session talked about the whole consultation.
    area_key = models.CharField(_("area"), max_length=20, choices=AREA_CHOICES, blank=True)
    held_on = models.DateField(_("date"))
    method = models.CharField(_("how it was run"), max_length=20, choices=Method.choices)
    formats_used = models.JSONField(_("formats used"), default=list, blank=True)
    facilitator_name = models.CharField(_("facilitator"), max_length=120)
    people_count = models.PositiveIntegerField(_("people present"))
    # People can be counted twice: at the session and on their own. Results say "about N people
    # counted twice" beside totals (RESULTS-AND-DECISIONS.md, aggregation rules).
    also_answered_alone = models.PositiveIntegerField(
        _("of them, also answered on their own"), default=0
    )
    agreed_by_group = models.BooleanField(_("the group agreed with what we wrote"), default=False)
    notes_private = models.TextField(_("notes for staff only"), blank=True)
    # Makes "save" idempotent: a double click finds the session the first click made.
    submit_token = models.CharField(max_length=64, unique=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("recorded by"),
    )
    created_at = models.DateTimeField(_("recorded"), auto_now_add=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("last changed by"),
    )
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    objects = GroupSessionQuerySet.as_manager()

    class Meta:
        ordering = ["-held_on", "-pk"]
        verbose_name = _("group session")
        constraints = [
            models.CheckConstraint(
                condition=Q(also_answered_alone__lte=models.F("people_count")),
                name="session_counted_twice_at_most_everyone",
            )
        ]

    def __str__(self) -> str:
        return f"{self.organisation} session on {self.held_on}"


class GroupSessionMember(models.Model):
    """How many people from one respondent group were at a session. They add up to people_count."""

    session = models.ForeignKey(GroupSession, on_delete=models.CASCADE, related_name="members")
    group = models.ForeignKey(
        "consultations.RespondentGroup",
        on_delete=models.PROTECT,
        related_name="session_members",
        verbose_name=_("group"),
    )
    people_count = models.PositiveIntegerField(_("people"))

    class Meta:
        ordering = ["group__sort_order", "group__name"]
        constraints = [
            models.UniqueConstraint(fields=["session", "group"], name="one_count_per_session_group")
        ]

    def __str__(self) -> str:
        return f"{self.people_count} × {self.group}"


class GroupTally(models.Model):
    """A session's answers to one question, as its question type's tally form cleaned them.

    `value` has the shape the type's `tally_value` gives, so results can add it again later.
    """

    session = models.ForeignKey(GroupSession, on_delete=models.CASCADE, related_name="tallies")
    question_id = models.CharField(_("question"), max_length=64)
    area_key = models.CharField(_("area"), max_length=20, choices=AREA_CHOICES)
    question_type = models.CharField(_("question type"), max_length=20)
    value = models.JSONField(_("tally"))
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("entered by"),
    )
    entered_at = models.DateTimeField(_("entered"), auto_now=True)

    class Meta:
        ordering = ["session", "area_key", "pk"]
        verbose_name_plural = _("group tallies")
        constraints = [
            models.UniqueConstraint(
                fields=["session", "question_id"], name="one_tally_per_session_question"
            )
        ]

    def __str__(self) -> str:
        return f"{self.session}: {self.question_id}"
