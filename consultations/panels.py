from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, ObjectList, Panel, TabbedInterface
from wagtail.models import Page


class EasyReadFindingsPanel(Panel):
    """Shows the easy-read checker's findings for the page as last saved.

    Saving a draft is never blocked: editors save, then read the findings here next to their work.
    """

    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Easy-read checker"))
        super().__init__(**kwargs)

    @property
    def clean_name(self):
        return super().clean_name or "easy_read_findings"

    class BoundPanel(Panel.BoundPanel):
        template_name = "consultations/panels/easy_read_findings.html"

        def get_context_data(self, parent_context=None):
            from .easy_read import page_findings

            context = super().get_context_data(parent_context)
            context["sections"] = page_findings(self.instance) if self.instance.pk else []
            context["sign_off"] = _latest_sign_off(self.instance)
            return context


def _latest_sign_off(page):
    if not page.pk:
        return None
    page = page.specific
    if hasattr(page, "sign_off"):
        return page.sign_off()  # a page with its own rule for which check counts (ADR 025)
    consultation = page.consultation()
    sign_offs = consultation.easy_read_sign_offs.filter(covers=page.sign_off_covers)
    return sign_offs.order_by("-checked_on", "-pk").first()


def easy_read_tabs(content_panels, extra_tab: ObjectList) -> TabbedInterface:
    """Editor tabs shared by consultation and area pages, with the easy-read checker's own tab."""
    return TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            extra_tab,
            ObjectList(
                [EasyReadFindingsPanel(), FieldPanel("easy_read_findings_reason")],
                heading=_("Easy read"),
            ),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )
