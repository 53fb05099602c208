"""Aggregation, tables and coins results are plain Python, like the allocation package."""

from tests.pure import REPO_ROOT, assert_modules_do_not_mention_django, run_without_django


def test_aggregation_runs_without_django():
    (line,) = run_without_django(
        "from questions.results import Ballot\n"
        "from results.aggregate import Entry, aggregate\n"
        "from results.coins import coins_result\n"
        "from results.disclosure import STAFF\n"
        "def ballot(shares):\n"
        "    return lambda results: (setattr(results, 'people', results.people + 1),\n"
        "                            results.ballots.append(Ballot(shares)))\n"
        "entries = [Entry('q', 'a', ballot({'x': 1.0})) for _ in range(10)]\n"
        "entries += [Entry('q', 'b', ballot({'y': 1.0})) for _ in range(5)]\n"
        "result = coins_result(aggregate('q', 'coins', entries), ['x', 'y'],\n"
        "                      group_order=['a', 'b'], profile=STAFF, resamples=50)\n"
        "print([round(s, 4) for s in result.equal_voice.independent_markets])\n"
    )
    assert line == "[0.5, 0.5]"


def test_aggregation_modules_do_not_mention_django():
    names = ["aggregate.py", "tables.py", "coins.py"]
    assert_modules_do_not_mention_django([REPO_ROOT / "results" / name for name in names])


def test_the_bootstrap_on_counts_agrees_with_the_allocation_packages_bootstrap():
    import numpy as np

    from consultations.allocation import bootstrap_shares
    from questions.results import Ballot
    from results.aggregate import Entry, aggregate
    from results.coins import coins_result
    from results.disclosure import STAFF

    rng = np.random.default_rng(7)
    coins = rng.multinomial(10, [0.5, 0.3, 0.2], size=300)
    entries = []
    for row in coins:
        shares = {key: count / 10 for key, count in zip("xyz", row, strict=True) if count}

        def add(results, shares=shares):
            results.people += 1
            results.ballots.append(Ballot(shares))

        entries.append(Entry("q", "everyone", add))
    result = coins_result(
        aggregate("q", "coins", entries), "xyz", group_order=["everyone"], profile=STAFF
    )
    ours = result.pooled.intervals
    theirs = bootstrap_shares(coins / 10, resamples=1000, seed=1)
    for mine, package in zip(ours.independent_markets, theirs.independent_markets, strict=True):
        assert mine.estimate == package.estimate or abs(mine.estimate - package.estimate) < 1e-9
        assert abs(mine.lower - package.lower) < 0.02
        assert abs(mine.upper - package.upper) < 0.02


def test_independent_markets_for_many_resamples_at_once_matches_the_package_rule():
    import numpy as np

    from consultations.allocation.independent_markets import independent_markets_array
    from results.coins import independent_markets_many

    rng = np.random.default_rng(3)
    values = np.unique(rng.multinomial(10, [0.4, 0.3, 0.2, 0.1], size=3000), axis=0) / 10
    weights = rng.multinomial(500, np.ones(len(values)) / len(values), size=50).astype(float)
    weights[:, :3] = 0  # ballots nobody gave in a resample
    many = independent_markets_many(values, weights)
    one_by_one = np.array([independent_markets_array(values, row) for row in weights])
    assert np.abs(many - one_by_one).max() < 1e-12
