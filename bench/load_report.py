"""Timing and reporting for bench/load.py: seconds and errors per step, and the printed report."""

from __future__ import annotations

import statistics
import threading
import time
from collections import defaultdict
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bench.answering import Participant


class Timings:
    """Seconds per step, and errors per step, from every thread."""

    def __init__(self):
        self.lock = threading.Lock()
        self.seconds: dict[str, list[float]] = defaultdict(list)
        self.errors: dict[str, list[str]] = defaultdict(list)

    def request(self, person: Participant, step: str, method: str, path: str, body: str = ""):
        started = time.perf_counter()
        try:
            status, content = person.request(method, path, body)
        except OSError as error:
            status, content = 0, str(error).encode()
        with self.lock:
            self.seconds[step].append(time.perf_counter() - started)
        return status, content

    def error(self, step: str, detail: str) -> None:
        with self.lock:
            self.errors[step].append(detail)


def percentile(values: list[float], percent: int) -> float:
    if not values:
        return 0.0
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[percent - 1]


def print_report(result: dict) -> None:
    print()
    print(
        f"{result['database']}: {result['participants']} participants, "
        f"{result['completed']} sent their answers, {result['gave_up']} gave up, "
        f"in {result['seconds']:.0f} s ({result['requests']} requests)"
    )
    print(
        f"  errors {result['errors']}, duplicates {result['duplicates']}, "
        f"lost answers {result['lost_answers']}, codes that open nothing "
        f"{result['codes_that_open_nothing']}, "
        f"p95 of all requests {result['p95_all'] * 1000:.0f} ms"
    )
    for step, detail in result["error_detail"].items():
        print(f"  errors at {step}: {', '.join(detail)}")
    header = f"  {'step':<16} {'requests':>8} {'p50 ms':>8} {'p95 ms':>8}"
    print(header)
    for step, (count, p50, p95) in result["steps"].items():
        print(f"  {step:<16} {count:>8} {p50 * 1000:>8.0f} {p95 * 1000:>8.0f}")
