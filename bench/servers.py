"""Servers for the benchmarks: gunicorn, and a throwaway PostgreSQL when none is given."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

HOST = "127.0.0.1"


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


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
def gunicorn(env: dict[str, str], *, executable: str, workers: int, root: Path):
    port = free_port()
    server = subprocess.Popen(
        [executable, "config.wsgi:application", "--workers", str(workers)]
        + ["--bind", f"{HOST}:{port}", "--log-level", "warning", "--chdir", str(root)],
        env=env,
        cwd=root,
    )
    try:
        wait_for(port)
        yield port
    finally:
        server.terminate()
        server.wait(timeout=30)


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


def measure_in_child(script: str, label: str, database_url: str) -> dict:
    """Run `script --measure` against one database in a fresh process; return the JSON it prints.

    A fresh process per database, because Django's settings are read once per process.
    """
    import json
    import sys

    root = Path(script).resolve().parent.parent
    with tempfile.TemporaryDirectory(prefix="shared-say-bench-") as media:
        env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
        env.update(
            DJANGO_SETTINGS_MODULE="bench.settings",
            DATABASE_URL=database_url,
            BENCH_MEDIA_ROOT=media,
            PYTHONPATH=str(root),
        )
        done = subprocess.run(
            [sys.executable, script, "--measure"], env=env, cwd=root, capture_output=True, text=True
        )
        if done.returncode != 0:
            raise RuntimeError(f"Measuring on {label} failed:\n{done.stderr[-3000:]}")
        return json.loads(done.stdout.strip().splitlines()[-1])


def measure_on_each_database(script: str) -> list[tuple[str, dict]]:
    """[(label, figures)]: `script --measure` on a scratch SQLite database, then on PostgreSQL
    (BENCH_DATABASE_URL, or a throwaway server when one can be started)."""
    from contextlib import nullcontext

    rows = []
    with tempfile.TemporaryDirectory(prefix="shared-say-bench-db-") as folder:
        sqlite = f"sqlite:///{folder}/bench.sqlite3"
        rows.append(("SQLite", measure_in_child(script, "SQLite", sqlite)))
    given = os.environ.get("BENCH_DATABASE_URL", "")
    with nullcontext(given) if given else throwaway_postgres() as database_url:
        if database_url:
            rows.append(("PostgreSQL", measure_in_child(script, "PostgreSQL", database_url)))
    return rows
