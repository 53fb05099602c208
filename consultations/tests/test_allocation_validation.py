"""Bad input gets a clear, plain-English error: never a silent wrong answer."""

import math
from decimal import Decimal
from fractions import Fraction

import numpy as np
import pytest

from consultations.allocation import (
    AllocationInputError,
    BallotLengthError,
    BallotTotalError,
    EmptyInputError,
    InvalidMoneyError,
    InvalidNumberError,
    InvalidSettingError,
    UnknownProjectError,
    equal_shares,
    equal_voice_shares,
    greedy_by_votes,
    group_results,
    independent_markets,
    independent_markets_exact,
    mean_shares,
    sample_size_label,
    shares_from_coins,
)

SHARE_RULES = [independent_markets, independent_markets_exact, mean_shares]


@pytest.mark.parametrize("rule", SHARE_RULES)
def test_no_ballots_is_refused(rule):
    with pytest.raises(EmptyInputError, match="There are no ballots to count"):
        rule([])


@pytest.mark.parametrize("rule", SHARE_RULES)
def test_ballots_with_no_options_are_refused(rule):
    with pytest.raises(EmptyInputError, match="no options"):
        rule([[]])


@pytest.mark.parametrize("rule", SHARE_RULES)
def test_ballots_of_different_lengths_are_refused(rule):
    with pytest.raises(BallotLengthError, match="Ballot 2 has 2 values but ballot 1 has 3"):
        rule([[0.5, 0.5, 0], [0.5, 0.5]])


@pytest.mark.parametrize("rule", SHARE_RULES)
def test_negative_shares_are_refused(rule):
    with pytest.raises(InvalidNumberError, match="Ballot 1, option 2 is -0.5, which is negative"):
        rule([[1.5, -0.5]])


@pytest.mark.parametrize("rule", SHARE_RULES)
@pytest.mark.parametrize("value", ["0.5", None, True, [0.5]])
def test_non_numeric_shares_are_refused(rule, value):
    with pytest.raises(InvalidNumberError, match="Ballot 1, option 1 is .*not a number"):
        rule([[value, 0.5]])


@pytest.mark.parametrize("rule", SHARE_RULES)
@pytest.mark.parametrize("value", [math.nan, math.inf, Decimal("NaN")])
def test_not_finite_shares_are_refused(rule, value):
    with pytest.raises(InvalidNumberError, match="not a finite number"):
        rule([[value, 0.5]])


def test_numpy_input_is_checked_too_and_names_the_bad_cell():
    values = np.array([[0.5, 0.5], [0.5, np.nan]])
    with pytest.raises(InvalidNumberError, match="Ballot 2, option 2"):
        independent_markets(values)
    with pytest.raises(BallotLengthError, match="one row per ballot"):
        independent_markets(np.array([0.5, 0.5]))


@pytest.mark.parametrize("rule", SHARE_RULES)
def test_ballots_that_do_not_add_up_to_one_are_refused(rule):
    with pytest.raises(BallotTotalError, match="Ballot 2 adds up to 7.* shares_from_coins"):
        rule([[0.5, 0.5], [3, 4]])


def test_the_exact_rule_needs_exact_totals_but_accepts_typed_decimals():
    with pytest.raises(BallotTotalError, match="adds up to 2/3"):
        independent_markets_exact([[Fraction(1, 3), Fraction(1, 3)]])
    assert independent_markets_exact([[Decimal("0.25"), 0.75]]) == [Fraction(1, 4), Fraction(3, 4)]


def test_the_float_rule_tolerates_rounding_but_not_more():
    assert independent_markets([[1 / 3, 1 / 3, 1 / 3 + 1e-12]]) == pytest.approx([1 / 3] * 3)
    with pytest.raises(BallotTotalError):
        independent_markets([[0.5, 0.5 + 1e-6]])
    with pytest.raises(InvalidSettingError):
        independent_markets([[1.0]], tolerance=2)


def test_a_ballot_without_coins_cannot_become_shares():
    with pytest.raises(BallotTotalError, match="Ballot 2 has no coins on it"):
        shares_from_coins([[1, 2], [0, 0]])


def test_weights_must_match_the_ballots_and_be_usable():
    ballots = [[1, 0], [0, 1]]
    with pytest.raises(BallotLengthError, match="3 weights but 2 ballots"):
        independent_markets(ballots, weights=[1, 1, 1])
    with pytest.raises(InvalidNumberError, match="The weight of ballot 2 is -1"):
        independent_markets_exact(ballots, weights=[1, -1])
    with pytest.raises(EmptyInputError, match="weight 0"):
        independent_markets(ballots, weights=[0, 0])


def test_group_labels_must_match_the_ballots_and_be_text():
    with pytest.raises(BallotLengthError, match="1 group labels but 2 ballots"):
        group_results([[1, 0], [0, 1]], ["a"])
    with pytest.raises(BallotLengthError, match="Group labels must be text"):
        equal_voice_shares([[1, 0], [0, 1]], ["a", 3])


def test_negative_costs_and_budgets_are_refused():
    with pytest.raises(InvalidMoneyError, match="The cost of 'gym' is -5, which is negative"):
        equal_shares({"gym": -5}, [{"gym"}], 100)
    with pytest.raises(InvalidMoneyError, match="The budget is -1"):
        equal_shares({"gym": 5}, [{"gym"}], -1)
    with pytest.raises(InvalidMoneyError, match="not an amount of money"):
        greedy_by_votes({"gym": "ten pounds"}, [{"gym"}], 100)


def test_approving_an_unknown_project_is_refused():
    with pytest.raises(UnknownProjectError, match="Voter 2 approved 'skate park'"):
        equal_shares({"gym": 5, "park": 5}, [{"gym"}, {"skate park"}], 100)


def test_approvals_must_be_lists_of_names_not_text():
    with pytest.raises(BallotLengthError, match="Voter 1's approvals should be a list"):
        equal_shares({"gym": 5}, ["gym"], 100)


def test_equal_shares_needs_projects_and_voters():
    with pytest.raises(EmptyInputError, match="no projects"):
        equal_shares({}, [set()], 100)
    with pytest.raises(EmptyInputError, match="no voters"):
        equal_shares({"gym": 5}, [], 100)


def test_equal_shares_settings_are_checked():
    with pytest.raises(InvalidSettingError, match="completion step must be more than 0"):
        equal_shares({"gym": 5}, [{"gym"}], 100, completion_step=0)
    with pytest.raises(InvalidSettingError, match="seed"):
        equal_shares({"gym": 5}, [{"gym"}], 100, seed="lucky")
    with pytest.raises(BallotLengthError, match="2 weights but 1 voters"):
        equal_shares({"gym": 5}, [{"gym"}], 100, weights=[1, 2])


def test_sample_size_must_be_a_whole_number_of_at_least_zero():
    with pytest.raises(InvalidSettingError):
        sample_size_label(-1)
    with pytest.raises(InvalidSettingError):
        sample_size_label(2.5)


def test_every_error_is_a_value_error_from_one_family():
    for error in (
        EmptyInputError,
        BallotLengthError,
        InvalidNumberError,
        BallotTotalError,
        InvalidMoneyError,
        UnknownProjectError,
        InvalidSettingError,
    ):
        assert issubclass(error, AllocationInputError)
        assert issubclass(error, ValueError)


def test_numpy_weights_are_checked_like_lists():
    ballots = np.array([[1.0, 0.0], [0.0, 1.0]])
    assert independent_markets(ballots, weights=np.array([3, 1])) == pytest.approx([0.75, 0.25])
    with pytest.raises(InvalidNumberError, match="The weight of ballot 2 is -1.0"):
        independent_markets(ballots, weights=np.array([1.0, -1.0]))
    with pytest.raises(InvalidNumberError, match="not a finite number"):
        independent_markets(ballots, weights=np.array([1.0, np.inf]))
    with pytest.raises(BallotLengthError, match="1 weights but 2 ballots"):
        independent_markets(ballots, weights=np.array([1.0]))
