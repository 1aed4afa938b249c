"""Calendar arithmetic for TIMEX3 values: periods at several granularities, shifting, formatting.

A :class:`Period` is a stretch of calendar time at one granularity (a day, an ISO week, a month,
a quarter, a season, a year, ...). Relative expressions are resolved by shifting the anchor's
period; partial dates are completed by choosing among candidate periods the one a careful reader
would pick (:func:`choose`).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

import dateutil.easter
from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta

# Ordered from fine to coarse; an anchor can resolve an expression only at its own granularity or coarser.
GRANULARITY_RANK = {"minute": 0, "day": 1, "week": 2, "month": 3, "quarter": 4, "year": 5}

SEASON_CODES = ("SP", "SU", "FA", "WI")
# Approximate season spans (month start, month end inclusive) used only for ordering candidates.
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


@dataclass(frozen=True, slots=True)
class Period:
    """A calendar period: ``unit`` is day | week | weekend | month | quarter | half | season | year | decade | century."""

    unit: str
    year: int
    n: int = 0  # month, ISO week, quarter, half or season index; day-of-year ordinal for days
    day: dt.date | None = None

    @property
    def start(self) -> dt.date:
        return _bounds(self)[0]

    @property
    def end(self) -> dt.date:
        return _bounds(self)[1]

    def value(self) -> str:
        """The TIMEX3 value of this period."""
        u = self.unit
        if u == "day":
            assert self.day is not None
            return self.day.isoformat()
        if u == "week":
            return f"{self.year:04d}-W{self.n:02d}"
        if u == "weekend":
            return f"{self.year:04d}-W{self.n:02d}-WE"
        if u == "month":
            return f"{self.year:04d}-{self.n:02d}"
        if u == "quarter":
            return f"{self.year:04d}-Q{self.n}"
        if u == "half":
            return f"{self.year:04d}-H{self.n}"
        if u == "season":
            return f"{self.year:04d}-{SEASON_CODES[self.n]}"
        if u == "year":
            return f"{self.year:04d}"
        if u == "decade":
            return f"{self.year // 10:03d}"
        if u == "century":
            return f"{self.year // 100:02d}"
        raise ValueError(u)


WEEKDAY_OBJECTS = (MO, TU, WE, TH, FR, SA, SU)


def day(d: dt.date) -> Period:
    return Period("day", d.year, d.timetuple().tm_yday, d)


def week(d: dt.date) -> Period:
    y, w, _ = d.isocalendar()
    return Period("week", y, w)


def weekend(d: dt.date) -> Period:
    y, w, _ = d.isocalendar()
    return Period("weekend", y, w)


def month(y: int, m: int) -> Period:
    return Period("month", y, m)


def quarter(y: int, q: int) -> Period:
    return Period("quarter", y, q)


def season(y: int, code: str) -> Period:
    return Period("season", y, SEASON_CODES.index(code))


def year(y: int) -> Period:
    return Period("year", y)


def easter(y: int) -> dt.date:
    """Easter Sunday of year ``y`` (Western, Gregorian), from dateutil."""
    return dateutil.easter.easter(y)


def feast_day(rule: str, y: int) -> dt.date:
    """The day a feast rule names in year ``y`` (rules in ``time_lexicon.FEASTS``):

    - ``"MM-DD"``: a fixed day ("12-25");
    - ``"easter+N"``: N days from Easter Sunday (Hemelvaartsdag is easter+39);
    - ``"MM/WD/N"``: the N-th weekday WD (0 = Monday) of month MM (Prinsjesdag: third Tuesday of
      September, "09/1/3");
    - ``"kingsday"``: 27 April, or the 26th when the 27th is a Sunday.
    """
    if rule.startswith("easter"):
        return easter(y) + dt.timedelta(days=int(rule[6:] or 0))
    if rule == "kingsday":
        d = dt.date(y, 4, 27)
        return d - dt.timedelta(days=1) if d.weekday() == 6 else d
    if "/" in rule:
        mo, wd, n = (int(x) for x in rule.split("/"))
        return dt.date(y, mo, 1) + relativedelta(weekday=WEEKDAY_OBJECTS[wd](+n))
    mo, day_ = (int(x) for x in rule.split("-"))
    return dt.date(y, mo, day_)


def _bounds(p: Period) -> tuple[dt.date, dt.date]:
    u = p.unit
    if u == "day":
        assert p.day is not None
        return p.day, p.day
    if u in ("week", "weekend"):
        monday = dt.date.fromisocalendar(p.year, p.n, 1)
        if u == "weekend":
            return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
        return monday, monday + dt.timedelta(days=6)
    if u == "month":
        return dt.date(p.year, p.n, 1), _month_end(p.year, p.n)
    if u == "quarter":
        m0 = 3 * (p.n - 1) + 1
        return dt.date(p.year, m0, 1), _month_end(p.year, m0 + 2)
    if u == "half":
        m0 = 6 * (p.n - 1) + 1
        return dt.date(p.year, m0, 1), _month_end(p.year, m0 + 5)
    if u == "season":
        a, b = _SEASON_MONTHS[SEASON_CODES[p.n]]
        end_y, end_m = (p.year + 1, b - 12) if b > 12 else (p.year, b)
        return dt.date(p.year, a, 1), _month_end(end_y, end_m)
    if u == "year":
        return dt.date(p.year, 1, 1), dt.date(p.year, 12, 31)
    if u == "decade":
        y0 = p.year - p.year % 10
        return dt.date(y0, 1, 1), dt.date(y0 + 9, 12, 31)
    if u == "century":
        y0 = p.year - p.year % 100
        return dt.date(y0, 1, 1), dt.date(y0 + 99, 12, 31)
    raise ValueError(u)


def _month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def shift(p: Period, k: int) -> Period:
    """The period ``k`` units after ``p`` (before, for negative ``k``)."""
    u = p.unit
    if u == "day":
        assert p.day is not None
        return day(p.day + dt.timedelta(days=k))
    if u in ("week", "weekend"):
        d = dt.date.fromisocalendar(p.year, p.n, 1) + dt.timedelta(weeks=k)
        return week(d) if u == "week" else weekend(d)
    if u == "month":
        first = dt.date(p.year, p.n, 1) + relativedelta(months=k)
        return month(first.year, first.month)
    if u == "quarter":
        i = p.year * 4 + (p.n - 1) + k
        return quarter(i // 4, i % 4 + 1)
    if u == "year":
        return year(p.year + k)
    if u == "decade":
        return Period("decade", p.year + 10 * k)
    if u == "century":
        return Period("century", p.year + 100 * k)
    raise ValueError(u)


def parse_value(value: str) -> Period | None:
    """A resolved TIMEX3 value as a period (day, week, month, quarter or year), else None: the one
    place that reads an ISO value back into the stretch of days it covers (``.start``, ``.end``)."""
    if m := re.match(r"(\d{4})-(\d\d)-(\d\d)(?:T|$)", value):
        try:
            return day(dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
        except ValueError:
            return None
    if m := re.fullmatch(r"(\d{4})-W(\d\d)", value):
        return Period("week", int(m.group(1)), int(m.group(2)))
    if m := re.fullmatch(r"(\d{4})-(\d\d)", value):
        return month(int(m.group(1)), int(m.group(2)))
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", value):
        return quarter(int(m.group(1)), int(m.group(2)))
    if m := re.fullmatch(r"(\d{4})", value):
        return year(int(m.group(1)))
    return None


def anchor_value(value: str) -> tuple[dt.date, str] | None:
    """A document date as written ("2019-06-12", "2019-06-12T10:30", "2020-01", "2000") as (first
    day of its period, granularity "day" | "month" | "year"), or None when it is no date."""
    m = re.match(r"(\d{4})(?:-(\d\d))?(?:-(\d\d))?", value)
    if not m:
        return None
    gran = "day" if m.group(3) else "month" if m.group(2) else "year"
    try:
        return dt.date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)), gran
    except ValueError:
        return None


def containing(unit: str, d: dt.date) -> Period:
    """The period of the given unit that contains day ``d``."""
    if unit == "day":
        return day(d)
    if unit == "week":
        return week(d)
    if unit == "weekend":
        return weekend(d)
    if unit == "month":
        return month(d.year, d.month)
    if unit == "quarter":
        return quarter(d.year, (d.month - 1) // 3 + 1)
    if unit == "half":
        return Period("half", d.year, 1 if d.month <= 6 else 2)
    if unit == "year":
        return year(d.year)
    if unit == "decade":
        return Period("decade", d.year)
    if unit == "century":
        return Period("century", d.year)
    raise ValueError(unit)


def choose(candidates: list[Period], anchor: Period, direction: str | None, strict: bool = False) -> Period:
    """Pick the candidate a reader means: the latest before the anchor for the past, the earliest
    after it for the future, else the nearest (ties go to the past, as news mostly reports it).

    Candidates are compared to the anchor period as intervals, so a month anchor keeps "3 januari"
    in January ambiguous-free: overlapping the anchor counts as neither before nor after.
    """
    a0, a1 = anchor.start, anchor.end
    if direction == "past":
        ok = [c for c in candidates if (c.end < a0 if strict else c.start <= a1)]
        if ok:
            return max(ok, key=lambda c: c.start)
    elif direction == "future":
        ok = [c for c in candidates if (c.start > a1 if strict else c.end >= a0)]
        if ok:
            return min(ok, key=lambda c: c.start)

    def dist(c: Period) -> tuple[int, int]:
        if c.end < a0:
            return (a0 - c.end).days, 0
        if c.start > a1:
            return (c.start - a1).days, 1
        return 0, -1

    return min(candidates, key=dist)
