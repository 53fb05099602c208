"""Requests per second on the participant pages, under gunicorn, on SQLite and on PostgreSQL.

Run with ``python bench/answering.py`` (``make bench``). For each database it builds a scratch
database with the Riverside demo, starts gunicorn with bench/settings.py (production-like: DEBUG
off, 2 workers) and measures, one after another:

- ``/healthz``, the cheapest response the app gives (the yardstick, measured first and last);
- the home page, the consultation page and an area page;
- a question page GET, for a choice question and for the coins question (the heaviest page);
- an answer POST to the coins question (validate, save, redirect).

Each participant thread has its own session, as real participants do. Shared machines are noisy,
so each figure is also given as a ratio to ``/healthz`` measured by the same server in the same
run; the ratios are what to compare between machines. Queries, database writes and bytes (HTML
plus the CSS and JavaScript it loads) per page are counted in-process on the same database.

PostgreSQL: set BENCH_DATABASE_URL to an empty scratch database, or the benchmark starts its own
throwaway server from /usr/lib/postgresql/*/bin, or skips PostgreSQL with a message. BENCH_SECONDS
sets how long each page is measured (default 5; the whole run then takes about 3 minutes).
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.servers import HOST, gunicorn, throwaway_postgres  # noqa: E402

PYTHON = sys.executable
GUNICORN = str(Path(PYTHON).with_name("gunicorn"))
WORKERS = int(os.environ.get("BENCH_WORKERS", "2"))
CLIENTS = WORKERS * 2
DURATION = float(os.environ.get("BENCH_SECONDS", "5"))
# Targets from issue 8, as ratios to /healthz, and per participant page.
TARGETS = {"question": 0.3, "post": 0.2, "content": 0.15}
MAX_QUERIES = 8
MAX_BYTES = 40 * 1024
WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE")
TARGET_OF = {"choice": "question", "coins": "question", "post": "post"}
TARGET_OF |= {"home": "content", "consultation": "content", "area": "content"}


# --- Setting up: runs inside a subprocess with Django configured for one database. ---


def setup_database() -> None:
    """Migrate, load the demo, count each page's cost, and print what the load generator needs."""
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0, interactive=False)
    from consultations.demo_content import demo_content_load
    from responses.questions import question_load, question_refs

    consultation = demo_content_load()
    refs = question_refs(consultation.area_pages())
    coins = next(ref for ref in refs if ref.type == "coins")
    choice = next(ref for ref in refs if ref.type == "choice")
    keys = [option.key for option in question_load(coins, pictures=False).options]
    pk = consultation.pk
    paths = {
        "home": "/",
        "consultation": consultation.url,
        "area": consultation.area_pages().first().url,
        "choice": f"/answer/{pk}/question/{choice.id}/",
        "coins": f"/answer/{pk}/question/{coins.id}/",
    }
    info = {"pk": pk, "keys": keys, "paths": paths}
    info["costs"] = page_costs(pk, paths, coins_body(keys, 0))
    print(json.dumps(info))


def coins_body(keys: list[str], turn: int) -> dict[str, str]:
    """A valid coins answer: all 10 coins on one model, a different one each turn."""
    coins = {f"coins_{key}": "0" for key in keys}
    coins[f"coins_{keys[turn % len(keys)]}"] = "10"
    return {**coins, "action": "continue"}


def page_costs(pk: int, paths: dict[str, str], answer: dict[str, str]) -> dict[str, dict]:
    """Queries, writes and bytes of each page, on its second visit (renditions already made)."""
    import re

    from django.contrib.staticfiles import finders
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST=HOST)
    client.get(f"/answer/{pk}/agree/")
    client.post(f"/answer/{pk}/agree/", {"agree": "on"})

    def cost(method: str, path: str, data=None) -> dict:
        send = client.post if method == "POST" else client.get
        if method == "GET":
            send(path)
        with CaptureQueriesContext(connection) as queries:
            reply = send(path, data) if data else send(path)
        html = reply.content.decode()
        static = 0
        for name in re.findall(r'(?:href|src)="/static/([^"?]+\.(?:css|js))"', html):
            found = finders.find(name)
            static += os.path.getsize(found) if found else 0
        statements = [query["sql"].lstrip().upper() for query in queries.captured_queries]
        return {
            "status": reply.status_code,
            "queries": len(queries),
            "writes": sum(sql.startswith(WRITES) for sql in statements),
            "bytes": len(reply.content) + static,
        }

    costs = {"healthz": cost("GET", "/healthz")}
    costs |= {name: cost("GET", path) for name, path in paths.items()}
    costs["post"] = cost("POST", paths["coins"], answer)
    return costs


# --- The load generator: plain threads and http.client, one session per thread. ---


class Participant:
    """One person's browser: cookies, and the CSRF token from the last form."""

    def __init__(self, port: int):
        self.port = port
        self.cookies: dict[str, str] = {}
        self.token = ""

    def request(self, method: str, path: str, body: str = "") -> tuple[int, bytes]:
        connection = http.client.HTTPConnection(HOST, self.port, timeout=60)
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        if body:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        connection.request(method, path, body=body, headers=headers)
        reply = connection.getresponse()
        content = reply.read()
        for header in reply.headers.get_all("Set-Cookie") or []:
            name, _, rest = header.partition("=")
            self.cookies[name.strip()] = rest.split(";", 1)[0]
        connection.close()
        match = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', content)
        if match:
            self.token = match.group(1).decode()
        return reply.status, content

    def start(self, pk: int) -> None:
        self.request("GET", f"/answer/{pk}/agree/")
        status, _ = self.request(
            "POST", f"/answer/{pk}/agree/", f"agree=on&csrfmiddlewaretoken={self.token}"
        )
        if status != 302:
            raise RuntimeError(f"Could not start answering: HTTP {status}")


@dataclass
class Result:
    name: str
    key: str
    requests: int
    errors: int
    seconds: float
    latencies: list[float]

    @property
    def per_second(self) -> float:
        return self.requests / self.seconds

    def percentile(self, share: float) -> float:
        """The latency in milliseconds that this share of requests came within."""
        if not self.latencies:
            return 0.0
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))] * 1000


def run_load(name: str, key: str, participants: list[Participant], send, expected: int) -> Result:
    """Every participant sends requests as fast as it can for DURATION seconds."""
    counts = [0] * len(participants)
    errors = [0] * len(participants)
    latencies: list[list[float]] = [[] for _ in participants]
    stop = time.perf_counter() + DURATION

    def worker(i: int) -> None:
        while time.perf_counter() < stop:
            began = time.perf_counter()
            try:
                status = send(participants[i])
            except OSError:
                status = 0
            if status == expected:
                counts[i] += 1
                latencies[i].append(time.perf_counter() - began)
            else:
                errors[i] += 1

    started = time.perf_counter()
    threads = [threading.Thread(target=worker, args=(i,)) for i in range(len(participants))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    seconds = time.perf_counter() - started
    return Result(name, key, sum(counts), sum(errors), seconds, [t for ts in latencies for t in ts])


def measure(port: int, info: dict) -> list[Result]:
    pk, paths, keys = info["pk"], info["paths"], info["keys"]
    participants = [Participant(port) for _ in range(CLIENTS)]
    for participant in participants:
        participant.start(pk)
        # Twice round every page: fills each worker's caches and gives a CSRF token.
        for _ in range(2):
            for path in paths.values():
                participant.request("GET", path)
        participant.request("GET", paths["coins"])
    turns = iter(range(10**9))

    def answer(participant: Participant) -> int:
        # Move the coins round, so each save really changes the stored answer.
        fields = coins_body(keys, next(turns)) | {"csrfmiddlewaretoken": participant.token}
        body = "&".join(f"{name}={value}" for name, value in fields.items())
        return participant.request("POST", paths["coins"], body)[0]

    def get(path: str):
        return lambda participant: participant.request("GET", path)[0]

    before = run_load("/healthz", "healthz", participants, get("/healthz"), 200)
    pages = [
        ("Home page", "home"),
        ("Consultation page", "consultation"),
        ("Area page", "area"),
        ("Question: choice", "choice"),
        ("Question: coins", "coins"),
    ]
    results = [run_load(name, key, participants, get(paths[key]), 200) for name, key in pages]
    results.append(run_load("Answer POST (coins)", "post", participants, answer, 302))
    after = run_load("/healthz", "healthz", participants, get("/healthz"), 200)
    # The yardstick is measured before and after, and pooled, so drift shows less.
    healthz = Result(
        "/healthz",
        "healthz",
        before.requests + after.requests,
        before.errors + after.errors,
        before.seconds + after.seconds,
        before.latencies + after.latencies,
    )
    return [healthz, *results]


# --- Servers and databases. ---


def bench_env(database_url: str, media: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    env.update(
        DJANGO_SETTINGS_MODULE="bench.settings",
        DATABASE_URL=database_url,
        BENCH_MEDIA_ROOT=media,
        PYTHONPATH=str(ROOT),
    )
    return env


def bench_database(label: str, database_url: str) -> tuple[list[Result], dict]:
    with tempfile.TemporaryDirectory(prefix="shared-say-bench-") as media:
        (Path(media) / "static").mkdir()
        env = bench_env(database_url, media)
        setup = subprocess.run(
            [PYTHON, __file__, "--setup"], env=env, cwd=ROOT, capture_output=True, text=True
        )
        if setup.returncode != 0:
            raise RuntimeError(f"Setting up {label} failed:\n{setup.stderr[-3000:]}")
        info = json.loads(setup.stdout.strip().splitlines()[-1])
        with gunicorn(env, executable=GUNICORN, workers=WORKERS, root=ROOT) as port:
            return measure(port, info), info["costs"]


def print_table(rows: list[tuple[str, list[Result], dict]]) -> list[str]:
    """Print the results, and return what missed its target."""
    print()
    print(
        f"Participant pages under gunicorn ({WORKERS} workers, {CLIENTS} participants, "
        f"{DURATION:g} s each)"
    )
    header = (
        f"{'database':<11} {'request':<20} {'req/s':>8} {'ratio':>6} {'p50 ms':>7} "
        f"{'p95 ms':>7} {'queries':>7} {'writes':>6} {'KB':>6} {'errors':>6}"
    )
    print(header)
    print("-" * len(header))
    missed = []
    for label, results, costs in rows:
        yardstick = results[0].per_second
        for result in results:
            ratio = result.per_second / yardstick if yardstick else 0
            cost = costs.get(result.key, {})
            print(
                f"{label:<11} {result.name:<20} {result.per_second:>8.1f} {ratio:>6.2f} "
                f"{result.percentile(0.5):>7.1f} {result.percentile(0.95):>7.1f} "
                f"{cost.get('queries', ''):>7} {cost.get('writes', ''):>6} "
                f"{cost.get('bytes', 0) / 1024:>6.1f} {result.errors:>6}"
            )
            target = TARGETS.get(TARGET_OF.get(result.key, ""))
            if target and ratio < target:
                missed.append(f"{label} {result.name}: ratio {ratio:.3f} < {target}")
            if result.key != "post" and result.key != "healthz" and cost:
                if cost["queries"] > MAX_QUERIES:
                    missed.append(f"{label} {result.name}: {cost['queries']} queries")
                if cost["bytes"] > MAX_BYTES:
                    missed.append(f"{label} {result.name}: {cost['bytes']} bytes")
                if cost["writes"]:
                    missed.append(f"{label} {result.name}: {cost['writes']} writes on a view")
    print()
    print("ratio: requests per second against /healthz on the same server in the same run.")
    print("queries, writes, KB: one request in-process (KB = HTML + the CSS and JS it loads).")
    targets = ", ".join(f"{kind} >= {ratio}" for kind, ratio in TARGETS.items())
    print(f"Targets: {targets}; <= {MAX_QUERIES} queries, <= {MAX_BYTES // 1024} KB, no writes.")
    for line in missed:
        print(f"  missed: {line}")
    if not missed:
        print("  every target met.")
    return missed


def main() -> None:
    began = time.perf_counter()
    rows = []
    with tempfile.TemporaryDirectory(prefix="shared-say-bench-db-") as folder:
        rows.append(("SQLite", *bench_database("SQLite", f"sqlite:///{folder}/bench.sqlite3")))
    given = os.environ.get("BENCH_DATABASE_URL", "")
    with nullcontext(given) if given else throwaway_postgres() as database_url:
        if database_url:
            rows.append(("PostgreSQL", *bench_database("PostgreSQL", database_url)))
    print_table(rows)
    print(f"Whole run: {time.perf_counter() - began:.0f} s.")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--setup", action="store_true", help=argparse.SUPPRESS)
    if parser.parse_args().setup:
        sys.path.insert(0, str(ROOT))
        setup_database()
    else:
        main()
