"""What a participant sees with their code once "you said, we did" is published (ADR 025).

People have no account: their resume code ties this browser to their response, through the same
"come back" page and the same limit on guesses as answering (responses/views/come_back.py). Only
that one response's answers are ever shown.
"""

from dataclasses import dataclass

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache

from responses.presenters import answer_lines
from responses.questions import question_load, question_set
from responses.views.common import bound_response, consultation_get

from .pages import you_said_we_did_live
from .you_said_we_did import AreaView, page_areas


@dataclass(frozen=True)
class YourAnswer:
    question: str
    lines: list[str]


def your_answers(consultation, response) -> dict[str, list[YourAnswer]]:
    """This response's answers by area, in words, as "check your answers" shows them."""
    values = {answer.question_id: answer.value for answer in response.answers.all()}
    by_area: dict[str, list[YourAnswer]] = {}
    for ref in question_set(consultation).refs:
        if ref.id not in values:
            continue
        question = question_load(ref, pictures=False)
        lines = answer_lines(question, values[ref.id])
        if lines:
            by_area.setdefault(ref.area_key, []).append(YourAnswer(question.text, lines))
    return by_area


# never_cache: this page shows one person's answers, so a shared computer must not keep it.
@never_cache
def yours(request: HttpRequest, consultation_pk: int) -> HttpResponse:
    consultation = consultation_get(consultation_pk)
    page = you_said_we_did_live(consultation)
    if page is None:
        # Nothing is decided in public yet: coming back works as it always has.
        return redirect("responses:resume", consultation_pk)
    response = bound_response(request, consultation_pk)
    if response is None:
        return redirect(reverse("responses:resume", args=[consultation_pk]) + "?next=decided")
    answers = your_answers(consultation, response)
    areas: list[tuple[AreaView, list[YourAnswer]]] = [
        (area, answers[area.key]) for area in page_areas(page, consultation, only=set(answers))
    ]
    return render(
        request,
        "decisions/yours.html",
        {
            "consultation": consultation,
            "page_url": page.url,
            "response": response,
            "areas": areas,
        },
    )
