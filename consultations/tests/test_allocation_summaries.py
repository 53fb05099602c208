"""The plain numbers beside the fair rule: means, per-group results, equal voice and labels."""

from fractions import Fraction

import pytest

from consultations.allocation import (
    EmptyInputError,
    SampleSizeLabel,
    equal_voice_shares,
    equal_voice_weights,
    group_results,
    independent_markets,
    mean_shares,
    sample_size_label,
)


@pytest.mark.parametrize(
    ("ballots", "label"),
    [
        (0, SampleSizeLabel.HIDDEN),
        (4, SampleSizeLabel.HIDDEN),
        (5, SampleSizeLabel.INDICATIVE),
        (9, SampleSizeLabel.INDICATIVE),
        (10, SampleSizeLabel.LOW),
        (29, SampleSizeLabel.LOW),
        (30, SampleSizeLabel.NORMAL),
        (5000, SampleSizeLabel.NORMAL),
    ],
)
def test_sample_size_labels_follow_the_thresholds(ballots, label):
    assert sample_size_label(ballots) is label


def test_only_groups_of_fewer_than_five_are_not_shown_on_their_own():
    assert not SampleSizeLabel.HIDDEN.shown_on_its_own
    assert SampleSizeLabel.INDICATIVE.shown_on_its_own
    assert SampleSizeLabel.INDICATIVE.description == "indicative only"
    assert SampleSizeLabel.LOW.description == "low confidence"


def test_mean_is_the_plain_average_option_by_option():
    assert mean_shares([[1, 0], [0.5, 0.5]]) == [0.75, 0.25]


def test_weighted_mean_counts_a_ballot_of_weight_two_twice():
    assert mean_shares([[1, 0], [0, 1]], weights=[2, 1]) == pytest.approx([2 / 3, 1 / 3])


def test_group_results_show_each_group_and_hide_small_ones():
    ballots = [[1, 0]] * 6 + [[0, 1]] * 3
    groups = ["workers"] * 6 + ["family carers"] * 3
    workers, carers = group_results(ballots, groups)
    assert (workers.group, workers.ballots, workers.label) == (
        "workers",
        6,
        SampleSizeLabel.INDICATIVE,
    )
    assert workers.independent_markets == pytest.approx((1.0, 0.0))
    assert workers.mean == (1.0, 0.0)
    assert (carers.ballots, carers.label) == (3, SampleSizeLabel.HIDDEN)
    assert carers.independent_markets is None and carers.mean is None


def test_a_groups_result_is_independent_markets_over_that_group_alone():
    ballots = [[0.6, 0.4], [0.2, 0.8], [0.5, 0.5], [0.9, 0.1], [0.3, 0.7], [1, 0], [0, 1]]
    groups = ["a"] * 5 + ["b"] * 2
    (a, _) = group_results(ballots, groups)
    assert a.independent_markets == pytest.approx(tuple(independent_markets(ballots[:5])))


def test_equal_voice_weights_give_every_group_the_same_total():
    weights = equal_voice_weights(["big"] * 6 + ["small"] * 2)
    assert weights == [Fraction(8, 12)] * 6 + [Fraction(8, 4)] * 2
    assert sum(weights[:6]) == sum(weights[6:]) == 4


def test_equal_voice_can_leave_out_groups_below_a_minimum_size():
    weights = equal_voice_weights(["big"] * 6 + ["tiny"], min_group_size=5)
    assert weights == [Fraction(1)] * 6 + [Fraction(0)]
    with pytest.raises(EmptyInputError, match="fewer than 10"):
        equal_voice_weights(["big"] * 6, min_group_size=10)


def test_equal_voice_stops_a_large_group_outvoting_a_small_one():
    ballots = [[1, 0]] * 9 + [[0, 1]]
    groups = ["professionals"] * 9 + ["people who use support"]
    assert independent_markets(ballots) == pytest.approx([0.9, 0.1])
    assert equal_voice_shares(ballots, groups) == pytest.approx([0.5, 0.5])
