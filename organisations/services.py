"""Workflows that span models or send mail: invitations and pledges (ADR 014).

Each one is safe to repeat: a second press of a button finds what the first one made.
"""

from allauth.account.adapter import get_adapter
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone

from consultations.models import RespondentGroup

from .models import Invitation, Membership, Organisation, Pledge


class InvitationUnusable(Exception):
    """The invitation has been used, has expired, or the address already has an account."""


def invitation_send(
    *, request: HttpRequest, organisation: Organisation, email: str, role: str
) -> tuple[Invitation, bool]:
    """Invite someone by email. A repeat for an open invitation sends nothing new."""
    email = email.strip().lower()
    existing = Invitation.objects.pending().filter(organisation=organisation, email=email).first()
    if existing:
        return existing, False
    try:
        with transaction.atomic():
            # An expired, unused invitation would block the new one (one open one per address).
            Invitation.objects.filter(
                organisation=organisation, email=email, accepted_at__isnull=True
            ).delete()
            invitation = Invitation.objects.create(
                organisation=organisation, email=email, role=role, invited_by=request.user
            )
    except IntegrityError:
        # Two presses at once: the other one made it, and sent the email.
        return Invitation.objects.pending().get(organisation=organisation, email=email), False
    link = request.build_absolute_uri(
        reverse("organisations:invitation_accept", args=[invitation.token])
    )
    get_adapter(request).send_mail(
        "organisations/email/invitation",
        email,
        {"invitation": invitation, "organisation": organisation, "link": link},
    )
    return invitation, True


def invitation_accept(*, token: str, password: str):
    """Make the account and the membership. Locks the invitation so it is used exactly once."""
    User = get_user_model()
    with transaction.atomic():
        invitation = (
            Invitation.objects.select_for_update().select_related("organisation").get(token=token)
        )
        if not invitation.is_usable():
            raise InvitationUnusable
        if User.objects.filter(username__iexact=invitation.email).exists():
            raise InvitationUnusable
        user = User.objects.create_user(
            username=invitation.email, email=invitation.email, password=password
        )
        # Following the emailed link proves the address, so allauth need not ask again.
        EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
        Membership.objects.create(
            user=user, organisation=invitation.organisation, role=invitation.role
        )
        invitation.accepted_at, invitation.accepted_by = timezone.now(), user
        invitation.save(update_fields=["accepted_at", "accepted_by"])
    return user


def pledge_make(
    *, organisation: Organisation, group: RespondentGroup, people_count: int | None, user
) -> tuple[Pledge, bool]:
    """Pledge to reach a group. False when the organisation has already pledged to it."""
    try:
        with transaction.atomic():
            return Pledge.objects.active().get_or_create(
                organisation=organisation,
                group=group,
                defaults={"people_count": people_count, "made_by": user},
            )
    except IntegrityError:
        # Two presses at once: the other one made it.
        return Pledge.objects.active().get(organisation=organisation, group=group), False


def pledge_withdraw(*, pledge: Pledge, user) -> bool:
    """Withdraw a pledge, keeping the record. False when it was already withdrawn."""
    updated = (
        Pledge.objects.active()
        .filter(pk=pledge.pk)
        .update(withdrawn_at=timezone.now(), withdrawn_by=user)
    )
    return bool(updated)
