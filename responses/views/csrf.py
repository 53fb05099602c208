"""Django's CSRF_FAILURE_VIEW: the easy-read page for a lost or forged security token.

Django's own middleware has already refused the request, so nothing was changed.
"""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import Resolver404, resolve, reverse


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    return render(
        request, "responses/csrf_failure.html", {"start_url": _start_url(request)}, status=403
    )


def _start_url(request: HttpRequest) -> str:
    """The start of the consultation they were answering, or the home page."""
    try:
        consultation_pk = resolve(request.path_info).kwargs.get("consultation_pk")
    except Resolver404:
        consultation_pk = None
    return reverse("responses:start", args=[consultation_pk]) if consultation_pk else "/"
