"""Health checks for load balancers and orchestrators.

`/healthz` says the app server is up: it touches no database, session or cookie, so it stays cheap
and answers even while the database is down. `/readyz` says this server can serve pages now, so it
also asks the database.
"""

import logging

from django.db import DatabaseError, connection
from django.http import HttpRequest, HttpResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)


def _plain(text: str, status: int = 200) -> HttpResponse:
    return HttpResponse(text, content_type="text/plain; charset=utf-8", status=status)


@never_cache
@require_safe
def healthz(request: HttpRequest) -> HttpResponse:
    return _plain("ok")


@never_cache
@require_safe
def readyz(request: HttpRequest) -> HttpResponse:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        logger.exception("Readiness check: the database did not answer.")
        return _plain("database unavailable", status=503)
    return _plain("ok")
