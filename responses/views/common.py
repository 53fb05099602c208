"""What every answering view shares: the browser's link to its response.

The browser session remembers which response it is answering and its resume code, per
consultation. The session is in the database, so any app server can carry on the journey.
"""

from dataclasses import dataclass

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from consultations.models import ConsultationPage

from ..entry import ENTRY_FIELD, Entry, entry_load, may_carry_on
from ..journey import ABOUT_YOU, Journey, Step
from ..models import Response
from ..questions import QuestionRef, QuestionSet, question_set

SESSION_KEY = "answering"
# What the answering pages read of a consultation. Page rows are wide; loading only these keeps
# the query cheap (see bench/answering.py).
CONSULTATION_FIELDS = [
    "title",
    "slug",
    "url_path",
    "live",
    "path",
    "depth",
    "numchild",
    "content_type",
    "locale",
    "opens_on",
    "closes_on",
    "promise_date",
]


def binding_get(request: HttpRequest, consultation_pk: int) -> dict:
    return request.session.get(SESSION_KEY, {}).get(str(consultation_pk), {})


def binding_set(request: HttpRequest, consultation_pk: int, **values) -> None:
    entries = dict(request.session.get(SESSION_KEY, {}))
    current = entries.get(str(consultation_pk), {})
    if all(current.get(name) == value for name, value in values.items()):
        return  # Nothing new: writing the same session again would cost a database write.
    entries[str(consultation_pk)] = {**current, **values}
    request.session[SESSION_KEY] = entries


def binding_forget(request: HttpRequest, consultation_pk: int) -> None:
    entries = dict(request.session.get(SESSION_KEY, {}))
    if entries.pop(str(consultation_pk), None) is not None:
        request.session[SESSION_KEY] = entries


def consultation_get(consultation_pk: int) -> ConsultationPage:
    consultation = ConsultationPage.objects.live().public().filter(pk=consultation_pk).first()
    if consultation is None:
        raise Http404
    return consultation


def bound_response(request: HttpRequest, consultation_pk: int) -> Response | None:
    """The response this browser is answering for this consultation, if it still exists."""
    response_id = binding_get(request, consultation_pk).get("response")
    if not response_id:
        return None
    # Two plain lookups by primary key: cheaper to build than one join with deferred fields,
    # and get() rather than first(), which would add an ORDER BY.
    try:
        response = Response.objects.get(pk=response_id, consultation_id=consultation_pk)
    except Response.DoesNotExist:
        # Deleted, perhaps in another tab. Forget it so the start page offers a fresh start.
        binding_forget(request, consultation_pk)
        return None
    # Read fresh on every request, not from a cache: the dates decide whether answers may change.
    try:
        consultation = ConsultationPage.objects.only(*CONSULTATION_FIELDS).get(pk=consultation_pk)
    except ConsultationPage.DoesNotExist:
        raise Http404 from None
    if not consultation.live:
        raise Http404
    response.consultation = consultation
    if response.is_staff_entered and not may_carry_on(request.user, response):
        # Only staff reach a typed-in response, from their batch page (ADR 017); signed out, or
        # without two-factor, this browser forgets it.
        binding_forget(request, consultation_pk)
        return None
    return response


@dataclass
class Answering:
    """A draft response that may still change, with the consultation's journey."""

    consultation: ConsultationPage
    response: Response
    code: str
    questions: QuestionSet
    journey: Journey
    # Set when staff are typing in a paper form or an interview (ADR 017).
    entry: Entry | None = None

    @property
    def refs(self) -> list[QuestionRef]:
        return self.questions.refs

    def ref(self, question_id: str) -> QuestionRef | None:
        return self.questions.ref(question_id)

    def step_url(self, step: Step | None) -> str:
        pk = self.consultation.pk
        if step is None:
            return reverse("responses:check", args=[pk])
        if step.kind == ABOUT_YOU:
            return reverse("responses:about_you", args=[pk, step.key])
        return reverse("responses:question", args=[pk, step.key])

    def done(self) -> set[Step]:
        answered = self.response.answers.values_list("question_id", flat=True)
        return {Step("question", question_id) for question_id in answered} | {
            Step(ABOUT_YOU, slug) for slug in self.response.about_you_done
        }

    def resume_url(self) -> str:
        return self.step_url(self.journey.first_unfinished(self.done()))


def answering_load(request: HttpRequest, consultation_pk: int) -> Answering | HttpResponse:
    """The draft this browser may change now, or a redirect to where the person should be."""
    response = bound_response(request, consultation_pk)
    if response is None:
        consultation_get(consultation_pk)
        messages.info(request, _("Start here, or come back to your answers with your code."))
        return redirect("responses:start", consultation_pk)
    entry = entry_load(request, response) if response.is_staff_entered else None
    if entry is not None:
        elsewhere = entry.elsewhere(request, posted_for=request.POST.get(ENTRY_FIELD))
        if elsewhere is not None:
            return elsewhere
    if response.is_sent:
        return redirect("responses:sent", consultation_pk)
    consultation = response.consultation
    if consultation.has_closed(timezone.localdate()):
        return redirect("responses:closed", consultation_pk)
    questions = question_set(consultation)
    journey = Journey(
        question_ids=[ref.id for ref in questions.refs],
        wants_contact=response.wants_contact,
        is_supported=bool(response.is_supported),
    )
    code = binding_get(request, consultation_pk).get("code", "")
    return Answering(consultation, response, code, questions, journey, entry)


def from_check(request: HttpRequest) -> bool:
    """True when the person came from "check your answers" to change one answer."""
    return (request.GET.get("from") or request.POST.get("from")) == "check"
