"""Feast days and holiday seasons."""

from __future__ import annotations

import datetime as dt
import re

from ...model import Timex
from .. import time_calendar as cal
from ..time_lexicon import (
    FEAST_DAYS,
    FEAST_EVENINGS,
    HOLIDAY_SEASONS,
    NATIONAL_DAYS,
)
from .patterns import (
    REL_YEAR,
    YR,
    Cand,
    E,
)
from .resolver import Resolver


def feast(r: Resolver, c: Cand) -> Timex | None:
    name = re.sub(r"\s+", " ", c.g["f"].lower())
    return feast_timex(r, c, name, cal.feast_day(FEAST_DAYS[name], int(c.g["y"])), relative=False)


def feastalone(r: Resolver, c: Cand) -> Timex | None:
    name = re.sub(r"\s+", " ", c.g["f"].lower())
    rule = FEAST_DAYS[name]
    after = re.match(rf"\s+(?:in|van)\s+({YR}){E}", r.text[c.end : c.end + 12])
    if after:  # "Koningsdag in 2020"
        return feast_timex(r, c, name, cal.feast_day(rule, int(after.group(1))), relative=False)
    if c.g.get("dy"):  # "pinkstermaandag 9 juni 2014": the year written with the date
        return feast_timex(r, c, name, cal.feast_day(rule, int(c.g["dy"])), relative=False)
    if not r.can("year"):
        return r.timex(c, "DATE", "XXXX", relative=False)
    assert r.anchor is not None and r.anchor_p is not None
    rely = c.g.get("rely0") or c.g.get("rely")
    if rely:  # "vorig jaar op Bevrijdingsdag", "Pasen volgend jaar"
        return feast_timex(r, c, name, cal.feast_day(rule, r.anchor.year + REL_YEAR[rely.lower()]))
    rel = (c.g["rel"] or "").lower()
    direction = ("past" if rel in ("afgelopen", "vorige") else "future" if rel in ("komende", "volgende", "aanstaande")
                 else None if rel in ("dit", "deze") else r.direction(c))
    cands = [cal.day(cal.feast_day(rule, y)) for y in (r.anchor.year - 1, r.anchor.year, r.anchor.year + 1)]
    p = r.from_context(lambda y: cal.day(cal.feast_day(rule, y)), c, direction, False) or cal.choose(
        cands, cal.day(r.anchor), direction, strict=rel in ("afgelopen", "vorige", "komende", "volgende"))
    assert p.day is not None
    return feast_timex(r, c, name, p.day)


def feast_timex(r: Resolver, c: Cand, name: str, day: dt.date, relative: bool = True) -> Timex:
    if name.endswith("weekend"):
        return r.timex(c, "DATE", cal.weekend(day).value(), relative=relative)
    if name in FEAST_EVENINGS:
        return r.timex(c, "TIME", day.isoformat() + "TEV", relative=relative)
    return r.timex(c, "DATE", day.isoformat(), relative=relative)


_COUNTRY = re.compile(
    r"(?<![\w])(?:" + "|".join(re.escape(k) + (r"(?![\w])" if len(k) <= 3 else r"[\w-]*") for k in
                          sorted(NATIONAL_DAYS, key=len, reverse=True)) + ")", re.I)


def country_day(r: Resolver, c: Cand) -> str | None:
    """The "MM-DD" of the national day of the country the expression names ("van België") or, else,
    the country named nearest to it (300 characters before, 150 after); "" when that country's day
    moves (Israel) and None when no country is named."""
    if c.g.get("c"):
        hit = _COUNTRY.search(c.g["c"])
        return NATIONAL_DAYS[_cue(hit.group(0))] if hit else None
    lo = max(0, c.start - 300)
    hits = [(abs(m.start() - c.start), m.group(0)) for m in _COUNTRY.finditer(r.text, lo, c.end + 150)
            if not c.start <= m.start() < c.end]
    return NATIONAL_DAYS[_cue(min(hits)[1])] if hits else None


def _cue(word: str) -> str:
    w = word.lower()
    return max((k for k in NATIONAL_DAYS if w.startswith(k)), key=len)


def nationalday(r: Resolver, c: Cand) -> Timex | None:
    rule = country_day(r, c)
    if rule is None and not c.g["k"].lower().startswith("onafh"):
        return None  # "een nationale feestdag invoeren": no country, no day
    if not rule or not r.can("year"):
        return r.timex(c, "DATE", "XXXX-XX-XX", relative=False)
    assert r.anchor is not None
    cands = [cal.day(cal.feast_day(rule, y)) for y in (r.anchor.year - 1, r.anchor.year, r.anchor.year + 1)]
    p = cal.choose(cands, cal.day(r.anchor), r.direction(c))
    return r.timex(c, "DATE", p.value())


def holiday(r: Resolver, c: Cand) -> Timex | None:
    code = HOLIDAY_SEASONS[c.g["h"].lower()]
    if c.g["y"]:
        return r.timex(c, "DATE", f"{int(c.g['y'])}-{code}", relative=False)
    if not r.can("year"):
        return r.timex(c, "DATE", f"XXXX-{code}", relative=False)
    assert r.anchor is not None and r.anchor_p is not None
    rel = (c.g["rel"] or "").lower()
    direction = "past" if rel in ("afgelopen", "vorige") else "future" if rel == "komende" else r.direction(c)
    cands = [cal.season(y, code) for y in (r.anchor.year - 1, r.anchor.year, r.anchor.year + 1)]
    return r.timex(c, "DATE", cal.choose(cands, r.anchor_p, direction).value())


RESOLVERS = {
    "feast": feast,
    "feastalone": feastalone,
    "holiday": holiday,
    "nationalday": nationalday,
}
