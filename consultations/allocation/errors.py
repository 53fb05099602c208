"""Exceptions for input that cannot be allocated without guessing.

The allocation rules never repair bad input quietly: a silent wrong answer in a funding decision is
worse than an error. Every message is plain English for the person who supplied the data, and counts
ballots, voters and options from 1, as a person would.

All of them are ``ValueError`` subclasses, so callers can catch one family.
"""


class AllocationInputError(ValueError):
    """The input cannot give a trustworthy allocation."""


class EmptyInputError(AllocationInputError):
    """There is nothing to count: no ballots, no options, no voters or no projects."""


class BallotLengthError(AllocationInputError):
    """Ballots (or weights, or group labels) do not line up with each other."""


class InvalidNumberError(AllocationInputError):
    """A value is not a number, is not finite, or is negative where that makes no sense."""


class BallotTotalError(AllocationInputError):
    """A ballot's shares do not add up to 1, or a ballot has no coins on it."""


class InvalidMoneyError(AllocationInputError):
    """A project cost or the budget is negative, or not an amount of money at all."""


class UnknownProjectError(AllocationInputError):
    """A voter approved a project that is not on the list of projects."""


class InvalidSettingError(AllocationInputError):
    """A setting such as the number of resamples or the completion step is out of range."""
