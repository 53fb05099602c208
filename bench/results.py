"""How long the results screens and the JSON export take, with many responses, and their queries.

Run with ``python bench/results.py`` (``make bench``). For SQLite, and PostgreSQL when there is one,
it builds a scratch database with the Riverside demo, generates responses over every channel and
group with answers to the choice, feelings, vote and coins questions, then times in-process:

- the overview screen (``/results/<id>/``);
- one coins result (``/results/<id>/coins/?question=<id>``): the fair rule, the mean and the
  bootstrap for everyone, each group and the equal-voice view;
- the JSON export of every question (``export_results`` without writing a file).

Each is timed as the best of a few runs, with the query count. BENCH_RESULTS_RESPONSES sets how
many responses (default 2,000; the target in issue 11 is 100,000, where the overview and a coins
result should take under 2 seconds and the JSON export under 10 seconds on PostgreSQL).
PostgreSQL: BENCH_DATABASE_URL, or a throwaway server as in bench/answering.py.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.servers import measure_on_each_database  # noqa: E402

PYTHON = sys.executable
RESPONSES = int(os.environ.get("BENCH_RESULTS_RESPONSES", "2000"))
REPEATS = int(os.environ.get("BENCH_RESULTS_REPEATS", "3"))
TARGETS = {"overview": 2.0, "coins": 2.0, "export": 10.0}
BATCH = 5000


def generate(consultation, count: int, seed: int = 1) -> None:
    """Sent responses with answers, in bulk: the benchmark is about reading, not writing."""
    from django.utils import timezone

    from responses.models import Answer, Channel, CommunicationNeed, Describes, Response
    from responses.questions import question_load, question_set

    rng = random.Random(seed)
    refs = [
        r
        for r in question_set(consultation).refs
        if r.type in {"choice", "feelings", "vote", "coins", "tell_us"}
    ]
    questions = [question_load(ref, pictures=False) for ref in refs]
    describes = [[d] for d in Describes.values] + [[], ["uses_support", "family_carer"]]
    now = timezone.now()

    def value(question):
        keys = [option.key for option in question.options]
        if question.type == "coins":
            coins = dict.fromkeys(keys, 0)
            for _ in range(question.coins):
                coins[rng.choice(keys[:3] if rng.random() < 0.7 else keys)] += 1
            return {"coins": coins}
        if question.type == "vote":
            return {"votes": {key: rng.choice(["up", "down", "not_sure"]) for key in keys}}
        if question.type == "tell_us":
            return {"text": rng.choice(["More help at home", "Fewer forms", "Kind staff"])}
        if rng.random() < 0.05:
            return {"dont_know": True}
        return {"choice": rng.choice(keys)}

    made = 0
    while made < count:
        size = min(BATCH, count - made)
        batch = []
        for number in range(made, made + size):
            channel = rng.choice(Channel.values)
            batch.append(
                Response(
                    consultation=consultation,
                    status=Response.Status.SENT,
                    channel=channel,
                    resume_code_hash=f"bench-{number}" if Channel(channel).is_online else None,
                    consent_given_at=now,
                    sent_at=now,
                    describes=rng.choice(describes),
                    is_supported=rng.choice([True, False, None]),
                    communication_needs=rng.sample(CommunicationNeed.values, rng.randint(0, 2)),
                )
            )
        Response.objects.bulk_create(batch)
        answers = [
            Answer(
                response=response,
                question_id=question.id,
                area_key=question.area_key,
                question_type=question.type,
                value=value(question),
            )
            for response in batch
            for question in questions
        ]
        Answer.objects.bulk_create(answers, batch_size=BATCH)
        made += size


def measure() -> None:
    """Runs in a subprocess with Django set up for one scratch database; prints JSON."""
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0, interactive=False)
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import RequestFactory
    from django.test.utils import CaptureQueriesContext

    from consultations.demo_content import demo_content_load
    from results import views
    from results.disclosure import PUBLIC
    from results.export import results_document
    from results.queries import is_ballot_question, questions_of

    consultation = demo_content_load()
    started = time.perf_counter()
    generate(consultation, RESPONSES)
    if connection.vendor == "postgresql":
        # Autovacuum would do this on a live database; right after a bulk load it has not yet.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    generated = time.perf_counter() - started
    user = get_user_model().objects.create_superuser("bench", "bench@example.org", "x")
    coins = next(q for q in questions_of(consultation) if is_ballot_question(q))
    factory = RequestFactory()

    def page(view, path, **kwargs):
        def run():
            request = factory.get(path)
            request.user = user
            response = view(request, consultation.pk, **kwargs)
            assert response.status_code == 200, response.status_code

        return run

    tasks = {
        "overview": page(views.overview, f"/results/{consultation.pk}/"),
        "coins": page(views.coins, f"/results/{consultation.pk}/coins/?question={coins.id}"),
        "export": lambda: json.dumps(results_document(consultation, profile=PUBLIC)),
    }
    found = {"generated_seconds": generated}
    for name, task in tasks.items():
        best, queries = float("inf"), 0
        for _ in range(REPEATS):
            with CaptureQueriesContext(connection) as captured:
                began = time.perf_counter()
                task()
                best = min(best, time.perf_counter() - began)
            queries = len(captured.captured_queries)
        found[name] = {"seconds": best, "queries": queries}
    print(json.dumps(found))


def main() -> None:
    rows = measure_on_each_database(__file__)
    print()
    print(f"Results screens and export with {RESPONSES:,} responses (best of {REPEATS})")
    header = f"{'database':<11} {'task':<10} {'seconds':>8} {'target':>7} {'queries':>8}"
    print(header)
    print("-" * len(header))
    missed = []
    for label, found in rows:
        for task, target in TARGETS.items():
            figures = found[task]
            print(
                f"{label:<11} {task:<10} {figures['seconds']:>8.2f} {target:>7.1f} "
                f"{figures['queries']:>8}"
            )
            if figures["seconds"] > target:
                missed.append(f"{label} {task}: {figures['seconds']:.2f} s > {target} s")
        print(f"{label:<11} (generating the responses took {found['generated_seconds']:.0f} s)")
    for line in missed:
        print(f"  missed: {line}")
    if not missed:
        print("  every target met.")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    if parser.parse_args().measure:
        measure()
    else:
        main()
