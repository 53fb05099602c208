"""Stratified bootstrap: intervals for shares, and how often each project is funded."""

import numpy as np
import pytest

from consultations.allocation import (
    InvalidSettingError,
    bootstrap_equal_shares,
    bootstrap_shares,
    independent_markets,
    mean_shares,
)
from consultations.allocation.bootstrap import stratified_resamples


def _ballots(count, seed=5):
    return np.random.default_rng(seed).dirichlet(np.ones(3), size=count)


def test_resamples_keep_every_group_the_same_size_and_in_place():
    groups = np.array([0, 0, 0, 1, 1, 2])
    rows = stratified_resamples(groups, 200, np.random.default_rng(1))
    assert rows.shape == (200, 6)
    assert (groups[rows] == groups).all()
    assert len(np.unique(rows[:, :3])) == 3  # draws vary within the group


def test_the_same_seed_gives_the_same_intervals():
    ballots = _ballots(40)
    first = bootstrap_shares(ballots, resamples=50, seed=3)
    assert bootstrap_shares(ballots, resamples=50, seed=3) == first
    assert bootstrap_shares(ballots, resamples=50, seed=4) != first


def test_intervals_surround_the_middle_of_the_resampled_results():
    ballots = _ballots(60)
    intervals = bootstrap_shares(ballots, resamples=200, seed=0)
    for interval, share in zip(
        intervals.independent_markets, independent_markets(ballots), strict=True
    ):
        assert interval.estimate == pytest.approx(share)
        assert 0 <= interval.lower < interval.upper <= 1
        assert interval.lower - 0.02 <= share <= interval.upper + 0.02
    for interval, share in zip(intervals.mean, mean_shares(ballots), strict=True):
        assert interval.lower <= share <= interval.upper


def test_stratifying_by_group_removes_variation_between_groups():
    # Everyone in a group agrees, so only the mix of groups could vary; stratifying fixes it.
    ballots = [[1, 0]] * 30 + [[0, 1]] * 10
    groups = ["workers"] * 30 + ["carers"] * 10
    stratified = bootstrap_shares(ballots, groups=groups, resamples=100)
    assert [(i.lower, i.upper) for i in stratified.independent_markets] == [
        pytest.approx((0.75, 0.75)),
        pytest.approx((0.25, 0.25)),
    ]
    pooled = bootstrap_shares(ballots, resamples=100)
    assert pooled.independent_markets[0].upper - pooled.independent_markets[0].lower > 0.1


def test_equal_voice_intervals_centre_on_the_equal_voice_result():
    ballots = [[1, 0]] * 30 + [[0, 1]] * 10
    groups = ["workers"] * 30 + ["carers"] * 10
    intervals = bootstrap_shares(ballots, groups=groups, equal_voice=True, resamples=50)
    assert intervals.independent_markets[0].estimate == pytest.approx(0.5)
    assert intervals.mean[0].estimate == pytest.approx(0.5)
    assert intervals.mean[0].upper == pytest.approx(0.5)


def test_unanimous_ballots_have_no_uncertainty():
    intervals = bootstrap_shares([[0.2, 0.8]] * 12, resamples=30)
    assert intervals.independent_markets[1].lower == pytest.approx(0.8)
    assert intervals.independent_markets[1].upper == pytest.approx(0.8)


def test_bootstrap_settings_are_checked():
    with pytest.raises(InvalidSettingError):
        bootstrap_shares([[1.0]], resamples=0)
    with pytest.raises(InvalidSettingError):
        bootstrap_shares([[1.0]], confidence=95.0)
    with pytest.raises(InvalidSettingError):
        bootstrap_shares([[1.0]], seed=-1)


def test_funding_frequency_is_one_for_sure_things_and_zero_for_the_unsupported():
    projects = {"hall": 50, "pool": 80, "shed": 10}
    votes = [{"hall"}] * 8 + [{"pool", "hall"}] * 2
    frequencies = bootstrap_equal_shares(projects, votes, 100, resamples=40)
    assert frequencies.funded == ("hall",)
    assert frequencies.frequency["hall"] == 1.0
    assert frequencies.frequency["shed"] == 0.0
    assert set(frequencies.frequency) == set(projects)


def test_a_groups_own_project_is_always_funded_when_resampling_within_groups():
    # Carers are a third of voters and vote only for "respite", which costs a third of the budget,
    # so it survives every resample. Whether the others can afford the hall depends on who is drawn.
    projects = {"respite": 100, "hall": 110, "gym": 60}
    votes = [{"respite"}] * 5 + [{"hall"}] * 6 + [{"gym"}] * 4
    groups = ["carers"] * 5 + ["others"] * 10
    frequencies = bootstrap_equal_shares(
        projects, votes, 300, groups=groups, resamples=60, seed=2, completion=False
    )
    assert set(frequencies.funded) == {"respite", "hall", "gym"}
    assert frequencies.frequency["respite"] == 1.0
    assert 0.3 < frequencies.frequency["hall"] < 0.95
