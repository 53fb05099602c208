"""The product's URLs plus a trivial view, for `make bench` only: never in config/urls.py."""

from django.http import HttpRequest, HttpResponse
from django.urls import include, path


def trivial(request: HttpRequest) -> HttpResponse:
    """The cheapest Django response through the same middleware: the benchmark's yardstick."""
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [
    path("bench/trivial/", trivial),
    path("", include("config.urls")),
]
