"""What the results app keeps: a log of every export, and frozen public results (R5)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ExportLogQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Exports of the consultations whose results the person may read (ADR 008)."""
        from .scoping import results_consultations

        return self.filter(consultation__in=results_consultations(user))


class ExportLog(models.Model):
    """Who exported which results, when, in which format and under which disclosure profile."""

    class Format(models.TextChoices):
        JSON = "json", _("JSON")
        CSV = "csv", _("CSV")
        CSV_METADATA = "csv-metadata", _("CSV metadata (JSON)")
        ODS = "ods", _("OpenDocument spreadsheet (ODS)")
        XLSX = "xlsx", _("Excel workbook (XLSX)")

    consultation = models.ForeignKey(
        "consultations.ConsultationPage",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("consultation"),
    )
    exported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("exported by"),
    )
    # A scripted export (manage.py export_results) has no signed-in person: say who ran it.
    exported_by_name = models.CharField(_("exported by (name)"), max_length=200, blank=True)
    exported_at = models.DateTimeField(_("exported at"), auto_now_add=True)
    file_format = models.CharField(_("format"), max_length=20, choices=Format.choices)
    profile = models.CharField(_("disclosure profile"), max_length=10)
    what = models.CharField(_("what was exported"), max_length=200)

    objects = ExportLogQuerySet.as_manager()

    class Meta:
        ordering = ["-exported_at"]
        verbose_name = _("results export")

    def __str__(self) -> str:
        return (
            f"{self.what} ({self.file_format}, {self.profile}) at {self.exported_at:%Y-%m-%d %H:%M}"
        )


class ResultSnapshot(models.Model):
    """Results frozen at one moment (R5): public pages read this, never live figures, so one late
    answer cannot be read off by comparing two days' results."""

    consultation = models.ForeignKey(
        "consultations.ConsultationPage",
        on_delete=models.CASCADE,
        related_name="result_snapshots",
        verbose_name=_("consultation"),
    )
    taken_at = models.DateTimeField(_("taken at"), auto_now_add=True)
    taken_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("taken by"),
    )
    profile = models.CharField(_("disclosure profile"), max_length=10, default="public")
    seed = models.PositiveIntegerField(_("bootstrap seed"), default=0)
    payload = models.JSONField(_("results"))

    class Meta:
        ordering = ["-taken_at"]
        get_latest_by = "taken_at"
        verbose_name = _("results snapshot")

    def __str__(self) -> str:
        return f"Results of {self.consultation_id} at {self.taken_at:%Y-%m-%d %H:%M}"
