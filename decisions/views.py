"""A commissioning body's decision screens, under /organisations/<body>/decisions/ (ADR 022).

Only members of the body (and administrators) reach them: the body and each decision are found
through scoped querysets, so another body's decision, or a VCSE member's visit, is a 404. Pages
under /organisations/ need two-factor sign-in (accounts/middleware.py).
"""

from itertools import groupby

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from consultations.models import ConsultationPage
from organisations.choose_body import commissioning_body_choose
from organisations.models import Organisation

from . import services
from .forms import DecisionForm, EvidenceForm, LedgerLineForm, ProgressUpdateForm, new_token
from .models import Decision, YouSaidWeDidPage
from .presenters import easy_read_findings, line_words, preview_rows
from .promise import promise_for


def _own_body(request: HttpRequest, pk: int) -> Organisation:
    return get_object_or_404(Organisation.objects.commissioning_for(request.user), pk=pk)


def _consultations(request: HttpRequest, body: Organisation):
    return ConsultationPage.objects.visible_to(request.user).filter(commissioner=body)


def _decision(request: HttpRequest, body: Organisation, decision_pk: int) -> Decision:
    decisions = Decision.objects.visible_to(request.user).filter(consultation__commissioner=body)
    return get_object_or_404(decisions.select_related("consultation"), pk=decision_pk)


def _published_refused(request: HttpRequest, body, decision) -> HttpResponse:
    messages.info(
        request,
        _("This decision is published, so it cannot be changed. Record a change instead."),
    )
    return redirect("decisions:detail", pk=body.pk, decision_pk=decision.pk)


@login_required
def mine(request: HttpRequest) -> HttpResponse:
    """Where the admin's "Decisions" menu item goes: the person's commissioning body's list."""
    return commissioning_body_choose(
        request,
        list_url="decisions:list",
        title=_("Decisions"),
        not_a_member=_(
            "Only members of a commissioning body record decisions. You are not a member of one."
        ),
    )


@login_required
def decision_list(request: HttpRequest, pk: int) -> HttpResponse:
    body = _own_body(request, pk)
    consultations = _consultations(request, body).order_by("-closes_on", "title")
    decisions = (
        Decision.objects.visible_to(request.user)
        .filter(consultation__in=consultations)
        .select_related("supersedes")
        .order_by("consultation", "area_key", "decided_on", "pk")
    )
    by_consultation = {
        key: [(area, list(rows)) for area, rows in groupby(group, key=lambda d: d.area)]
        for key, group in groupby(decisions, key=lambda d: d.consultation_id)
    }
    rows = [
        {
            "consultation": consultation,
            "areas": by_consultation.get(consultation.pk, []),
            "promise": promise_for(consultation),
            # The consultation's "you said, we did" page, written in the page editor (ADR 025).
            "page": YouSaidWeDidPage.objects.child_of(consultation).first(),
        }
        for consultation in consultations
    ]
    return render(request, "decisions/list.html", {"body": body, "rows": rows})


@login_required
def decision_new(request: HttpRequest, pk: int) -> HttpResponse:
    body = _own_body(request, pk)
    consultations = _consultations(request, body)
    initial = {"consultation": request.GET.get("consultation")}
    form = DecisionForm(request.POST or None, consultations=consultations, initial=initial)
    if request.method == "POST" and form.is_valid():
        decision, created = services.decision_record(
            consultation=form.cleaned_data["consultation"],
            user=request.user,
            submit_token=form.cleaned_data["submit_token"] or new_token(),
            **{name: form.cleaned_data[name] for name in services.DECISION_FIELDS},
        )
        if created:
            messages.success(request, _("Decision recorded. Now add its ledger lines."))
        return redirect("decisions:ledger", pk=body.pk, decision_pk=decision.pk)
    return render(request, "decisions/form.html", {"body": body, "form": form, "decision": None})


@login_required
def decision_edit(request: HttpRequest, pk: int, decision_pk: int) -> HttpResponse:
    body = _own_body(request, pk)
    decision = _decision(request, body, decision_pk)
    if decision.is_published:
        return _published_refused(request, body, decision)
    form = DecisionForm(
        request.POST or None, instance=decision, consultations=_consultations(request, body)
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.decision_edit(
                decision=decision,
                user=request.user,
                **{name: form.cleaned_data[name] for name in services.DECISION_FIELDS},
            )
        except services.DecisionPublished:
            return _published_refused(request, body, decision)
        messages.success(request, _("Decision changed."))
        return redirect("decisions:detail", pk=body.pk, decision_pk=decision.pk)
    return render(
        request, "decisions/form.html", {"body": body, "form": form, "decision": decision}
    )


def _page(request, template: str, body, decision, **context) -> HttpResponse:
    lines = [
        (line, line_words(line))
        for line in decision.changes.select_related("from_model", "to_model")
    ]
    return render(
        request,
        template,
        {
            "body": body,
            "decision": decision,
            "lines": lines,
            "evidence": decision.evidence.all(),
            "preview": preview_rows(decision),
            **context,
        },
    )


@login_required
def decision_detail(request: HttpRequest, pk: int, decision_pk: int) -> HttpResponse:
    body = _own_body(request, pk)
    decision = _decision(request, body, decision_pk)
    return _page(
        request,
        "decisions/detail.html",
        body,
        decision,
        findings=easy_read_findings(decision),
        updates=decision.updates.select_related("created_by"),
        revised_by=Decision.objects.filter(supersedes=decision).first(),
    )


@login_required
def ledger(request: HttpRequest, pk: int, decision_pk: int) -> HttpResponse:
    body = _own_body(request, pk)
    decision = _decision(request, body, decision_pk)
    if decision.is_published:
        return _published_refused(request, body, decision)
    form = LedgerLineForm(request.POST or None, decision=decision)
    if request.method == "POST" and form.is_valid():
        try:
            services.ledger_line_add(decision=decision, user=request.user, **form.line_fields())
        except services.DecisionPublished:
            return _published_refused(request, body, decision)
        messages.success(request, _("Ledger line added."))
        return redirect("decisions:ledger", pk=body.pk, decision_pk=decision.pk)
    return _page(request, "decisions/ledger.html", body, decision, form=form)


@login_required
@require_POST
def ledger_remove(request: HttpRequest, pk: int, decision_pk: int, line_pk: int) -> HttpResponse:
    body = _own_body(request, pk)
    decision = _decision(request, body, decision_pk)
    try:
        removed = services.ledger_line_remove(decision=decision, line_pk=line_pk, user=request.user)
    except services.DecisionPublished:
        return _published_refused(request, body, decision)
    messages.success(request, _("Ledger line removed.") if removed else _("That line was gone."))
    return redirect("decisions:ledger", pk=body.pk, decision_pk=decision.pk)


@login_required
def evidence(request: HttpRequest, pk: int, decision_pk: int) -> HttpResponse:
    body = _own_body(request, pk)
    decision = _decision(request, body, decision_pk)
    if decision.is_published:
        return _published_refused(request, body, decision)
    form = EvidenceForm(request.POST or None, decision=decision, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            _evidence, added = services.evidence_add(
                decision=decision, user=request.user, **form.evidence_fields()
            )
        except services.DecisionPublished:
            return _published_refused(request, body, decision)
        messages.success(
            request, _("Evidence added.") if added else _("That evidence was already linked.")
        )
        return redirect("decisions:evidence", pk=body.pk, decision_pk=decision.pk)
    return _page(request, "decisions/evidence.html", body, decision, form=form)


@login_required
@require_POST
def evidence_remove(
    request: HttpRequest, pk: int, decision_pk: int, evidence_pk: int
) -> HttpResponse:
    body = _own_body(request, pk)
    decision = _decision(request, body, decision_pk)
    try:
        removed = services.evidence_remove(
            decision=decision, evidence_pk=evidence_pk, user=request.user
        )
    except services.DecisionPublished:
        return _published_refused(request, body, decision)
    messages.success(request, _("Evidence removed.") if removed else _("That evidence was gone."))
    return redirect("decisions:evidence", pk=body.pk, decision_pk=decision.pk)


@login_required
@require_POST
def publish(request: HttpRequest, pk: int, decision_pk: int) -> HttpResponse:
    body = _own_body(request, pk)
    decision = _decision(request, body, decision_pk)
    try:
        published = services.decision_publish(decision=decision, user=request.user)
    except services.DecisionNotReady:
        messages.error(
            request,
            _("Add at least one piece of evidence of what people asked for before publishing."),
        )
        return redirect("decisions:evidence", pk=body.pk, decision_pk=decision.pk)
    if published:
        messages.success(request, _("Decision published."))
    else:
        messages.info(request, _("This decision was already published."))
    return redirect("decisions:detail", pk=body.pk, decision_pk=decision.pk)


@login_required
@require_POST
def revise(request: HttpRequest, pk: int, decision_pk: int) -> HttpResponse:
    body = _own_body(request, pk)
    decision = _decision(request, body, decision_pk)
    try:
        draft, _created = services.decision_revise(decision=decision, user=request.user)
    except services.DecisionNotPublished:
        return redirect("decisions:edit", pk=body.pk, decision_pk=decision.pk)
    messages.success(
        request,
        _("This is a new draft that will replace the published decision. The old one is kept."),
    )
    return redirect("decisions:edit", pk=body.pk, decision_pk=draft.pk)


@login_required
def updates(request: HttpRequest, pk: int, decision_pk: int) -> HttpResponse:
    body = _own_body(request, pk)
    decision = _decision(request, body, decision_pk)
    if not decision.is_published:
        messages.info(request, _("Publish the decision first. Then you can add progress updates."))
        return redirect("decisions:detail", pk=body.pk, decision_pk=decision.pk)
    form = ProgressUpdateForm(request.POST or None, decision=decision)
    if request.method == "POST" and form.is_valid():
        _update, added = services.progress_update_add(
            decision=decision, user=request.user, **form.cleaned_data
        )
        if added:
            messages.success(request, _("Progress update added."))
        return redirect("decisions:updates", pk=body.pk, decision_pk=decision.pk)
    return _page(
        request,
        "decisions/updates.html",
        body,
        decision,
        form=form,
        updates=decision.updates.select_related("created_by"),
        findings=[checked for checked in easy_read_findings(decision) if checked.is_update],
    )
