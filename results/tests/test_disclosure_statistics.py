"""Averages and coin shares are shown only when enough people are behind them."""

import pytest

from results.disclosure import NHS, PUBLIC, STAFF, Status, disclose_statistic

SHARES = (0.5, 0.3, 0.2)


@pytest.mark.parametrize(
    ("n", "status", "shown"),
    [(9, Status.SUPPRESSED, False), (10, Status.SHOWN, True), (11, Status.SHOWN, True)],
)
def test_public_coin_shares_need_ten_people(n, status, shown):
    result = disclose_statistic(SHARES, n=n, profile=PUBLIC)
    assert result.status is status
    assert (result.value == SHARES) is shown
    if not shown:
        assert result.value is None
        assert result.words == "fewer than 10 people"
        assert result.n.marker == "[c]"


def test_staff_see_an_average_from_five_to_nine_people_as_indicative():
    assert disclose_statistic(3.2, n=4, profile=STAFF).value is None
    result = disclose_statistic(3.2, n=7, profile=STAFF)
    assert (result.value, result.status, result.words) == (
        3.2,
        Status.INDICATIVE,
        "indicative only",
    )


def test_nhs_shows_the_average_itself_but_rounds_its_n():
    result = disclose_statistic(3.2, n=12, profile=NHS)
    assert result.value == 3.2
    assert result.n.value == 10
    assert disclose_statistic(3.2, n=7, profile=NHS).hidden


def test_nobody_answering_gives_no_average():
    result = disclose_statistic(0.0, n=0, profile=STAFF)
    assert result.value is None
    assert result.words == "nobody answered"
