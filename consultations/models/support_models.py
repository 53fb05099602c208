from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index

from ..areas import AREA_CHOICES


class SupportModelForm(WagtailAdminModelForm):
    areas = forms.MultipleChoiceField(
        choices=AREA_CHOICES, widget=forms.CheckboxSelectMultiple, required=True
    )


class SupportModel(index.Indexed, models.Model):
    """A way of giving support with evidence behind it, such as Shared Lives or Homeshare.

    Named SupportModel so "model" in the Total Transformation sense never clashes with Django
    models.
    """

    name = models.CharField(_("name"), max_length=120, unique=True)
    easy_read_name = models.CharField(
        _("easy-read name"), max_length=120, blank=True, help_text=_("Leave empty to use the name.")
    )
    picture = models.ForeignKey(
        "wagtailimages.Image", on_delete=models.PROTECT, related_name="+", verbose_name=_("picture")
    )
    easy_read_description = models.TextField(
        _("easy-read description"), help_text=_("2 or 3 short sentences, each on its own line.")
    )
    evidence_summary = models.TextField(_("evidence summary"), blank=True)
    evidence_source = models.CharField(
        _("evidence source"), max_length=300, blank=True, help_text=_("Who found it, and when.")
    )
    evidence_is_national = models.BooleanField(
        _("national evidence"),
        default=True,
        help_text=_("Tick when the evidence is national, not local data."),
    )
    cost_facts = models.TextField(
        _("cost facts"), blank=True, help_text=_("One fact per line, each with its source.")
    )
    areas = models.JSONField(_("areas"), default=list)
    is_todays_default = models.BooleanField(
        _("today's default"),
        default=False,
        help_text=_("Tick for the usual kind of support today, such as residential care."),
    )

    base_form_class = SupportModelForm
    panels = [
        FieldPanel("name"),
        FieldPanel("easy_read_name"),
        FieldPanel("picture"),
        FieldPanel("easy_read_description"),
        FieldPanel("areas"),
        FieldPanel("is_todays_default"),
        MultiFieldPanel(
            [
                FieldPanel("evidence_summary"),
                FieldPanel("evidence_source"),
                FieldPanel("evidence_is_national"),
                FieldPanel("cost_facts"),
            ],
            heading=_("Evidence"),
        ),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("support model")

    def __str__(self) -> str:
        return self.name

    @property
    def public_name(self) -> str:
        return self.easy_read_name or self.name

    def description_lines(self) -> list[str]:
        return [line.strip() for line in self.easy_read_description.splitlines() if line.strip()]

    def cost_fact_lines(self) -> list[str]:
        return [line.strip() for line in self.cost_facts.splitlines() if line.strip()]
