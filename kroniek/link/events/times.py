"""TIMEX3 values compared: when two mentions' times agree, conflict or say nothing."""

from __future__ import annotations

import datetime as dt
import re

from ...extract.time_calendar import Period

DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")
WEEKDAY_VALUE = re.compile(r"XXXX-WXX-([1-7])(?:T(NI|MO|AF|EV|DT)?)?")


def time_relation(a: str | None, b: str | None) -> int:
    """1 when two TIMEX3 values agree, -1 when they conflict, 0 when unknown or one contains the other
    (a year and a month of it); a calendar day agrees with a part or a time of that day.

    A bare weekday ("XXXX-WXX-7", from "zondag" in a text whose own day is unknown) agrees with a
    date on that weekday and conflicts with a date on another; a night ("nacht van donderdag op
    vrijdag", "XXXX-WXX-4TNI") also agrees with the next day.
    """
    if not a or not b:
        return 0
    wa, wb = WEEKDAY_VALUE.fullmatch(a), WEEKDAY_VALUE.fullmatch(b)
    if wa or wb:
        return _weekday_relation(wa, wb, b if wa else a)
    if not a[:1].isdigit() or not b[:1].isdigit():
        return 0
    week = _week_relation(a, b)
    if week is not None:
        return week
    if a.endswith("TNI") or b.endswith("TNI"):
        return _night_relation(a, b)
    part = _part_of_day_relation(a, b)
    if part is not None:
        return part
    n = min(len(a), len(b))
    if a[:n] != b[:n]:
        return -1
    if len(a) == len(b) or DAY_VALUE.fullmatch(a[:n]):
        return 1  # the same value, or one calendar day and a part or time of it ("vrijdag" / "vanochtend")
    return 0


# TIMEX3 parts of the day and the clock hours they cover ("woensdagavond rond 23.20 uur").
PARTS_OF_DAY = {"MO": range(5, 12), "MI": range(11, 14), "AF": range(12, 18), "EV": range(17, 24),
                "DT": range(7, 19)}
MORNING_EARLY = 2  # hours before five that a morning may still name
CLOCK_VALUE = re.compile(r"(\d{4}-\d{2}-\d{2})T(\d{2}):\d{2}")
PART_VALUE = re.compile(r"(\d{4}-\d{2}-\d{2})T(MO|MI|AF|EV|DT)")


def _part_of_day_relation(a: str, b: str) -> int | None:
    """A clock time and a part of the same day agree when the hour falls in that part ("23:20"
    is evening), say nothing in the hour either side of it (parts of the day have loose edges:
    "vanochtend" for 04.30; a morning from three: police and news tell "dinsdagochtend omstreeks
    03.50 uur" as often as "in de nacht"), conflict otherwise (two at night is no morning). Two
    parts of one day: see ``_two_parts``. None when the two are neither."""
    pa, pb = PART_VALUE.fullmatch(a), PART_VALUE.fullmatch(b)
    if pa and pb and pa[1] == pb[1] and pa[2] != pb[2]:
        return _two_parts(PARTS_OF_DAY[pa[2]], PARTS_OF_DAY[pb[2]])
    for x, y in ((a, b), (b, a)):
        clock, part = CLOCK_VALUE.fullmatch(x), PART_VALUE.fullmatch(y)
        if clock and part:
            if clock[1] != part[1]:
                return -1
            hour, hours = int(clock[2]), PARTS_OF_DAY[part[2]]
            if hour in hours:
                return 1
            early = MORNING_EARLY if part[2] == "MO" else 1
            return 0 if hours.start - early <= hour <= hours.stop else -1
    return None


def _two_parts(x: range, y: range) -> int:
    """Two parts of one day whose hours meet or overlap say nothing against each other: what went on
    from the afternoon into the evening is "zaterdagmiddag" in one outlet and "zaterdagavond" in the
    next, and an evening's clause often dates the next verb too ("die zaterdag werden aangehouden
    zijn diezelfde avond vrijgelaten"); a morning and an evening conflict."""
    return 0 if x.start <= y.stop and y.start <= x.stop else -1


WEEK_VALUE = re.compile(r"(\d{4})-W(\d{2})(-WE)?")


def _week_days(v: str) -> set[dt.date] | None:
    """The days an ISO week value covers ("2019-W22": Monday to Sunday; "2019-W22-WE": its weekend),
    as the calendar's period of that week or weekend bounds them."""
    m = WEEK_VALUE.fullmatch(v)
    if m is None:
        return None
    try:
        period = Period("weekend" if m[3] else "week", int(m[1]), int(m[2]))
        first, last = period.start, period.end
    except ValueError:
        return None
    return {first + dt.timedelta(days=k) for k in range((last - first).days + 1)}


def _week_relation(a: str, b: str) -> int | None:
    """A week or weekend ("dit weekend", "2019-W22-WE") and a day or another week: they agree when
    the weekend holds the day, say nothing when a whole week holds it, conflict when they share no
    day; None when neither is a week value. A week beside a month or a year says nothing."""
    wa, wb = _week_days(a), _week_days(b)
    if wa is None and wb is None:
        return None
    da = wa if wa is not None else ({d} if (d := _iso_day(a)) else None)
    db = wb if wb is not None else ({d} if (d := _iso_day(b)) else None)
    if da is None or db is None:
        return 0
    if not da & db:
        return -1
    return 1 if da == db or min(len(da), len(db)) == 1 and max(len(da), len(db)) <= 2 else 0


def _iso_day(v: str) -> dt.date | None:
    """The calendar day a TIMEX3 value starts with ("2020-01-02TNI" -> 2 January), if any."""
    if not re.match(r"\d{4}-\d{2}-\d{2}", v):
        return None
    try:
        return dt.date.fromisoformat(v[:10])
    except ValueError:
        return None


def next_day(a: str | None, b: str | None) -> bool:
    """Two dates one calendar day apart."""
    da, db = _iso_day(a or ""), _iso_day(b or "")
    return da is not None and db is not None and abs((da - db).days) == 1


def _night_relation(a: str, b: str) -> int:
    """A night ("2020-01-02TNI", Thursday to Friday) agrees with its own day and the next."""
    def days(v: str) -> set[dt.date] | None:
        d = _iso_day(v)
        if d is None:
            return None
        return {d, d + dt.timedelta(days=1)} if v.endswith("TNI") else {d}

    da, db = days(a), days(b)
    if da is None or db is None:
        return 0
    return 1 if da & db else -1


def _weekday_relation(wa: re.Match[str] | None, wb: re.Match[str] | None, other: str) -> int:
    days = [{int(w[1]), int(w[1]) % 7 + 1} if w[2] == "NI" else {int(w[1])} for w in (wa, wb) if w]
    if len(days) == 2:
        return 0 if days[0] & days[1] else -1
    day = _iso_day(other)
    if day is None:
        return 0
    return 1 if day.isoweekday() in days[0] else -1



def granularity(value: str) -> str:
    if re.fullmatch(r"\d{4}", value):
        return "year"
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return "month"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return "day"
    if "T" in value:
        return "minute"
    return "other"



