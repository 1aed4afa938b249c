"""Normalisation helpers on TIMEX3 values and periods: two-digit years, parsing a resolved value
back into a period, shifting by calendar units, parts of the day on the 24-hour clock."""

from __future__ import annotations

import datetime as dt

from .. import time_calendar as cal


def context_part(part: str, h: int, near: bool, twelve: bool) -> str:
    """The part of the day a clock time takes from an earlier day expression: an hour up to 3
    after an evening (up to 5 after a night) is after midnight ("zaterdagavond ... Rond 01.45 werd de zoektocht
    gestaakt" is Sunday 01:45), when the hour is on the 24-hour clock or the day is close;
    otherwise the part only when the day is close or the hour twelve-hour."""
    if part in ("EV", "NI") and h <= (5 if part == "NI" else 3) and (near or not twelve):
        return "NI"  # after a night ("’s nachts … omstreeks 4 uur") an hour up to 5 is still that night
    return part if near or twelve else ""


def day_hour(h: int, part: str) -> int:
    """Move an hour said with a part of the day onto the 24-hour clock: "8 uur 's avonds" is 20:00."""
    if part in ("AF", "EV") and h < 12:
        return h + 12
    if part == "NI" and 7 <= h < 12:
        return h + 12
    if part in ("MO", "NI") and h == 12:
        return 0
    return h

def year_of(raw: str | None, anchor: dt.date | None) -> int | None:
    if not raw:
        return None
    if raw[0] in "'’":
        yy = int(raw[1:])
        pivot = (anchor.year % 100 if anchor else 30) + 10
        return 2000 + yy if yy <= pivot else 1900 + yy
    if len(raw) == 2:
        return year_of("'" + raw, anchor)
    return int(raw)


def shift_by(p: cal.Period, unit: str, k: int) -> cal.Period | None:
    """Shift period ``p`` by ``k`` calendar units, keeping its own granularity; None if it is too coarse."""
    if unit == "year":
        if p.unit in ("year", "quarter", "month", "half", "season", "week"):
            return cal.Period(p.unit, p.year + k, p.n, None) if p.unit != "week" else cal.shift(p, 52 * k)
        if p.unit == "day" and p.day:
            try:
                return cal.day(p.day.replace(year=p.day.year + k))
            except ValueError:
                return cal.day(p.day.replace(year=p.day.year + k, day=28))
    if unit == "quarter" and p.unit == "quarter":
        return cal.shift(p, k)
    if unit == "month":
        if p.unit == "month":
            return cal.shift(p, k)
        if p.unit == "day" and p.day:
            return cal.shift(cal.month(p.day.year, p.day.month), k)
    if unit == "week" and p.unit == "week":
        return cal.shift(p, k)
    if unit == "week" and p.unit == "day" and p.day:
        # "een week later" after "zaterdag 27 juli": that week's successor, as "een maand later" after
        # a day is the next month (shifting the day itself moved it by k days, not weeks)
        return cal.shift(cal.week(p.day), k)
    if unit == "weekend" and p.unit == "day" and p.day:
        base = cal.weekend(p.day)
        if k < 0:
            return cal.shift(base, -1) if p.day.weekday() < 6 else base
        return base if p.day.weekday() < 5 else cal.shift(base, 1)
    if unit == "day" and p.unit == "day":
        return cal.shift(p, k)
    return None



def season_under_way(cands: list[cal.Period], anchor: cal.Period) -> cal.Period | None:
    """The season the anchor falls in the first half of: "komende zomer" on 1 July is this
    summer, most of it still to come ("volgende zomer" stays next year's)."""
    for p in cands:
        if p.start <= anchor.start <= p.end and (anchor.start - p.start).days < 46:
            return p
    return None
