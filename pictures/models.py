from django.db import models
from django.db.models import Exists, OuterRef
from django.utils.translation import gettext_lazy as _
from wagtail.images import get_image_model


class SymbolSetQuerySet(models.QuerySet):
    def in_use(self) -> "SymbolSetQuerySet":
        """Sets with at least one picture in the library: the ones the credits page must name."""
        pictures = get_image_model().objects.filter(collection=OuterRef("collection"))
        return self.filter(Exists(pictures))


class SymbolSet(models.Model):
    """An open-licence set of symbols loaded into the image library, and the credit it needs.

    The pictures themselves are ordinary Wagtail images in this set's collection, so editors
    choose them like any other picture. This record only keeps what the licence asks us to show.
    """

    name = models.CharField(_("name"), max_length=100, unique=True)
    collection = models.OneToOneField(
        "wagtailcore.Collection",
        on_delete=models.CASCADE,
        related_name="symbol_set",
        verbose_name=_("collection"),
    )
    creator = models.CharField(_("made by"), max_length=200, blank=True)
    website = models.URLField(_("website"), blank=True)
    licence = models.CharField(_("licence"), max_length=100)
    licence_url = models.URLField(_("licence web address"), blank=True)

    objects = SymbolSetQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("symbol set")
        verbose_name_plural = _("symbol sets")

    def __str__(self) -> str:
        return self.name

    def sample_picture(self):
        """The first picture loaded, shown beside the set's credit."""
        return get_image_model().objects.filter(collection=self.collection).order_by("pk").first()
