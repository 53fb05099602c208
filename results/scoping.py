"""Whose results a signed-in person may read (ADR 008).

Results are made from answers, which are special category data, so they follow the rule of
``Response.objects.visible_to``: members of the commissioning body that runs the consultation, and
superusers. Editors given a consultation write its content but do not read its results; VCSE
members see aggregates for the groups they reached on their own pages, not these screens.
"""

from django.shortcuts import get_object_or_404

from consultations.models import ConsultationPage


def results_consultations(user):
    consultations = ConsultationPage.objects.visible_to(user)
    if user.is_superuser:
        return consultations
    return consultations.filter(commissioner__memberships__user=user).distinct()


def results_consultation(user, pk: int) -> ConsultationPage:
    """The consultation, if the person may read its results; otherwise a 404."""
    return get_object_or_404(results_consultations(user), pk=pk)
