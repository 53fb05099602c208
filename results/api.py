"""A read-only JSON API of public results (docs/api.md, ADR 023).

Only consultations that have closed, and whose results a commissioner published, are here. A
consultation's document is exactly its latest public snapshot (``snapshot_take``): frozen when it
was published, so later answers change nothing until the next publish, and made under the PUBLIC
disclosure profile, so counts under 10 are hidden and nobody's own words are in it. Live figures
and the staff profile never reach this module.

Nobody signs in, and nothing here reads the session, so any cache may keep the answers for a few
minutes and any web page may read them (``Access-Control-Allow-Origin: *``).
"""

from __future__ import annotations

import hashlib

from django.db.models import Max, Q
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date, quote_etag
from django.views.decorators.http import require_safe

from consultations.models import ConsultationPage
from results.disclosure import PUBLIC

from .models import ResultSnapshot

CACHE_SECONDS = 300


def published_consultations():
    """Live, public consultations that have closed and have published public results."""
    return (
        ConsultationPage.objects.live()
        .public()
        .filter(closes_on__lt=timezone.localdate())
        .annotate(
            published_at=Max(
                "result_snapshots__taken_at",
                filter=Q(result_snapshots__profile=PUBLIC.key),
            )
        )
        .filter(published_at__isnull=False)
    )


def _answer(request: HttpRequest, data, *, last_modified=None) -> HttpResponse:
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False})
    response["Access-Control-Allow-Origin"] = "*"
    patch_cache_control(response, public=True, max_age=CACHE_SECONDS)
    etag = quote_etag(hashlib.sha256(response.content).hexdigest()[:32])
    response["ETag"] = etag
    stamp = None
    if last_modified is not None:
        stamp = int(last_modified.timestamp())
        response["Last-Modified"] = http_date(stamp)
    # A client that sends the ETag or date back gets "304 Not Modified" and no body.
    return get_conditional_response(request, etag=etag, last_modified=stamp, response=response)


def _missing() -> HttpResponse:
    """A 404 in JSON, the same for an unknown number and for results not published."""
    response = JsonResponse({"detail": "There are no published results with this id."}, status=404)
    response["Access-Control-Allow-Origin"] = "*"
    return response


@require_safe
def results_list(request: HttpRequest) -> HttpResponse:
    consultations = published_consultations().order_by("-closes_on", "title")
    results = [
        {
            "id": consultation.pk,
            "title": consultation.title,
            "closes_on": consultation.closes_on.isoformat(),
            "published_at": consultation.published_at.isoformat(timespec="seconds"),
            "url": request.build_absolute_uri(
                reverse("results:api_detail", args=[consultation.pk])
            ),
            "page": request.build_absolute_uri(reverse("results:public", args=[consultation.pk])),
        }
        for consultation in consultations
    ]
    latest = max((c.published_at for c in consultations), default=None)
    return _answer(request, {"results": results}, last_modified=latest)


@require_safe
def results_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """The latest public snapshot's document, exactly as it was frozen."""
    if not published_consultations().filter(pk=pk).exists():
        return _missing()
    snapshot = (
        ResultSnapshot.objects.filter(consultation_id=pk, profile=PUBLIC.key)
        .order_by("-taken_at", "-pk")
        .first()
    )
    if snapshot is None:  # deleted between the two queries
        return _missing()
    return _answer(request, snapshot.payload, last_modified=snapshot.taken_at)
