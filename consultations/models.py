from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page


class HomePage(Page):
    """The site root: says what Shared Say is and lists consultations."""

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("Easy read. Short sentences, one idea each, on separate lines."),
    )

    content_panels = Page.content_panels + [FieldPanel("introduction")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types: list[str] = []
    max_count = 1

    def introduction_lines(self) -> list[str]:
        return [line.strip() for line in self.introduction.splitlines() if line.strip()]
