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
}
