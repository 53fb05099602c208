"""One page per step: the About you pages, then one question per page. Each Continue saves."""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache

from ..forms import ABOUT_YOU_FORMS, QUESTION_FORMS, ContactForm
from ..journey import ABOUT_YOU, QUESTION, Step
from ..models import Answer, ContactDetails
from ..services import ResponseLocked, about_you_save, answer_save
from .common import Answering, answering_load, from_check

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


def _form_html(answering: Answering, current) -> str:
    """The question's form before any errors, drawn once per version for each saved answer."""
    form_class = QUESTION_FORMS[current.type]
    # At most one row (a unique constraint), so no ORDER BY as first() would add.
    stored = Answer.objects.filter(response_id=answering.response.pk, question_id=current.id)
    saved = next(iter(stored.values_list("value", flat=True)[:1]), None)

    def draw() -> str:
        form = form_class(question=current, initial=form_class.initial_from(current, saved))
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

    form_html = ""
    if request.method == "POST":
        # A valid answer is saved and never drawn, so its pictures are only loaded if it is not.
        current = answering.questions.question(ref, pictures=False)
        form_class = QUESTION_FORMS[current.type]
        form = form_class(request.POST, question=current)
        counting = getattr(form, "counting", lambda: False)()
        if form.is_valid() and not counting:
            try:
                answer_save(response=answering.response, question=current, value=form.answer())
            except ResponseLocked:
                return _locked(request, consultation_pk)
            return _after_save(answering, step, request)
        drawn = answering.questions.question(ref)
        if drawn is not current:
            # The page is drawn again with its errors, so now it needs the pictures.
            current = drawn
            form = form_class(request.POST, question=current)
    else:
        current = answering.questions.question(ref)
        form = None  # no errors to show, and the form comes already drawn
        form_html = _form_html(answering, current)

    return render(
        request,
        "responses/question.html",
        {
            "consultation": answering.consultation,
            "question": current,
            "form": form,
            "form_html": form_html,
            "position": answering.journey.position(step),
            "back_url": _back_url(answering, step, request),
            "from_check": from_check(request),
        },
    )
