"""Coins: number boxes, "Count my coins", and totals that must add up exactly."""

import pytest

from questions.types.coins import coins_left_text
from responses.models import Answer

from .journey import form_values, page_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def coins(journey):
    journey.start()
    keys = journey.option_keys("coins")
    return journey, keys


def _boxes(keys, *counts):
    return {f"coins_{key}": str(count) for key, count in zip(keys, counts, strict=False)}


def test_count_my_coins_shows_coins_left_and_keeps_what_was_typed(coins):
    journey, keys = coins
    response = journey.answer("coins", _boxes(keys, 3, 2) | {"action": "count"})
    assert response.status_code == 200
    text = page_text(response)
    assert "You have 5 coins left." in text
    assert "There is a problem" not in text
    values = form_values(response)
    assert values[f"coins_{keys[0]}"] == ["3"]
    assert values[f"coins_{keys[1]}"] == ["2"]
    assert not Answer.objects.exists()


def test_count_my_coins_says_when_too_many_are_used(coins):
    journey, keys = coins
    response = journey.answer("coins", _boxes(keys, 8, 5) | {"action": "count"})
    assert "You have used 3 coins too many." in page_text(response)


def test_continue_with_coins_left_is_an_error_that_says_how_many(coins):
    journey, keys = coins
    response = journey.answer("coins", _boxes(keys, 4, 3, 1))
    text = page_text(response)
    assert "There is a problem" in text
    assert "You have 2 coins left. Share out all 10 coins." in text
    html = response.content.decode()
    assert f'href="#id_coins_{keys[0]}"' in html
    assert "data-error-summary autofocus" in html
    assert form_values(response)[f"coins_{keys[2]}"] == ["1"]
    assert not Answer.objects.exists()


def test_continue_with_too_many_coins_says_how_many_to_take_away(coins):
    journey, keys = coins
    response = journey.answer("coins", _boxes(keys, 6, 6))
    assert "You have used 2 coins too many. Take away 2 coins." in page_text(response)
    assert not Answer.objects.exists()


def test_one_coin_left_is_said_in_the_singular(coins):
    journey, keys = coins
    response = journey.answer("coins", _boxes(keys, 9))
    assert "You have 1 coin left. Share out all 10 coins." in page_text(response)


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("-2", "cannot be less than 0"),
        ("99999999999999999999999", "You only have 10 coins."),
        ("11", "You only have 10 coins."),
        ("three", "like 2."),
        ("2.5", "like 2."),
        ("1e3", "like 2."),
        ("<b>4</b>", "like 2."),
    ],
)
def test_coins_that_are_not_a_whole_number_from_0_to_the_total_get_a_plain_error(
    coins, typed, message
):
    journey, keys = coins
    response = journey.answer("coins", {f"coins_{keys[0]}": typed, f"coins_{keys[1]}": "5"})
    assert response.status_code == 200
    assert message in page_text(response)
    assert form_values(response)[f"coins_{keys[0]}"] == [typed]
    assert not Answer.objects.exists()


def test_a_huge_number_of_digits_is_refused_without_an_error_page(coins):
    journey, keys = coins
    response = journey.answer("coins", {f"coins_{keys[0]}": "9" * 5000})
    assert response.status_code == 200
    assert not Answer.objects.exists()


def test_coins_that_add_up_are_saved_with_every_option(coins):
    journey, keys = coins
    response = journey.answer("coins", _boxes(keys, 4, 3, 2, 1))
    assert response.status_code == 302
    assert Answer.objects.get().value == {"coins": dict(zip(keys, [4, 3, 2, 1], strict=True))}


def test_empty_boxes_count_as_no_coins(coins):
    journey, keys = coins
    journey.answer("coins", {f"coins_{keys[0]}": "10"})
    assert Answer.objects.get().value["coins"] == {keys[0]: 10} | dict.fromkeys(keys[1:], 0)


def test_extra_boxes_for_options_that_are_not_on_the_page_are_ignored(coins):
    journey, keys = coins
    journey.answer("coins", _boxes(keys, 10) | {"coins_model-999999": "5", "coins_x": "1"})
    assert set(Answer.objects.get().value["coins"]) == set(keys)


def test_i_do_not_know_is_saved_instead_of_coins(coins):
    journey, keys = coins
    journey.answer("coins", {"dont_know": "on"})
    assert Answer.objects.get().value == {"dont_know": True}
    response = journey.answer("coins", _boxes(keys, 10) | {"dont_know": "on"})
    assert "Do not choose both." in page_text(response)


def test_going_back_to_coins_shows_the_saved_coins(coins):
    journey, keys = coins
    journey.answer("coins", _boxes(keys, 1, 2, 3, 4))
    response = journey.get(journey.question_url("coins"))
    assert form_values(response)[f"coins_{keys[3]}"] == ["4"]
    assert "You have shared out all 10 coins." in page_text(response)


def test_the_page_has_a_live_count_and_no_slider(coins):
    journey, _keys = coins
    html = journey.get(journey.question_url("coins")).content.decode()
    assert 'role="status" aria-live="polite" data-coins-count' in html
    assert 'type="range"' not in html
    assert "draggable" not in html
    assert "Count my coins" in html
    assert "js/coins.js" in html


def test_coins_left_words():
    assert coins_left_text(0, 10) == "You have shared out all 10 coins."
    assert coins_left_text(1, 10) == "You have 1 coin left."
    assert coins_left_text(4, 10) == "You have 4 coins left."
    assert coins_left_text(-1, 10) == "You have used 1 coin too many."
    assert coins_left_text(-3, 10) == "You have used 3 coins too many."


def _coin_rows(html: str) -> list[tuple[int, int]]:
    """(filled, empty) coin pictures in each option's "your coins" row, in page order."""
    import re

    row = r'<span class="coin-row" aria-hidden="true" data-coin-row>(.*?)</span>\s*<div'
    rows = re.findall(row, html)
    return [(row.count('class="coin"'), row.count("coin--empty")) for row in rows]


def test_each_option_shows_its_coins_as_pictures_that_fill_as_coins_are_given(coins):
    journey, keys = coins
    html = journey.get(journey.question_url("coins")).content.decode()
    assert _coin_rows(html) == [(0, 10)] * len(keys)

    response = journey.answer("coins", _boxes(keys, 3, 2) | {"action": "count"})
    rows = _coin_rows(response.content.decode())
    assert rows[:2] == [(3, 7), (2, 8)]
    assert all(row == (0, 10) for row in rows[2:])


def test_each_option_shows_how_money_is_split_today(coins):
    journey, keys = coins
    text = page_text(journey.get(journey.question_url("coins")))
    assert text.count("of every 10 pounds goes here.") == len(keys)
    assert "Today about" in text


def test_count_my_coins_comes_back_to_the_count_without_javascript(coins):
    journey, keys = coins
    html = journey.get(journey.question_url("coins")).content.decode()
    assert 'value="count" formaction="#coins-count"' in html
    assert 'id="coins-count"' in html


def test_the_typing_wording_is_marked_for_hiding_when_buttons_come(coins):
    journey, _keys = coins
    html = journey.get(journey.question_url("coins")).content.decode()
    assert "<p data-coins-typing>Type how many coins" in html
    assert "<p data-coins-buttons hidden>Press Add 1 to give a coin.</p>" in html
