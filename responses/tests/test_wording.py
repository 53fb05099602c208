"""Wording that presenters build from values: times as people say them."""

import datetime

import pytest

from responses.presenters import clock_time


@pytest.mark.parametrize(
    ("hour", "minute", "said"),
    [(15, 45, "3:45pm"), (0, 5, "12:05am"), (12, 0, "12:00pm"), (9, 7, "9:07am")],
)
def test_times_are_shown_as_people_say_them(hour, minute, said):
    assert clock_time(datetime.datetime(2027, 3, 1, hour, minute)) == said
