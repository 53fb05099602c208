"""Checks that turn raw input into clean arrays, or raise a plain-English error.

Every public rule validates through here, so the same mistake always gets the same message. The
checks are deliberately strict: a value that is text, ``True``, NaN, infinite or negative is
refused rather than coerced, because coercing it would produce a confident but wrong allocation.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import Any, TypeAlias

import numpy as np
import numpy.typing as npt

from .errors import (
    BallotLengthError,
    BallotTotalError,
    EmptyInputError,
    InvalidMoneyError,
    InvalidNumberError,
    InvalidSettingError,
)

Number: TypeAlias = int | float | Fraction | Decimal
"""A value the rules accept: a whole number, a float, a ``Fraction`` or a ``Decimal``."""

FloatArray: TypeAlias = npt.NDArray[np.float64]

_NUMBER_TYPES = (int, float, Fraction, Decimal, np.integer, np.floating)


def is_number(value: object) -> bool:
    """True for real numbers; False for text, ``None`` and booleans (``True`` is not 1 coin)."""
    return isinstance(value, _NUMBER_TYPES) and not isinstance(value, bool | np.bool_)


def check_number(value: object, *, what: str, allow_negative: bool = False) -> None:
    """Raise ``InvalidNumberError`` unless ``value`` is a finite number (non-negative by default).

    ``what`` names the value for the message, for example ``"Ballot 2, option 3"``.
    """
    if not is_number(value):
        raise InvalidNumberError(f"{what} is {_show(value)}, which is not a number.")
    if isinstance(value, Decimal):
        finite = value.is_finite()
    elif isinstance(value, float | np.floating):
        finite = math.isfinite(value)
    else:
        finite = True
    if not finite:
        raise InvalidNumberError(f"{what} is {_show(value)}, which is not a finite number.")
    if not allow_negative and value < 0:  # type: ignore[operator]
        raise InvalidNumberError(f"{what} is {_show(value)}, which is negative. It cannot be.")


def to_fraction(value: Number) -> Fraction:
    """Convert an already-checked number to an exact ``Fraction``.

    Floats are read as the shortest decimal that prints as them, so ``0.1`` becomes exactly 1/10
    (what the person typed) rather than the nearest binary fraction.
    """
    if isinstance(value, Fraction):
        return value
    if isinstance(value, float | np.floating):
        return Fraction(repr(float(value)))
    if isinstance(value, np.integer):
        return Fraction(int(value))
    return Fraction(value)


def _show(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _rows(ballots: Iterable[Any], *, noun: str) -> list[list[Any]]:
    """Read ballots into lists, checking there is at least one and that all have equal length."""
    if isinstance(ballots, str | bytes):
        raise BallotLengthError(f"The {noun}s should be a list of lists of numbers, not text.")
    rows: list[list[Any]] = []
    for number, ballot in enumerate(ballots, start=1):
        if isinstance(ballot, str | bytes) or not isinstance(ballot, Iterable):
            raise BallotLengthError(
                f"{noun.capitalize()} {number} is {_show(ballot)}, not a list of numbers."
            )
        rows.append(list(ballot))
    if not rows:
        raise EmptyInputError(f"There are no {noun}s to count. At least one is needed.")
    width = len(rows[0])
    if width == 0:
        raise EmptyInputError(f"{noun.capitalize()} 1 has no options. There must be at least one.")
    for number, row in enumerate(rows, start=1):
        if len(row) != width:
            raise BallotLengthError(
                f"{noun.capitalize()} {number} has {len(row)} values but {noun} 1 has {width}. "
                f"Every {noun} needs one value for each option, in the same order."
            )
        for option, value in enumerate(row, start=1):
            check_number(value, what=f"{noun.capitalize()} {number}, option {option}")
    return rows


def _check_float_array(values: FloatArray, *, noun: str) -> None:
    """The fast path for numpy input: same checks, same messages, no Python loop."""
    if values.ndim != 2:
        raise BallotLengthError(
            f"The {noun}s should be a table with one row per {noun}; got {values.ndim} dimensions."
        )
    if values.shape[0] == 0:
        raise EmptyInputError(f"There are no {noun}s to count. At least one is needed.")
    if values.shape[1] == 0:
        raise EmptyInputError(f"{noun.capitalize()} 1 has no options. There must be at least one.")
    bad = ~np.isfinite(values) | (values < 0)
    if bad.any():
        row, col = (int(i) for i in np.argwhere(bad)[0])
        check_number(
            float(values[row, col]), what=f"{noun.capitalize()} {row + 1}, option {col + 1}"
        )


def float_matrix(ballots: Iterable[Any], *, noun: str = "ballot") -> FloatArray:
    """Validate a table of non-negative numbers and return it as a float array."""
    if isinstance(ballots, np.ndarray) and ballots.dtype.kind in "iuf":
        values = ballots.astype(np.float64, copy=False)
        _check_float_array(values, noun=noun)
        return values
    return np.array(_rows(ballots, noun=noun), dtype=np.float64)


def validate_shares(ballots: Iterable[Any], *, tolerance: float) -> FloatArray:
    """Validate share ballots for the float rules and rescale each to add up to exactly 1.

    A ballot may be off by at most ``tolerance`` (rounding from dividing coins); anything further
    off is a mistake, such as raw coins passed as shares, and is refused.
    """
    if not (isinstance(tolerance, float | int) and 0 <= tolerance < 1):
        raise InvalidSettingError("The tolerance must be a number from 0 up to (not including) 1.")
    values = float_matrix(ballots)
    totals = values.sum(axis=1)
    off = np.abs(totals - 1.0) > tolerance
    if off.any():
        row = int(np.argmax(off))
        raise BallotTotalError(_total_message(row + 1, f"{totals[row]:.6g}"))
    # Rescaling removes the rounding we just tolerated, so the rule sees ballots that sum to 1.
    rescaled: FloatArray = values / totals[:, None]
    return rescaled


def validate_shares_exact(ballots: Iterable[Any]) -> list[list[Fraction]]:
    """Validate share ballots for the exact rule: each must add up to exactly 1."""
    if isinstance(ballots, np.ndarray) and ballots.dtype.kind in "iuf":
        _check_float_array(ballots.astype(np.float64), noun="ballot")
        ballots = ballots.tolist()
    rows = [[to_fraction(value) for value in row] for row in _rows(ballots, noun="ballot")]
    for number, row in enumerate(rows, start=1):
        total = sum(row, Fraction(0))
        if total != 1:
            shown = str(total) if total.denominator <= 1000 else f"1 {float(total - 1):+.3g}"
            raise BallotTotalError(
                _total_message(number, shown)
                + " The exact count needs exact shares: use shares_from_coins, or fractions."
            )
    return rows


def _total_message(number: int, total: str) -> str:
    return (
        f"Ballot {number} adds up to {total}, but the shares on a ballot must add up to 1. "
        "If these are coins, convert them with shares_from_coins first."
    )


def shares_from_coins(coins: Iterable[Sequence[Number]]) -> list[list[Fraction]]:
    """Turn coin ballots into exact shares: each option's coins divided by that ballot's total.

    >>> shares_from_coins([[3, 1, 0]])
    [[Fraction(3, 4), Fraction(1, 4), Fraction(0, 1)]]
    """
    rows = [[to_fraction(value) for value in row] for row in _rows(coins, noun="ballot")]
    shares: list[list[Fraction]] = []
    for number, row in enumerate(rows, start=1):
        total = sum(row, Fraction(0))
        if total == 0:
            raise BallotTotalError(
                f"Ballot {number} has no coins on it, so it cannot be turned into shares. "
                "Leave out empty ballots, or count them separately as 'no answer'."
            )
        shares.append([value / total for value in row])
    return shares


def _weight_list(weights: Iterable[Any], count: int, *, noun: str) -> list[Any]:
    if isinstance(weights, str | bytes):
        raise BallotLengthError("The weights should be a list of numbers, not text.")
    values = list(weights)
    if len(values) != count:
        raise BallotLengthError(
            f"There are {len(values)} weights but {count} {noun}s. Give one weight per {noun}."
        )
    for number, value in enumerate(values, start=1):
        check_number(value, what=f"The weight of {noun} {number}")
    if not any(value > 0 for value in values):
        raise EmptyInputError(f"Every {noun} has weight 0, so there is nothing to count.")
    return values


def validate_weights(weights: Iterable[Any], count: int, *, noun: str = "ballot") -> FloatArray:
    """One non-negative weight per ballot (or voter), at least one of them positive."""
    if isinstance(weights, np.ndarray) and weights.dtype.kind in "iuf" and weights.ndim == 1:
        values = weights.astype(np.float64, copy=False)
        bad = ~np.isfinite(values) | (values < 0)
        if values.size != count or bad.any() or not (values > 0).any():
            # Let the general path find the first problem and describe it.
            _weight_list(values.tolist(), count, noun=noun)
        return values
    return np.array(
        [float(value) for value in _weight_list(weights, count, noun=noun)], dtype=np.float64
    )


def validate_weights_exact(
    weights: Iterable[Any], count: int, *, noun: str = "ballot"
) -> list[Fraction]:
    """As ``validate_weights``, but exact."""
    return [to_fraction(value) for value in _weight_list(weights, count, noun=noun)]


def validate_groups(groups: Iterable[Any], count: int, *, noun: str = "ballot") -> list[str]:
    """One text label per ballot (or voter), for example ``"family carers"``."""
    if isinstance(groups, str | bytes):
        raise BallotLengthError("The groups should be a list of labels, one per ballot, not text.")
    labels = list(groups)
    if len(labels) != count:
        raise BallotLengthError(
            f"There are {len(labels)} group labels but {count} {noun}s. "
            f"Give one group label per {noun}."
        )
    for number, label in enumerate(labels, start=1):
        if not isinstance(label, str) or not label:
            raise BallotLengthError(
                f"The group of {noun} {number} is {_show(label)}. Group labels must be text."
            )
    return labels


def validate_money(value: object, *, what: str) -> Fraction:
    """A cost or a budget: a finite, non-negative number, returned exactly."""
    if not is_number(value):
        raise InvalidMoneyError(f"{what} is {_show(value)}, which is not an amount of money.")
    try:
        check_number(value, what=what)
    except InvalidNumberError as error:
        raise InvalidMoneyError(str(error)) from None
    return to_fraction(value)  # type: ignore[arg-type]


def validate_count(value: object, *, what: str, minimum: int = 1) -> int:
    """A whole-number setting such as the number of resamples."""
    if not isinstance(value, int | np.integer) or isinstance(value, bool) or value < minimum:
        raise InvalidSettingError(f"{what} must be a whole number of at least {minimum}.")
    return int(value)
