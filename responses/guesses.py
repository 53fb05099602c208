"""Limit how often one client can guess resume codes.

Counters are rows in the database (CodeGuesses), so every app server sees the same count and
nothing is kept in process memory. Each guess is counted *before* it is checked, by one atomic
UPDATE, so thirty guesses sent at the same moment cannot all be checked: only the first
GUESS_LIMIT are. A right code gives its place back, so someone who types their code right is never
slowed down. Once the limit is reached even a right code waits, or the limit would tell a guesser
when they had found one.
"""

import datetime
import hashlib
import time
from dataclasses import dataclass

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.http import HttpRequest

from .models import CodeGuesses

GUESS_LIMIT = 10
GUESS_WINDOW_SECONDS = 15 * 60


@dataclass(frozen=True)
class GuessLimit:
    failures: int
    window_ends: float

    @property
    def reached(self) -> bool:
        return self.failures >= GUESS_LIMIT

    @property
    def passed(self) -> bool:
        """More guesses than the limit: this one must not even be checked."""
        return self.failures > GUESS_LIMIT

    def try_again_at(self) -> datetime.datetime:
        return datetime.datetime.fromtimestamp(self.window_ends, tz=datetime.UTC)


def client_address(request: HttpRequest) -> str:
    """The address of the person's computer, even behind our own proxies.

    Behind TRUSTED_PROXY_COUNT proxies (a load balancer is 1), the address our nearest proxy saw
    is that many places from the end of X-Forwarded-For. Anything further left was sent by the
    client and could be made up, so it is never used. Without the header, the connecting address.
    """
    address = request.META.get("REMOTE_ADDR", "")
    proxies = settings.TRUSTED_PROXY_COUNT
    header = request.headers.get("x-forwarded-for", "")
    forwarded = [part.strip() for part in header.split(",") if part.strip()]
    if proxies and len(forwarded) >= proxies:
        address = forwarded[-proxies]
    return address


def client_key(request: HttpRequest) -> str:
    """Who is guessing: the client's address, hashed so the database holds no addresses."""
    address = client_address(request)
    return hashlib.sha256(f"{settings.SECRET_KEY}:{address}".encode()).hexdigest()[:32]


def guess_limit(client: str, *, now: float | None = None) -> GuessLimit:
    now = time.time() if now is None else now
    row = (
        CodeGuesses.objects.filter(client=client, window_ends__gt=now)
        .values_list("failures", "window_ends")
        .first()
    )
    return GuessLimit(*row) if row else GuessLimit(0, now + GUESS_WINDOW_SECONDS)


def guess_failed(client: str, *, now: float | None = None) -> GuessLimit:
    """Count one guess in a single atomic step, and give the count including it."""
    now = time.time() if now is None else now
    for _attempt in range(3):
        with transaction.atomic():
            live = CodeGuesses.objects.filter(client=client, window_ends__gt=now)
            counted = live.update(failures=F("failures") + 1)
            if not counted:
                # No open window. Restart an expired one; the condition means two requests
                # cannot both restart it (the second finds it open and counts on it instead).
                expired = CodeGuesses.objects.filter(client=client, window_ends__lte=now)
                counted = expired.update(failures=1, window_ends=now + GUESS_WINDOW_SECONDS)
            if not counted:
                guesses_forget_old(now=now)  # rare (a new client), so tidy up here
                try:
                    with transaction.atomic():
                        CodeGuesses.objects.create(
                            client=client, failures=1, window_ends=now + GUESS_WINDOW_SECONDS
                        )
                except IntegrityError:
                    continue  # another request made the row a moment ago: count on that one
            # Read inside the transaction that holds the row's lock: exactly this guess's place.
            failures, window_ends = (
                CodeGuesses.objects.filter(client=client)
                .values_list("failures", "window_ends")
                .get()
            )
            return GuessLimit(failures, window_ends)
    raise RuntimeError("Could not count a resume code guess.")


def guess_refund(client: str) -> None:
    """A right code gives back the place it took: only wrong guesses count."""
    CodeGuesses.objects.filter(client=client, failures__gt=0).update(failures=F("failures") - 1)


def guesses_forget_old(*, now: float | None = None) -> int:
    """Remove counters whose window ended a day ago or more. They hold no addresses, only hashes."""
    now = time.time() if now is None else now
    deleted, _by_model = CodeGuesses.objects.filter(window_ends__lt=now - 24 * 60 * 60).delete()
    return deleted
