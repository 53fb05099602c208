"""Properties that make Independent Markets fair, checked on many random profiles."""

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

coin_ballots = st.integers(min_value=2, max_value=5).flatmap(
    lambda options: st.lists(
        st.lists(st.integers(0, 10), min_size=options, max_size=options).filter(any),
        min_size=1,
        max_size=8,
    )
)

float_profiles = st.tuples(
    st.integers(1, 6),  # voters
    st.integers(2, 4),  # options
    st.integers(0, 2**32 - 1),  # seed for the numbers
)


def _random_ballots(voters, options, seed):
    rng = np.random.default_rng(seed)
    values = rng.dirichlet(np.full(options, 0.7), size=voters)
    # Some exact zeros and ones, where ties and corners live.
    if voters > 1:
        values[0] = np.eye(options)[rng.integers(options)]
    return values


def _deviations(truth, rng, count):
    options = truth.size
    yield from np.eye(options)  # all coins on one option: the classic exaggeration
    for _ in range(count):
        kind = rng.integers(3)
        if kind == 0:
            yield rng.dirichlet(np.ones(options))
        elif kind == 1:  # move some share from one option to another
            moved = truth.copy()
            source, target = rng.choice(options, size=2, replace=False)
            amount = moved[source] * rng.random()
            moved[source] -= amount
            moved[target] += amount
            yield moved
        else:  # a small nudge
            nudged = np.clip(truth + rng.normal(0, 0.05, options), 0, None)
            yield nudged / nudged.sum() if nudged.sum() > 0 else np.eye(options)[0]


@settings(max_examples=80, deadline=None)
@given(coin_ballots)
def test_shares_are_never_negative_and_add_up_to_exactly_one(coins):
    result = independent_markets_exact(shares_from_coins(coins))
    assert all(share >= 0 for share in result)
    assert sum(result) == 1


@settings(max_examples=80, deadline=None)
@given(float_profiles)
def test_float_shares_are_never_negative_and_add_up_to_one(profile):
    result = independent_markets(_random_ballots(*profile))
    assert min(result) >= 0
    assert sum(result) == pytest.approx(1, abs=1e-12)


@settings(max_examples=60, deadline=None)
@given(st.integers(2, 5), st.lists(st.integers(0, 4), min_size=1, max_size=12))
def test_everyone_on_one_option_gives_exact_proportions(options, choices):
    chosen = [choice % options for choice in choices]
    ballots = [[int(option == choice) for option in range(options)] for choice in chosen]
    expected = [Fraction(chosen.count(option), len(chosen)) for option in range(options)]
    assert independent_markets_exact(ballots) == expected
    assert independent_markets(ballots) == pytest.approx([float(e) for e in expected], abs=1e-12)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.integers(0, 10), min_size=2, max_size=5).filter(any),
    st.integers(1, 9),
)
def test_unanimous_ballots_give_that_ballot_back(coins, voters):
    (ballot,) = shares_from_coins([coins])
    assert independent_markets_exact([ballot] * voters) == ballot


@settings(max_examples=60, deadline=None)
@given(coin_ballots, st.randoms(use_true_random=False))
def test_reordering_voters_changes_nothing(coins, random):
    ballots = shares_from_coins(coins)
    shuffled = ballots[:]
    random.shuffle(shuffled)
    assert independent_markets_exact(shuffled) == independent_markets_exact(ballots)


@settings(max_examples=60, deadline=None)
@given(coin_ballots, st.randoms(use_true_random=False))
def test_relabelling_options_relabels_the_result(coins, random):
    ballots = shares_from_coins(coins)
    options = len(ballots[0])
    new_position = list(range(options))
    random.shuffle(new_position)

    def relabel(row):
        moved = [Fraction(0)] * options
        for old, value in enumerate(row):
            moved[new_position[old]] = value
        return moved

    relabelled = [relabel(row) for row in ballots]
    assert independent_markets_exact(relabelled) == relabel(independent_markets_exact(ballots))


def _l1(a, b):
    return float(np.abs(np.asarray(a) - np.asarray(b)).sum())


@settings(max_examples=60, deadline=None)
@given(float_profiles, st.integers(0, 2**32 - 1))
def test_no_voter_gets_closer_to_their_ballot_by_misreporting(profile, search_seed):
    ballots = _random_ballots(*profile)
    rng = np.random.default_rng(search_seed)
    voter = int(rng.integers(len(ballots)))
    truth = ballots[voter].copy()
    honest = _l1(truth, independent_markets(ballots))
    for lie in _deviations(truth, rng, count=25):
        ballots[voter] = lie
        assert _l1(truth, independent_markets(ballots)) >= honest - 1e-9
    ballots[voter] = truth


@settings(max_examples=40, deadline=None)
@given(float_profiles, st.integers(0, 2**32 - 1))
def test_no_weighted_voter_gains_by_misreporting_either(profile, search_seed):
    ballots = _random_ballots(*profile)
    rng = np.random.default_rng(search_seed)
    weights = rng.uniform(0.1, 3.0, size=len(ballots))
    voter = int(rng.integers(len(ballots)))
    truth = ballots[voter].copy()
    honest = _l1(truth, independent_markets(ballots, weights=weights))
    for lie in _deviations(truth, rng, count=15):
        ballots[voter] = lie
        assert _l1(truth, independent_markets(ballots, weights=weights)) >= honest - 1e-9


def test_exaggerating_moves_the_mean_but_not_independent_markets_in_the_voters_favour():
    honest = [[0.6, 0.4], [0.3, 0.7], [0.5, 0.5]]
    lying = [[1.0, 0.0], [0.3, 0.7], [0.5, 0.5]]
    truth = np.array(honest[0])
    mean_gain = _l1(truth, np.mean(honest, axis=0)) - _l1(truth, np.mean(lying, axis=0))
    assert mean_gain > 0.1
    assert _l1(truth, independent_markets(lying)) >= _l1(truth, independent_markets(honest))
