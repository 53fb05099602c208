"""Limit how often one client can guess resume codes.

Counters are in Django's cache, which is the database here, so every app server sees the same
count (nothing is kept in process memory). Only wrong guesses count: someone who types their code
right first time is never slowed down. Once the limit is reached even a right code waits, or the
limit would tell a guesser when they had found one.
"""

import datetime
import hashlib
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest

GUESS_LIMIT = 10
GUESS_WINDOW_SECONDS = 15 * 60


@dataclass(frozen=True)
class GuessLimit:
    failures: int
    window_ends: float

    @property
    def reached(self) -> bool:
        return self.failures >= GUESS_LIMIT

    def try_again_at(self) -> datetime.datetime:
        return datetime.datetime.fromtimestamp(self.window_ends, tz=datetime.UTC)


def client_key(request: HttpRequest) -> str:
    """Who is guessing: the client's IP address, hashed so the cache holds no addresses.

    Behind a proxy, set ALLAUTH_TRUSTED_PROXY_COUNT as for staff sign-in rate limits, and the
    address the proxy saw is used instead of the proxy's own.
    """
    address = request.META.get("REMOTE_ADDR", "")
    proxies = getattr(settings, "ALLAUTH_TRUSTED_PROXY_COUNT", 0)
    forwarded = [part.strip() for part in request.headers.get("x-forwarded-for", "").split(",")]
    if proxies and len(forwarded) >= proxies:
        address = forwarded[-proxies]
    return hashlib.sha256(f"{settings.SECRET_KEY}:{address}".encode()).hexdigest()[:32]


def _cache_key(client: str) -> str:
    return f"responses:code-guesses:{client}"


def guess_limit(client: str, *, now: float | None = None) -> GuessLimit:
    now = time.time() if now is None else now
    stored = cache.get(_cache_key(client))
    if not stored or stored["window_ends"] <= now:
        return GuessLimit(0, now + GUESS_WINDOW_SECONDS)
    return GuessLimit(stored["failures"], stored["window_ends"])


def guess_failed(client: str, *, now: float | None = None) -> GuessLimit:
    now = time.time() if now is None else now
    current = guess_limit(client, now=now)
    updated = GuessLimit(current.failures + 1, current.window_ends)
    cache.set(
        _cache_key(client),
        {"failures": updated.failures, "window_ends": updated.window_ends},
        timeout=max(1, int(updated.window_ends - now) + 1),
    )
    return updated
