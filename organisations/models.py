from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class OrganisationQuerySet(models.QuerySet):
    def commissioners(self):
        return self.filter(kind=Organisation.Kind.COMMISSIONER)

    def vcse(self):
        return self.filter(kind=Organisation.Kind.VCSE)

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
        help_text=_("Checked by an administrator. Only verified groups can post responses."),
    )

    objects = OrganisationQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("easy_read_name"),
        FieldPanel("kind"),
        FieldPanel("website"),
        FieldPanel("verified"),
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

    objects = PledgeQuerySet.as_manager()

    class Meta:
        ordering = ["group", "organisation__name"]
        verbose_name = _("pledge")
        constraints = [
            models.UniqueConstraint(fields=["organisation", "group"], name="one_pledge_per_group")
        ]

    def __str__(self) -> str:
        return f"{self.organisation} reaches {self.group}"
