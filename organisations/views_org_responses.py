"""An organisation's own response for each area: answers, whom it speaks for, preview, submit and
withdraw; and the commissioner's read-only view of what was submitted (ADR 020).

Every response is found through `OrganisationalResponse.objects.visible_to(user)` and the
organisation in the address, so another organisation's response is a 404 (ADR 008).
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Count, Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from consultations.models import ConsultationPage
from questions.registry import question_type
from responses.forms.base import ErrorLink
from responses.questions import question_set

from .forms_org_responses import SpeaksForForm
from .models import OrganisationalResponse, OrgAnswer
from .org_response_pages import (
    answer_rows,
    area_rows_for,
    commissioned_by,
    org_response_or_404,
    preview_context,
)
from .org_responses import (
    NothingAnswered,
    OrgResponseLocked,
    SpeaksForMissing,
    area_refs,
    org_answer_save,
    org_answer_skip,
    org_response_speaks_for_save,
    org_response_start,
    org_response_submit,
    org_response_withdraw,
)
from .views import _own_organisation

CLOSED = gettext_lazy("This consultation has closed, so the response cannot change now.")
NOT_WITHDRAWABLE = gettext_lazy("Only a submitted response can be withdrawn. Nothing changed.")


def _preview(org_response: OrganisationalResponse) -> HttpResponse:
    return redirect(
        "organisations:org_response_preview", org_response.organisation_id, org_response.pk
    )


def _unchangeable(
    request: HttpRequest, org_response: OrganisationalResponse
) -> HttpResponse | None:
    """A redirect to the preview, with the reason, when the response may not change now."""
    if org_response.consultation.has_closed():
        messages.info(request, CLOSED)
        return _preview(org_response)
    if org_response.is_submitted:
        messages.info(
            request,
            _("This response has been submitted. To change it, withdraw it and start again."),
        )
        return _preview(org_response)
    if org_response.is_withdrawn:
        messages.info(request, _("This response was withdrawn. Start a new one to respond again."))
        return _preview(org_response)
    return None


@never_cache
@login_required
def org_response_list(request: HttpRequest, pk: int) -> HttpResponse:
    organisation = _own_organisation(request, pk)
    today = timezone.localdate()
    responses = OrganisationalResponse.objects.visible_to(request.user).filter(
        organisation=organisation
    )
    open_now = ConsultationPage.objects.live().open_on(today).order_by("closes_on", "title")
    blocks = [(consultation, area_rows_for(consultation, responses)) for consultation in open_now]
    # A consultation with no questions yet has nothing to respond to.
    blocks = [(consultation, rows) for consultation, rows in blocks if rows]
    earlier = (
        responses.exclude(consultation__in=open_now)
        .select_related("consultation")
        .order_by("-created_at")
    )
    return render(
        request,
        "organisations/org_responses/list.html",
        {"organisation": organisation, "blocks": blocks, "earlier": earlier},
    )


@login_required
@require_POST
def org_response_start_view(
    request: HttpRequest, pk: int, consultation_pk: int, area_key: str
) -> HttpResponse:
    organisation = _own_organisation(request, pk)
    consultation = get_object_or_404(ConsultationPage.objects.live(), pk=consultation_pk)
    refs = area_refs(consultation, area_key)
    if not refs:
        raise Http404
    if not organisation.verified:
        messages.info(request, _("Your organisation can respond once it has been verified."))
        return redirect("organisations:org_responses", organisation.pk)
    try:
        org_response, made = org_response_start(
            organisation=organisation,
            consultation=consultation,
            area_key=area_key,
            user=request.user,
        )
    except OrgResponseLocked:
        messages.info(request, _("This consultation is not open, so you cannot start a response."))
        return redirect("organisations:org_responses", organisation.pk)
    if not made:
        return _preview(org_response)
    return redirect(
        "organisations:org_response_question", organisation.pk, org_response.pk, refs[0].id
    )


def _from_check(request: HttpRequest) -> bool:
    return (request.GET.get("from") or request.POST.get("from")) == "check"


@never_cache
@login_required
def org_response_question(
    request: HttpRequest, pk: int, response_pk: int, question_id: str
) -> HttpResponse:
    org_response = org_response_or_404(request, pk, response_pk)
    refused = _unchangeable(request, org_response)
    if refused:
        return refused
    refs = area_refs(org_response.consultation, org_response.area_key)
    index = next((i for i, ref in enumerate(refs) if ref.id == question_id), None)
    if index is None:
        raise Http404
    ref = refs[index]
    kind = question_type(ref.type)
    current = question_set(org_response.consultation).question(ref)
    from_check = _from_check(request)
    if from_check or index + 1 == len(refs):
        next_url = reverse("organisations:org_response_speaks_for", args=[pk, response_pk])
        if from_check:
            next_url = reverse("organisations:org_response_preview", args=[pk, response_pk])
    else:
        next_url = reverse(
            "organisations:org_response_question", args=[pk, response_pk, refs[index + 1].id]
        )

    if request.method == "POST":
        try:
            if "skip" in request.POST:
                org_answer_skip(org_response=org_response, question_id=ref.id, user=request.user)
                return redirect(next_url)
            form = kind.form(current, request.POST)
            if form.is_valid() and not form.counting():
                org_answer_save(
                    org_response=org_response,
                    question=current,
                    value=form.answer(),
                    user=request.user,
                )
                return redirect(next_url)
        except OrgResponseLocked:
            messages.info(request, _("This response cannot change now. We did not save that."))
            return _preview(org_response)
    else:
        saved = (
            OrgAnswer.objects.filter(org_response=org_response, question_id=ref.id)
            .values_list("value", flat=True)
            .first()
        )
        form = kind.form(current, value=saved)

    if from_check:
        back_url = reverse("organisations:org_response_preview", args=[pk, response_pk])
    elif index:
        back_url = reverse(
            "organisations:org_response_question", args=[pk, response_pk, refs[index - 1].id]
        )
    else:
        back_url = reverse("organisations:org_responses", args=[pk])
    return render(
        request,
        "organisations/org_responses/question.html",
        {
            "organisation": org_response.organisation,
            "org_response": org_response,
            "question": current,
            "form": form,
            "media": kind.media(),
            "number": index + 1,
            "total": len(refs),
            "back_url": back_url,
            "from_check": from_check,
        },
    )


@never_cache
@login_required
def org_response_speaks_for(request: HttpRequest, pk: int, response_pk: int) -> HttpResponse:
    org_response = org_response_or_404(request, pk, response_pk)
    refused = _unchangeable(request, org_response)
    if refused:
        return refused
    form = SpeaksForForm(
        request.POST if request.method == "POST" else None,
        org_response=org_response,
        initial=SpeaksForForm.initial_for(org_response),
    )
    if request.method == "POST" and form.is_valid():
        try:
            org_response_speaks_for_save(
                org_response=org_response,
                people_represented=form.cleaned_data["people_represented"],
                group_counts=form.group_counts(),
                methods=form.cleaned_data["how_gathered"],
                sessions=form.cleaned_data.get("sessions") or [],
                user=request.user,
            )
        except OrgResponseLocked:
            messages.info(request, _("This response cannot change now. We did not save that."))
        return _preview(org_response)
    refs = area_refs(org_response.consultation, org_response.area_key)
    if _from_check(request) or not refs:
        back_url = reverse("organisations:org_response_preview", args=[pk, response_pk])
    else:
        back_url = reverse(
            "organisations:org_response_question", args=[pk, response_pk, refs[-1].id]
        )
    return render(
        request,
        "organisations/org_responses/speaks_for.html",
        {
            "organisation": org_response.organisation,
            "org_response": org_response,
            "form": form,
            "back_url": back_url,
        },
    )


@never_cache
@login_required
def org_response_preview(request: HttpRequest, pk: int, response_pk: int) -> HttpResponse:
    org_response = org_response_or_404(request, pk, response_pk)
    return render(
        request,
        "organisations/org_responses/preview.html",
        preview_context(org_response, answer_rows(org_response, changeable=True)),
    )


class _SubmitProblem:
    """What the error summary template reads from a form, for a problem found on submitting."""

    def __init__(self, message: str, anchor: str):
        self.errors = True
        self.error_links = [ErrorLink(anchor, message)]


@login_required
@require_POST
def org_response_submit_view(request: HttpRequest, pk: int, response_pk: int) -> HttpResponse:
    org_response = org_response_or_404(request, pk, response_pk)
    try:
        current, submitted = org_response_submit(org_response=org_response, user=request.user)
    except OrgResponseLocked:
        messages.info(request, CLOSED)
        return _preview(org_response)
    except (SpeaksForMissing, NothingAnswered) as problem:
        if isinstance(problem, SpeaksForMissing):
            message = _(
                "Say who this response speaks for before you submit it: how many people, "
                "their groups and how you gathered their views."
            )
            anchor = "speaks-for"
        else:
            message = _("Answer at least 1 question before you submit the response.")
            anchor = "answers"
        context = preview_context(org_response, answer_rows(org_response, changeable=True))
        context["form"] = _SubmitProblem(message, anchor)
        return render(request, "organisations/org_responses/preview.html", context)
    if submitted:
        messages.success(request, _("Your organisation's response has been submitted."))
    else:
        messages.info(request, _("This response had already been submitted. Nothing changed."))
    return _preview(current)


@login_required
def org_response_withdraw_view(request: HttpRequest, pk: int, response_pk: int) -> HttpResponse:
    org_response = org_response_or_404(request, pk, response_pk)
    if org_response.consultation.has_closed():
        messages.info(request, CLOSED)
        return _preview(org_response)
    if request.method == "POST":
        if org_response_withdraw(org_response=org_response, user=request.user):
            messages.success(
                request,
                _("You withdrew the response. The commissioner will see that it was withdrawn."),
            )
        else:
            messages.info(request, NOT_WITHDRAWABLE)
        return _preview(org_response)
    if not org_response.is_submitted:
        messages.info(request, NOT_WITHDRAWABLE)
        return _preview(org_response)
    return render(
        request,
        "organisations/org_responses/withdraw.html",
        {"organisation": org_response.organisation, "org_response": org_response},
    )


# The commissioner's read-only view --------------------------------------------------------------


@never_cache
@login_required
def commissioner_consultations(request: HttpRequest) -> HttpResponse:
    consultations = (
        commissioned_by(request.user)
        .annotate(
            shared=Count("org_responses", filter=Q(org_responses__submitted_at__isnull=False))
        )
        .order_by("title")
    )
    return render(
        request,
        "organisations/org_responses/commissioner_consultations.html",
        {"consultations": consultations},
    )


@never_cache
@login_required
def commissioner_list(request: HttpRequest, consultation_pk: int) -> HttpResponse:
    consultation = get_object_or_404(commissioned_by(request.user), pk=consultation_pk)
    responses = (
        OrganisationalResponse.objects.for_commissioner(request.user)
        .filter(consultation=consultation)
        .select_related("organisation")
        .prefetch_related("groups__group")
        .order_by("area_key", "organisation__name", "-submitted_at")
    )
    return render(
        request,
        "organisations/org_responses/commissioner_list.html",
        {"consultation": consultation, "responses": responses},
    )


@never_cache
@login_required
def commissioner_detail(request: HttpRequest, response_pk: int) -> HttpResponse:
    org_response = get_object_or_404(
        OrganisationalResponse.objects.for_commissioner(request.user).select_related(
            "organisation", "consultation"
        ),
        pk=response_pk,
    )
    context = preview_context(org_response, answer_rows(org_response, changeable=False))
    context["for_commissioner"] = True
    return render(request, "organisations/org_responses/commissioner_detail.html", context)
