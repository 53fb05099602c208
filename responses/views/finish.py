"""Check your answers, send them, and the pages after: sent, closed, and save for later."""

import logging

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from consultations.presenters import promise_text

from ..about_you import about_you_step
from ..entry import Entry, response_name
from ..forms import ConfirmViewsForm
from ..journey import ABOUT_YOU
from ..models import ContactDetails
from ..presenters import (
    AreaSummary,
    SummaryRow,
    answer_lines,
    closed_text,
    code_text,
    short_lines,
)
from ..questions import question_load
from ..services import ResponseLocked, contact_email, response_send
from .common import answering_load, binding_get, bound_response

logger = logging.getLogger(__name__)


def _summary(answering) -> tuple[list[SummaryRow], list[AreaSummary]]:
    pk = answering.consultation.pk
    response = answering.response
    contact = ContactDetails.objects.filter(response=response).first()
    about = []
    for step in answering.journey.steps:
        if step.kind != ABOUT_YOU:
            continue
        declaration = about_you_step(step.key)
        about.append(
            SummaryRow(
                key=str(declaration.heading),
                lines=declaration.lines(response, contact),
                change_url=answering.step_url(step) + "?from=check",
                change_label=str(declaration.heading),
            )
        )
    answers = {a.question_id: a.value for a in response.answers.all()}
    areas: list[AreaSummary] = []
    for ref in answering.refs:
        question = question_load(ref, pictures=False)
        row = SummaryRow(
            key=question.text,
            lines=short_lines(answer_lines(question, answers.get(ref.id))),
            change_url=reverse("responses:question", args=[pk, ref.id]) + "?from=check",
            change_label=question.text,
        )
        if not areas or areas[-1].key != ref.area_key:
            areas.append(AreaSummary(ref.area_key, ref.area_name, []))
        areas[-1].rows.append(row)
    return about, areas


# never_cache: a page with someone's code or answers must not stay in a shared computer's cache.
@never_cache
def check(request: HttpRequest, consultation_pk: int) -> HttpResponse:
    answering = answering_load(request, consultation_pk)
    if isinstance(answering, HttpResponse):
        return answering
    supported = bool(answering.response.is_supported)
    form = ConfirmViewsForm(request.POST or None) if supported else None

    if request.method == "POST" and (form is None or form.is_valid()):
        try:
            response_send(response=answering.response, views_confirmed=form is not None)
        except ResponseLocked:
            return redirect("responses:closed", consultation_pk)
        if answering.entry is not None:
            return _entry_sent(request, answering.entry)
        return redirect("responses:sent", consultation_pk)

    about, areas = _summary(answering)
    last_step = answering.journey.steps[-1] if answering.journey.steps else None
    return render(
        request,
        "responses/check.html",
        {
            "consultation": answering.consultation,
            "form": form,
            "about_rows": about,
            "areas": areas,
            "back_url": answering.step_url(last_step) if last_step else "",
            "entry": answering.entry,
        },
    )


def _entry_sent(request: HttpRequest, entry: Entry) -> HttpResponse:
    """Staff go back to their batch, with the count, ready for the next form."""
    # Who typed it in and when is on the response; who sent it, in the log.
    logger.info("User %s sent typed-in response %s", request.user.pk, entry.response.pk)
    messages.success(
        request,
        _("%(name)s is sent. %(count)s.")
        % {"name": capfirst(response_name(entry.response)), "count": entry.batch.count_text},
    )
    return redirect(entry.batch.url)


def _entry_elsewhere(request: HttpRequest, consultation_pk: int) -> HttpResponse:
    """Staff typing in have no code, so the participant's sent and closed pages are not theirs:
    answering_load sends them to their batch, which says what happened."""
    answering = answering_load(request, consultation_pk)
    if isinstance(answering, HttpResponse):
        return answering
    return redirect(answering.entry.batch.url if answering.entry else answering.resume_url())


@never_cache
def sent(request: HttpRequest, consultation_pk: int) -> HttpResponse:
    response = bound_response(request, consultation_pk)
    if response is not None and response.is_staff_entered:
        return _entry_elsewhere(request, consultation_pk)
    if response is None or not response.is_sent:
        return redirect("responses:start", consultation_pk)
    consultation = response.consultation
    return render(
        request,
        "responses/sent.html",
        {
            "consultation": consultation,
            "response": response,
            "promise_text": promise_text(consultation),
            "code": code_text(binding_get(request, consultation_pk).get("code", "")),
            "code_email": contact_email(response),
        },
    )


@never_cache
def closed(request: HttpRequest, consultation_pk: int) -> HttpResponse:
    """For someone who started but did not send before the closing date."""
    response = bound_response(request, consultation_pk)
    if response is not None and response.is_staff_entered:
        return _entry_elsewhere(request, consultation_pk)
    if response is None:
        return redirect("responses:start", consultation_pk)
    if response.is_sent:
        return redirect("responses:sent", consultation_pk)
    consultation = response.consultation
    if not consultation.has_closed(timezone.localdate()):
        return redirect("responses:start", consultation_pk)
    return render(
        request,
        "responses/closed.html",
        {
            "consultation": consultation,
            "closed_text": closed_text(consultation),
            "code": code_text(binding_get(request, consultation_pk).get("code", "")),
        },
    )


@never_cache
def save_for_later(request: HttpRequest, consultation_pk: int) -> HttpResponse:
    answering = answering_load(request, consultation_pk)
    if isinstance(answering, HttpResponse):
        return answering
    if answering.entry is not None:
        return redirect(answering.entry.batch.url)  # every Continue saved: the batch is next
    back = request.GET.get("back", "")
    # Only a page of this journey, never an address from elsewhere.
    allowed = {answering.step_url(step) for step in answering.journey.steps}
    return render(
        request,
        "responses/save_for_later.html",
        {
            "consultation": answering.consultation,
            "code": code_text(answering.code),
            "code_email": contact_email(answering.response),
            "back_url": back if back in allowed else answering.resume_url(),
            "consultation_url": answering.consultation.url,
            "title": _("Save and come back later"),
        },
    )
