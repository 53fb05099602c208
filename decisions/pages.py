"""The "you said, we did" page: one per consultation, built from its decisions (ADR 025).

Editors write only an easy-read introduction and, for any area, what happens next. Everything
else (what people said, what was decided, why, and progress) is drawn when the page is read, from
the consultation's current published decisions and its latest public results snapshot, so the
page can never disagree with the ledger.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, InlinePanel, ObjectList
from wagtail.models import Orderable, Page

from consultations.areas import AREA_CHOICES, AREAS_BY_KEY
from consultations.models import ConsultationPage, EasyReadSignOff
from consultations.models.pages import FINDINGS_REASON_HELP
from consultations.panels import easy_read_tabs


class YouSaidWeDidPageForm(WagtailAdminPageForm):
    def clean(self):
        cleaned = super().clean()
        # Checked on the form: the page's own clean() runs before its child rows are updated.
        formset = self.formsets.get("next_steps")
        if formset is not None:
            keys = [
                form.cleaned_data.get("area_key")
                for form in formset.forms
                if getattr(form, "cleaned_data", None) and not form.cleaned_data.get("DELETE")
            ]
            if len(keys) != len(set(keys)):
                self.add_error(None, _("Say what happens next once for each area."))
        return cleaned


class YouSaidWeDidPage(Page):
    easy_intro = models.TextField(
        _("introduction"),
        help_text=_("Easy read. Short sentences, one idea each, on separate lines."),
    )
    easy_read_findings_reason = models.TextField(
        _("reason to publish with findings"), blank=True, help_text=FINDINGS_REASON_HELP
    )

    base_form_class = YouSaidWeDidPageForm
    content_panels = Page.content_panels + [FieldPanel("easy_intro")]
    next_panels = [
        InlinePanel(
            "next_steps",
            heading=_("What happens next"),
            label=_("Area"),
            help_text=_("For any area, say in easy read what happens next. One sentence a line."),
        )
    ]
    edit_handler = easy_read_tabs(
        content_panels, ObjectList(next_panels, heading=_("What happens next"))
    )

    parent_page_types = ["consultations.ConsultationPage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1
    # Its own easy-read check: the consultation's sign-off says nothing about the decisions.
    sign_off_covers = EasyReadSignOff.Covers.YOU_SAID_WE_DID

    template = "decisions/you_said_we_did_page.html"

    class Meta:
        verbose_name = _("“you said, we did” page")

    def consultation(self) -> ConsultationPage:
        parent = getattr(self, "_cached_parent_obj", None)
        if isinstance(parent, ConsultationPage):
            return parent
        return ConsultationPage.objects.parent_of(self).get().specific

    def permissions_for_user(self, user):
        from consultations.permissions import ScopedPagePermissionTester

        return ScopedPagePermissionTester(user, self)

    def intro_lines(self) -> list[str]:
        return _lines(self.easy_intro)

    def next_step_lines(self) -> dict[str, list[str]]:
        return {step.area_key: _lines(step.easy_text) for step in self.next_steps.all()}

    def decisions(self):
        from .models import Decision

        return (
            Decision.objects.current()
            .filter(consultation=self.consultation())
            .prefetch_related("changes__from_model", "changes__to_model", "evidence", "updates")
            .order_by("area_key", "decided_on", "pk")
        )

    def easy_read_texts(self) -> list[tuple[str, str]]:
        """(label, text) for every typed easy-read text the page shows, for the checker.

        The words the page makes itself (counts, ledger lines, dates) are tested once in code.
        """
        texts = [("Introduction", _points(self.easy_intro))]
        for step in self.next_steps.all():
            area = AREAS_BY_KEY[step.area_key].name
            texts.append((f"What happens next: {area}", _points(step.easy_text)))
        for number, decision in enumerate(self.decisions(), start=1):
            where = f"Decision {number}, {decision.area.name}"
            texts.append((f"{where}: what we decided", decision.easy_title))
            texts.append((f"{where}: why", _points(decision.easy_summary)))
            for index, evidence in enumerate(decision.evidence.all(), start=1):
                texts.append(
                    (f"{where}: what people asked for {index}", _points(evidence.easy_asked_for))
                )
            for index, update in enumerate(decision.updates.all(), start=1):
                texts.append((f"{where}: update {index}", _points(update.easy_text)))
        return texts

    def sign_off(self) -> EasyReadSignOff | None:
        """The latest check of this page done on or after the newest decision it shows."""
        sign_offs = self.consultation().easy_read_sign_offs.filter(covers=self.sign_off_covers)
        newest = self.decisions().order_by("-published_at").values_list("published_at", flat=True)
        newest = newest.first()
        if newest is not None:
            sign_offs = sign_offs.filter(checked_on__gte=timezone.localdate(newest))
        return sign_offs.order_by("-checked_on", "-pk").first()

    def is_signed_off(self) -> bool:
        return self.sign_off() is not None

    def get_context(self, request, *args, **kwargs):
        from .you_said_we_did import page_areas

        context = super().get_context(request, *args, **kwargs)
        consultation = self.consultation()
        context["consultation"] = consultation
        context["intro"] = _intro_points(self.intro_lines())
        context["areas"] = page_areas(self, consultation)
        return context


class YouSaidWeDidNext(Orderable):
    """What happens next in one area, in easy read, written by the commissioner."""

    page = ParentalKey(YouSaidWeDidPage, on_delete=models.CASCADE, related_name="next_steps")
    area_key = models.CharField(_("area"), max_length=20, choices=AREA_CHOICES)
    easy_text = models.TextField(_("what happens next, in easy read"))

    panels = [FieldPanel("area_key"), FieldPanel("easy_text")]

    class Meta(Orderable.Meta):
        verbose_name = _("what happens next")


def _lines(text: str) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def _points(text: str) -> str:
    # One sentence a line is how easy read is typed here; the checker reads blank-line points.
    return "\n\n".join(_lines(text))


def _intro_points(lines: list[str]):
    from consultations.presenters import points_with_pictures

    return points_with_pictures(lines)


def you_said_we_did_live(consultation) -> YouSaidWeDidPage | None:
    """The consultation's published "you said, we did" page, or None while people wait."""
    return YouSaidWeDidPage.objects.child_of(consultation).live().first()
