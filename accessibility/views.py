from urllib.parse import urlencode

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _

from .display import Display
from .forms import DisplayForm


def _safe_next(request: HttpRequest, candidate: str | None) -> str:
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return ""


def display_settings(request: HttpRequest) -> HttpResponse:
    current = Display.from_request(request)
    next_url = _safe_next(request, request.POST.get("next") or request.GET.get("next"))
    if request.method == "POST":
        form = DisplayForm(request.POST)
        if form.is_valid():
            chosen = Display(**form.cleaned_data)
            messages.success(request, _("Your choices are saved. Pages will look like this now."))
            query = f"?{urlencode({'next': next_url})}" if next_url else ""
            response = redirect(request.path + query)
            chosen.remember(response)
            return response
    else:
        form = DisplayForm(initial={"text_size": current.text_size, "colours": current.colours})
    return render(
        request,
        "accessibility/display_settings.html",
        {"form": form, "next_url": next_url},
    )
