"""How long it takes to tell 10,000 people: notices made, emails rendered and sent, letters drawn.

Run with ``python bench/telling.py`` (``make bench``). For SQLite, and PostgreSQL when there is one,
it builds a scratch database with the Riverside demo and a published decision, adds
BENCH_TELLING_PEOPLE sent responses that asked to hear back (default 10,000: 70% email, 20% letter,
7% through one of 20 groups, 3% text message) with their contact details, then times in-process:

- ``telling_start``: the round, a notice per person, the group packs, and every email rendered
  (easy-read text and HTML) and sent through Django's in-memory email backend, with the
  django-tasks queue run at once (batches of 200, as the worker takes them);
- the letters PDF for everyone who chose post (fpdf2, one page each).

There is no target in the issue; the figures are reported so a change that slows telling shows.
PostgreSQL: BENCH_DATABASE_URL, or a throwaway server as in bench/answering.py.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.servers import measure_on_each_database  # noqa: E402

PYTHON = sys.executable
PEOPLE = int(os.environ.get("BENCH_TELLING_PEOPLE", "10000"))
BATCH = 2000
IMMEDIATE = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
LOCMEM = "django.core.mail.backends.locmem.EmailBackend"


def route_of(number: int) -> str:
    share = number % 100
    if share < 70:
        return "email"
    if share < 90:
        return "post"
    if share < 97:
        return "organisation"
    return "text"


def generate(consultation, count: int) -> None:
    """Sent responses that asked to hear back, with contact details, in bulk."""
    from django.utils import timezone

    from responses.models import Channel, ContactDetails, Response

    now = timezone.now()
    made = 0
    while made < count:
        numbers = range(made, min(count, made + BATCH))
        batch = [
            Response(
                consultation=consultation,
                status=Response.Status.SENT,
                channel=Channel.ONLINE_SELF,
                resume_code_hash=f"bench-telling-{number}",
                consent_given_at=now,
                sent_at=now,
                hear_back=route_of(number),
            )
            for number in numbers
        ]
        Response.objects.bulk_create(batch)
        saved = Response.objects.filter(
            resume_code_hash__in=[r.resume_code_hash for r in batch]
        ).values_list("pk", "resume_code_hash")
        ContactDetails.objects.bulk_create(
            ContactDetails(
                response_id=pk,
                name=f"Person {code[14:]}",
                email=f"person{code[14:]}@example.org",
                phone="07700 900000",
                postal_address=f"{code[14:]} High Street\nRiverside\nRV1 2AB",
                organisation=f"Community group {int(code[14:]) // 100 % 20}",
            )
            for pk, code in saved
        )
        made += len(batch)


def measure() -> None:
    """Runs in a subprocess with Django set up for one scratch database; prints JSON."""
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0, interactive=False)
    from django.core import mail
    from django.db import connection
    from django.test.utils import override_settings

    from consultations.demo_content import demo_content_load
    from telling.letters import letters_pdf
    from telling.models import Notice, State
    from telling.services import telling_start

    consultation = demo_content_load()
    from telling.tests.builders import ready_to_tell

    ready_to_tell(consultation, submit_token="bench-telling")
    started = time.perf_counter()
    generate(consultation, PEOPLE)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    found = {"generated_seconds": time.perf_counter() - started}

    mail.outbox = []
    with override_settings(TASKS=IMMEDIATE, EMAIL_BACKEND=LOCMEM):
        began = time.perf_counter()
        round, _ = telling_start(consultation, user=None)
        found["start_seconds"] = time.perf_counter() - began
    found["notices"] = Notice.objects.filter(round=round).count()
    found["emails"] = len(mail.outbox)
    found["emails_sent"] = Notice.objects.filter(round=round, state=State.SENT).count()
    found["packs"] = round.packs.count()

    began = time.perf_counter()
    pdf, letters = letters_pdf(round)
    found["letters_seconds"] = time.perf_counter() - began
    found["letters"] = letters
    found["pdf_megabytes"] = len(pdf) / 1e6
    print(json.dumps(found))


def main() -> None:
    rows = measure_on_each_database(__file__)
    print()
    print(f"Telling {PEOPLE:,} people who asked to hear back")
    header = f"{'database':<11} {'step':<44} {'seconds':>8} {'count':>7}"
    print(header)
    print("-" * len(header))
    for label, found in rows:
        start = "start: notices made, emails rendered and sent"
        print(f"{label:<11} {start:<44} {found['start_seconds']:>8.2f} {found['emails']:>7}")
        letters = f"letters PDF ({found['pdf_megabytes']:.1f} MB)"
        print(f"{label:<11} {letters:<44} {found['letters_seconds']:>8.2f} {found['letters']:>7}")
        per_email = 1000 * found["start_seconds"] / max(1, found["emails"])
        print(
            f"{label:<11} ({found['notices']:,} notices, {found['packs']} group packs, "
            f"{per_email:.1f} ms per email; generating took {found['generated_seconds']:.0f} s)"
        )
        if found["emails_sent"] != found["emails"]:
            print(f"  problem: {found['emails']} emails but {found['emails_sent']} marked sent")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    if parser.parse_args().measure:
        measure()
    else:
        main()
