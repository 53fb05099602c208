"""Independent Markets: worked examples, and agreement with a brute-force reading of the rule.

The reference below follows the paper's definition literally (medians of reports and phantoms,
every possible breakpoint) and shares no code with the package, so agreeing with it means the
package's faster formula is right.
"""

from fractions import Fraction

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from consultations.allocation import (
    independent_markets,
    independent_markets_exact,
    shares_from_coins,
)

F = Fraction


def reference_independent_markets(rows, weights=None):
    """The rule by its definition, in exact arithmetic. Weights must be whole numbers."""
    if weights is not None:
        rows = [row for row, weight in zip(rows, weights, strict=True) for _ in range(weight)]
    n, m = len(rows), len(rows[0])

    def allocation_at(t):
        phantoms = [min(F(1), t * (n - k)) for k in range(n + 1)]
        return [sorted([row[j] for row in rows] + phantoms)[n] for j in range(m)]

    # Every place a phantom can cross a report or 1: a superset of the true breakpoints.
    candidates = {F(0), F(1)}
    for k in range(n):
        candidates.add(F(1, n - k))
        candidates.update(row[j] / (n - k) for row in rows for j in range(m))
    ordered = sorted(candidates)
    for low, high in zip(ordered, ordered[1:], strict=False):
        at_low, at_high = allocation_at(low), allocation_at(high)
        if sum(at_low) <= 1 <= sum(at_high):
            if sum(at_high) == sum(at_low):
                return at_low
            fraction = (1 - sum(at_low)) / (sum(at_high) - sum(at_low))
            return [lo + fraction * (hi - lo) for lo, hi in zip(at_low, at_high, strict=True)]
    raise AssertionError("the sum never reached 1")


coin_ballots = st.integers(min_value=2, max_value=5).flatmap(
    lambda options: st.lists(
        st.lists(st.integers(0, 10), min_size=options, max_size=options).filter(any),
        min_size=1,
        max_size=7,
    )
)


def test_three_on_a_one_on_b_gives_three_quarters_a():
    ballots = [[1, 0, 0], [1, 0, 0], [1, 0, 0], [0, 1, 0]]
    assert independent_markets_exact(ballots) == [F(3, 4), F(1, 4), F(0)]
    assert independent_markets(ballots) == pytest.approx([0.75, 0.25, 0.0], abs=1e-12)


def test_independent_markets_does_not_give_the_normalised_median():
    ballots = [[1, 0, 0], [1, 0, 0], [1, 0, 0], [0, 1, 0]]
    medians = np.median(np.array(ballots), axis=0)
    assert list(medians / medians.sum()) == [1.0, 0.0, 0.0]
    assert independent_markets_exact(ballots) != [1, 0, 0]


def test_three_identical_ballots_give_that_ballot_back_exactly():
    ballot = [F(2, 5), F(7, 20), F(1, 4)]
    assert independent_markets_exact([ballot] * 3) == ballot
    assert independent_markets([[0.4, 0.35, 0.25]] * 3) == pytest.approx(
        [0.4, 0.35, 0.25], abs=1e-12
    )


def test_a_single_ballot_is_its_own_result():
    assert independent_markets_exact([[F(1, 3), F(2, 3)]]) == [F(1, 3), F(2, 3)]


def test_coins_become_shares_by_dividing_by_the_total():
    assert shares_from_coins([[6, 3, 1], [0, 0, 4]]) == [
        [F(3, 5), F(3, 10), F(1, 10)],
        [F(0), F(0), F(1)],
    ]


def test_two_opposed_voters_and_a_compromiser():
    ballots = shares_from_coins([[10, 0], [0, 10], [5, 5]])
    assert independent_markets_exact(ballots) == [F(1, 2), F(1, 2)]


def test_exact_result_matches_the_brute_force_reference_on_a_mixed_example():
    ballots = shares_from_coins([[5, 3, 2, 0], [0, 10, 0, 0], [1, 1, 1, 7], [2, 2, 2, 4]])
    assert independent_markets_exact(ballots) == reference_independent_markets(ballots)


def test_decimal_and_float_shares_are_read_as_the_decimals_they_print_as():
    assert independent_markets_exact([[0.1, 0.2, 0.7]]) == [F(1, 10), F(1, 5), F(7, 10)]


def test_weighted_ballot_counts_as_that_many_copies():
    ballots = [[1, 0], [0, 1]]
    assert independent_markets_exact(ballots, weights=[3, 1]) == [F(3, 4), F(1, 4)]
    assert independent_markets(ballots, weights=[3, 1]) == pytest.approx([0.75, 0.25])


def test_ballots_of_weight_zero_are_left_out():
    ballots = shares_from_coins([[7, 3], [0, 10], [10, 0]])
    assert independent_markets_exact(ballots, weights=[1, 0, 1]) == independent_markets_exact(
        [ballots[0], ballots[2]]
    )


def test_large_float_profile_agrees_with_exact_to_a_billionth():
    rng = np.random.default_rng(11)
    coins = rng.integers(0, 11, size=(400, 6))
    coins[:, 0] += 1
    exact = independent_markets_exact(shares_from_coins(coins.tolist()))
    fast = independent_markets(coins / coins.sum(axis=1, keepdims=True))
    assert max(abs(a - float(b)) for a, b in zip(fast, exact, strict=True)) < 1e-9


def test_numpy_and_list_input_give_the_same_answer():
    rng = np.random.default_rng(3)
    values = rng.dirichlet(np.ones(4), size=50)
    assert independent_markets(values) == independent_markets(values.tolist())


@settings(max_examples=80, deadline=None)
@given(coin_ballots)
def test_exact_rule_equals_the_reference_definition(coins):
    ballots = shares_from_coins(coins)
    assert independent_markets_exact(ballots) == reference_independent_markets(ballots)


@settings(max_examples=60, deadline=None)
@given(coin_ballots, st.data())
def test_weighted_exact_rule_equals_the_reference_with_repeated_ballots(coins, data):
    ballots = shares_from_coins(coins)
    weights = data.draw(
        st.lists(st.integers(0, 4), min_size=len(ballots), max_size=len(ballots)).filter(any)
    )
    expected = reference_independent_markets(ballots, weights)
    assert independent_markets_exact(ballots, weights=weights) == expected
    repeated = [row for row, weight in zip(ballots, weights, strict=True) for _ in range(weight)]
    assert independent_markets_exact(repeated) == expected
    fast = independent_markets([[float(v) for v in row] for row in ballots], weights=weights)
    assert fast == pytest.approx([float(v) for v in expected], abs=1e-9)


@settings(max_examples=60, deadline=None)
@given(coin_ballots)
def test_float_and_exact_versions_agree_to_a_billionth(coins):
    ballots = shares_from_coins(coins)
    exact = independent_markets_exact(ballots)
    fast = independent_markets([[float(v) for v in row] for row in ballots])
    assert fast == pytest.approx([float(v) for v in exact], abs=1e-9)


@settings(max_examples=40, deadline=None)
@given(coin_ballots, st.integers(1, 5))
def test_multiplying_every_weight_by_the_same_number_changes_nothing(coins, factor):
    ballots = shares_from_coins(coins)
    weights = [F(i + 1, 3) for i in range(len(ballots))]
    scaled = [weight * factor for weight in weights]
    assert independent_markets_exact(ballots, weights=weights) == independent_markets_exact(
        ballots, weights=scaled
    )
