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
