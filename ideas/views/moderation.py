"""Commissioners check ideas before anyone else sees them: publish, ask to reword, merge, or not
take forward. Each step is a POST from a form that asks for its reasons, and each is recorded."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Case, IntegerField, Value, When
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from ..forms import CommissionerWordsForm, ModerateForm
from ..models import Idea, Status
from ..services import ACTIONS, SETTLED, IdeaRefused, idea_moderate, idea_words_edit
from .common import commissioning_body

ACTION_NAMES = {
    "publish": gettext_lazy("Publish"),
    "reword": gettext_lazy("Ask to reword"),
    "merge": gettext_lazy("Merge into another idea"),
    "not_taken_forward": gettext_lazy("Not taken forward"),
}


def _ideas(request: HttpRequest, body):
    return Idea.objects.visible_to(request.user).filter(consultation__commissioner=body)


@login_required
def queue(request: HttpRequest, pk: int) -> HttpResponse:
    body = commissioning_body(request, pk)
    ideas = (
        _ideas(request, body)
        .select_related("consultation", "organisation", "merged_into")
        .with_votes()
        # Waiting ideas first: they are the work to do.
        .annotate(
            waiting_first=Case(
                When(status=Status.WAITING, then=Value(0)),
                default=Value(1),
                output_field=IntegerField(),
            )
        )
        .order_by("waiting_first", "created_at", "pk")
    )
    return render(request, "ideas/queue.html", {"body": body, "ideas": ideas})


@login_required
def moderate_idea(request: HttpRequest, pk: int, idea_pk: int) -> HttpResponse:
    body = commissioning_body(request, pk)
    idea = get_object_or_404(
        _ideas(request, body)
        .select_related("consultation", "organisation", "session", "merged_into", "picture")
        .with_votes(),
        pk=idea_pk,
    )
    return render(
        request,
        "ideas/moderate_idea.html",
        {
            "body": body,
            "idea": idea,
            "changes": idea.changes.select_related("by"),
            # The steps that would change something: not "publish" for a published idea.
            "actions": []
            if idea.status in SETTLED
            else [(key, name) for key, name in ACTION_NAMES.items() if ACTIONS[key] != idea.status],
        },
    )


@login_required
def moderate_words(request: HttpRequest, pk: int, idea_pk: int) -> HttpResponse:
    body = commissioning_body(request, pk)
    idea = get_object_or_404(_ideas(request, body).select_related("picture"), pk=idea_pk)
    if idea.status in SETTLED:
        raise Http404
    form = CommissionerWordsForm(
        request.POST if request.method == "POST" else None,
        initial=CommissionerWordsForm.initial_for(idea),
    )
    if request.method == "POST" and form.is_valid():
        change = idea_words_edit(
            idea=idea, by=request.user, reason=form.cleaned_data["reason"], **form.words()
        )
        if change is None:
            messages.info(request, _("Nothing changed."))
        else:
            messages.success(request, _("The words are saved."))
        return redirect("ideas:moderate_idea", pk=body.pk, idea_pk=idea.pk)
    return render(request, "ideas/moderate_words.html", {"body": body, "idea": idea, "form": form})


@login_required
def moderate_action(request: HttpRequest, pk: int, idea_pk: int, action: str) -> HttpResponse:
    if action not in ACTIONS:
        raise Http404
    body = commissioning_body(request, pk)
    idea = get_object_or_404(_ideas(request, body).select_related("consultation"), pk=idea_pk)
    form = ModerateForm(
        request.POST if request.method == "POST" else None, action=action, idea=idea
    )
    if request.method == "POST" and form.is_valid():
        try:
            change = idea_moderate(
                idea=idea,
                action=action,
                by=request.user,
                reason=form.cleaned_data.get("reason", ""),
                easy_reason=form.cleaned_data.get("easy_reason", ""),
                merge_into=form.cleaned_data.get("merge_into"),
            )
        except IdeaRefused as error:
            form.add_error(None, str(error))
        else:
            if change is None:
                messages.info(request, _("Nothing changed: that was already done."))
            else:
                messages.success(
                    request,
                    _("%(title)s: %(status)s.")
                    % {"title": idea.title, "status": change.get_to_status_display()},
                )
            return redirect("ideas:moderate_idea", pk=body.pk, idea_pk=idea.pk)
    return render(
        request,
        "ideas/moderate_action.html",
        {
            "body": body,
            "idea": idea,
            "form": form,
            "action": action,
            "action_name": ACTION_NAMES[action],
        },
    )
