"""Group sessions: a member records a session and the group's answers, question by question.

Members change their own organisation's sessions. The commissioning body running the consultation
may read a session and its tallies; anyone else gets a 404 (ADR 008, ADR 016).
"""

import secrets

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from consultations.models import ConsultationPage
from questions.registry import question_type

from .forms_sessions import ConsultationChoiceForm, SessionForm
from .models import Format, GroupSession
from .sessions import (
    SessionsClosed,
    TokenUsed,
    area_name,
    session_change,
    session_question,
    session_questions,
    session_record,
    sessions_open,
    tally_save,
)
from .views import _own_organisation


def _open_consultations():
    return (
        ConsultationPage.objects.live()
        .open_on(timezone.localdate())
        .order_by("closes_on", "title")
        .select_related("commissioner")
    )


def _own_session(request: HttpRequest, pk: int, session_pk: int) -> GroupSession:
    """A session of one of the person's own organisations, to change it."""
    organisation = _own_organisation(request, pk)
    return get_object_or_404(
        GroupSession.objects.select_related("consultation", "organisation"),
        organisation=organisation,
        pk=session_pk,
    )


def _closed(request: HttpRequest, session_or_consultation, organisation) -> HttpResponse:
    consultation = getattr(session_or_consultation, "consultation", session_or_consultation)
    return render(
        request,
        "organisations/sessions/closed.html",
        {"organisation": organisation, "consultation": consultation},
        status=409,
    )


def _not_verified(request: HttpRequest, organisation) -> HttpResponse:
    messages.info(request, _("Your organisation can record sessions once it has been verified."))
    return redirect("organisations:detail", pk=organisation.pk)


def _keeps_tallies(session: GroupSession, form: SessionForm) -> bool:
    """Changed details must still fit the answers saved: their area, and how many answered."""
    area_key = form.cleaned_data["area_key"]
    if area_key and session.tallies.exclude(area_key=area_key).exists():
        form.add_error(
            "area_key",
            _(
                "The group's answers include questions from other areas. Choose the whole "
                "consultation, or record another session for this area."
            ),
        )
    answered = max((tally.value["people"] for tally in session.tallies.all()), default=0)
    if answered > form.cleaned_data["people_count"]:
        form.add_error(
            "people_count",
            _("%(answered)d people answered a question at this session. Type %(answered)d or more.")
            % {"answered": answered},
        )
    return not form.errors


def _within_session(session: GroupSession, form) -> bool:
    """A question cannot be answered by more people than were at the session."""
    if form.people() <= session.people_count:
        return True
    form.add_error(
        "people",
        _("This is more than the %(people)d people at the session.")
        % {"people": session.people_count},
    )
    return False


@login_required
def session_list(request: HttpRequest, pk: int) -> HttpResponse:
    organisation = _own_organisation(request, pk)
    sessions = organisation.group_sessions.select_related("consultation", "created_by")
    return render(
        request,
        "organisations/sessions/list.html",
        {"organisation": organisation, "sessions": sessions},
    )


@login_required
def session_start(request: HttpRequest, pk: int) -> HttpResponse:
    """Which consultation: skipped when only one is open."""
    organisation = _own_organisation(request, pk)
    if not organisation.verified:
        return _not_verified(request, organisation)
    consultations = _open_consultations()
    if request.method != "POST" and consultations.count() == 1:
        return redirect("organisations:session_add", pk=pk, consultation_pk=consultations.get().pk)
    form = ConsultationChoiceForm(request.POST or None, consultations=consultations)
    if request.method == "POST" and form.is_valid():
        consultation = form.cleaned_data["consultation"]
        return redirect("organisations:session_add", pk=pk, consultation_pk=consultation.pk)
    return render(
        request,
        "organisations/sessions/start.html",
        {"organisation": organisation, "form": form, "consultations": consultations},
    )


@login_required
def session_add(request: HttpRequest, pk: int, consultation_pk: int) -> HttpResponse:
    organisation = _own_organisation(request, pk)
    if not organisation.verified:
        return _not_verified(request, organisation)
    consultation = get_object_or_404(ConsultationPage.objects.live(), pk=consultation_pk)
    if not sessions_open(consultation):
        return _closed(request, consultation, organisation)
    form = SessionForm(request.POST or None, consultation=consultation)
    if request.method == "POST" and form.is_valid():
        try:
            session, made = session_record(
                organisation=organisation,
                consultation=consultation,
                details=form.details(),
                members=form.members(),
                submit_token=form.cleaned_data["submit_token"],
                user=request.user,
            )
        except SessionsClosed:
            return _closed(request, consultation, organisation)
        except TokenUsed:
            data = form.data.copy()
            data["submit_token"] = secrets.token_urlsafe(32)
            form = SessionForm(data, consultation=consultation)
            form.is_valid()
            form.add_error(None, _("Something went wrong saving the session. Save it again."))
            return render(
                request,
                "organisations/sessions/form.html",
                {"organisation": organisation, "consultation": consultation, "form": form},
            )
        if made:
            messages.success(request, _("Session recorded. Now add the group's answers."))
        return redirect("organisations:session_detail", pk=pk, session_pk=session.pk)
    return render(
        request,
        "organisations/sessions/form.html",
        {"organisation": organisation, "consultation": consultation, "form": form},
    )


@login_required
def session_detail(request: HttpRequest, pk: int, session_pk: int) -> HttpResponse:
    session = get_object_or_404(
        GroupSession.objects.visible_to(request.user).select_related(
            "consultation", "organisation", "created_by", "updated_by"
        ),
        organisation_id=pk,
        pk=session_pk,
    )
    mine = (
        request.user.is_superuser
        or session.organisation.memberships.filter(user=request.user).exists()
    )
    return render(
        request,
        "organisations/sessions/detail.html",
        {
            "organisation": session.organisation,
            "session": session,
            "area_name": area_name(session.area_key),
            "members": session.members.select_related("group"),
            "formats": [Format(key).label for key in session.formats_used if key in Format.values],
            "questions": session_questions(session),
            "can_change": mine and sessions_open(session.consultation),
            "mine": mine,
        },
    )


@login_required
def session_edit(request: HttpRequest, pk: int, session_pk: int) -> HttpResponse:
    session = _own_session(request, pk, session_pk)
    if not sessions_open(session.consultation):
        return _closed(request, session, session.organisation)
    form = SessionForm(
        request.POST or None,
        consultation=session.consultation,
        initial=SessionForm.initial_from(session),
    )
    if request.method == "POST" and form.is_valid() and _keeps_tallies(session, form):
        try:
            session_change(
                session=session, details=form.details(), members=form.members(), user=request.user
            )
        except SessionsClosed:
            return _closed(request, session, session.organisation)
        messages.success(request, _("Session details saved."))
        return redirect("organisations:session_detail", pk=pk, session_pk=session.pk)
    return render(
        request,
        "organisations/sessions/form.html",
        {
            "organisation": session.organisation,
            "consultation": session.consultation,
            "form": form,
            "session": session,
        },
    )


@login_required
def tally_edit(request: HttpRequest, pk: int, session_pk: int, question_id: str) -> HttpResponse:
    """One question's group answers, through its question type's tally form."""
    session = _own_session(request, pk, session_pk)
    question = session_question(session, question_id)
    if question is None:
        raise Http404
    if not sessions_open(session.consultation):
        return _closed(request, session, session.organisation)
    kind = question_type(question.type)
    saved = session.tallies.filter(question_id=question.id).first()
    if request.method == "POST":
        form = kind.tally_form(question, request.POST)
        if form.is_valid() and _within_session(session, form):
            try:
                tally_save(
                    session=session,
                    question=question,
                    value=kind.tally_value(form),
                    user=request.user,
                )
            except SessionsClosed:
                return _closed(request, session, session.organisation)
            messages.success(request, _("The group's answers are saved."))
            return redirect("organisations:session_detail", pk=pk, session_pk=session.pk)
    else:
        form = kind.tally_form(question, value=saved.value if saved else None)
    return render(
        request,
        "organisations/sessions/tally.html",
        {
            "organisation": session.organisation,
            "session": session,
            "question": question,
            "form": form,
            "saved": saved,
        },
    )
