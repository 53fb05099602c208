"""One question's counts for everyone: thresholds, secondary suppression, zeros and profiles."""

import pytest

from results.disclosure import (
    NHS,
    PUBLIC,
    STAFF,
    DisclosureInputError,
    Reason,
    Status,
    disclose_count,
    one_way_table,
    profile_for,
)


def markers(table):
    return [cell.marker for cell in table.cells]


@pytest.mark.parametrize(
    ("count", "status", "value"),
    [(9, Status.SUPPRESSED, None), (10, Status.SHOWN, 10), (11, Status.SHOWN, 11)],
)
def test_public_threshold_is_ten_people(count, status, value):
    cell = disclose_count(count, profile=PUBLIC)
    assert (cell.status, cell.value) == (status, value)


def test_nine_people_are_described_in_words_never_a_symbol():
    cell = disclose_count(9, profile=PUBLIC)
    assert cell.words == "fewer than 10 people"
    assert cell.reason is Reason.SMALL
    assert cell.marker == "[c]"


def test_a_table_of_nine_people_hides_everything_even_its_zeros():
    table = one_way_table({"shared-lives": 9, "home-care": 0}, profile=PUBLIC)
    assert markers(table) == ["[c]", "[c]"]
    assert table.total.hidden
    assert table.total.words == "fewer than 10 people"


def test_a_table_of_ten_people_shows_its_total_and_safe_cells():
    table = one_way_table({"shared-lives": 10, "home-care": 0}, profile=PUBLIC)
    assert markers(table) == ["10", "0"]
    assert table.total.value == 10
    assert table.cell("shared-lives").share == 1.0


def test_eleven_people_split_ten_and_one_hide_both_cells_and_the_total():
    # 1 and 10 with a total of 11: the 10 must go to protect the 1, but then a reader who knows a
    # hidden "small" cell is at least 1 and the other is at least 10 can still solve it, so the
    # total goes too.
    table = one_way_table({"a": 1, "b": 10, "c": 0}, profile=PUBLIC)
    assert markers(table) == ["[c]", "[c]", "0"]
    assert table.total.hidden


def test_a_total_that_would_reveal_a_hidden_cell_hides_the_next_smallest_cell():
    table = one_way_table({"a": 3, "b": 12, "c": 50, "d": 40}, profile=PUBLIC)
    assert markers(table) == ["[c]", "[c]", "50", "40"]
    assert table.cell("a").reason is Reason.SMALL
    assert table.cell("b").reason is Reason.PROTECTS_ANOTHER
    assert table.cell("b").words == "hidden so that a small number cannot be worked out"
    assert table.total.value == 105


def test_secondary_suppression_never_picks_a_zero_because_hiding_it_protects_nobody():
    table = one_way_table({"a": 3, "b": 0, "c": 20, "d": 30}, profile=PUBLIC)
    assert markers(table) == ["[c]", "0", "[c]", "30"]


def test_two_small_cells_that_add_up_to_under_ten_are_still_a_small_count():
    # 3 + 4 = 7 people can be read off as "total minus the shown cells", so one more goes.
    table = one_way_table({"a": 3, "b": 4, "c": 40, "d": 50}, profile=PUBLIC)
    assert markers(table) == ["[c]", "[c]", "[c]", "50"]


def test_no_secondary_suppression_when_people_could_choose_several_options():
    # 60 people answered a "choices" question; the counts add up to more than 60, so the total
    # gives nothing away.
    table = one_way_table({"a": 3, "b": 40, "c": 50}, profile=PUBLIC, total=60)
    assert markers(table) == ["[c]", "40", "50"]
    assert table.cell("b").share == pytest.approx(40 / 60)


def test_staff_see_five_to_nine_as_indicative_only_and_never_one_to_four():
    table = one_way_table({"a": 4, "b": 5, "c": 9, "d": 10, "e": 30}, profile=STAFF)
    statuses = [cell.status for cell in table.cells]
    assert statuses == [
        Status.SUPPRESSED,
        Status.SUPPRESSED,  # protects the 4: the smallest shown cell
        Status.INDICATIVE,
        Status.SHOWN,
        Status.SHOWN,
    ]
    assert table.cell("a").words == "fewer than 5 people"
    assert table.cell("c").words == "indicative only"
    assert table.cell("c").value == 9


def test_staff_table_of_seven_people_is_indicative_only():
    table = one_way_table({"a": 7, "b": 0}, profile=STAFF)
    assert table.total.status is Status.INDICATIVE
    assert markers(table) == ["7", "0"]


def test_nhs_hides_one_to_seven_and_rounds_the_rest_to_the_nearest_five():
    table = one_way_table({"a": 7, "b": 8, "c": 12, "d": 13, "e": 0}, profile=NHS)
    assert markers(table) == ["[c]", "10", "10", "15", "0"]
    assert table.cell("b").status is Status.ROUNDED
    assert table.cell("b").words == "rounded to the nearest 5"
    assert table.cell("e").status is Status.SHOWN
    # The total is worked out from the real counts, then rounded on its own: 40.
    assert table.total.value == 40


def test_nhs_percentages_come_from_the_rounded_numbers():
    table = one_way_table({"a": 12, "b": 31}, profile=NHS)
    # Rounded: 10 and 30 out of 45 (43 rounded), not 12 / 43.
    assert table.total.value == 45
    assert table.cell("a").share == pytest.approx(10 / 45)
    assert table.cell("b").share == pytest.approx(30 / 45)


def test_nhs_profile_does_not_hide_extra_cells_because_rounding_protects_the_total():
    table = one_way_table({"a": 3, "b": 12, "c": 50}, profile=NHS)
    assert markers(table) == ["[c]", "10", "50"]


def test_hidden_cells_do_not_carry_their_true_count():
    table = one_way_table({"a": 3, "b": 12, "c": 50}, profile=PUBLIC)
    assert all(cell.value is None and cell.share is None for cell in table.cells[:2])


def test_profiles_can_be_chosen_by_key_for_exports():
    assert profile_for("public") is PUBLIC
    assert profile_for("staff") is STAFF
    with pytest.raises(DisclosureInputError, match="no disclosure profile called 'open'"):
        profile_for("open")


@pytest.mark.parametrize(
    ("counts", "total", "message"),
    [
        ({}, None, "no options"),
        ({"a": -1}, None, "cannot be negative"),
        ({"a": True}, None, "whole number"),
        ({"a": 2.5}, None, "whole number"),
        ({"a": 20}, 10, "smaller than one of its counts"),
    ],
)
def test_bad_counts_are_refused_not_repaired(counts, total, message):
    with pytest.raises(DisclosureInputError, match=message):
        one_way_table(counts, profile=PUBLIC, total=total)
