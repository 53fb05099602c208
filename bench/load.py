"""A bounded load check: many people answer at once, under gunicorn, on SQLite and PostgreSQL.

Run with ``python bench/load.py`` (part of ``make bench``). Loopback only. For each database it
builds a scratch database with the Riverside demo, starts gunicorn (as bench/answering.py does),
and sends PARTICIPANTS people through the whole journey, CONCURRENCY at a time, within a time
limit. Every fifth person double-clicks "I agree"; every third leaves halfway and comes back in
a new browser with their code. Then it reads the database and reports:

- errors: any reply that was not the one a person expects (a 500, "database is locked", ...);
- duplicates: more than one response for one person (for example from the double click);
- lost answers: answers a person sent that are not stored, and codes that open nothing;
- p50 and p95 time for each step.

Options: ``--participants 200 --concurrency 40 --time-limit 600 --database sqlite|postgres|both``.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import quote_plus

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# Reuse how bench/answering.py starts gunicorn and a throwaway PostgreSQL cluster.
from bench.answering import (  # noqa: E402
    GUNICORN,
    PYTHON,
    WORKERS,
    Participant,
    bench_env,
)
from bench.load_report import Timings, percentile, print_report  # noqa: E402
from bench.servers import gunicorn, throwaway_postgres  # noqa: E402

ABOUT_YOU = ["who", "help", "needs", "hear-back"]
CODE = re.compile(rb"data-resume-code>([^<]+)<")


# --- Runs inside a subprocess with Django configured for one database. ---


def setup_database() -> None:
    """Migrate, load the demo, and print the questions as JSON."""
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0, interactive=False)
    from consultations.demo_content import demo_content_load
    from responses.questions import question_load, question_refs

    consultation = demo_content_load()
    questions = []
    for ref in question_refs(consultation.area_pages()):
        question = question_load(ref, pictures=False)
        keys = [option.key for option in question.options]
        questions.append({"id": ref.id, "type": ref.type, "keys": keys, "coins": question.coins})
    print(json.dumps({"pk": consultation.pk, "questions": questions}))


def verify_database() -> None:
    """Read the codes people were shown (JSON on stdin) and report what each one opens."""
    import django

    django.setup()
    from responses.models import Response

    codes = json.loads(sys.stdin.read())
    found = {}
    for code in codes:
        responses = list(Response.objects.with_code(code.replace(" ", "")))
        found[code] = [
            {
                "status": response.status,
                "answers": {a.question_id: a.value for a in response.answers.all()},
            }
            for response in responses
        ]
    print(json.dumps({"responses": Response.objects.count(), "found": found}))


# --- The participants. ---


class GaveUp(Exception):
    pass


def _expect(timings: Timings, step: str, reply: tuple[int, bytes], *statuses: int) -> bytes:
    status, content = reply
    if status not in statuses:
        timings.error(step, f"HTTP {status}")
        raise GaveUp(step)
    return content


def _answer_body(question: dict, token: str) -> str:
    if question["type"] == "coins":
        # All the coins to the first option: a real answer, checked afterwards.
        counts = [question["coins"]] + [0] * (len(question["keys"]) - 1)
        fields = "&".join(
            f"coins_{key}={count}" for key, count in zip(question["keys"], counts, strict=True)
        )
        return f"{fields}&action=continue&csrfmiddlewaretoken={token}"
    return f"dont_know=on&answer=dont_know&csrfmiddlewaretoken={token}"


def _expected_answer(question: dict) -> dict | None:
    """The stored value to check for, where the bench knows it exactly (coins). Else None."""
    if question["type"] == "coins":
        counts = [question["coins"]] + [0] * (len(question["keys"]) - 1)
        return {"coins": dict(zip(question["keys"], counts, strict=True))}
    return None


def participant_run(n: int, port: int, info: dict, timings: Timings, deadline: float) -> dict:
    """One person's whole journey. Returns the code they were shown and what they sent."""
    pk = info["pk"]
    base = f"/answer/{pk}"
    person = Participant(port)
    record = {"code": "", "sent": False, "answered": [], "gave_up": ""}
    try:
        if time.monotonic() > deadline:
            raise GaveUp("time limit")
        _expect(
            timings, "start page", timings.request(person, "start page", "GET", f"{base}/"), 200
        )
        _expect(
            timings,
            "consent page",
            timings.request(person, "consent page", "GET", f"{base}/agree/"),
            200,
        )
        agree = f"agree=on&csrfmiddlewaretoken={person.token}"
        if n % 5 == 0:
            # A double click: the same form sent twice at the same moment from one browser.
            twin = Participant(port)
            twin.cookies = dict(person.cookies)
            replies = [None, None]

            def click(i: int, who: Participant) -> None:
                replies[i] = timings.request(who, "I agree", "POST", f"{base}/agree/", agree)

            threads = [
                threading.Thread(target=click, args=(i, w)) for i, w in enumerate([person, twin])
            ]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            for reply in replies:
                _expect(timings, "I agree", reply, 302)
        else:
            _expect(
                timings,
                "I agree",
                timings.request(person, "I agree", "POST", f"{base}/agree/", agree),
                302,
            )
        page = _expect(
            timings,
            "your code",
            timings.request(person, "your code", "GET", f"{base}/your-code/"),
            200,
        )
        match = CODE.search(page)
        if not match:
            timings.error("your code", "no code shown")
            raise GaveUp("your code")
        record["code"] = match.group(1).decode().strip()

        for slug in ABOUT_YOU:
            path = f"{base}/about-you/{slug}/"
            _expect(
                timings, "about you GET", timings.request(person, "about you GET", "GET", path), 200
            )
            body = f"skip=1&csrfmiddlewaretoken={person.token}"
            _expect(
                timings,
                "about you POST",
                timings.request(person, "about you POST", "POST", path, body),
                302,
            )

        questions = info["questions"]
        halfway = len(questions) // 2
        for i, question in enumerate(questions):
            if n % 3 == 0 and i == halfway:
                # Leave, and come back in a new browser with the code.
                person = Participant(port)
                _expect(
                    timings,
                    "come back GET",
                    timings.request(person, "come back GET", "GET", f"{base}/come-back/"),
                    200,
                )
                code = quote_plus(record["code"])
                body = f"code={code}&csrfmiddlewaretoken={person.token}"
                _expect(
                    timings,
                    "come back POST",
                    timings.request(person, "come back POST", "POST", f"{base}/come-back/", body),
                    302,
                )
            path = f"{base}/question/{question['id']}/"
            _expect(
                timings, "question GET", timings.request(person, "question GET", "GET", path), 200
            )
            body = _answer_body(question, person.token)
            _expect(
                timings,
                "question POST",
                timings.request(person, "question POST", "POST", path, body),
                302,
            )
            record["answered"].append(question["id"])

        _expect(
            timings, "check GET", timings.request(person, "check GET", "GET", f"{base}/check/"), 200
        )
        body = f"csrfmiddlewaretoken={person.token}"
        _expect(
            timings, "send", timings.request(person, "send", "POST", f"{base}/check/", body), 302
        )
        _expect(
            timings, "sent page", timings.request(person, "sent page", "GET", f"{base}/sent/"), 200
        )
        record["sent"] = True
    except GaveUp as stopped:
        record["gave_up"] = str(stopped)
    return record


# --- Running it against one database. ---


def _django(env: dict[str, str], flag: str, stdin: str = "") -> dict:
    done = subprocess.run(
        [PYTHON, __file__, flag], env=env, cwd=ROOT, capture_output=True, text=True, input=stdin
    )
    if done.returncode != 0:
        raise RuntimeError(f"{flag} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def warm_up(port: int, info: dict) -> None:
    """Load each worker's code and make the pictures' renditions once, outside the timings."""
    person = Participant(port)
    person.start(info["pk"])
    for _ in range(4):
        for question in info["questions"]:
            person.request("GET", f"/answer/{info['pk']}/question/{question['id']}/")


def load_database(label: str, database_url: str, args) -> dict:
    with tempfile.TemporaryDirectory(prefix="shared-say-load-") as media:
        (Path(media) / "static").mkdir()
        env = bench_env(database_url, media)
        info = _django(env, "--setup")
        timings = Timings()
        started = time.monotonic()
        deadline = started + args.time_limit
        with gunicorn(env, executable=GUNICORN, workers=WORKERS, root=ROOT) as port:
            warm_up(port, info)
            started = time.monotonic()
            deadline = started + args.time_limit
            with ThreadPoolExecutor(max_workers=args.concurrency) as pool:
                records = list(
                    pool.map(
                        lambda n: participant_run(n, port, info, timings, deadline),
                        range(1, args.participants + 1),
                    )
                )
        elapsed = time.monotonic() - started
        codes = [record["code"] for record in records if record["code"]]
        stored = _django(env, "--verify", json.dumps(codes))
    return summarise(label, info, records, timings, stored, elapsed)


def summarise(label, info, records, timings, stored, elapsed) -> dict:
    expected = {q["id"]: _expected_answer(q) for q in info["questions"]}
    duplicates = lost = codes_that_open_nothing = not_sent = 0
    for record in records:
        if not record["code"]:
            continue
        found = stored["found"][record["code"]]
        if not found:
            codes_that_open_nothing += 1
            lost += len(record["answered"])
            continue
        duplicates += len(found) - 1
        answers = found[0]["answers"]
        lost += sum(
            1
            for qid in record["answered"]
            if qid not in answers or expected[qid] not in (None, answers[qid])
        )
        if record["sent"] and found[0]["status"] != "sent":
            not_sent += 1
    people_with_codes = len([r for r in records if r["code"]])
    all_times = [s for values in timings.seconds.values() for s in values]
    return {
        "database": label,
        "participants": len(records),
        "completed": sum(1 for r in records if r["sent"]),
        "gave_up": sum(1 for r in records if r["gave_up"]),
        "errors": sum(len(v) for v in timings.errors.values()),
        "error_detail": {step: sorted(set(v)) for step, v in timings.errors.items()},
        # The warm-up made one response of its own.
        "duplicates": duplicates + max(0, stored["responses"] - people_with_codes - 1),
        "lost_answers": lost,
        "codes_that_open_nothing": codes_that_open_nothing,
        "sent_but_not_stored_as_sent": not_sent,
        "requests": len(all_times),
        "seconds": elapsed,
        "p95_all": percentile(all_times, 95),
        "steps": {
            step: (len(values), percentile(values, 50), percentile(values, 95))
            for step, values in timings.seconds.items()
        },
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=40)
    parser.add_argument("--time-limit", type=float, default=600, help="seconds per database")
    parser.add_argument("--database", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument("--setup", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--verify", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.setup:
        setup_database()
        return 0
    if args.verify:
        verify_database()
        return 0
    results = []
    if args.database in {"sqlite", "both"}:
        with tempfile.TemporaryDirectory(prefix="shared-say-load-db-") as folder:
            results.append(load_database("SQLite", f"sqlite:///{folder}/load.sqlite3", args))
            print_report(results[-1])
    if args.database in {"postgres", "both"}:
        with throwaway_postgres() as database_url:
            if database_url:
                results.append(load_database("PostgreSQL", database_url, args))
                print_report(results[-1])
    bad = [
        r
        for r in results
        if r["errors"] or r["duplicates"] or r["lost_answers"] or r["codes_that_open_nothing"]
    ]
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
