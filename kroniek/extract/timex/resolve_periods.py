"""Seasons, quarters and halves of the year."""

from __future__ import annotations

from ...model import Timex
from .. import time_calendar as cal
from ..time_lexicon import (
    ORDINALS,
    SEASONS,
)
from .patterns import (
    Cand,
)
from .periods import season_under_way
from .resolver import Resolver


def season(r: Resolver, c: Cand) -> Timex | None:
    g = c.g
    code = SEASONS[g["s"].lower()]
    if g["y"]:
        return r.timex(c, "DATE", cal.season(int(g["y"]), code).value(), relative=False)
    if not r.can("month"):
        if g["rely"] and r.can("year"):
            pass
        else:
            return r.timex(c, "DATE", f"XXXX-{code}")
    assert r.anchor is not None and r.anchor_p is not None
    if g["rely"]:
        k = {"dit": 0, "vorig": -1, "verleden": -1, "volgend": 1}[g["rely"].lower()]
        return r.timex(c, "DATE", cal.season(r.anchor.year + k, code).value())
    cands = [cal.season(y, code) for y in (r.anchor.year - 1, r.anchor.year, r.anchor.year + 1)]
    rel = (g["rel"] or "").lower()
    if rel in ("vorige", "vorig", "afgelopen", "verleden"):
        p = cal.choose(cands, r.anchor_p, "past", strict=True)
    elif rel in ("komende", "komend", "volgende", "volgend"):
        p = cal.choose(cands, r.anchor_p, "future", strict=True)
        if rel.startswith("komend"):
            p = season_under_way(cands, r.anchor_p) or p
    elif rel in ("deze", "dit"):
        p = cal.choose(cands, r.anchor_p, None)
    else:
        p = cal.choose(cands, r.anchor_p, r.direction(c))
    return r.timex(c, "DATE", p.value())


def quarter(r: Resolver, c: Cand) -> Timex | None:
    g = c.g
    unit = "half" if g["u"].lower() in ("helft", "halfjaar", "jaarhelft") else "quarter"
    o = ORDINALS[g["o"].lower()]
    if o == -1:
        o = 4 if unit == "quarter" else 2
    if unit == "half" and o > 2:
        return None
    code = "Q" if unit == "quarter" else "H"
    if g["y"]:
        return r.timex(c, "DATE", f"{int(g['y']):04d}-{code}{o}", relative=False)
    if g["wk"]:
        # "de tweede helft van de week": TIMEX3 has no half weeks, so the week (or month) itself
        wunit = "week" if g["wk"].lower().endswith("week") else "month"
        if not r.can(wunit):
            return r.timex(c, "DATE", "XXXX-WXX" if wunit == "week" else "XXXX-XX")
        assert r.anchor is not None
        return r.timex(c, "DATE", cal.containing(wunit, r.anchor).value())
    if not r.can("year"):
        return r.timex(c, "DATE", f"XXXX-{code}{o}")
    assert r.anchor is not None and r.anchor_p is not None
    if g["rel"]:
        k = {"dit": 0, "vorig": -1, "verleden": -1, "volgend": 1}[g["rel"].lower()]
        return r.timex(c, "DATE", f"{r.anchor.year + k:04d}-{code}{o}")
    if g["het"]:
        return r.timex(c, "DATE", f"{r.anchor.year:04d}-{code}{o}")
    # "het vierde kwartaal" without a year: the nearest such quarter in the tense's direction;
    # reported results are about a quarter that has ended, so the past wins ties.
    cands = [cal.Period("quarter" if unit == "quarter" else "half", y, o)
             for y in (r.anchor.year - 1, r.anchor.year, r.anchor.year + 1)]
    p = cal.choose(cands, r.anchor_p, r.direction(c) or "past")
    return r.timex(c, "DATE", p.value())


def qshort(r: Resolver, c: Cand) -> Timex | None:
    return r.timex(c, "DATE", f"{int(c.g['y']):04d}-Q{c.g['q']}", relative=False)


RESOLVERS = {
    "season": season,
    "quarter": quarter,
    "qshort": qshort,
}
