"""Screens for VCSE organisations and the commissioners who verify them (ADR 014).

Every object is found through a scoped queryset, so another organisation's record is a 404.
Members reach these pages only with two-factor sign-in set up (accounts/middleware.py).
"""

from allauth.account.internal.flows.login import record_authentication
from django.contrib import messages
from django.contrib.auth import get_user_model, login
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from consultations.models import ConsultationPage

from .forms import AcceptInvitationForm, InvitationForm, PledgeForm
from .models import Invitation, Organisation, Pledge
from .services import (
    InvitationUnusable,
    invitation_accept,
    invitation_send,
    pledge_make,
    pledge_withdraw,
)

AUTH_BACKEND = "django.contrib.auth.backends.ModelBackend"


def _own_organisation(request: HttpRequest, pk: int) -> Organisation:
    """One of the person's own community groups, or a 404 (administrators see every one).

    Commissioning bodies have no page here: they work in the admin.
    """
    organisations = Organisation.objects.member_of(request.user)
    if request.user.is_superuser:
        organisations = Organisation.objects.all()
    return get_object_or_404(organisations.vcse().distinct(), pk=pk)


@login_required
def home(request: HttpRequest) -> HttpResponse:
    mine = list(Organisation.objects.member_of(request.user).vcse())
    managed = Organisation.objects.managed_by(request.user).select_related("verified_by")
    # A member of one group goes straight to its page: the place to start their work.
    if len(mine) == 1 and not managed.exists():
        return redirect("organisations:detail", pk=mine[0].pk)
    bodies = Organisation.objects.member_of(request.user).commissioners()  # for the ideas link
    return render(
        request,
        "organisations/home.html",
        {"mine": mine, "managed": managed, "bodies": bodies},
    )


@login_required
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    organisation = _own_organisation(request, pk)
    pledges = (
        organisation.pledges.active()
        .select_related("group__consultation", "made_by")
        .order_by("group__consultation__title", "group__sort_order")
    )
    consultations = (
        ConsultationPage.objects.live().open_on(timezone.localdate()).order_by("closes_on")
    )
    return render(
        request,
        "organisations/detail.html",
        {
            "organisation": organisation,
            "pledges": pledges,
            "consultations": consultations.select_related("commissioner"),
            "members": organisation.memberships.select_related("user").order_by("user__email"),
            "can_invite": organisation.can_invite(request.user),
        },
    )


@login_required
@require_POST
def verify(request: HttpRequest, pk: int) -> HttpResponse:
    organisation = get_object_or_404(Organisation.objects.managed_by(request.user), pk=pk)
    if organisation.verify(by=request.user):
        messages.success(request, _("%(name)s is now verified.") % {"name": organisation.name})
    else:
        messages.info(request, _("%(name)s was already verified.") % {"name": organisation.name})
    return redirect("organisations:home")


def _has_no_account(form: InvitationForm) -> bool:
    """An invitation makes a new account, so it cannot be used by someone who has one."""
    if not get_user_model().objects.filter(email__iexact=form.cleaned_data["email"]).exists():
        return True
    form.add_error(
        "email",
        _("This person already has an account. Ask an administrator to add them to the group."),
    )
    return False


@login_required
def invite(request: HttpRequest, pk: int) -> HttpResponse:
    organisation = get_object_or_404(Organisation.objects.vcse(), pk=pk)
    if not organisation.can_invite(request.user):
        raise Http404
    form = InvitationForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and _has_no_account(form):
        invitation, sent = invitation_send(
            request=request,
            organisation=organisation,
            email=form.cleaned_data["email"],
            role=form.cleaned_data["role"],
        )
        if sent:
            message = _("We have sent an invitation to %(email)s.")
        else:
            message = _("%(email)s already has an invitation that has not been used yet.")
        messages.success(request, message % {"email": invitation.email})
        return redirect("organisations:invite", pk=organisation.pk)
    pending = organisation.invitations.pending().select_related("invited_by")
    return render(
        request,
        "organisations/invite.html",
        {"organisation": organisation, "form": form, "pending": pending},
    )


def invitation_accept_view(request: HttpRequest, token: str) -> HttpResponse:
    invitation = get_object_or_404(Invitation.objects.select_related("organisation"), token=token)
    if not invitation.is_usable():
        return render(
            request,
            "organisations/invitation_unusable.html",
            {"invitation": invitation},
            status=410,
        )
    form = AcceptInvitationForm(request.POST or None, email=invitation.email)
    if request.method == "POST" and form.is_valid():
        try:
            user = invitation_accept(token=token, password=form.cleaned_data["password1"])
        except InvitationUnusable:
            return render(
                request,
                "organisations/invitation_unusable.html",
                {"invitation": invitation},
                status=410,
            )
        login(request, user, backend=AUTH_BACKEND)
        # The password was typed this minute: record it as allauth's reauthentication does, so
        # setting up the authenticator app does not ask for it again straight away. (allauth's
        # internal API; versions are pinned, ADR 010, and the browser test covers the step.)
        record_authentication(request, user, "password", email=user.email, reauthenticated=True)
        messages.success(
            request,
            _("Your account is ready. Now set up two-factor sign-in with an authenticator app."),
        )
        return redirect("organisations:home")
    return render(
        request, "organisations/invitation_accept.html", {"invitation": invitation, "form": form}
    )


@login_required
def pledge_add(request: HttpRequest, pk: int) -> HttpResponse:
    organisation = _own_organisation(request, pk)
    if not organisation.verified:
        messages.info(request, _("Your organisation can pledge once it has been verified."))
        return redirect("organisations:detail", pk=organisation.pk)
    form = PledgeForm(request.POST or None, organisation=organisation)
    if request.method == "POST" and form.is_valid():
        pledge, made = pledge_make(
            organisation=organisation,
            group=form.cleaned_data["group"],
            people_count=form.cleaned_data["people_count"],
            user=request.user,
        )
        if made:
            messages.success(
                request, _("You pledged to reach %(group)s.") % {"group": pledge.group}
            )
        else:
            messages.info(
                request, _("You had already pledged to reach %(group)s.") % {"group": pledge.group}
            )
        return redirect("organisations:detail", pk=organisation.pk)
    return render(
        request, "organisations/pledge_form.html", {"organisation": organisation, "form": form}
    )


@login_required
def pledge_withdraw_view(request: HttpRequest, pk: int, pledge_pk: int) -> HttpResponse:
    organisation = _own_organisation(request, pk)
    pledge = get_object_or_404(
        Pledge.objects.select_related("group__consultation"),
        organisation=organisation,
        pk=pledge_pk,
    )
    if request.method == "POST":
        if pledge_withdraw(pledge=pledge, user=request.user):
            messages.success(
                request, _("You withdrew your pledge to reach %(group)s.") % {"group": pledge.group}
            )
        else:
            messages.info(request, _("That pledge was already withdrawn."))
        return redirect("organisations:detail", pk=organisation.pk)
    if pledge.withdrawn_at:
        messages.info(request, _("That pledge was already withdrawn."))
        return redirect("organisations:detail", pk=organisation.pk)
    return render(
        request,
        "organisations/pledge_withdraw.html",
        {"organisation": organisation, "pledge": pledge},
    )
