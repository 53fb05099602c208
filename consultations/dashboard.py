"""The admin home: each consultation the person may see, where it has got to, and what is next."""

import datetime
from dataclasses import dataclass

from django.db.models import Count
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.ui.components import Component

from .models import ConsultationPage


@dataclass(frozen=True)
class ConsultationRow:
    title: str
    edit_url: str
    state: str
    sign_off: str
    # None when the person may not read this consultation's answers (ADR 008).
    responses: int | None
    promise_date: datetime.date | None
    # The results screens, for those who may read this consultation's answers (ADR 019).
    results_url: str | None = None


def consultation_state(consultation: ConsultationPage, today: datetime.date) -> str:
    if not consultation.live:
        if consultation.workflow_in_progress:
            return _("Waiting for sign-off")
        return _("Draft")
    if consultation.has_closed(today):
        return _("Closed")
    if consultation.is_open(today):
        return _("Open")
    return _("Published, opens later")


def _sign_off_text(consultation: ConsultationPage) -> str:
    # The consultation's own check; a later "you said, we did" check is the decisions' business.
    sign_offs = [
        sign_off
        for sign_off in consultation.easy_read_sign_offs.all()
        if sign_off.covers == consultation.sign_off_covers
    ]
    if not sign_offs:
        return _("Not signed off yet")
    latest = sign_offs[0]  # ordered newest first by the model
    return _("Checked by %(who)s on %(day)s") % {
        "who": latest.checked_by,
        "day": f"{latest.checked_on.day} {latest.checked_on:%B %Y}",
    }


def dashboard_rows(user, today: datetime.date | None = None) -> list[ConsultationRow]:
    from responses.models import Response

    today = today or timezone.localdate()
    consultations = (
        ConsultationPage.objects.visible_to(user)
        .prefetch_related("easy_read_sign_offs")
        .order_by("-latest_revision_created_at", "title")
    )
    counts = dict(
        Response.objects.visible_to(user)
        .sent()
        .values_list("consultation_id")
        .annotate(count=Count("pk", distinct=True))
    )
    readable = _answers_readable(user, consultations)
    return [
        ConsultationRow(
            title=consultation.title,
            edit_url=reverse("wagtailadmin_pages:edit", args=[consultation.pk]),
            state=consultation_state(consultation, today),
            sign_off=_sign_off_text(consultation),
            responses=counts.get(consultation.pk, 0) if consultation.pk in readable else None,
            promise_date=consultation.promise_date,
            results_url=(
                reverse("results:overview", args=[consultation.pk])
                if consultation.pk in readable
                else None
            ),
        )
        for consultation in consultations
    ]


def _answers_readable(user, consultations) -> set[int]:
    # The rule of Response.objects.visible_to, asked of the consultations themselves so that one
    # with no answers yet shows 0 to its commissioners and "not shown" to its editors.
    if user.is_superuser:
        return {c.pk for c in consultations}
    mine = consultations.filter(commissioner__memberships__user=user)
    return set(mine.values_list("pk", flat=True))


class ConsultationsPanel(Component):
    name = "consultations"
    order = 50
    template_name = "consultations/panels/dashboard.html"
    heading = gettext_lazy("Your consultations")

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["rows"] = dashboard_rows(parent_context["request"].user)
        return context
