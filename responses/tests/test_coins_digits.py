"""Coins boxes take the digits 0 to 9 only. Other characters that look like numbers get the same
kind message as words do: never an error page, and never a number the person did not type."""

import pytest

from responses.models import Answer

from .journey import form_values, page_text

pytestmark = pytest.mark.django_db

LOOK_LIKE_NUMBERS = [
    "²",  # superscript two
    "³",
    "₅",  # subscript five
    "①",  # circled one
    "1_0",  # Python's digit separator
    "１０",  # full-width
    "١٠",  # Arabic-Indic
    "۱۰",  # Persian
    "१०",  # Devanagari
    "𝟏𝟎",  # mathematical bold
]


@pytest.fixture
def coins(journey):
    journey.start()
    return journey, journey.option_keys("coins")


@pytest.mark.parametrize("typed", LOOK_LIKE_NUMBERS)
@pytest.mark.parametrize("action", ["continue", "count"])
def test_characters_that_only_look_like_digits_get_a_kind_message(coins, typed, action):
    journey, keys = coins
    reply = journey.answer("coins", {f"coins_{keys[0]}": typed, "action": action})
    assert reply.status_code == 200
    text = page_text(reply)
    if action == "count":
        assert "Some boxes do not have a number. Type numbers only, like 2." in text
    else:
        assert "Use the numbers 0 to 9, like 2." in text
    assert form_values(reply)[f"coins_{keys[0]}"] == [typed]
    assert not Answer.objects.exists()


def test_plain_digits_with_spaces_or_leading_zeros_still_count(coins):
    journey, keys = coins
    reply = journey.answer("coins", {f"coins_{keys[0]}": " 07 ", f"coins_{keys[1]}": "003"})
    assert reply.status_code == 302
    assert Answer.objects.get().value["coins"][keys[0]] == 7
    assert Answer.objects.get().value["coins"][keys[1]] == 3
