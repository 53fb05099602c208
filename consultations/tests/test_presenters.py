import re

import pytest

from consultations.presenters import change_words, money_words, share_in_tens


@pytest.mark.parametrize(
    ("amount", "words"),
    [
        (48_000_000, "£48 million"),
        (2_400_000, "£2 and a half million"),
        (1_100_000, "£1 million"),
        (450_000, "£450 thousand"),
        (800, "£800"),
    ],
)
def test_money_is_shown_in_words_without_big_numbers(amount, words):
    assert money_words(amount) == words
    # Easy read avoids digits of 1,000 or more, decimals and percentages.
    assert not re.search(r"\d{4}|\d,\d|\d\.\d|%", words)


def test_share_is_counted_in_coins_out_of_ten():
    assert share_in_tens(15_000_000, 17_700_000) == 8
    assert share_in_tens(200_000, 17_700_000) == 0
    assert share_in_tens(1, 0) == 0


@pytest.mark.parametrize(
    ("now", "later", "words"),
    [(100, 120, "more money"), (100, 80, "less money"), (100, 102, "about the same money")],
)
def test_change_is_described_in_plain_words(now, later, words):
    assert change_words(now, later) == words


def test_the_share_sentence_stays_easy_read_however_long_the_name():
    from decimal import Decimal

    from accessibility.easy_read import check_text
    from consultations.presenters import ModelMoney

    long_name = "Short stay in a care home with a nurse close by for people leaving hospital"
    for coins in (0, 6):
        money = ModelMoney(
            name=long_name,
            picture=None,
            description_lines=[],
            spend_now=Decimal(1),
            spend_expected=Decimal(1),
            now_words="",
            expected_words="",
            coins_now=coins,
            change="more money",
        )
        assert not check_text(money.share_text)
        assert len(money.share_text.split()) <= 15
