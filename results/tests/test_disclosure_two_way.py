"""Options by respondent group: merge small groups first, then hide, then protect the totals."""

import pytest

from results.disclosure import (
    NHS,
    OTHER_GROUPS,
    PUBLIC,
    STAFF,
    DisclosureInputError,
    Reason,
    Status,
    plan_groups,
    two_way_table,
)

OPTIONS = ["shared-lives", "home-care"]


def column_markers(table, key):
    column = table.group(key)
    return column.n.marker, [cell.marker for cell in column.cells]


def test_small_groups_are_merged_before_anything_is_hidden():
    counts = {
        "workers": {"shared-lives": 30, "home-care": 20},
        "carers": {"shared-lives": 4, "home-care": 2},
        "users": {"shared-lives": 5, "home-care": 3},
    }
    sizes = {"workers": 50, "carers": 6, "users": 8}
    table = two_way_table(counts, options=OPTIONS, group_sizes=sizes, profile=PUBLIC)
    assert [column.key for column in table.groups] == ["workers", OTHER_GROUPS]
    other = table.group(OTHER_GROUPS)
    assert other.members == ("carers", "users")
    # 6 + 8 = 14 people: big enough to show once combined, so no group is hidden outright.
    assert other.n.value == 14
    assert [cell.marker for cell in other.cells] == ["[c]", "[c]"]  # 9 and 5 are still small
    assert column_markers(table, "workers") == ("50", ["[c]", "[c]"])
    assert [cell.marker for cell in table.pooled] == ["39", "25"]
    assert table.total.value == 64


def test_merging_lets_a_group_total_be_shown_where_hiding_would_not():
    counts = {
        "workers": {"shared-lives": 30, "home-care": 20},
        "carers": {"shared-lives": 6, "home-care": 0},
        "users": {"shared-lives": 7, "home-care": 0},
    }
    sizes = {"workers": 50, "carers": 6, "users": 7}
    table = two_way_table(counts, options=OPTIONS, group_sizes=sizes, profile=PUBLIC)
    assert column_markers(table, OTHER_GROUPS) == ("13", ["13", "0"])
    assert column_markers(table, "workers") == ("50", ["30", "20"])


def test_a_combined_group_still_too_small_takes_in_the_next_smallest_group():
    sizes = {"workers": 50, "family-carers": 20, "users": 3}
    plan = plan_groups(sizes, profile=PUBLIC)
    assert plan.shown == ("workers",)
    assert plan.merged == ("family-carers", "users")
    assert plan.merged_n == 23


def test_staff_keep_groups_of_five_to_nine_as_indicative_and_merge_one_to_four():
    sizes = {"workers": 40, "carers": 7, "users": 3, "advocates": 2}
    plan = plan_groups(sizes, profile=STAFF)
    assert plan.shown == ("workers", "carers")
    assert plan.merged == ("users", "advocates")
    assert plan.merged_n == 5
    table = two_way_table(
        {
            "workers": {"shared-lives": 20, "home-care": 20},
            "carers": {"shared-lives": 7},
            "users": {"shared-lives": 3},
            "advocates": {"shared-lives": 2},
        },
        options=OPTIONS,
        group_sizes=sizes,
        profile=STAFF,
    )
    assert table.group("carers").n.status is Status.INDICATIVE
    assert table.group("carers").cells[0].status is Status.INDICATIVE
    assert table.group(OTHER_GROUPS).n.status is Status.INDICATIVE
    # 3 and 2 are never shown on their own, but their 5 together is.
    assert [cell.marker for cell in table.group(OTHER_GROUPS).cells] == ["5", "0"]


def test_a_group_nobody_answered_from_keeps_its_own_column_of_zeros():
    sizes = {"workers": 30, "carers": 0}
    plan = plan_groups(sizes, profile=PUBLIC)
    assert plan.shown == ("workers", "carers") and plan.merged == ()
    table = two_way_table(
        {"workers": {"shared-lives": 10, "home-care": 20}},
        options=OPTIONS,
        group_sizes=sizes,
        profile=PUBLIC,
    )
    assert column_markers(table, "carers") == ("0", ["0", "0"])


def test_everyone_together_under_the_threshold_hides_the_whole_table():
    table = two_way_table(
        {"workers": {"shared-lives": 5}, "carers": {"home-care": 3}},
        options=OPTIONS,
        group_sizes={"workers": 5, "carers": 3},
        profile=PUBLIC,
    )
    assert table.plan.too_few_in_total
    assert table.total.words == "fewer than 10 people"
    assert all(cell.hidden for cell in table.pooled)
    assert all(cell.hidden for column in table.groups for cell in column.cells)


def test_a_hidden_cell_in_a_row_hides_another_so_the_pooled_count_gives_nothing_away():
    counts = {
        "workers": {"shared-lives": 40, "home-care": 60},
        "carers": {"shared-lives": 3, "home-care": 47},
        "users": {"shared-lives": 25, "home-care": 25},
    }
    sizes = {"workers": 100, "carers": 50, "users": 50}
    table = two_way_table(counts, options=OPTIONS, group_sizes=sizes, profile=PUBLIC)
    # The 3 goes; "users" (25) is the smallest other cell in its row, so it goes too. Each of
    # those columns then has one hidden cell under a shown n, so their other cell goes as well.
    assert column_markers(table, "carers") == ("50", ["[c]", "[c]"])
    assert column_markers(table, "users") == ("50", ["[c]", "[c]"])
    assert column_markers(table, "workers") == ("100", ["40", "60"])
    assert table.group("users").cells[0].reason is Reason.PROTECTS_ANOTHER
    assert [cell.marker for cell in table.pooled] == ["68", "132"]


def test_the_same_plan_can_be_shared_by_every_table_on_a_screen():
    sizes = {"workers": 50, "carers": 6, "users": 8}
    plan = plan_groups(sizes, profile=PUBLIC)
    table = two_way_table(
        {"workers": {"shared-lives": 50}, "carers": {"shared-lives": 6}, "users": {"home-care": 8}},
        options=OPTIONS,
        group_sizes=sizes,
        profile=PUBLIC,
        plan=plan,
    )
    assert table.plan is plan
    with pytest.raises(DisclosureInputError, match="different groups"):
        two_way_table({}, options=OPTIONS, group_sizes={"workers": 50}, profile=PUBLIC, plan=plan)


def test_nhs_rounds_each_group_and_the_pooled_counts_on_their_own():
    counts = {
        "workers": {"shared-lives": 12, "home-care": 21},
        "carers": {"shared-lives": 9, "home-care": 4},
    }
    table = two_way_table(
        counts, options=OPTIONS, group_sizes={"workers": 33, "carers": 13}, profile=NHS
    )
    assert column_markers(table, "workers") == ("35", ["10", "20"])
    assert column_markers(table, "carers") == ("15", ["10", "[c]"])
    assert [cell.marker for cell in table.pooled] == ["20", "25"]
    assert table.total.value == 45
    assert table.group("workers").cells[0].share == pytest.approx(10 / 35)


@pytest.mark.parametrize(
    ("counts", "sizes", "message"),
    [
        ({"nobody": {"shared-lives": 1}}, {"workers": 10}, "unknown groups"),
        ({"workers": {"day-centre": 1}}, {"workers": 10}, "unknown options"),
        ({"workers": {"shared-lives": 11}}, {"workers": 10}, "bigger than the group"),
        ({}, {OTHER_GROUPS: 10}, "kept for the combined column"),
        ({}, {}, "no groups"),
    ],
)
def test_bad_group_tables_are_refused(counts, sizes, message):
    with pytest.raises(DisclosureInputError, match=message):
        two_way_table(counts, options=OPTIONS, group_sizes=sizes, profile=PUBLIC)


def test_totals_that_only_reveal_a_small_count_together_are_hidden_too():
    # Each line on its own has two or more hidden cells, but the group sizes (5 + 5 = 17 - 7)
    # and the "all people" count for "d" (12) together would give away the users' 2.
    counts = {
        "workers": {"d": 5},
        "carers": {"d": 5},
        "users": {"b": 1, "c": 4, "d": 2},
    }
    table = two_way_table(
        counts,
        options=["a", "b", "c", "d"],
        group_sizes={"workers": 5, "carers": 5, "users": 7},
        profile=STAFF,
    )
    assert table.group("users").cells[3].reason is Reason.SMALL
    # Every cell beside the 2 is hidden already, so the smaller total beside it goes: users' 7.
    users_n = table.group("users").n
    assert users_n.hidden and users_n.reason is Reason.PROTECTS_ANOTHER
    assert table.pooled[3].value == 12
