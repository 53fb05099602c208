"""Speed of the allocation rules, as asked for in the allocation engine issue.

Run with ``python bench/allocation.py`` (``make bench``). Each task is timed as the best of a few
runs. Because shared machines are noisy, each time is also given as a ratio to work timed in the
same run: a numpy mean over the same data, and sorting a million floats. The ratios are what to
compare between machines and over time.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

# Run from a checkout without installing: put the repository root on the path.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from consultations.allocation import (
    bootstrap_shares,
    equal_shares,
    independent_markets,
    independent_markets_exact,
    shares_from_coins,
)

OPTIONS = 6
SEED = 2024


def best_time(task: Callable[[], Any], repeats: int) -> float:
    fastest = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        task()
        fastest = min(fastest, time.perf_counter() - started)
    return fastest


def coin_shares(rng: np.random.Generator, ballots: int) -> np.ndarray:
    """Ten coins per person, spread over the options as people tend to: a few favourites."""
    coins = rng.multinomial(10, rng.dirichlet(np.full(OPTIONS, 0.6)), size=ballots)
    shares: np.ndarray = coins / coins.sum(axis=1, keepdims=True)
    return shares


def approval_data(
    rng: np.random.Generator,
) -> tuple[dict[str, int], list[list[str]], list[str], np.ndarray]:
    projects = 50
    voters = 10_000
    costs = {f"idea {j + 1}": int(c) * 1000 for j, c in enumerate(rng.integers(10, 101, projects))}
    popularity = rng.uniform(0.02, 0.3, size=projects)
    names = list(costs)
    approves = rng.random((voters, projects)) < popularity
    votes = [[names[j] for j in np.flatnonzero(row)] for row in approves]
    groups = [f"group {i % 5}" for i in range(voters)]
    return costs, votes, groups, approves.astype(np.float64)


def main() -> None:
    rng = np.random.default_rng(SEED)
    yardstick_data = rng.random(1_000_000)
    yardstick = best_time(lambda: np.sort(yardstick_data), 5)

    rows: list[tuple[str, float, float, str]] = []

    def record(name: str, seconds: float, data: np.ndarray, aim: str) -> None:
        baseline = best_time(lambda: data.mean(axis=0), 20)
        rows.append((name, seconds, seconds / baseline, aim))

    small, large = coin_shares(rng, 10_000), coin_shares(rng, 100_000)
    record(
        "Independent Markets, 10,000 ballots x 6",
        best_time(lambda: independent_markets(small), 5),
        small,
        "",
    )
    record(
        "Independent Markets, 100,000 ballots x 6",
        best_time(lambda: independent_markets(large), 5),
        large,
        "well under 1 s",
    )

    coins = rng.multinomial(10, np.full(OPTIONS, 1 / OPTIONS), size=1_000)
    exact_shares = shares_from_coins(coins.tolist())
    record(
        "Independent Markets exact, 1,000 ballots",
        best_time(lambda: independent_markets_exact(exact_shares), 3),
        coins / 10,
        "",
    )

    weights = np.asarray(rng.uniform(0.2, 5.0, size=large.shape[0]))
    record(
        "Weighted Independent Markets, 100,000",
        best_time(lambda: independent_markets(large, weights=weights), 5),
        large,
        "well under 1 s",
    )

    thousand = coin_shares(rng, 1_000)
    groups = [f"group {i % 4}" for i in range(1_000)]
    record(
        "Bootstrap, 1,000 resamples x 1,000 ballots",
        best_time(lambda: bootstrap_shares(thousand, groups=groups, resamples=1_000), 2),
        thousand,
        "a few seconds",
    )

    costs, votes, voter_groups, approves = approval_data(rng)
    outcome: list[Any] = []
    seconds = best_time(
        lambda: outcome.append(equal_shares(costs, votes, 1_000_000, groups=voter_groups)), 2
    )
    record("Equal Shares, 50 projects x 10,000 voters", seconds, approves, "a few seconds")

    print(f"numpy {np.__version__}, Python {sys.version.split()[0]}")
    print(f"yardstick: sorting 1,000,000 floats took {yardstick * 1000:.1f} ms\n")
    print(f"{'task':<44}{'seconds':>9}{'x mean':>10}{'x sort':>9}  aim")
    for name, secs, ratio, aim in rows:
        print(f"{name:<44}{secs:>9.3f}{ratio:>10,.0f}{secs / yardstick:>9.1f}  {aim}")
    result = outcome[-1]
    print(
        f"\nEqual Shares funded {len(result.funded)} of 50 projects, spent "
        f"{float(result.spent):,.0f} of 1,000,000 after {result.completion_steps} completion steps."
    )


if __name__ == "__main__":
    main()
