"""Durations: counted ("drie jaar"), vague ("jarenlang"), whole stretches ("de hele dag")."""

from __future__ import annotations

import re

from ...model import Timex
from .. import time_calendar as cal
from ..time_lexicon import (
    UNITS,
    VAGUE_QUANTITIES,
)
from .patterns import (
    OVER_SPAN,
    SAME_PERIOD,
    SPREAD_OVER,
    Cand,
)
from .periods import shift_by
from .resolver import Resolver
from .words import fmt_num, number, prev_word


def duration(r: Resolver, c: Cand) -> Timex | None:
    g = c.g
    unit = g["u"].lower()
    des, is_time, cal_unit = UNITS[unit]
    n_raw = g["n"].lower()
    n = None if g["n2"] or g.get("n2c") or any(n_raw == v for v in VAGUE_QUANTITIES) else number(n_raw)
    post = (g["post"] or "").lower()
    prev = prev_word(r.text, c.start)
    if n is not None and not float(n).is_integer() and des in ("CE", "DE"):
        # "driekwart eeuw" = 75 years, "een halve eeuw geleden" = 50 years ago
        n, des, cal_unit = n * (100 if des == "CE" else 10), "Y", "year"
    if post in ("geleden", "eerder", "later", "daarvoor", "daarna") or (prev == "over" and not g["rel"] and not g["q"]
                                                                      and not over_a_span(r.text, c)):
        k = -1 if post in ("geleden", "eerder", "daarvoor") else 1
        if n is None or not float(n).is_integer() or is_time:
            # "een uurtje later", "15 uur later": a moment some hours away is a TIME
            return r.timex(c, "TIME" if is_time else "DATE", r.ref_for(k))
        # "twee jaar geleden" counts from the document date; "een dag eerder" from the
        # date the text just mentioned, when there is one.
        if post in ("eerder", "later", "daarvoor", "daarna"):
            prev_p = _previous_not_compared(r, c)
            if prev_p is not None and (q := shift_by(prev_p, cal_unit, k * int(n))) is not None:
                return Timex(c.start, c.end, "DATE", q.value(), (), prev_p.value())
            if k < 0 and prev_p is None and r.can(cal_unit) and not any(cal.parse_value(t.value) for t in r.out):
                # no date named before it: news tells of its own day ("won vandaag de etappe; een
                # dag eerder ..."), so the offset counts back from the document date ("een jaar
                # later" with nothing before it follows an undated event, so it stays unknown)
                assert r.anchor is not None
                return r.timex(c, "DATE", cal.shift(cal.containing(cal_unit, r.anchor), k * int(n)).value())
            # counted from an event the text does not date: the offset is known, the date is not
            unknown = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX"}
            return r.timex(c, "DATE", unknown.get(cal_unit, "XXXX"), relative=False)
        if not r.can(cal_unit):
            return r.timex(c, "DATE", r.ref_for(k))
        assert r.anchor is not None
        base = cal.containing(cal_unit, r.anchor)
        return r.timex(c, "DATE", cal.shift(base, k * int(n)).value())
    if n_raw in ("tientallen", "honderden") and des == "Y":
        # "tientallen jaren" are decades, "honderden jaren" centuries
        return r.timex(c, "DURATION", "PXDE" if n_raw == "tientallen" else "PXCE", relative=False)
    if unit.startswith("kwartier"):  # "drie kwartier" = 45 minutes
        n = None if n is None else n * 15
    if unit.startswith("halfuur"):  # "een (klein) halfuur" = half an hour, written as this gold writes fractions
        n = None if n is None else n * 0.5
    num = "X" if n is None else fmt_num(n)
    parts = [(num, des, is_time)]
    if g["n3"]:
        # "28 uur en 45 minuten", "7 minuten en 47 seconden": one compound duration
        des3, time3, _ = UNITS[g["u3"].lower()]
        n3 = number(g["n3"])
        parts.append(("X" if n3 is None else fmt_num(n3), des3, time3))
    date_part = "".join(x + d for x, d, t in parts if not t)
    time_part = "".join(x + d for x, d, t in parts if t)
    return r.timex(c, "DURATION", "P" + date_part + ("T" + time_part if time_part else ""), relative=False)


def _previous_not_compared(r: Resolver, c: Cand, within: int = 300) -> cal.Period | None:
    """The period "een jaar eerder" counts from: the last one named, passing over "dezelfde periode
    vorig jaar" (itself a year back from the reported period: "de winst steeg ten opzichte van dezelfde
    periode vorig jaar … en verdubbelde ten opzichte van een jaar eerder")."""
    return r.previous(c, within, skip=lambda t: SAME_PERIOD.match(r.text, t.start) is not None)


def plural(r: Resolver, c: Cand) -> Timex | None:
    rel = c.g["rel"].lower()
    if rel in ("komende", "volgende"):
        return r.timex(c, "DATE", "FUTURE_REF")
    des, is_time, _ = UNITS[c.g["u"].lower()]
    return r.timex(c, "DURATION", ("PT" if is_time else "P") + "X" + des, relative=False)


def whole(r: Resolver, c: Cand) -> Timex | None:
    unit = c.g["u"].lower().replace("weekeinde", "weekend")
    table = {"dag": "P1D", "week": "P1W", "weekend": "P1WE", "maand": "P1M", "jaar": "P1Y"}
    return r.timex(c, "DURATION", table.get(unit, "PTXH"), relative=False)  # a part of the day: some hours


def bareplural(r: Resolver, c: Cand) -> Timex | None:
    if c.g["ago"]:
        return r.timex(c, "DATE", "PAST_REF")
    des, is_time, _ = UNITS[c.g["u"].lower()]
    return r.timex(c, "DURATION", ("PT" if is_time else "P") + "X" + des, relative=False)


RESOLVERS = {
    "duration": duration,
    "plural": plural,
    "whole": whole,
    "bareplural": bareplural,
}


def over_a_span(text: str, c: Cand) -> bool:
    """ "Over een jaar tijd", "uitgesmeerd over twee dagen": "over" measures a span, not a time ahead."""
    before = re.search(r"(\S+)\s+over\s+$", text[max(0, c.start - 30) : c.start], re.I)
    return OVER_SPAN.match(text, c.end) is not None or (before is not None and before.group(1).lower() in SPREAD_OVER)
