"""A week or weekend value against a day ("zaterdag 1 juni" / "dit weekend"): ``time_relation``."""

from __future__ import annotations

import pytest

from kroniek.link.events.times import time_relation


@pytest.mark.parametrize("a, b, rel, why", [
    ("2019-06-01", "2019-W22-WE", 1, "Saturday 1 June 2019 is in the weekend of week 22"),
    ("2019-06-02T14:00", "2019-W22-WE", 1, "a clock time on Sunday of that weekend"),
    ("2019-05-29", "2019-W22-WE", -1, "a Wednesday is not in the weekend"),
    ("2019-05-29", "2019-W22", 0, "the week holds the day: no evidence either way"),
    ("2019-06-08", "2019-W22", -1, "the next week's Saturday"),
    ("2019-W22-WE", "2019-W22-WE", 1, "the same weekend"),
    ("2019-W22", "2019-W22-WE", 0, "the week holds its weekend"),
    ("2019-W22", "2019-W23", -1, "two weeks"),
    ("2019-06", "2019-W22", 0, "a month beside a week says nothing"),
    ("2019-06-01", "2019-06-01", 1, "unchanged: the same day"),
])
def test_times_week_relation(a, b, rel, why):
    assert time_relation(a, b) == rel, why
    assert time_relation(b, a) == rel, why
