"""Dates: full, numeric and partial dates, months, years, decades, centuries, day ranges."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from ...lexicon import MONTHS, WEEKDAYS
from ...model import Timex
from ...numbers import ordinal_word
from .. import time_calendar as cal
from ..time_lexicon import (
    DAYPARTS,
    DECADE_WORDS,
    ORDINALS,
    SEASONS,
)
from .patterns import (
    FLAGS,
    MF,
    RANGE_TAIL,
    REL_YEAR,
    YR,
    B,
    Cand,
    E,
)
from .periods import year_of
from .resolver import Resolver
from .words import month_num


def fulldate(r: Resolver, c: Cand) -> Timex | None:
    t = fulldate_day(r, c)
    part = DAYPARTS.get((c.g.get("wdp") or "").lower())
    if t is None or not part:
        return t
    return replace(t, type="TIME", value=f"{t.value}T{part}")  # "dinsdagavond 14 mei"


def fulldate_day(r: Resolver, c: Cand) -> Timex | None:
    g = c.g
    d, m = int(g["d"]), MONTHS[g["m"].rstrip(".").lower()]
    y = year_of(g["y"], r.anchor)
    if g.get("rely") and r.anchor is not None and r.can("year"):
        y = r.anchor.year + REL_YEAR[g["rely"].lower()]  # "7 september dit jaar"
    wd = WEEKDAYS[g["wd"].lower()] if g["wd"] else None
    warnings: tuple[str, ...] = ()

    def make(yy: int) -> cal.Period | None:
        try:
            return cal.day(dt.date(yy, m, d))
        except ValueError:
            return None

    if y is None:
        # "24 maart - 2 april 1992": the year written once at the end belongs to both dates;
        # in an undated text a year written with a date in the same sentence is the best cue
        shared = RANGE_TAIL.match(r.text, c.end)
        if shared:
            y2, m2 = int(shared.group("y")), MONTHS[shared.group("m").lower()]
            y = y2 if m <= m2 else y2 - 1
        else:
            y = sentence_year(r, c)
    if y is not None:
        p = make(y)
        if p is None:
            return None
        if wd is not None and p.day and p.day.weekday() != wd:
            warnings = ("weekday-mismatch",)
            if r.anchor is not None and r.anchor_p is not None:
                alts = [q for yy in range(r.anchor.year - 1, r.anchor.year + 2)
                        if (q := make(yy)) and q.day and q.day.weekday() == wd]
                if alts:
                    p = cal.choose(alts, r.anchor_p, None)
        return r.timex(c, "DATE", p.value(), warnings, relative=bool(warnings))
    if r.anchor is None:
        return r.timex(c, "DATE", f"XXXX-{m:02d}-{d:02d}")
    if wd is not None:
        def make_wd(yy: int) -> cal.Period | None:
            q = make(yy)
            return q if q and q.day and q.day.weekday() == wd else None
        p = r.complete_year(make_wd, c, g["suf"])
        if p is None:
            warnings = ("weekday-mismatch",)
            p = r.complete_year(make, c, g["suf"])
    else:
        p = r.complete_year(make, c, g["suf"])
    return r.timex(c, "DATE", p.value(), warnings) if p else None


def weekendof(r: Resolver, c: Cand) -> Timex | None:
    """"het weekeinde van 1 september": the weekend that holds that day."""
    g = {"wd": None, "suf": None, "rely": None, "wdp": None, **c.g}
    t = fulldate_day(r, Cand(c.start, c.end, "fulldate", g, c.prio))
    p = cal.parse_value(t.value) if t else None
    if t is None or p is None or p.day is None:
        return t and replace(t, value="XXXX-WXX-WE")
    return replace(t, value=cal.weekend(p.day).value())


def numdate(r: Resolver, c: Cand) -> Timex | None:
    g = c.g
    y = year_of(g["y"] if len(g["y"]) == 4 else "'" + g["y"], r.anchor)
    try:
        d = dt.date(y or 0, int(g["mo"]), int(g["d"]))
    except ValueError:
        return None
    return r.timex(c, "DATE", d.isoformat(), relative=False)


def monthyear(r: Resolver, c: Cand) -> Timex | None:
    g = c.g
    m = month_num(g["m"])
    assert m is not None
    if g["y"]:
        y = year_of(g["y"], r.anchor)
        return r.timex(c, "DATE", f"{y:04d}-{m:02d}", relative=False)
    if g["ana"] or g["rel"].lower() in ("dat", "datzelfde", "hetzelfde"):
        # "december van dat jaar", "maart van het jaar daarop": the year the text just talked about
        prev = r.previous(c, within=1000)
        if prev is None:
            return r.timex(c, "DATE", f"XXXX-{m:02d}")
        k = 0 if not g["ana"] else (-1 if g["ana"].lower() in ("daarvoor", "ervoor") else 1)
        return Timex(c.start, c.end, "DATE", f"{prev.start.year + k:04d}-{m:02d}", (), prev.value())
    if not r.can("year"):
        return r.timex(c, "DATE", f"XXXX-{m:02d}")
    assert r.anchor is not None
    k = {"dit": 0, "vorig": -1, "verleden": -1, "volgend": 1, "komend": 1}[g["rel"].lower()]
    return r.timex(c, "DATE", f"{r.anchor.year + k:04d}-{m:02d}")


def month(r: Resolver, c: Cand) -> Timex | None:
    g = c.g
    m = month_num(g["m"])
    assert m is not None
    if not r.can("month"):
        return r.timex(c, "DATE", f"XXXX-{m:02d}")
    assert r.anchor is not None and r.anchor_p is not None
    mod = (g["mod"] or "").lower()
    # "tussen september en oktober 2007", "eind april, begin mei 1994": the year written once
    shared = re.match(r"(?:,|\s+(?:en|tot|of|t/m|tot\s+en\s+met|-))\s+(?:(?:begin|eind|einde|medio|half)\s+)?(\w+)\s+("
                      + YR + r")" + E, r.text[c.end : c.end + 40], FLAGS)
    if shared and shared.group(1).lower() in MONTHS:
        # "tussen september en oktober 2007": the year written once belongs to both months
        y2, m2 = int(shared.group(2)), MONTHS[shared.group(1).lower()]
        return r.timex(c, "DATE", f"{y2 if m <= m2 else y2 - 1:04d}-{m:02d}", relative=False)
    cands = [cal.month(y, m) for y in (r.anchor.year - 1, r.anchor.year, r.anchor.year + 1)]
    if mod in ("afgelopen", "vorige", "voorbije"):
        p = cal.choose(cands, r.anchor_p, "past", strict=True)
    elif mod in ("komende", "volgende"):
        p = cal.choose(cands, r.anchor_p, "future", strict=True)
    else:
        suffix = g["suf"]
        direction = ("past" if suffix.lower().startswith("j") else "future") if suffix else r.direction(c)
        p = cal.choose(cands, r.anchor_p, direction)
        if not suffix:
            direction, p = r.planned(cands, c, direction, p)
            p = (r.from_context(lambda y: cal.month(y, m), c, direction, p.end < r.anchor_p.start)
                 or r.named_before(cands) or p)
    return r.timex(c, "DATE", p.value())


def year(r: Resolver, c: Cand) -> Timex | None:
    return r.timex(c, "DATE", f"{int(c.g['y']):04d}", relative=False)


def decade(r: Resolver, c: Cand) -> Timex | None:
    w = c.g["dw"].lower().lstrip("'’")
    if len(w) == 4:  # "de jaren 1960"
        return r.timex(c, "DATE", w[:3], relative=False)
    digit = DECADE_WORDS.get(w) if w in DECADE_WORDS else int(w[0])
    century = 19
    if r.anchor and digit is not None and digit <= (r.anchor.year % 100) // 10 and digit <= 2:
        century = 20
    return r.timex(c, "DATE", f"{century}{digit}", relative=False)


def century(r: Resolver, c: Cand) -> Timex | None:
    n = int(c.g["o"]) if c.g["o"] else ordinal_word(c.g["ow"])
    if n is None:
        return None
    return r.timex(c, "DATE", f"{n - 1:02d}", relative=False)


def relyearx(r: Resolver, c: Cand) -> Timex | None:
    if not r.can("year"):
        return r.timex(c, "DATE", "XXXX", relative=False)
    assert r.anchor is not None
    y = r.anchor.year + REL_YEAR[c.g["rely"].lower()]
    if c.g["s"]:
        return r.timex(c, "DATE", cal.season(y, SEASONS[c.g["s"].lower()]).value())
    m = MONTHS[(c.g["m"] or c.g["m2"]).lower()]
    if not c.g["d"]:
        return r.timex(c, "DATE", f"{y:04d}-{m:02d}")
    try:
        return r.timex(c, "DATE", dt.date(y, m, int(c.g["d"])).isoformat())
    except ValueError:
        return None


def ofyear(r: Resolver, c: Cand) -> Timex | None:
    if not r.can("year"):
        return r.timex(c, "DATE", "XXXX", relative=False)
    assert r.anchor is not None
    return r.timex(c, "DATE", f"{r.anchor.year:04d}")


def sentence_year(r: Resolver, c: Cand) -> int | None:
    """A year written with a date in the sentence of ``c``, for an undated text ("4 oktober ... 7 oktober 1943")."""
    if r.anchor is not None:
        return None
    lo, hi = r.tense.sentence(c.start)
    m = re.search(rf"(?i){B}(?:[0-3]?\d\s+)?{MF}\s+({YR}){E}", r.text[lo:hi])
    return int(m.group(1)) if m else None


def day_of(r: Resolver, c: Cand, d: int, m: int) -> cal.Period | None:
    """The day ``d`` of month ``m`` in the year the text states, else the year a reader would give it."""
    def make(yy: int) -> cal.Period | None:
        try:
            return cal.day(dt.date(yy, m, d))
        except ValueError:
            return None
    if c.g.get("y"):
        return make(int(c.g["y"]))
    y = sentence_year(r, c)
    if y is not None:
        return make(y)
    if r.anchor is None or not r.can("month"):
        return None
    return r.complete_year(make, c, None)


def nthday(r: Resolver, c: Cand) -> Timex | None:
    m = MONTHS[c.g["m"].lower()]
    first = c.g["o"].lower() == "eerste"
    probe = day_of(r, c, 1, m)
    if probe is None:
        return r.timex(c, "DATE", f"XXXX-{m:02d}-01" if first else f"XXXX-{m:02d}", relative=False)
    y = probe.start.year
    d = dt.date(y, m, 1) if first else cal.month(y, m).end
    return r.timex(c, "DATE", d.isoformat(), relative=not c.g["y"])


def rangeday(r: Resolver, c: Cand) -> Timex | None:
    m, d = MONTHS[c.g["m"].lower()], int(c.g["d"])
    end = re.compile(rf"(?i)([0-3]?\d)\s+{MF}{E}").search(r.text, c.end, c.end + 80)
    if not c.g["y"] and end and r.anchor is not None and r.anchor_p is not None and r.can("month"):
        # a range is one stretch of time: its first day is read with the direction of the whole
        # range ("tot 5 juni" ahead, "(6-28 juli)" in a past clause behind), and its end then
        # takes the first day's year (time_context.range_start)
        direction = r.direction(Cand(end.start(), end.end(), "fulldate", {}, 0))

        def make(yy: int) -> cal.Period | None:
            try:
                return cal.day(dt.date(yy, m, d))
            except ValueError:
                return None

        last_day = int(end.group(1))
        # the range is current or coming while its last day is not past
        cands = [q for y in (r.anchor.year - 1, r.anchor.year, r.anchor.year + 1) if (q := make(y))
                 and not (direction == "future" and dt.date(y, m, min(last_day, 28 if m == 2 else 30)) < r.anchor)]
        plain = cal.choose(cands, r.anchor_p, None if direction == "future" else direction) if cands else None
        first = r.from_context(make, c, direction, bool(plain and plain.end < r.anchor_p.start)) or plain
        if first is not None:
            return r.timex(c, "DATE", first.value())
    p = day_of(r, c, d, m)
    if p is None:
        return r.timex(c, "DATE", f"XXXX-{m:02d}-{d:02d}")
    return r.timex(c, "DATE", p.value(), relative=not c.g["y"])


def night2(r: Resolver, c: Cand) -> Timex | None:
    m = MONTHS[(c.g.get("m1") or c.g["m"]).lower()]  # "de nacht van 30 september op 1 oktober"
    p = day_of(r, c, int(c.g["d"]), m)
    if p is None:
        return r.timex(c, "TIME", f"XXXX-{m:02d}-{int(c.g['d']):02d}TNI")
    return r.timex(c, "TIME", p.value() + "TNI", relative=not c.g["y"])


def nthweekday(r: Resolver, c: Cand) -> Timex | None:
    g = c.g
    wd, m = WEEKDAYS[g["w"].lower()], MONTHS[g["m"].lower()]
    o = ORDINALS[g["o"].lower()]

    def make(y: int) -> cal.Period:
        days = [dt.date(y, m, 1) + dt.timedelta(days=i) for i in range(31)]
        hits = [d for d in days if d.month == m and d.weekday() == wd]
        return cal.day(hits[o - 1] if o > 0 else hits[-1])

    if g["y"]:
        return r.timex(c, "DATE", make(int(g["y"])).value(), relative=False)
    if r.anchor is None or not r.can("month"):
        return None
    p = r.complete_year(lambda y: make(y), c, None)
    return r.timex(c, "DATE", p.value()) if p else None


RESOLVERS = {
    "fulldate": fulldate,
    "weekendof": weekendof,
    "numdate": numdate,
    "monthyear": monthyear,
    "month": month,
    "year": year,
    "decade": decade,
    "century": century,
    "relyearx": relyearx,
    "ofyear": ofyear,
    "nthday": nthday,
    "rangeday": rangeday,
    "night2": night2,
    "nthweekday": nthweekday,
    "isodate": numdate,
    "decade2": decade,
}
