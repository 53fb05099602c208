"""Fair allocation rules for Shared Say: pure Python and numpy, no Django.

Shares of resources between options, from coin ballots:

- ``independent_markets`` / ``independent_markets_exact``: the fair rule (default view);
- ``equal_voice_shares`` and ``equal_voice_weights``: the same rule, every group weighted equally;
- ``mean_shares`` and ``group_results``: the plain numbers shown beside it;
- ``bootstrap_shares``: 95% intervals; ``sample_size_label``: how far to trust a group's numbers.

Choosing costed ideas from approval votes:

- ``equal_shares``: the Method of Equal Shares, with completion and an optional greedy fill;
- ``greedy_by_votes``: ordinary counting, shown as the comparison;
- ``bootstrap_equal_shares``: how often each project is funded across resamples.

Bad input raises an ``AllocationInputError`` (a ``ValueError``) with a plain-English message. See
docs/adr/003-allocation-package.md for why this lives here and how it is meant to be used.
"""

from .approvals import ALL_VOTERS, draw_lot, greedy_by_votes
from .bootstrap import (
    FundingFrequencies,
    ShareInterval,
    ShareIntervals,
    bootstrap_equal_shares,
    bootstrap_shares,
)
from .equal_shares import equal_shares
from .errors import (
    AllocationInputError,
    BallotLengthError,
    BallotTotalError,
    EmptyInputError,
    InvalidMoneyError,
    InvalidNumberError,
    InvalidSettingError,
    UnknownProjectError,
)
from .independent_markets import independent_markets, independent_markets_exact
from .results import EqualSharesResult, FundedProject, GreedyResult, Stage
from .summaries import (
    GroupResult,
    SampleSizeLabel,
    equal_voice_shares,
    equal_voice_weights,
    group_results,
    mean_shares,
    sample_size_label,
)
from .validation import Number, shares_from_coins

__all__ = [
    "ALL_VOTERS",
    "AllocationInputError",
    "BallotLengthError",
    "BallotTotalError",
    "EmptyInputError",
    "EqualSharesResult",
    "FundedProject",
    "FundingFrequencies",
    "GreedyResult",
    "GroupResult",
    "InvalidMoneyError",
    "InvalidNumberError",
    "InvalidSettingError",
    "Number",
    "SampleSizeLabel",
    "ShareInterval",
    "ShareIntervals",
    "Stage",
    "UnknownProjectError",
    "bootstrap_equal_shares",
    "bootstrap_shares",
    "draw_lot",
    "equal_shares",
    "equal_voice_shares",
    "equal_voice_weights",
    "greedy_by_votes",
    "group_results",
    "independent_markets",
    "independent_markets_exact",
    "mean_shares",
    "sample_size_label",
    "shares_from_coins",
]
