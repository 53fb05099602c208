"""The groups of people a commissioner wants to hear from, and the organisations that reach them.

Results say who was and was not heard against these groups (RESULTS-AND-DECISIONS.md, "Who we
heard"), so each group has a stable key that answers, sessions and pledges point at.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class RespondentGroupQuerySet(models.QuerySet):
    def lived_experience(self):
        return self.filter(is_lived_experience=True)

    def open_for_pledges(self):
        """Groups of consultations published and open today: any organisation may pledge to them."""
        from .pages import ConsultationPage

        open_today = ConsultationPage.objects.live().open_on(timezone.localdate())
        return self.filter(consultation__in=open_today)

    def visible_to(self, user):
        """Groups of the consultations the person may see (ADR 008)."""
        from .pages import ConsultationPage

        return self.filter(consultation__in=ConsultationPage.objects.visible_to(user))


class RespondentGroup(models.Model):
    """For example "people who use support", "family carers" or "people from a named community"."""

    consultation = models.ForeignKey(
        "consultations.ConsultationPage",
        on_delete=models.CASCADE,
        related_name="respondent_groups",
        verbose_name=_("consultation"),
    )
    key = models.SlugField(
        _("key"),
        max_length=50,
        help_text=_("A short name that never changes, for results. For example 'carers'."),
    )
    name = models.CharField(_("name"), max_length=120)
    easy_name = models.CharField(
        _("easy-read name"),
        max_length=120,
        help_text=_("How people will know the group. For example 'People who look after someone'."),
    )
    is_lived_experience = models.BooleanField(
        _("lived experience"),
        default=False,
        help_text=_("People who use support, or family carers: the people this is most about."),
    )
    target_count = models.PositiveIntegerField(
        _("how many people we want to hear from"), null=True, blank=True
    )
    target_source = models.CharField(
        _("where that number comes from"),
        max_length=255,
        blank=True,
        help_text=_("For example 'Riverside carers' register, 2026'."),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    objects = RespondentGroupQuerySet.as_manager()

    class Meta:
        ordering = ["consultation", "sort_order", "name"]
        verbose_name = _("respondent group")
        constraints = [
            models.UniqueConstraint(
                fields=["consultation", "key"], name="one_group_key_per_consultation"
            )
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self):
        if self.target_count is not None and not self.target_source.strip():
            raise ValidationError(
                {
                    "target_source": _(
                        "Say where the target number comes from, so people can check it."
                    )
                }
            )
