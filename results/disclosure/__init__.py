"""Disclosure control for Shared Say results: pure Python, no Django.

Every result that leaves the database goes through here first (rules R1 to R4):

- ``one_way_table`` and ``two_way_table``: counts per option, alone or per respondent group, with
  small groups merged, small counts hidden and the cells hidden that a total would give away;
- ``plan_groups``: which groups are combined, to share between the tables on one screen;
- ``disclose_count`` and ``disclose_statistic``: one count, or an average or coin shares with n;
- ``PUBLIC``, ``STAFF`` and ``NHS``: the profiles; ``profile_for("public")`` by key.

What comes back are frozen dataclasses holding only displayable numbers. Hidden cells carry plain
English words ("fewer than 10 people") for screens and ``marker`` ("[c]") for spreadsheets. See
docs/adr/011-disclosure-control.md for the choices made.
"""

from .errors import DisclosureInputError
from .groups import OTHER_GROUPS, OTHER_GROUPS_NAME, GroupPlan, plan_groups
from .profiles import (
    NHS,
    PROFILES,
    PUBLIC,
    STAFF,
    SUPPRESSED_MARKER,
    Cell,
    DisclosureProfile,
    Reason,
    Status,
    disclose_count,
    profile_for,
)
from .statistics import DisclosedStatistic, disclose_statistic
from .tables import GroupColumn, OneWayTable, TwoWayTable, one_way_table, two_way_table

__all__ = [
    "NHS",
    "OTHER_GROUPS",
    "OTHER_GROUPS_NAME",
    "PROFILES",
    "PUBLIC",
    "STAFF",
    "SUPPRESSED_MARKER",
    "Cell",
    "DisclosedStatistic",
    "DisclosureInputError",
    "DisclosureProfile",
    "GroupColumn",
    "GroupPlan",
    "OneWayTable",
    "Reason",
    "Status",
    "TwoWayTable",
    "disclose_count",
    "disclose_statistic",
    "one_way_table",
    "plan_groups",
    "profile_for",
    "two_way_table",
]
