"""One page per step: the About you pages, then one question per page. Each Continue saves."""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from questions.registry import question_type

from ..about_you import about_you_step
from ..journey import ABOUT_YOU, QUESTION, Step
from ..questions import question_load
from ..services import ResponseLocked, about_you_save, answer_save
from .common import Answering, answering_load, csrf_kind, from_check


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


@csrf_kind
def about_you(request: HttpRequest, consultation_pk: int, slug: str) -> HttpResponse:
    answering = answering_load(request, consultation_pk)
    if isinstance(answering, HttpResponse):
        return answering
    step = Step(ABOUT_YOU, slug)
    if step not in answering.journey:
        return redirect(answering.resume_url())
    declaration = about_you_step(slug)

    if request.method == "POST":
        skipping = "skip" in request.POST
        form = declaration.form(answering.response, None if skipping else request.POST)
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
            follow_on = declaration.follow_on(answering.response)
            if follow_on and from_check(request):
                return redirect(answering.step_url(Step(ABOUT_YOU, follow_on)) + "?from=check")
            return _after_save(answering, step, request)
    else:
        form = declaration.form(answering.response)

    return render(
        request,
        "responses/about_you.html",
        {
            "consultation": answering.consultation,
            "form": form,
            "step": declaration,
            "heading": declaration.heading,
            "position": answering.journey.position(step),
            "back_url": _back_url(answering, step, request),
            "from_check": from_check(request),
        },
    )


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
    kind = question_type(current.type)

    if request.method == "POST":
        form = kind.form(current, request.POST)
        if form.is_valid() and not form.counting():
            try:
                answer_save(response=answering.response, question=current, value=form.answer())
            except ResponseLocked:
                return _locked(request, consultation_pk)
            return _after_save(answering, step, request)
    else:
        saved = answering.response.answers.filter(question_id=ref.id).first()
        form = kind.form(current, value=saved.value if saved else None)

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
