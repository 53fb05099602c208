"""A community group's ideas: suggest one, see what happened to each, and a session's votes."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from organisations.models import GroupSession

from ..forms import IdeaWordsForm, OrganisationIdeaForm, SessionVotesForm
from ..models import Idea, IdeaVote, Source, Status
from ..presenters import idea_status, latest_change_prefetch
from ..services import IdeaRefused, idea_reword, idea_suggest, session_votes_save
from .common import community_group


@login_required
def organisation_ideas(request: HttpRequest, pk: int) -> HttpResponse:
    organisation = community_group(request, pk)
    ideas = (
        Idea.objects.visible_to(request.user)
        .filter(Q(organisation=organisation) | Q(session__organisation=organisation))
        .select_related("consultation", "merged_into", "session")
        .prefetch_related(latest_change_prefetch())
        .order_by("-created_at", "-pk")
    )
    sessions = (
        GroupSession.objects.visible_to(request.user)
        .filter(organisation=organisation)
        .select_related("consultation")
    )
    return render(
        request,
        "ideas/organisation_ideas.html",
        {
            "organisation": organisation,
            "statuses": [idea_status(idea) for idea in ideas],
            "sessions": sessions,
        },
    )


@login_required
def organisation_idea_new(request: HttpRequest, pk: int) -> HttpResponse:
    organisation = community_group(request, pk)
    if not organisation.verified:
        messages.info(request, _("Your organisation can suggest ideas once it has been verified."))
        return redirect("ideas:organisation", pk=organisation.pk)
    form = OrganisationIdeaForm(
        request.POST if request.method == "POST" else None, organisation=organisation
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        idea, made = idea_suggest(
            consultation=data["consultation"],
            area_key=data["area_key"],
            **form.words(),
            source=Source.SESSION if data["session"] else Source.ORGANISATION,
            organisation=organisation,
            session=data["session"],
            by=request.user,
            submit_token=data["submit_token"],
        )
        if made:
            messages.success(
                request,
                _("Your idea %(title)s is waiting for the commissioner to check it.")
                % {"title": idea.title},
            )
        else:
            messages.info(
                request, _("You had already sent the idea %(title)s.") % {"title": idea.title}
            )
        return redirect("ideas:organisation", pk=organisation.pk)
    return render(
        request, "ideas/organisation_idea_new.html", {"organisation": organisation, "form": form}
    )


@login_required
def organisation_idea_reword(request: HttpRequest, pk: int, idea_pk: int) -> HttpResponse:
    """The commissioner asked for new words: the group changes them, and the idea waits again."""
    organisation = community_group(request, pk)
    idea = get_object_or_404(
        Idea.objects.visible_to(request.user)
        .filter(Q(organisation=organisation) | Q(session__organisation=organisation))
        .select_related("picture"),
        pk=idea_pk,
    )
    if idea.status != Status.NEEDS_REWORDING:
        messages.info(request, _("The commissioner has not asked you to reword this idea."))
        return redirect("ideas:organisation", pk=organisation.pk)
    reason = idea.changes.order_by("-at", "-pk").first()
    form = IdeaWordsForm(
        request.POST if request.method == "POST" else None, initial=IdeaWordsForm.initial_for(idea)
    )
    if request.method == "POST" and form.is_valid():
        if idea_reword(idea=idea, by=request.user, **form.words()) is None:
            messages.info(request, _("You had already sent the new words."))
        else:
            messages.success(request, _("Thank you. The commissioner will check the new words."))
        return redirect("ideas:organisation", pk=organisation.pk)
    return render(
        request,
        "ideas/organisation_idea_reword.html",
        {"organisation": organisation, "idea": idea, "form": form, "reason": reason},
    )


@login_required
def session_votes(request: HttpRequest, pk: int, session_pk: int) -> HttpResponse:
    organisation = community_group(request, pk)
    session = get_object_or_404(
        GroupSession.objects.visible_to(request.user).select_related("consultation"),
        organisation=organisation,
        pk=session_pk,
    )
    ideas = Idea.objects.published().filter(consultation=session.consultation)
    if session.area_key:
        ideas = ideas.for_area(session.area_key)
    ideas = list(ideas.order_by("area_key", "title"))
    saved = {
        (vote.idea_id, vote.value): vote.count
        for vote in IdeaVote.objects.filter(session=session, idea__in=ideas)
    }
    form = SessionVotesForm(
        request.POST if request.method == "POST" else None,
        session=session,
        ideas=ideas,
        saved=saved,
    )
    if request.method == "POST" and form.is_valid():
        try:
            session_votes_save(session=session, counts=form.counts(), by=request.user)
        except IdeaRefused as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("The session's votes are saved."))
            return redirect("ideas:organisation", pk=organisation.pk)
    return render(
        request,
        "ideas/session_votes.html",
        {"organisation": organisation, "session": session, "form": form},
    )
