"""Shares in easy-read words and counts for the public results page."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from results.disclosure import PUBLIC, STAFF, DisclosureInputError, one_way_table
from results.easy_read import Band, cell_in_words, share_in_words


@pytest.mark.parametrize(
    ("count", "total", "text"),
    [
        (34, 50, "most people (about 7 in 10)"),
        (0, 50, "nobody"),
        (20, 20, "everyone"),
        (48, 50, "almost everyone"),  # 0.96
        (475, 500, "almost everyone"),  # 0.95 exactly
        (474, 500, "most people (about 9 in 10)"),
        (25, 50, "about half (about 5 in 10)"),
        (225, 500, "about half (about 5 in 10)"),  # 0.45 rounds half up to 5
        (224, 500, "some people (about 4 in 10)"),
        (15, 100, "some people (about 2 in 10)"),
        (14, 100, "a few people (about 1 in 10)"),
        (10, 200, "a few people (about 1 in 10)"),  # 0.05
        (10, 250, "very few people (fewer than 1 in 10)"),  # 0.04
    ],
)
def test_shares_become_words_not_percentages(count, total, text):
    assert share_in_words(count, total).text == text


def test_words_come_with_the_count_beside_them():
    words = share_in_words(34, 50)
    assert (words.band, words.in_ten) == (Band.MOST, 7)
    assert words.count_text == "34 out of 50 people"


@pytest.mark.parametrize(("count", "total"), [(9, 9), (3, 50), (9, 200), (0, 9)])
def test_fewer_than_ten_people_are_never_described(count, total):
    words = share_in_words(count, total)
    assert words.band is Band.TOO_FEW
    assert words.text == "fewer than 10 people"
    assert words.count_text == ""


def test_ten_people_can_be_described():
    assert share_in_words(10, 10).text == "everyone"


def test_staff_profile_describes_from_five_people():
    assert share_in_words(4, 40, profile=STAFF).text == "fewer than 5 people"
    assert share_in_words(5, 40, profile=STAFF).text == "a few people (about 1 in 10)"


def test_words_for_table_cells_never_say_more_than_the_table():
    table = one_way_table({"shared-lives": 34, "homeshare": 3, "home-care": 13}, profile=PUBLIC)
    assert cell_in_words(table.cell("shared-lives"), table.total).text == (
        "most people (about 7 in 10)"
    )
    assert cell_in_words(table.cell("homeshare"), table.total).text == "fewer than 10 people"
    # Hidden only to protect the 3: it may be large, so it must not say "fewer than 10".
    hidden_to_protect = cell_in_words(table.cell("home-care"), table.total)
    assert hidden_to_protect.band is Band.NOT_SHOWN
    assert hidden_to_protect.text == "not shown, to keep people's answers private"


def test_a_hidden_total_hides_every_share():
    table = one_way_table({"shared-lives": 9}, profile=PUBLIC)
    assert cell_in_words(table.cell("shared-lives"), table.total).band is Band.TOO_FEW


def test_a_count_above_its_total_is_refused():
    with pytest.raises(DisclosureInputError):
        share_in_words(51, 50)


@given(total=st.integers(10, 2000), data=st.data())
def test_about_n_in_10_is_within_half_of_the_true_share(total, data):
    count = data.draw(st.integers(10, total - 1)) if total > 10 else 10
    words = share_in_words(count, total)
    if words.in_ten is not None:
        assert abs(words.in_ten - 10 * count / total) <= 0.5
    bands = list(Band)
    bigger = share_in_words(min(count + 1, total), total)
    # More people never gives a smaller band.
    assert bands.index(bigger.band) >= bands.index(words.band)
