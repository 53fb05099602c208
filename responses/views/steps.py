"""One page per step: the About you pages, then one question per page. Each Continue saves."""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache

from ..forms import ABOUT_YOU_FORMS, QUESTION_FORMS, ContactForm
from ..journey import ABOUT_YOU, QUESTION, Step
from ..models import ContactDetails
from ..questions import question_load
from ..services import ResponseLocked, about_you_save, answer_save
from .common import Answering, answering_load, csrf_kind, from_check

ABOUT_YOU_HEADINGS = {
    "who": gettext_lazy("Which of these describes you?"),
    "help": gettext_lazy("Is someone helping you answer?"),
    "needs": gettext_lazy("What helps you read and understand things?"),
    "hear-back": gettext_lazy("Do you want us to tell you what we decided?"),
    "contact": gettext_lazy("How can we contact you?"),
}


def _after_save(answering: Answering, step: Step, request: HttpRequest) -> HttpResponse:
    if from_check(request):
        return redirect("responses:check", answering.consultation.pk)
    return redirect(answering.step_url(answering.journey.next(step)))


def _back_url(answering: Answering, step: Step, request: HttpRequest) -> str:
    if from_check(request):
        return answering.step_url(None)
    previous = answering.journey.previous(step)
    if previous is None:
        return reverse("responses:your_code", args=[answering.consultation.pk])
    return answering.step_url(previous)


def _locked(request: HttpRequest, consultation_pk: int) -> HttpResponse:
    # Sent in another tab, or closed while the page was open: nothing was changed.
    messages.info(request, _("Your answers cannot change now. We did not save that change."))
    return redirect("responses:start", consultation_pk)


def _about_you_form(answering: Answering, slug: str, data=None):
    response = answering.response
    if slug == "contact":
        details = ContactDetails.objects.filter(response=response).first()
        initial = {}
        if details:
            initial = {
                name: getattr(details, name)
                for name in ("name", "email", "phone", "postal_address", "organisation")
            }
        return ContactForm(data, hear_back=response.hear_back, initial=initial)
    form_class = ABOUT_YOU_FORMS[slug]
    initial = {name: getattr(response, name) for name in form_class.base_fields}
    if slug == "help":
        initial["is_supported"] = {True: "yes", False: "no"}.get(response.is_supported, "")
    return form_class(data, initial=initial)


# never_cache: a page with someone's code or answers must not stay in a shared computer's cache.
@never_cache
@csrf_kind
def about_you(request: HttpRequest, consultation_pk: int, slug: str) -> HttpResponse:
    answering = answering_load(request, consultation_pk)
    if isinstance(answering, HttpResponse):
        return answering
    step = Step(ABOUT_YOU, slug)
    if step not in answering.journey:
        return redirect(answering.resume_url())

    if request.method == "POST":
        skipping = "skip" in request.POST
        form = _about_you_form(answering, slug, None if skipping else request.POST)
        if skipping or form.is_valid():
            try:
                about_you_save(
                    response=answering.response,
                    step=slug,
                    values=None if skipping else form.cleaned_data,
                )
            except ResponseLocked:
                return _locked(request, consultation_pk)
            answering = answering_load(request, consultation_pk)
            if isinstance(answering, HttpResponse):
                return answering
            if slug == "hear-back" and from_check(request) and answering.response.wants_contact:
                return redirect(answering.step_url(Step(ABOUT_YOU, "contact")) + "?from=check")
            return _after_save(answering, step, request)
    else:
        form = _about_you_form(answering, slug)

    return render(
        request,
        "responses/about_you.html",
        {
            "consultation": answering.consultation,
            "form": form,
            "slug": slug,
            "heading": ABOUT_YOU_HEADINGS[slug],
            "position": answering.journey.position(step),
            "back_url": _back_url(answering, step, request),
            "from_check": from_check(request),
        },
    )


@never_cache
@csrf_kind
def question(request: HttpRequest, consultation_pk: int, question_id: str) -> HttpResponse:
    answering = answering_load(request, consultation_pk)
    if isinstance(answering, HttpResponse):
        return answering
    ref = answering.ref(question_id)
    if ref is None:
        # A changed or made-up address, or another consultation's question.
        messages.info(request, _("We cannot find that question. Here is the next one to answer."))
        return redirect(answering.resume_url())
    step = Step(QUESTION, ref.id)
    current = question_load(ref)
    form_class = QUESTION_FORMS[current.type]

    if request.method == "POST":
        form = form_class(request.POST, question=current)
        counting = getattr(form, "counting", lambda: False)()
        if form.is_valid() and not counting:
            try:
                answer_save(response=answering.response, question=current, value=form.answer())
            except ResponseLocked:
                return _locked(request, consultation_pk)
            return _after_save(answering, step, request)
    else:
        saved = answering.response.answers.filter(question_id=ref.id).first()
        form = form_class(
            question=current,
            initial=form_class.initial_from(current, saved.value if saved else None),
        )

    return render(
        request,
        "responses/question.html",
        {
            "consultation": answering.consultation,
            "question": current,
            "form": form,
            "position": answering.journey.position(step),
            "back_url": _back_url(answering, step, request),
            "from_check": from_check(request),
        },
    )
