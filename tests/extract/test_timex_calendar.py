"""Calendar periods behind TIMEX3 values: ISO weeks, weekends, shifting and choosing a reading."""

from __future__ import annotations

import datetime as dt

import pytest

from kroniek.extract import time_calendar as cal


@pytest.mark.parametrize(
    ("period", "value"),
    [
        pytest.param(cal.week(dt.date(2020, 1, 1)), "2020-W01", id="iso-week-1-starts-in-december"),
        pytest.param(cal.week(dt.date(2021, 1, 3)), "2020-W53", id="early-january-in-last-years-week"),
        pytest.param(cal.weekend(dt.date(2020, 1, 5)), "2020-W01-WE", id="sunday-belongs-to-its-weekend"),
        pytest.param(cal.shift(cal.month(2020, 1), -1), "2019-12", id="month-before-january"),
        pytest.param(cal.shift(cal.quarter(2020, 1), -1), "2019-Q4", id="quarter-before-q1"),
        pytest.param(cal.season(2019, "WI"), "2019-WI", id="winter-value"),
        pytest.param(cal.Period("decade", 1987), "198", id="decade-value"),
    ],
)
def test_timex_calendar_values(period, value):
    assert period.value() == value


@pytest.mark.parametrize(
    ("direction", "strict", "expected"),
    [
        pytest.param("past", False, "2020-01-03", id="past-latest-before"),
        pytest.param("future", False, "2020-01-10", id="future-earliest-after"),
        pytest.param(None, False, "2020-01-03", id="nearest-wins"),
    ],
)
def test_timex_calendar_choose(direction, strict, expected):
    anchor = cal.day(dt.date(2020, 1, 6))
    cands = [cal.day(dt.date(2020, 1, d)) for d in (3, 10)] + [cal.day(dt.date(2019, 12, 27))]
    assert cal.choose(cands, anchor, direction, strict).value() == expected


def test_timex_calendar_month_anchor_overlap_counts_as_past_and_future():
    """With only "2020-01" known, 3 January is neither clearly before nor after the document date."""
    anchor = cal.month(2020, 1)
    cands = [cal.day(dt.date(y, 1, 3)) for y in (2019, 2020, 2021)]
    assert cal.choose(cands, anchor, "past").value() == "2020-01-03"
    assert cal.choose(cands, anchor, "future").value() == "2020-01-03"


@pytest.mark.parametrize(
    ("year", "easter"),
    [
        pytest.param(1998, dt.date(1998, 4, 12), id="goede-vrijdag-akkoord-year"),
        pytest.param(2000, dt.date(2000, 4, 23), id="late-easter"),
        pytest.param(2008, dt.date(2008, 3, 23), id="early-easter"),
        pytest.param(2024, dt.date(2024, 3, 31), id="recent-year"),
    ],
)
def test_timex_calendar_easter(year, easter):
    assert cal.easter(year) == easter
