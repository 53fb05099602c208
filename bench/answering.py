"""Requests per second on the answering path, under gunicorn, on SQLite and on PostgreSQL.

Run with ``python bench/answering.py`` (``make bench``). For each database it builds a scratch
database with the Riverside demo, starts gunicorn with bench/settings.py, and measures:

- a trivial Django view through the same middleware (the yardstick);
- a question page GET (the coins question: the heaviest page);
- an answer POST to that question (validate, save, redirect).

Each participant thread has its own session, as real participants do. Shared machines are noisy,
so each figure is also given as a ratio to the trivial view measured by the same server in the
same run; the ratios are what to compare between machines. PostgreSQL is skipped, with a message,
when its binaries are not installed.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
GUNICORN = str(Path(PYTHON).with_name("gunicorn"))
WORKERS = max(2, os.cpu_count() or 2)
CLIENTS = WORKERS * 2
DURATION = float(os.environ.get("BENCH_SECONDS", "6"))
HOST = "127.0.0.1"


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


# --- Setting up: runs inside a subprocess with Django configured for one database. ---


def setup_database() -> None:
    """Migrate, load the demo, and print what the load generator needs as JSON."""
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0, interactive=False)
    from consultations.demo_content import demo_content_load
    from responses.questions import question_load, question_refs

    consultation = demo_content_load()
    coins = next(ref for ref in question_refs(consultation.area_pages()) if ref.type == "coins")
    keys = [option.key for option in question_load(coins, pictures=False).options]
    print(json.dumps({"pk": consultation.pk, "question": coins.id, "keys": keys}))


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
    requests: int
    errors: int
    seconds: float

    @property
    def per_second(self) -> float:
        return self.requests / self.seconds


def run_load(name: str, participants: list[Participant], send, expected: int) -> Result:
    """Every participant sends requests as fast as it can for DURATION seconds."""
    counts = [0] * len(participants)
    errors = [0] * len(participants)
    stop = time.perf_counter() + DURATION

    def worker(i: int) -> None:
        while time.perf_counter() < stop:
            try:
                status = send(participants[i])
            except OSError:
                status = 0
            if status == expected:
                counts[i] += 1
            else:
                errors[i] += 1

    started = time.perf_counter()
    threads = [threading.Thread(target=worker, args=(i,)) for i in range(len(participants))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return Result(name, sum(counts), sum(errors), time.perf_counter() - started)


def measure(port: int, info: dict) -> list[Result]:
    pk, question = info["pk"], info["question"]
    path = f"/answer/{pk}/question/{question}/"
    participants = [Participant(port) for _ in range(CLIENTS)]
    for participant in participants:
        participant.start(pk)
        participant.request("GET", path)  # makes picture renditions once, and a CSRF token
    coins = [0] * len(info["keys"])
    coins[0] = 10

    def answer(participant: Participant) -> int:
        # Move the coins round, so each save really changes the stored answer.
        coins.insert(0, coins.pop())
        fields = "&".join(f"coins_{k}={c}" for k, c in zip(info["keys"], coins, strict=True))
        body = f"{fields}&action=continue&csrfmiddlewaretoken={participant.token}"
        return participant.request("POST", path, body)[0]

    trivial_before = run_load(
        "Trivial view", participants, lambda p: p.request("GET", "/bench/trivial/")[0], 200
    )
    page = run_load("Question page GET", participants, lambda p: p.request("GET", path)[0], 200)
    post = run_load("Answer POST", participants, answer, 302)
    trivial_after = run_load(
        "Trivial view", participants, lambda p: p.request("GET", "/bench/trivial/")[0], 200
    )
    # The yardstick is measured before and after, and averaged, so drift shows less.
    trivial = Result(
        "Trivial view",
        trivial_before.requests + trivial_after.requests,
        trivial_before.errors + trivial_after.errors,
        trivial_before.seconds + trivial_after.seconds,
    )
    return [trivial, page, post]


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


def wait_for(port: int, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection((HOST, port), timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"Nothing answered on port {port}.")


@contextmanager
def gunicorn(env: dict[str, str]):
    port = free_port()
    server = subprocess.Popen(
        [GUNICORN, "config.wsgi:application", "--workers", str(WORKERS)]
        + ["--bind", f"{HOST}:{port}", "--log-level", "warning", "--chdir", str(ROOT)],
        env=env,
        cwd=ROOT,
    )
    try:
        wait_for(port)
        yield port
    finally:
        server.terminate()
        server.wait(timeout=30)


def bench_database(label: str, database_url: str) -> list[Result]:
    with tempfile.TemporaryDirectory(prefix="shared-say-bench-") as media:
        (Path(media) / "static").mkdir()
        env = bench_env(database_url, media)
        setup = subprocess.run(
            [PYTHON, __file__, "--setup"], env=env, cwd=ROOT, capture_output=True, text=True
        )
        if setup.returncode != 0:
            raise RuntimeError(f"Setting up {label} failed:\n{setup.stderr[-3000:]}")
        info = json.loads(setup.stdout.strip().splitlines()[-1])
        with gunicorn(env) as port:
            return measure(port, info)


def as_postgres_user(command: list[str]) -> list[str]:
    # PostgreSQL refuses to run as root, so use the postgres system user when we are root.
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


def _postgres_start(folder: Path):
    """Start a scratch PostgreSQL server as .ci/run does. Returns its URL and a stop function."""
    bins = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    if not bins:
        raise RuntimeError("no server binaries under /usr/lib/postgresql")
    pgbin = bins[-1].parent
    port = free_port()
    data, log = folder / "data", folder / "log"
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")

    def run(*command: str) -> None:
        done = subprocess.run(as_postgres_user(list(command)), capture_output=True, text=True)
        if done.returncode != 0:
            raise RuntimeError(f"{Path(command[0]).name} failed: {done.stderr.strip()[-300:]}")

    run(str(pgbin / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust")
    options = f"-p {port} -k {folder} -c listen_addresses={HOST} -c fsync=off"
    run(str(pgbin / "pg_ctl"), "-D", str(data), "-l", str(log), "-w", "-o", options, "start")

    def stop() -> None:
        subprocess.run(
            as_postgres_user([str(pgbin / "pg_ctl"), "-D", str(data), "-m", "fast", "stop"]),
            capture_output=True,
        )

    try:
        psql = [str(pgbin / "psql"), "-h", str(folder), "-p", str(port), "-U", "postgres"]
        run(*psql, "-q", "-c", "CREATE ROLE sharedsay LOGIN PASSWORD 'sharedsay' CREATEDB")
        run(*psql, "-q", "-c", "CREATE DATABASE sharedsay OWNER sharedsay")
    except RuntimeError:
        stop()
        raise
    return f"postgres://sharedsay:sharedsay@{HOST}:{port}/sharedsay", stop


@contextmanager
def throwaway_postgres():
    """A scratch PostgreSQL server for this run, or None (with a message) when there is none."""
    folder = Path(tempfile.mkdtemp(prefix="shared-say-bench-pg-"))
    try:
        url, stop = _postgres_start(folder)
    except (RuntimeError, OSError) as error:
        print(f"PostgreSQL: skipped ({error}).")
        shutil.rmtree(folder, ignore_errors=True)
        yield None
        return
    try:
        yield url
    finally:
        stop()
        shutil.rmtree(folder, ignore_errors=True)


def print_table(rows: list[tuple[str, list[Result]]]) -> None:
    print()
    print(
        f"Answering path under gunicorn ({WORKERS} workers, {CLIENTS} participants, "
        f"{DURATION:g} s each)"
    )
    header = f"{'database':<11} {'request':<19} {'req/s':>8} {'ratio to trivial':>17} {'errors':>7}"
    print(header)
    print("-" * len(header))
    for label, results in rows:
        trivial = results[0].per_second
        for result in results:
            ratio = result.per_second / trivial if trivial else 0
            print(
                f"{label:<11} {result.name:<19} {result.per_second:>8.1f} {ratio:>17.2f} "
                f"{result.errors:>7}"
            )
    print()
    print("Ratios compare with the trivial Django view on the same server in the same run.")


def main() -> None:
    rows = []
    with tempfile.TemporaryDirectory(prefix="shared-say-bench-db-") as folder:
        rows.append(("SQLite", bench_database("SQLite", f"sqlite:///{folder}/bench.sqlite3")))
    with throwaway_postgres() as database_url:
        if database_url:
            rows.append(("PostgreSQL", bench_database("PostgreSQL", database_url)))
    print_table(rows)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--setup", action="store_true", help=argparse.SUPPRESS)
    if parser.parse_args().setup:
        sys.path.insert(0, str(ROOT))
        setup_database()
    else:
        main()
