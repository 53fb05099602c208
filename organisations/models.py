from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class OrganisationQuerySet(models.QuerySet):
    def commissioners(self):
        return self.filter(kind=Organisation.Kind.COMMISSIONER)

    def vcse(self):
        return self.filter(kind=Organisation.Kind.VCSE)


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
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    @property
    def public_name(self) -> str:
        return self.easy_read_name or self.name
