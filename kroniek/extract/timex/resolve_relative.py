"""Dates relative to the document or the text: deictic words, weekdays, "vorige week", anaphors, specials."""

from __future__ import annotations

import datetime as dt
import re

from ...lexicon import WEEKDAYS
from ...model import Timex
from .. import time_calendar as cal
from ..time_lexicon import (
    DAYPARTS,
    DEICTIC,
    UNITS,
)
from .patterns import (
    COMPARED,
    DEADLINE,
    DP,
    FLAGS,
    OPENING_HOURS,
    UNTIL_NOW,
    WD,
    Cand,
)
from .periods import shift_by
from .resolver import Resolver
from .words import has_article_before


def deictic(r: Resolver, c: Cand) -> Timex | None:
    off, part = DEICTIC[c.g["w"].lower()]
    typ = "TIME" if part else "DATE"
    if c.g["w"].lower() == "heden" and UNTIL_NOW.search(r.text, 0, c.start):
        return r.timex(c, "DATE", "PRESENT_REF", relative=False)  # "tot op heden": up to now, not today
    if not r.can("day"):
        if off == 0 and r.anchor_p is not None:
            return r.timex(c, "DATE", r.anchor_p.value())  # "vandaag" lies inside the anchor
        return r.timex(c, typ, r.ref_for(off))
    assert r.anchor is not None
    if c.g["w"].lower() == "vannacht" and r.direction(c) != "future":
        off = -1  # the night that ended this morning, dated by its evening (TIMEX3 "TNI")
    value = (r.anchor + dt.timedelta(days=off)).isoformat()
    return r.timex(c, typ, value + ("T" + part if part else ""))


def weekday_date(r: Resolver, c: Cand, wd: int, mod: str, suffix: str) -> dt.date | None:
    assert r.anchor is not None
    if not mod and not suffix and DEADLINE.search(r.text[max(0, c.start - 14) : c.start]):
        mod = "komende"  # "ten laatste maandag", "uiterlijk vrijdag": a deadline lies ahead
    days = [r.anchor + dt.timedelta(days=k) for k in range(-7, 8)]
    cands = [cal.day(d) for d in days if d.weekday() == wd]
    a = cal.day(r.anchor)
    if mod in ("afgelopen", "vorige", "verleden") or suffix.startswith("j"):
        p = cal.choose(cands, a, "past", strict=True)
    elif mod in ("komende", "volgende", "aanstaande") or suffix in ("aanstaande", "a.s."):
        p = cal.choose(cands, a, "future", strict=True)
    elif mod == "deze":
        p = next(q for q in cands if q.day and q.day.isocalendar()[1] == r.anchor.isocalendar()[1])
    else:
        p = cal.choose(cands, a, r.tense.weekday_at(c.start, c.end))
    return p.day


def weekday(r: Resolver, c: Cand) -> Timex | None:
    g = c.g
    wd = WEEKDAYS[g["w"].lower()]
    dp = g["dp"] or g["dp2"]
    shared = re.match(rf"-\s*(?:tot|en|of|t/m)\s+{WD}(?P<dp>{DP})", r.text[c.end : c.end + 30], FLAGS)
    if not dp and shared:
        dp = shared.group("dp")  # "van vrijdag- tot zaterdagochtend": the part is said once
    part = DAYPARTS[dp.lower()] if dp else ""
    typ = "TIME" if part else "DATE"
    if not g["mod"] and OPENING_HOURS.search(around(r, c, 30)):
        # "winkels mogen open op zondag", "op zondag gesloten": opening hours, every such day
        return r.timex(c, "SET", f"XXXX-WXX-{wd + 1}" + ("T" + part if part else ""), relative=False)
    if not r.can("day"):
        return r.timex(c, typ, f"XXXX-WXX-{wd + 1}" + ("T" + part if part else ""))
    d = weekday_date(r, c, wd, (g["mod"] or "").lower(), (g["suf"] or "").lower() if not g["dp2"] else "")
    assert d is not None
    return r.timex(c, typ, d.isoformat() + ("T" + part if part else ""))


def weekwd(r: Resolver, c: Cand) -> Timex | None:
    """"vorige week woensdag": the Wednesday of the week before the document's."""
    wd = WEEKDAYS[c.g["w"].lower()]
    part = DAYPARTS[c.g["dp"].lower()] if c.g["dp"] else ""
    typ = "TIME" if part else "DATE"
    if not r.can("day"):
        return r.timex(c, typ, f"XXXX-WXX-{wd + 1}" + ("T" + part if part else ""))
    assert r.anchor is not None
    k = {"vorige": -1, "afgelopen": -1, "volgende": 1, "komende": 1, "deze": 0}[c.g["rel"].lower()]
    day = cal.shift(cal.week(r.anchor), k).start + dt.timedelta(days=wd)
    return r.timex(c, typ, day.isoformat() + ("T" + part if part else ""))


def around(r: Resolver, c: Cand, width: int) -> str:
    """The span with ``width`` characters either side, the span itself marked by a tab on each side."""
    return f"{r.text[max(0, c.start - width) : c.start]}\t{r.text[c.start : c.end]}\t{r.text[c.end : c.end + width]}"


def night(r: Resolver, c: Cand) -> Timex | None:
    wd1 = WEEKDAYS[c.g["w1"].lower()]
    if not r.can("day"):
        return r.timex(c, "TIME", f"XXXX-WXX-{wd1 + 1}TNI")
    d = weekday_date(r, c, wd1, "", "")
    assert d is not None
    return r.timex(c, "TIME", d.isoformat() + "TNI")


def relunit(r: Resolver, c: Cand) -> Timex | None:
    g = c.g
    rel, unit = g["rel"].lower(), g["u"].lower().replace("weekeinde", "weekend")
    k = {"deze": 0, "dit": 0, "vorige": -1, "vorig": -1, "verleden": -1, "afgelopen": -1, "voorbije": -1,
         "komende": 1, "komend": 1, "volgende": 1, "volgend": 1, "aanstaande": 1}[rel]
    # "de afgelopen week" / "het komende jaar" measure a stretch of time; "afgelopen week" is a date.
    # A calendar year, a (sports) season or a quarter (the period companies report on: "in het
    # voorbije kwartaal") is a date whatever the article.
    if rel in ("afgelopen", "voorbije", "komende", "komend") and unit not in ("weekend", "kalenderjaar", "seizoen", "kwartaal") \
            and not g["pre"] and has_article_before(r.text, c.start):
        des = UNITS[unit][0]
        return r.timex(c, "DURATION", f"P1{des}", relative=False)
    cal_unit = {"week": "week", "weekend": "weekend", "maand": "month", "jaar": "year", "eeuw": "century",
                "decennium": "decade", "kwartaal": "quarter", "kalenderjaar": "year", "seizoen": "year"}[unit]
    if not r.can(cal_unit):
        return r.timex(c, "DATE", r.ref_for(k))
    assert r.anchor is not None
    if cal_unit == "weekend":
        wkd = r.anchor.weekday()
        base = cal.weekend(r.anchor)
        if k < 0:
            # on a Sunday "afgelopen weekend" is the one ending today; otherwise the one before
            p = base if wkd == 6 and rel == "afgelopen" else cal.shift(base, -1)
        elif k > 0:
            p = base if wkd < 5 else cal.shift(base, 1)
        elif wkd <= 2 and r.direction(c) == "past":
            p = cal.shift(base, -1)  # on a Monday "kregen dit weekend bezoek" is the one just gone
        else:
            p = base
        return r.timex(c, "DATE", p.value())
    if (cal_unit == "week" and k == 0 and r.anchor.weekday() == 0 and r.direction(c) == "past"
            and not re.search(r"(?i)\b(?:sinds|vanaf|tot)\s+$", r.text[max(0, c.start - 8) : c.start])):
        # on a Monday "waren de koersen deze week nog avontuurlijk" tells of the week just ended ("sinds
        # deze week" of the week that began today)
        k = -1
    p = cal.shift(cal.containing(cal_unit, r.anchor), k)
    return r.timex(c, "DATE", p.value())


def anaphor(r: Resolver, c: Cand) -> Timex | None:
    unit = {"jaar": "year", "maand": "month", "week": "week", "weekend": "weekend", "dag": "day"}[c.g["u"].lower()]
    k = -1 if c.g["dir"].lower() in ("daarvoor", "ervoor") else 1
    p = r.previous(c, within=1000)
    if p is None:
        return None
    # "het jaar daarop" after "maart 1880" is 1881, a year: resolve at the anaphor's own unit
    q = shift_by(p, unit, k) if unit in ("weekend", "day") else cal.shift(cal.containing(unit, p.start), k)
    return Timex(c.start, c.end, "DATE", q.value(), (), p.value()) if q else None


def sameday(r: Resolver, c: Cand) -> Timex | None:
    a = c.g["a"].lower()
    if a == "volgende" and not has_article_before(r.text, c.start):
        return None
    p = None
    for t in reversed(r.out):
        if c.start - t.end > 600:
            break
        q0 = cal.parse_value(t.value)
        if q0 is not None and q0.unit == "day":
            p = q0
            break
    if p is None:
        return None
    q = cal.shift(p, 1 if a == "volgende" else 0)
    return Timex(c.start, c.end, "DATE", q.value(), (), p.value())


def anaunit(r: Resolver, c: Cand) -> Timex | None:
    unit = {"jaar": "year", "maand": "month", "week": "week", "weekend": "weekend", "weekeinde": "weekend"}[c.g["u"].lower()]
    k = 1 if c.g["a"].lower() in ("daaropvolgende", "daaraanvolgende") else 0
    p = r.previous(c, within=1000)
    if unit == "weekend" and p is not None and p.unit != "day":
        p = None  # "dat weekeinde" after "in mei": which weekend the text does not say
    if p is None:
        unknown = {"year": "XXXX", "month": "XXXX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE"}[unit]
        return r.timex(c, "DATE", unknown, relative=False)
    if unit == "weekend":
        assert p.day is not None
        q = cal.shift(cal.weekend(p.day), k)
        return Timex(c.start, c.end, "DATE", q.value(), (), p.value())
    q = cal.shift(cal.containing(unit, p.start), k)
    return Timex(c.start, c.end, "DATE", q.value(), (), p.value())


def sameperiod(r: Resolver, c: Cand) -> Timex | None:
    """"dezelfde periode vorig jaar": the quarter, month or half-year the text last named, a year back;
    without one, last year."""
    p = _reported_period(r, c)
    if p is not None and p.unit in ("quarter", "month", "half", "week", "season"):
        q = shift_by(p, "year", -1)
        if q is not None:
            return Timex(c.start, c.end, "DATE", q.value(), (), p.value())
    if not r.can("year"):
        return None
    assert r.anchor is not None
    return r.timex(c, "DATE", str(r.anchor.year - 1))


def _reported_period(r: Resolver, c: Cand) -> cal.Period | None:
    """The period a report is about: the last one named within 1,000 characters that is not a
    year-back comparison ("dezelfde periode vorig jaar", "een jaar eerder")."""
    return r.previous(c, 1000, skip=lambda t: COMPARED.search(r.text[t.start : t.end]) is not None)


def anadp(r: Resolver, c: Cand) -> Timex | None:
    """"die avond", "eerder die nacht": that part of the day the text last named. A coarser date
    before it ("eind augustus") or none leaves the day unknown."""
    part = DAYPARTS[c.g["dp"].lower()]
    nxt = c.g["a"].lower() == "volgende"
    if nxt and not has_article_before(r.text, c.start):
        return None  # "volgende ochtend" without "de" is no anaphor of the story's day
    p = r.previous(c, within=1500)
    if p is None or p.unit != "day" or p.day is None:
        return r.timex(c, "TIME", "XXXX-XX-XXT" + part, relative=False)
    day = p.day + dt.timedelta(days=1 if nxt else 0)
    if part in ("EV", "NI") and not nxt and _small_hours(r, c):
        day -= dt.timedelta(days=1)  # "omstreeks 4 uur weg … Daar was die avond een feest": the evening before
    return Timex(c.start, c.end, "TIME", day.isoformat() + "T" + part, (), p.value())


def _small_hours(r: Resolver, c: Cand, within: int = 1500) -> bool:
    """True when the last dated expression before ``c`` is a clock time between midnight and 6."""
    for t in reversed(r.out):
        if c.start - t.end > within:
            return False
        if cal.parse_value(t.value) is not None:
            return re.fullmatch(r"\d{4}-\d\d-\d\dT0[0-5]:\d\d", t.value) is not None
    return False


def newseason(r: Resolver, c: Cand) -> Timex | None:
    return r.timex(c, "DATE", "XXXX", relative=False)


def present(r: Resolver, c: Cand) -> Timex | None:
    return r.timex(c, "DATE", "PRESENT_REF", relative=False)


def past(r: Resolver, c: Cand) -> Timex | None:
    return r.timex(c, "DATE", "PAST_REF", relative=False)


def future(r: Resolver, c: Cand) -> Timex | None:
    return r.timex(c, "DATE", "FUTURE_REF", relative=False)


RESOLVERS = {
    "deictic": deictic,
    "weekday": weekday,
    "weekwd": weekwd,
    "night": night,
    "relunit": relunit,
    "anaphor": anaphor,
    "sameday": sameday,
    "anaunit": anaunit,
    "anadp": anadp,
    "sameperiod": sameperiod,
    "newseason": newseason,
    "present": present,
    "past": past,
    "future": future,
    "now": present,
}
