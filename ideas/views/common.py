"""Who may reach which organisation's idea pages. Anything else is a 404 (ADR 008)."""

from django.http import HttpRequest
from django.shortcuts import get_object_or_404

from organisations.models import Organisation


def community_group(request: HttpRequest, pk: int) -> Organisation:
    """One of the person's own community groups (administrators: any)."""
    organisations = Organisation.objects.all()
    if not request.user.is_superuser:
        organisations = Organisation.objects.member_of(request.user)
    return get_object_or_404(organisations.vcse().distinct(), pk=pk)


def commissioning_body(request: HttpRequest, pk: int) -> Organisation:
    """The person's own commissioning body (administrators: any), whose ideas they moderate."""
    organisations = Organisation.objects.all()
    if not request.user.is_superuser:
        organisations = Organisation.objects.member_of(request.user)
    return get_object_or_404(organisations.commissioners().distinct(), pk=pk)
