"""Staff type in paper forms and interviews: start, the batch, and opening a form again.

These pages are under /organisations/, so the two-factor middleware covers them. Once a form is
started, the person types it in on the participant's own pages (steps.py, finish.py), which know
it from the session like any response (ADR 017).
"""

import logging

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from consultations.models import ConsultationPage
from organisations.models import Organisation

from ..entry import (
    ENTRY_CHANNELS,
    Batch,
    batch_get,
    batch_start,
    entry_consultations,
    entry_organisations,
    response_name,
    sent_text,
)
from ..forms.entry import EntryStartForm
from ..models import Response
from ..presenters import closed_text
from ..services import (
    ConsultationNotOpen,
    PaperFormAlreadyEntered,
    response_enter,
    start_token_new,
)
from .common import binding_forget, binding_set

logger = logging.getLogger(__name__)


def _organisation(request: HttpRequest, pk: int) -> Organisation:
    """One of the person's own organisations that may type in answers, or a 404."""
    return get_object_or_404(entry_organisations(request.user), pk=pk)


def _consultation(organisation: Organisation, pk: int) -> ConsultationPage:
    return get_object_or_404(entry_consultations(organisation), pk=pk)


def _back_url(organisation: Organisation) -> str:
    # Commissioning bodies have no page of their own here: their members start from the list.
    if organisation.is_vcse:
        return reverse("organisations:detail", args=[organisation.pk])
    return reverse("organisations:home")


def _not_open_text(consultation: ConsultationPage) -> str:
    if consultation.has_closed(timezone.localdate()):
        return f"{closed_text(consultation)} {_('You cannot type in answers for it now.')}"
    return _("This consultation is not open for answers yet.")


def _enter(request: HttpRequest, form: EntryStartForm, batch: Batch) -> HttpResponse | None:
    """Start the response and go to its first page; or None, with the form saying why not."""
    try:
        response = response_enter(
            consultation=batch.consultation,
            channel=form.cleaned_data["channel"],
            entered_by=request.user,
            paper_form_number=form.cleaned_data["number"],
            organisation=batch.organisation,
            start_token=form.cleaned_data["token"],
        )
    except PaperFormAlreadyEntered:
        form.number_used()
        return None
    except ConsultationNotOpen:
        form.add_error(None, _not_open_text(batch.consultation))
        return None
    logger.info(
        "User %s started typing in response %s for organisation %s",
        request.user.pk,
        response.pk,
        batch.organisation.pk,
    )
    return _carry_on(request, response)


def _carry_on(request: HttpRequest, response: Response) -> HttpResponse:
    """Point this browser's answering journey at the response, and go where it carries on.

    The same next page as a participant who has just started: the code page, which staff skip
    on to the first page not yet done (or the batch, when it was sent or has closed).
    """
    binding_forget(request, response.consultation_id)
    binding_set(request, response.consultation_id, response=response.pk)
    return redirect("responses:your_code", response.consultation_id)


@never_cache
@login_required
def entry_start(request: HttpRequest, organisation_pk: int) -> HttpResponse:
    organisation = _organisation(request, organisation_pk)
    consultations = (
        entry_consultations(organisation)
        .open_on(timezone.localdate())
        .select_related("commissioner")
        .order_by("closes_on", "title")
    )
    initial = {"token": start_token_new()}
    if len(consultations) == 1:
        initial["consultation"] = consultations[0].pk
    form = EntryStartForm(request.POST or None, consultations=consultations, initial=initial)
    if request.method == "POST" and form.is_valid():
        # The same batch as before for this consultation, if this browser has one: a double
        # click must not start a second batch that leaves out the form the first click made.
        batch = batch_get(request, organisation, form.cleaned_data["consultation"])
        started = _enter(request, form, batch)
        if started is not None:
            return started
    return render(
        request,
        "responses/staff/start.html",
        {
            "organisation": organisation,
            "form": form,
            "has_consultations": bool(consultations),
            "back_url": _back_url(organisation),
        },
    )


@never_cache
@login_required
def entry_batch(request: HttpRequest, organisation_pk: int, consultation_pk: int) -> HttpResponse:
    organisation = _organisation(request, organisation_pk)
    consultation = _consultation(organisation, consultation_pk)
    batch = batch_get(request, organisation, consultation)
    typed_in = list(batch.responses())
    is_open = consultation.is_open(timezone.localdate())
    last_channel = typed_in[-1].channel if typed_in else None
    form = EntryStartForm(
        request.POST or None,
        initial={"token": start_token_new(), **({"channel": last_channel} if last_channel else {})},
    )
    if request.method == "POST" and not is_open:
        # Closed while the page was open: the page shows why, and the form is not offered.
        return redirect(batch.url)
    if request.method == "POST" and form.is_valid():
        started = _enter(request, form, batch)
        if started is not None:
            return started
    return render(
        request,
        "responses/staff/batch.html",
        {
            "organisation": organisation,
            "consultation": consultation,
            "batch": batch,
            "rows": _rows(batch, typed_in),
            "earlier_rows": _rows(batch, batch.unsent_earlier().select_related("entered_by")),
            "form": form,
            "is_open": is_open,
            "not_open_text": "" if is_open else _not_open_text(consultation),
            "back_url": _back_url(organisation),
        },
    )


def _rows(batch: Batch, responses) -> list[dict]:
    return [
        {
            "response": response,
            "name": capfirst(response_name(response)),
            "open_url": reverse(
                "responses:entry_open",
                args=[batch.organisation.pk, batch.consultation.pk, response.pk],
            ),
        }
        for response in responses
    ]


@login_required
@require_POST
def entry_batch_restart(
    request: HttpRequest, organisation_pk: int, consultation_pk: int
) -> HttpResponse:
    organisation = _organisation(request, organisation_pk)
    consultation = _consultation(organisation, consultation_pk)
    batch = batch_start(request, organisation, consultation)
    messages.success(request, _("You started a new batch. The count starts again from 0."))
    return redirect(batch.url)


@never_cache
@login_required
def entry_open(
    request: HttpRequest, organisation_pk: int, consultation_pk: int, response_pk: int
) -> HttpResponse:
    """Open an unsent form again, to carry on typing it in."""
    organisation = _organisation(request, organisation_pk)
    consultation = _consultation(organisation, consultation_pk)
    response = get_object_or_404(
        Response.objects.visible_to(request.user).filter(channel__in=ENTRY_CHANNELS),
        pk=response_pk,
        consultation=consultation,
        organisation=organisation,
    )
    if response.is_sent:
        messages.info(request, sent_text(response))
        return redirect("responses:entry_batch", organisation.pk, consultation.pk)
    logger.info("User %s opened typed-in response %s again", request.user.pk, response.pk)
    return _carry_on(request, response)
