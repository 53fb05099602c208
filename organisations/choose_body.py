"""Where a staff menu item ("Decisions", "Tell people") goes: straight to the list of the one
commissioning body the person acts for, or a choice when there are several, or none."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from .models import Organisation


def commissioning_body_choose(
    request: HttpRequest, *, list_url: str, title: str, not_a_member: str
) -> HttpResponse:
    bodies = list(Organisation.objects.commissioning_for(request.user))
    if len(bodies) == 1:
        return redirect(list_url, pk=bodies[0].pk)
    context = {"bodies": bodies, "list_url": list_url, "title": title, "not_a_member": not_a_member}
    return render(request, "organisations/choose_body.html", context)
