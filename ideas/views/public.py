"""Participants' idea pages, in easy read: the published ideas, voting, and "your ideas".

People have no account. Their resume code ties this browser to their response, just as coming
back to their answers does (responses/views/come_back.py), with the same limit on guesses.
"""

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from consultations.areas import AREAS, AREAS_BY_KEY
from responses.codes import resume_code_is_well_formed, resume_code_normalise
from responses.forms import ResumeCodeForm
from responses.guesses import client_key
from responses.presenters import try_again_text
from responses.services import TooManyGuesses, resume_code_check
from responses.views.common import binding_set, bound_response, consultation_get

from ..models import Idea
from ..presenters import cost_words, idea_status, latest_change_prefetch, votes_in_words
from ..services import IdeaRefused, idea_vote
from ..vote_forms import IdeaVotesForm


def _published(consultation):
    return (
        Idea.objects.published()
        .filter(consultation=consultation)
        .select_related("picture")
        .with_votes()
        .order_by("title", "pk")
    )


def idea_list(request: HttpRequest, consultation_pk: int) -> HttpResponse:
    consultation = consultation_get(consultation_pk)
    by_area = {area.key: [] for area in AREAS}
    for idea in _published(consultation):
        by_area[idea.area_key].append(
            {"idea": idea, "votes": votes_in_words(idea), "cost": cost_words(idea)}
        )
    areas = [(AREAS_BY_KEY[key], ideas) for key, ideas in by_area.items() if ideas]
    return render(
        request,
        "ideas/list.html",
        {
            "consultation": consultation,
            "areas": areas,
            "closed": consultation.has_closed(),
        },
    )


def _code_checked(request: HttpRequest, consultation) -> ResumeCodeForm | None:
    """Check a typed code. None when it opened a response (now tied to this browser)."""
    form = ResumeCodeForm(request.POST)
    if not form.is_valid():
        return form
    normal = resume_code_normalise(form.cleaned_data["code"])
    if not resume_code_is_well_formed(normal):
        form.add_error(
            "code", _("A code has 9 letters and numbers. Check your code and type it again.")
        )
        return form
    try:
        response = resume_code_check(
            consultation=consultation, code=normal, client=client_key(request)
        )
    except TooManyGuesses as error:
        form.add_error("code", try_again_text(error.limit))
        return form
    if response is None:
        form.add_error(
            "code",
            _(
                "We cannot find answers with this code. "
                "Check the code and try again. You can ask someone to help you."
            ),
        )
        return form
    binding_set(request, consultation.pk, response=response.pk, code=normal)
    return None


# never_cache: these pages show what one person did, so a shared computer must not keep them.
@never_cache
def your_ideas(request: HttpRequest, consultation_pk: int) -> HttpResponse:
    consultation = consultation_get(consultation_pk)
    form = ResumeCodeForm()
    if request.method == "POST":
        form = _code_checked(request, consultation)
        if form is None:
            return redirect("ideas:yours", consultation_pk)
    response = bound_response(request, consultation_pk)
    statuses = []
    if response is not None and request.method != "POST":
        ideas = (
            response.ideas.select_related("merged_into")
            .prefetch_related(latest_change_prefetch())
            .order_by("created_at", "pk")
        )
        statuses = [idea_status(idea) for idea in ideas]
    return render(
        request,
        "ideas/your_ideas.html",
        {
            "consultation": consultation,
            "form": form,
            "response": response if request.method != "POST" else None,
            "statuses": statuses,
        },
    )


@never_cache
def idea_vote_view(request: HttpRequest, consultation_pk: int, area_key: str) -> HttpResponse:
    consultation = consultation_get(consultation_pk)
    area = AREAS_BY_KEY.get(area_key)
    if area is None:
        raise Http404
    ideas = list(_published(consultation).for_area(area_key))
    context = {"consultation": consultation, "area": area, "ideas": ideas}
    if consultation.has_closed() or not ideas:
        return render(request, "ideas/vote_closed.html", context)

    response = bound_response(request, consultation_pk)
    if response is None:
        form = ResumeCodeForm()
        if request.method == "POST":
            form = _code_checked(request, consultation)
            if form is None:
                return redirect("ideas:vote", consultation_pk, area_key)
        return render(request, "ideas/vote_code.html", context | {"form": form})

    saved = dict(response.idea_votes.filter(idea__in=ideas).values_list("idea_id", "value"))
    form = IdeaVotesForm(
        request.POST if request.method == "POST" else None, ideas=ideas, saved=saved
    )
    if request.method == "POST" and form.is_valid():
        by_pk = {idea.pk: idea for idea in ideas}
        try:
            for idea_pk, value in form.votes().items():
                idea_vote(idea=by_pk[idea_pk], response=response, value=value)
        except IdeaRefused as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Thank you. We saved your votes."))
            return redirect("ideas:list", consultation_pk)
    return render(request, "ideas/vote.html", context | {"form": form})
