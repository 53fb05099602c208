"""One page per step: the About you pages, then one question per page. Each Continue saves."""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from questions.registry import QuestionType, question_type

from ..about_you import about_you_step
from ..journey import ABOUT_YOU, QUESTION, Step
from ..models import Answer
from ..services import ResponseLocked, about_you_save, answer_save
from .common import Answering, answering_load, from_check


def _after_save(answering: Answering, step: Step, request: HttpRequest) -> HttpResponse:
    if from_check(request):
        return redirect("responses:check", answering.consultation.pk)
    return redirect(answering.step_url(answering.journey.next(step)))


def _back_url(answering: Answering, step: Step, request: HttpRequest) -> str:
    if from_check(request):
        return answering.step_url(None)
    previous = answering.journey.previous(step)
    if previous is None and answering.entry is not None:
        return answering.entry.batch.url  # staff have no code page: their batch comes first
    if previous is None:
        return reverse("responses:your_code", args=[answering.consultation.pk])
    return answering.step_url(previous)


def _locked(request: HttpRequest, answering: Answering) -> HttpResponse:
    # Sent in another tab, or closed while the page was open: nothing was changed.
    if answering.entry is not None:
        messages.info(request, _("These answers cannot change now. We did not save that page."))
        return redirect(answering.entry.batch.url)
    messages.info(request, _("Your answers cannot change now. We did not save that change."))
    return redirect("responses:start", answering.consultation.pk)


# never_cache: a page with someone's code or answers must not stay in a shared computer's cache.
@never_cache
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
                return _locked(request, answering)
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
            "entry": answering.entry,
        },
    )


def _form_html(answering: Answering, current, kind: QuestionType) -> str:
    """The question's form before any errors, drawn once per version for each saved answer."""
    # At most one row (a unique constraint), so no ORDER BY as first() would add.
    stored = Answer.objects.filter(response_id=answering.response.pk, question_id=current.id)
    saved = next(iter(stored.values_list("value", flat=True)[:1]), None)

    def draw() -> str:
        form = kind.form(current, value=saved)
        return render_to_string(form.partial, {"form": form, "question": current})

    return answering.questions.drawn_form(current.id, saved, draw)


@never_cache
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
    kind = question_type(ref.type)

    form_html = ""
    if request.method == "POST":
        # A valid answer is saved and never drawn, so its pictures are only loaded if it is not.
        current = answering.questions.question(ref, pictures=False)
        form = kind.form(current, request.POST)
        if form.is_valid() and not form.counting():
            try:
                answer_save(response=answering.response, question=current, value=form.answer())
            except ResponseLocked:
                return _locked(request, answering)
            return _after_save(answering, step, request)
        drawn = answering.questions.question(ref)
        if drawn is not current:
            # The page is drawn again with its errors, so now it needs the pictures.
            current = drawn
            form = kind.form(current, request.POST)
    else:
        current = answering.questions.question(ref)
        form = None  # no errors to show, and the form comes already drawn
        form_html = _form_html(answering, current, kind)

    return render(
        request,
        "responses/question.html",
        {
            "consultation": answering.consultation,
            "question": current,
            "form": form,
            "form_html": form_html,
            # The scripts the type's form needs, also when the form comes already drawn.
            "media": kind.media(),
            "position": answering.journey.position(step),
            "back_url": _back_url(answering, step, request),
            "from_check": from_check(request),
            "entry": answering.entry,
        },
    )
