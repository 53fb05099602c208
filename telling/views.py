"""The commissioner's "tell people" screens, under /organisations/<body>/telling/ (ADR 026).

Only members of the body running the consultation (and administrators) reach them: the body is
found with the decisions app's scoping, the consultation among the body's own, and every round,
notice and pack through the consultation, so anything else is a 404.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from consultations.models import ConsultationPage
from decisions.models import Decision, DecisionUpdate
from decisions.pages import you_said_we_did_live
from organisations.choose_body import commissioning_body_choose
from organisations.models import Organisation

from . import services
from .content import message_for
from .forms import SharedOnForm
from .letters import letter_notices, letters_pdf
from .models import ContactDeletion, Notice, OrganisationPack, Route, State, TellingRound

FAILED_SHOWN = 100


def _consultation(request: HttpRequest, pk: int, consultation_pk: int):
    body = _own_body(request, pk)
    consultations = ConsultationPage.objects.visible_to(request.user).filter(commissioner=body)
    return body, get_object_or_404(consultations, pk=consultation_pk)


def _round(request: HttpRequest, consultation, round_pk: int) -> TellingRound:
    rounds = TellingRound.objects.visible_to(request.user).filter(consultation=consultation)
    return get_object_or_404(rounds, pk=round_pk)


def _pack(consultation, pack_pk: int) -> OrganisationPack:
    packs = OrganisationPack.objects.filter(round__consultation=consultation)
    return get_object_or_404(packs.select_related("round", "organisation"), pk=pack_pk)


def _own_body(request: HttpRequest, pk: int) -> Organisation:
    return get_object_or_404(Organisation.objects.commissioning_for(request.user), pk=pk)


def _back(body, consultation):
    return redirect("telling:status", pk=body.pk, consultation_pk=consultation.pk)


@login_required
def mine(request: HttpRequest) -> HttpResponse:
    """Where the admin's "Tell people" menu item goes: the person's commissioning body's list."""
    return commissioning_body_choose(
        request,
        list_url="telling:list",
        title=_("Tell people"),
        not_a_member=_(
            "Only members of a commissioning body tell people what was decided. "
            "You are not a member of one."
        ),
    )


@login_required
def telling_list(request: HttpRequest, pk: int) -> HttpResponse:
    body = _own_body(request, pk)
    consultations = (
        ConsultationPage.objects.visible_to(request.user)
        .filter(commissioner=body)
        .order_by("-closes_on", "title")
    )
    return render(request, "telling/list.html", {"body": body, "consultations": consultations})


def _round_rows(round: TellingRound) -> dict:
    counts = round.counts()
    routes = [
        {"route": route, "label": Route(route).label, **counts[route]} for route in Route.values
    ]
    return {
        "round": round,
        "routes": routes,
        # The first ones only: a dead mail server could fail thousands, and each can be retried.
        "failed": round.notices.filter(route=Route.EMAIL, state=State.FAILED).order_by("pk")[
            :FAILED_SHOWN
        ],
        "failed_shown": FAILED_SHOWN,
        "letters": letter_notices(round).count(),
        "letters_waiting": letter_notices(round).filter(state=State.PENDING).count(),
        "packs": round.packs.select_related("organisation"),
        "downloads": round.downloads.select_related("downloaded_by")[:5],
    }


@login_required
def status(request: HttpRequest, pk: int, consultation_pk: int) -> HttpResponse:
    body, consultation = _consultation(request, pk, consultation_pk)
    rounds = list(
        TellingRound.objects.filter(consultation=consultation).select_related("update__decision")
    )
    sent_updates = {r.update_id for r in rounds if r.update_id}
    updates = (
        DecisionUpdate.objects.filter(
            kind=DecisionUpdate.Kind.PROGRESS,
            decision__in=Decision.objects.current().filter(consultation=consultation),
        )
        .select_related("decision")
        .order_by("-on", "-pk")
    )
    deletion = ContactDeletion.objects.filter(consultation=consultation).first()
    context = {
        "body": body,
        "consultation": consultation,
        "can_start": Decision.objects.current().filter(consultation=consultation).exists(),
        "page_live": you_said_we_did_live(consultation) is not None,
        "decisions_round": next((r for r in rounds if not r.update_id), None),
        "rounds": [_round_rows(r) for r in rounds],
        "updates": [(update, update.pk in sent_updates) for update in updates],
        "deletion": deletion,
        "keep_days": services.keep_contact_days(),
        "delete_by": services.delete_after(consultation),
    }
    return render(request, "telling/status.html", context)


@login_required
@require_POST
def start(request: HttpRequest, pk: int, consultation_pk: int) -> HttpResponse:
    body, consultation = _consultation(request, pk, consultation_pk)
    update = None
    if request.POST.get("update"):
        update = get_object_or_404(
            DecisionUpdate.objects.visible_to(request.user).filter(
                decision__consultation=consultation
            ),
            pk=request.POST["update"],
        )
    try:
        _made, created = services.telling_start(consultation, user=request.user, update=update)
    except services.PageNotLive:
        messages.error(request, _("Publish the “you said, we did” page first. It tells people."))
    except services.NothingToTell:
        messages.error(request, _("Publish a decision first. Then you can tell people."))
    except services.ContactDetailsDeleted:
        messages.error(request, _("Contact details were deleted, so nobody can be told now."))
    else:
        if created:
            messages.success(request, _("Telling people has started. Emails are being sent."))
        else:
            messages.info(request, _("You already started telling people about this."))
    return _back(body, consultation)


@login_required
@require_POST
def retry(request: HttpRequest, pk: int, consultation_pk: int, notice_pk: int) -> HttpResponse:
    body, consultation = _consultation(request, pk, consultation_pk)
    notice = get_object_or_404(
        Notice.objects.filter(round__consultation=consultation), pk=notice_pk
    )
    try:
        tried = services.email_retry(notice=notice, user=request.user)
    except services.ContactDetailsDeleted:
        messages.error(request, _("Contact details were deleted, so this email cannot be sent."))
    else:
        if tried:
            messages.success(request, _("We are trying that email again."))
        else:
            messages.info(request, _("That email is not failed, so there is nothing to try again."))
    return _back(body, consultation)


@login_required
def letters(request: HttpRequest, pk: int, consultation_pk: int, round_pk: int) -> HttpResponse:
    _body, consultation = _consultation(request, pk, consultation_pk)
    round = _round(request, consultation, round_pk)
    pdf, count = letters_pdf(round)
    if not count:
        raise Http404("No letters to print.")
    services.letters_downloaded(round=round, user=request.user, letters=count)
    response = HttpResponse(pdf, content_type="application/pdf")
    filename = f"{consultation.slug}-letters-{round.pk}.pdf"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "no-store"
    return response


@login_required
@require_POST
def posted(request: HttpRequest, pk: int, consultation_pk: int, round_pk: int) -> HttpResponse:
    body, consultation = _consultation(request, pk, consultation_pk)
    round = _round(request, consultation, round_pk)
    marked = services.letters_mark_posted(round=round, user=request.user)
    if marked:
        messages.success(request, _("%(count)s letters marked as posted.") % {"count": marked})
    else:
        messages.info(request, _("There were no letters waiting to be marked as posted."))
    return _back(body, consultation)


@login_required
def pack(request: HttpRequest, pk: int, consultation_pk: int, pack_pk: int) -> HttpResponse:
    body, consultation = _consultation(request, pk, consultation_pk)
    found = _pack(consultation, pack_pk)
    context = {
        "body": body,
        "consultation": consultation,
        "pack": found,
        "message": message_for(found.round),
    }
    return render(request, "telling/pack.html", context)


@login_required
def shared(request: HttpRequest, pk: int, consultation_pk: int, pack_pk: int) -> HttpResponse:
    body, consultation = _consultation(request, pk, consultation_pk)
    found = _pack(consultation, pack_pk)
    initial = {"shared_on": found.shared_on} if found.shared_on else None
    form = SharedOnForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        services.pack_shared(pack=found, on=form.cleaned_data["shared_on"], user=request.user)
        messages.success(
            request, _("Recorded that %(group)s shared the news.") % {"group": found.name}
        )
        return _back(body, consultation)
    context = {"body": body, "consultation": consultation, "pack": found, "form": form}
    return render(request, "telling/shared.html", context)


@login_required
def complete(request: HttpRequest, pk: int, consultation_pk: int) -> HttpResponse:
    body, consultation = _consultation(request, pk, consultation_pk)
    deletion = ContactDeletion.objects.filter(consultation=consultation).first()
    if request.method == "POST" and deletion is None:
        deletion, _created = services.contact_details_delete(
            consultation=consultation,
            reason=ContactDeletion.Reason.TELLING_COMPLETE,
            user=request.user,
        )
        messages.success(
            request,
            _("Telling is complete. We deleted %(count)s people's contact details.")
            % {"count": deletion.count},
        )
        return _back(body, consultation)
    if deletion is not None:
        return _back(body, consultation)
    waiting = Notice.objects.filter(round__consultation=consultation, state=State.PENDING)
    context = {"body": body, "consultation": consultation, "waiting": waiting.count()}
    return render(request, "telling/complete.html", context)
