"""Clock times and parts of the day, on the day their sentence or the text gives."""

from __future__ import annotations

import datetime as dt
import re

from ...model import Timex
from ...numbers import count, number_word
from ..time_lexicon import (
    DAYPARTS,
    DEICTIC,
    HALF_HOURS,
)
from .patterns import (
    SDP_PART,
    Cand,
)
from .periods import context_part, day_hour
from .resolver import Resolver
from .words import number


def sun(r: Resolver, c: Cand) -> Timex | None:
    part = "EV" if c.g["w"].lower() == "zonsondergang" else "MO"
    day = day_before(r, c, 60) or (recent_day(r, c) or "")[:10] or "XXXX-XX-XX"
    return r.timex(c, "TIME", f"{day}T{part}")


def day_before(r: Resolver, c: Cand, within: int = 40) -> str | None:
    """The day of an expression just before ``c`` in its sentence ("zondag 20 uur", "gisterenavond om 18 uur")."""
    value = value_before(r, c, within)
    return value[:10] if value else None


def value_before(r: Resolver, c: Cand, within: int) -> str | None:
    lo, _ = r.tense.sentence(c.start)
    for t in reversed(r.out):
        if lo <= t.start and t.end <= c.start and c.start - t.end <= within and re.fullmatch(r"\d{4}-\d\d-\d\d(T\w+)?", t.value):
            return t.value
    return None


def clock_value(r: Resolver, c: Cand, h: int, mi: int, date: str | None = None, twelve: bool = False,
                 part: str = "") -> Timex:
    """A clock time on the day its sentence (or, failing that, the last days the text named) gives.

    ``twelve``: the hour was said on a twelve-hour clock ("half vijf", "kwart over twee"), so a
    part of the day from the context moves it, and without one an hour from 1 to 6 is in the
    afternoon (news rarely reports "half drie" at night without saying so)."""
    if date is None:
        before = value_before(r, c, 40)
        near = before is not None
        if before is None:
            before = recent_day(r, c)
        if before:
            date = before[:10]
            found = re.search(r"T(MO|AF|EV|NI)$", before)
            if found and not part:
                part = context_part(found.group(1), h, near, twelve)
    if part:
        h = day_hour(h, part)
        if part == "NI" and h < 12 and date and not date.startswith("X"):
            date = (dt.date.fromisoformat(date) + dt.timedelta(days=1)).isoformat()  # after midnight
    elif twelve and 1 <= h <= 6:
        h += 12
    if date is None:
        date = r.anchor.isoformat() if r.can("day") and r.anchor else "XXXX-XX-XX"
    return r.timex(c, "TIME", f"{date}T{h:02d}:{mi:02d}")


# "voortborduren op de plussen van een dag eerder": a day named to compare with is not the story's
_COMPARED_DAY = re.compile(r"(?i)\b(?:van|dan|met)\s+(?:een|\w+)\s+dag(?:en)?\s+(?:eerder|daarvoor)$")


def recent_day(r: Resolver, c: Cand, within: int = 600) -> str | None:
    """The day of the last expression before ``c`` that names a day of the past or coming week."""
    for t in reversed(r.out):
        if t.end > c.start or c.start - t.end > within or _COMPARED_DAY.search(r.text, max(0, t.start - 40), t.end):
            continue
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d)(?:T(MO|AF|EV|NI)|T(\d\d):\d\d)?", t.value)
        if m is None:
            continue
        far = r.anchor is None or abs((dt.date.fromisoformat(m.group(1)) - r.anchor).days) > 7
        if far and c.start - t.end > 160:
            # a day far from the document's is the clock's day only when it heads the clock's
            # passage ("7 juni: start WK ¶ Frankrijk opent om 21.00 uur"), not from further away
            return None
        if m.group(3):  # a clock time: its part of the day
            h = int(m.group(3))
            return m.group(1) + "T" + ("NI" if h < 6 else "MO" if h < 12 else "AF" if h < 18 else "EV")
        return t.value
    return None


def offset_day(r: Resolver, off: int) -> str | None:
    if not r.can("day"):
        return None
    assert r.anchor is not None
    return (r.anchor + dt.timedelta(days=off)).isoformat()


def halfclock(r: Resolver, c: Cand) -> Timex | None:
    h = HALF_HOURS[re.sub(r"\s+", "", c.g["hw"].lower())]
    return worded_clock(r, c, h, 30)


def clockword(r: Resolver, c: Cand) -> Timex | None:
    hour = number_word(c.g["hw"])
    if hour is None:
        return None
    base = (hour - 1) * 60 + 30 if c.g["half"] else hour * 60  # "voor half negen" counts from 7:30
    n = 15 if c.g["kw"] else int(number(c.g["n"]) or 0)
    minutes = (base + (n if c.g["dir"].lower() == "over" else -n)) % (12 * 60)
    h, mi = divmod(minutes, 60)
    return worded_clock(r, c, h or 12, mi)


def worded_clock(r: Resolver, c: Cand, h: int, mi: int) -> Timex:
    """A twelve-hour clock time, with its own day ("half elf vanochtend") or part ("'s avonds") if given."""
    date, part = None, ""
    if c.g.get("dw"):
        off, part = DEICTIC[c.g["dw"].lower()]
        date = offset_day(r, off) or "XXXX-XX-XX"
    elif c.g.get("sdp"):
        part = SDP_PART[c.g["sdp"].lower()]
    return clock_value(r, c, h, mi, date, twelve=True, part=part)


def clockdp(r: Resolver, c: Cand) -> Timex | None:
    h = count(c.g["h"])
    if h is None or h > 24:
        return None
    return clock_value(r, c, day_hour(h, SDP_PART[c.g["sdp"].lower()]), int(c.g["mi"] or 0))


def sdp(r: Resolver, c: Cand) -> Timex | None:
    # "'s avonds" after a day in the same sentence is that day's evening; alone it is any evening
    part = SDP_PART[c.g["sdp"].lower()]
    date = day_before(r, c, within=150) or named_part(r, c, part) or "XXXX-XX-XX"
    return r.timex(c, "TIME", f"{date}T{part}", relative=not date.startswith("X"))


def named_part(r: Resolver, c: Cand, part: str, within: int = 1500) -> str | None:
    """The day of the one night (evening, ...) a story told of a paragraph before ("sinds de nacht van
    vrijdag op zaterdag vermist … Loes zou ’s nachts meefietsen"); a present-tense clause ("’s nachts
    is het koel") speaks of every night, and two different such nights leave it open."""
    if r.tense.present_plan(c.start, c.end):
        return None
    days = {t.value[:10] for t in r.out if c.start - t.end <= within and re.fullmatch(rf"\d{{4}}-\d\d-\d\dT{part}", t.value)}
    return days.pop() if len(days) == 1 else None


def dprel(r: Resolver, c: Cand) -> Timex | None:
    rel, dp = c.g["rel"].lower(), c.g["dp"].lower()
    part = DAYPARTS[dp]
    if rel in ("afgelopen", "vorige", "voorbije"):
        off = -1
    elif rel == "komende":
        off = 1 if part == "MO" else 0  # "komende nacht" is tonight, "komende ochtend" tomorrow's
    else:
        off = 0
    date = offset_day(r, off)
    if date is None:
        return r.timex(c, "TIME", f"XXXX-XX-XXT{part}", relative=False)
    return r.timex(c, "TIME", f"{date}T{part}")


def clock(r: Resolver, c: Cand) -> Timex | None:
    return clock_value(r, c, int(c.g["h"]), int(c.g["mi"]))


def clockh(r: Resolver, c: Cand) -> Timex | None:
    h_raw = c.g["h"]
    h = count(h_raw)
    if h is None or h > 24:
        return None
    if c.g.get("dw") or not h_raw.isdigit():
        return worded_clock(r, c, h, 0)  # "acht uur vanavond", "vijf uur"
    return clock_value(r, c, h, 0)


def noon(r: Resolver, c: Cand) -> Timex | None:
    hm = "12:00" if c.g["w"].lower() == "middaguur" else "24:00"
    date = r.anchor.isoformat() if r.can("day") and r.anchor else "XXXX-XX-XX"
    return r.timex(c, "TIME", f"{date}T{hm}")


RESOLVERS = {
    "sun": sun,
    "halfclock": halfclock,
    "clockword": clockword,
    "clockdp": clockdp,
    "sdp": sdp,
    "dprel": dprel,
    "clock": clock,
    "clockh": clockh,
    "noon": noon,
}
