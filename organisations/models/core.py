import datetime
import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class OrganisationQuerySet(models.QuerySet):
    def commissioners(self):
        return self.filter(kind=Organisation.Kind.COMMISSIONER)

    def vcse(self):
        return self.filter(kind=Organisation.Kind.VCSE)

    def commissioning_for(self, user):
        """The commissioning bodies whose decisions and telling the person may run."""
        bodies = self.commissioners()
        if not user.is_superuser:
            bodies = bodies.member_of(user)
        return bodies.distinct()

    def member_of(self, user):
        """The organisations the person belongs to: all a VCSE member's screens are scoped here."""
        if not user.is_active:
            return self.none()
        return self.filter(memberships__user=user)

    def managed_by(self, user):
        """The VCSE organisations a person may verify and invite members to (ADR 014).

        Administrators, and members of a commissioning body: VCSE organisations are a shared
        register, often working with more than one body.
        """
        if not user.is_active:
            return self.none()
        if (
            user.is_superuser
            or Membership.objects.filter(
                user=user, organisation__kind=Organisation.Kind.COMMISSIONER
            ).exists()
        ):
            return self.vcse()
        return self.none()

    def visible_to(self, user):
        """The organisations a signed-in person may see in staff screens (ADR 008).

        Their own organisations, and the commissioning bodies of the consultations they may see,
        so an editor given a consultation sees who runs it.
        """
        if not user.is_active:
            return self.none()
        if user.is_superuser:
            return self.all()
        # Imported here: consultations already imports this module for its foreign key.
        from consultations.models import ConsultationPage

        runs = ConsultationPage.objects.visible_to(user).values("commissioner")
        mine = Organisation.objects.filter(Q(memberships__user=user) | Q(pk__in=runs))
        # A plain id filter, so the search index can still search the result.
        return self.filter(pk__in=mine.values("pk"))


class Organisation(index.Indexed, models.Model):
    """A commissioning body (NHS or council), or a voluntary, community or social enterprise."""

    class Kind(models.TextChoices):
        COMMISSIONER = "commissioner", _("NHS or council commissioner")
        VCSE = "vcse", _("Voluntary, community or social enterprise group")
        OTHER = "other", _("Other")

    name = models.CharField(_("name"), max_length=200, unique=True)
    easy_read_name = models.CharField(
        _("easy-read name"),
        max_length=200,
        blank=True,
        help_text=_("How participants will know you, for example 'Riverside Council'."),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    website = models.URLField(_("website"), blank=True)
    verified = models.BooleanField(
        _("verified"),
        default=False,
        help_text=_("Checked by a commissioner or administrator. Only verified groups can pledge."),
    )
    # Who vouched for the organisation and when: set by verify(), kept for the audit trail.
    verified_at = models.DateTimeField(_("verified at"), null=True, blank=True, editable=False)
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        verbose_name=_("verified by"),
    )

    objects = OrganisationQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("easy_read_name"),
        FieldPanel("kind"),
        FieldPanel("website"),
        # No "verified" box: verifying goes through Organisation.verify, which records who and when.
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        # Lets searches keep the id filter of visible_to (ADR 008).
        index.FilterField("id"),
    ]

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    @property
    def public_name(self) -> str:
        return self.easy_read_name or self.name

    @property
    def is_vcse(self) -> bool:
        return self.kind == self.Kind.VCSE

    def can_invite(self, user) -> bool:
        """Commissioners and administrators; and the leads of a VCSE organisation, for their own."""
        if Organisation.objects.managed_by(user).filter(pk=self.pk).exists():
            return True
        return self.is_vcse and self.memberships.leads().filter(user=user).exists()

    def verify(self, *, by) -> bool:
        """Record who verified the organisation. False when it was already verified.

        One ticked before verification was recorded (no verified_at) gets its who and when now.
        """
        if self.verified and self.verified_at:
            return False
        self.verified, self.verified_at, self.verified_by = True, timezone.now(), by
        self.save(update_fields=["verified", "verified_at", "verified_by"])
        return True


class MembershipQuerySet(models.QuerySet):
    def leads(self):
        return self.filter(role=Membership.Role.LEAD)

    def visible_to(self, user):
        """Memberships of the organisations the person may see."""
        return self.filter(organisation__in=Organisation.objects.visible_to(user))


class Membership(models.Model):
    """A person belongs to an organisation. Someone may belong to several.

    It decides what staff see: a commissioner sees their own body's consultations, a VCSE member
    their own organisation's entries (ADR 008).
    """

    class Role(models.TextChoices):
        LEAD = "lead", _("Lead: speaks for the organisation")
        MEMBER = "member", _("Member")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="memberships",
        verbose_name=_("person"),
    )
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="memberships",
        verbose_name=_("organisation"),
    )
    role = models.CharField(_("role"), max_length=10, choices=Role.choices, default=Role.MEMBER)
    joined_at = models.DateTimeField(_("joined"), auto_now_add=True)

    objects = MembershipQuerySet.as_manager()

    panels = [FieldPanel("user"), FieldPanel("organisation"), FieldPanel("role")]

    class Meta:
        ordering = ["organisation__name", "user__email"]
        verbose_name = _("membership")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "organisation"], name="one_membership_per_organisation"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} in {self.organisation} ({self.get_role_display()})"


class PledgeQuerySet(models.QuerySet):
    def active(self):
        return self.filter(withdrawn_at__isnull=True)

    def visible_to(self, user):
        """Pledges of the organisations the person may see (ADR 008)."""
        return self.filter(organisation__in=Organisation.objects.visible_to(user))


class Pledge(models.Model):
    """An organisation promises to reach a respondent group in a consultation."""

    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="pledges",
        verbose_name=_("organisation"),
    )
    group = models.ForeignKey(
        "consultations.RespondentGroup",
        on_delete=models.CASCADE,
        related_name="pledges",
        verbose_name=_("group"),
    )
    people_count = models.PositiveIntegerField(
        _("how many people we hope to reach"), null=True, blank=True
    )
    made_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("made by"),
    )
    made_at = models.DateTimeField(_("made"), auto_now_add=True)
    # A withdrawn pledge is kept, so who promised and who took it back stays on record.
    withdrawn_at = models.DateTimeField(_("withdrawn"), null=True, blank=True)
    withdrawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("withdrawn by"),
    )

    objects = PledgeQuerySet.as_manager()

    class Meta:
        ordering = ["group", "organisation__name"]
        verbose_name = _("pledge")
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "group"],
                condition=Q(withdrawn_at__isnull=True),
                name="one_pledge_per_group",
            )
        ]

    def __str__(self) -> str:
        return f"{self.organisation} reaches {self.group}"


INVITATION_LIFETIME = datetime.timedelta(days=7)


def _new_token() -> str:
    # 256 bits from the operating system: the token alone opens the invitation, so it must not be
    # guessable, and it is single use.
    return secrets.token_urlsafe(32)


def _expiry() -> datetime.datetime:
    return timezone.now() + INVITATION_LIFETIME


class InvitationQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(accepted_at__isnull=True, expires_at__gt=timezone.now())


class Invitation(models.Model):
    """An email invitation to join an organisation. Accepting it makes the account (ADR 014)."""

    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="invitations",
        verbose_name=_("organisation"),
    )
    email = models.EmailField(_("email address"))
    role = models.CharField(
        _("role"), max_length=10, choices=Membership.Role.choices, default=Membership.Role.MEMBER
    )
    token = models.CharField(max_length=64, unique=True, default=_new_token, editable=False)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("invited by"),
    )
    invited_at = models.DateTimeField(_("invited"), auto_now_add=True)
    expires_at = models.DateTimeField(_("expires"), default=_expiry)
    accepted_at = models.DateTimeField(_("accepted"), null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("accepted by"),
    )

    objects = InvitationQuerySet.as_manager()

    class Meta:
        ordering = ["-invited_at"]
        verbose_name = _("invitation")
        constraints = [
            # A second press of "Send" finds the open invitation instead of making another.
            models.UniqueConstraint(
                fields=["organisation", "email"],
                condition=Q(accepted_at__isnull=True),
                name="one_open_invitation_per_email",
            )
        ]

    def __str__(self) -> str:
        return f"{self.email} to {self.organisation}"

    def has_expired(self) -> bool:
        return timezone.now() >= self.expires_at

    def is_usable(self) -> bool:
        return self.accepted_at is None and not self.has_expired()
