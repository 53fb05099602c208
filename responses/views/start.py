"""Starting: what we ask and who sees the answers, consent, and the resume code."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from ..codes import resume_code_new
from ..forms import ConsentForm
from ..presenters import closed_text, code_text
from ..services import ConsultationNotOpen, response_start, start_token_new
from .common import (
    answering_load,
    binding_forget,
    binding_get,
    binding_set,
    bound_response,
    consultation_get,
)


def start(request: HttpRequest, consultation_pk: int) -> HttpResponse:
    consultation = consultation_get(consultation_pk)
    response = bound_response(request, consultation_pk)
    today = timezone.localdate()
    if response is not None and not response.is_sent and consultation.has_closed(today):
        return redirect("responses:closed", consultation_pk)
    return render(
        request,
        "responses/start.html",
        {
            "consultation": consultation,
            "is_open": consultation.is_open(today),
            "has_closed": consultation.has_closed(today),
            "closed_text": closed_text(consultation),
            "draft": response if response is not None and not response.is_sent else None,
        },
    )


def consent(request: HttpRequest, consultation_pk: int) -> HttpResponse:
    consultation = consultation_get(consultation_pk)
    if not consultation.is_open(timezone.localdate()):
        return redirect("responses:start", consultation_pk)
    existing = bound_response(request, consultation_pk)
    if existing is not None and not existing.is_sent:
        # Already started in this browser (a second tab, or the back button): carry on instead.
        return redirect("responses:your_code", consultation_pk)

    binding = binding_get(request, consultation_pk)
    if not binding.get("token") or binding.get("response"):
        # The token and code are chosen before the form is sent, so that a double click sends
        # the same token twice and finds one response (see response_start).
        binding = {"token": start_token_new(), "code": resume_code_new(), "response": None}
        binding_set(request, consultation_pk, **binding)

    if request.method == "POST":
        form = ConsentForm(request.POST)
        if form.is_valid():
            try:
                response, code = response_start(
                    consultation=consultation,
                    start_token=binding["token"],
                    resume_code=binding["code"],
                )
            except ConsultationNotOpen:
                return redirect("responses:start", consultation_pk)
            binding_set(request, consultation_pk, response=response.pk, code=code)
            return redirect("responses:your_code", consultation_pk)
    else:
        form = ConsentForm()
    return render(request, "responses/consent.html", {"consultation": consultation, "form": form})


@require_POST
def start_again(request: HttpRequest, consultation_pk: int) -> HttpResponse:
    """Someone else is using this browser: forget its link to the other person's answers.

    Their answers stay safe. Whoever they belong to can come back to them with the code.
    """
    consultation_get(consultation_pk)
    binding_forget(request, consultation_pk)
    return redirect("responses:consent", consultation_pk)


# never_cache: a page with someone's code or answers must not stay in a shared computer's cache.
@never_cache
def your_code(request: HttpRequest, consultation_pk: int) -> HttpResponse:
    answering = answering_load(request, consultation_pk)
    if isinstance(answering, HttpResponse):
        return answering
    if answering.entry is not None:
        return redirect(answering.resume_url())  # a typed-in response has no code
    return render(
        request,
        "responses/your_code.html",
        {
            "consultation": answering.consultation,
            "code": code_text(answering.code),
            "next_url": answering.resume_url(),
        },
    )
