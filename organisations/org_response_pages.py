"""What the organisational response pages show: finding a response, its rows and its status."""

from dataclasses import dataclass, field

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.urls import reverse

from consultations.areas import AREAS_BY_KEY, Area
from consultations.models import ConsultationPage
from questions.registry import question_type
from responses.questions import question_set

from .models import OrganisationalResponse
from .org_responses import area_refs
from .views import _own_organisation


def org_response_or_404(request: HttpRequest, pk: int, response_pk: int) -> OrganisationalResponse:
    """One of the person's own organisation's responses, under that organisation's address."""
    organisation = _own_organisation(request, pk)
    return get_object_or_404(
        OrganisationalResponse.objects.visible_to(request.user).select_related(
            "organisation", "consultation", "submitted_by", "withdrawn_by"
        ),
        organisation=organisation,
        pk=response_pk,
    )


def commissioned_by(user):
    """The consultations whose organisational responses the person may read (ADR 008).

    Members of the commissioning body that runs it, and superusers. Editors given a consultation
    write its content; like people's answers, responses are not theirs to read.
    """
    if not user.is_active:
        return ConsultationPage.objects.none()
    if user.is_superuser:
        return ConsultationPage.objects.all()
    return ConsultationPage.objects.filter(commissioner__memberships__user=user).distinct()


@dataclass
class AreaRow:
    area: Area
    live: OrganisationalResponse | None = None
    withdrawn: list[OrganisationalResponse] = field(default_factory=list)


def area_rows_for(consultation: ConsultationPage, responses) -> list[AreaRow]:
    """One row for each area with questions: its live response and any withdrawn ones."""
    keys = list(dict.fromkeys(ref.area_key for ref in question_set(consultation).refs))
    rows = {key: AreaRow(AREAS_BY_KEY[key]) for key in keys}
    for response in responses.filter(consultation=consultation).order_by("-created_at"):
        row = rows.get(response.area_key)
        if row is None:
            continue
        if response.is_withdrawn:
            row.withdrawn.append(response)
        else:
            row.live = response
    return list(rows.values())


def _may_change(org_response: OrganisationalResponse) -> bool:
    return org_response.is_draft and not org_response.consultation.has_closed()


def answer_rows(org_response: OrganisationalResponse, *, changeable: bool) -> list[dict]:
    """Check-your-answers rows: each question of the area and the organisation's answer."""
    questions = question_set(org_response.consultation)
    answers = dict(org_response.answers.values_list("question_id", "value"))
    change = changeable and _may_change(org_response)
    rows = []
    for ref in area_refs(org_response.consultation, org_response.area_key):
        question = questions.question(ref, pictures=False)
        url = ""
        if change:
            url = (
                reverse(
                    "organisations:org_response_question",
                    args=[org_response.organisation_id, org_response.pk, ref.id],
                )
                + "?from=check"
            )
        rows.append(
            {
                "key": question.text,
                "lines": question_type(ref.type).answer_lines(question, answers.get(ref.id)),
                "change_url": url,
                "change_label": question.text,
            }
        )
    return rows


def preview_context(org_response: OrganisationalResponse, rows: list[dict]) -> dict:
    closed = org_response.consultation.has_closed()
    return {
        "organisation": org_response.organisation,
        "org_response": org_response,
        "rows": rows,
        "answered": any(row["lines"] for row in rows),
        "groups": org_response.groups.select_related("group"),
        "methods": org_response.method_labels(),
        "sessions": org_response.sessions.order_by("-held_on"),
        "closed": closed,
        "can_change": _may_change(org_response),
        "can_withdraw": org_response.is_submitted and not closed,
    }
