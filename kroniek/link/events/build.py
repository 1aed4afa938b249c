"""A cluster of mentions made one Event: type, date, places, participants, label, disagreements."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from typing import Any

from ...extract.events import OTHER
from ...model import Event, sha256_hex
from ...numbers import count
from ..label_parse import no_subject
from .mentions import NAME_KEY, LinkMention
from .times import granularity, time_relation
from .weights import TYPE_ORDER


def to_event(ms: list[LinkMention]) -> Event:
    """One event of a cluster of mentions (its id hashes the members; the linkers keep stable ids)."""
    ms = sorted(ms, key=lambda m: m.key)
    keys = [m.key for m in ms]
    eid = "v-" + sha256_hex("|".join(f"{d}:{s}:{e}" for d, s, e in keys))[:16]
    types = Counter(m.em.type for m in ms if m.em.type != OTHER) or Counter(m.em.type for m in ms)
    top = max(types.values())
    typ = min((t for t, n in types.items() if n == top), key=lambda t: TYPE_ORDER.index(t) if t in TYPE_ORDER else 99)
    main = max(ms, key=lambda m: (m.em.type == typ, _label_score(m), -len(m.sent_text), [-k for k in m.key[1:]]))
    # Each source votes once for each date it gives.
    whens = Counter(v for _, v in {(m.key[0], m.when) for m in ms if m.when and m.when[:1].isdigit()})
    whens = _not_after_first_report(whens, ms)
    # A night ("de nacht van donderdag op vrijdag", TIMEX3 "…-02TNI") runs into the next day: a
    # source that gives it also agrees with a source that gives that day.
    for night in [v for v in whens if re.fullmatch(r"\d{4}-\d\d-\d\dTNI", v)]:
        after = (dt.date.fromisoformat(night[:10]) + dt.timedelta(days=1)).isoformat()
        if after in whens:
            whens[after] += whens[night]
    when = None
    if whens:
        # Most often given (a part of a day and its day back each other), then most specific.
        support = _day_support(whens)
        value = max(whens, key=lambda v: (support[v], len(v), v))
        when = {"value": value, "granularity": granularity(value)}
    roles: list[tuple[str, str]] = []
    places: list[str] = []
    for m in ms:
        for r in m.roles:
            if r not in roles and not r[1].startswith(NAME_KEY):
                roles.append(r)
        for p in sorted(m.places):
            if p not in places and not p.startswith(NAME_KEY):
                places.append(p)
    facts = Counter(m.em.factuality for m in ms)
    factuality = "asserted" if facts["asserted"] else facts.most_common(1)[0][0]
    attributes: dict[str, Any] = {"documents": len({k[0] for k in keys})}
    disagreements = _disagreements(ms)
    if disagreements:
        attributes["disagreements"] = disagreements
        attributes["flagged"] = True
    return Event(
        id=eid, type=typ, label=label(main), when=when, where=places, participants=roles,
        factuality=factuality, mentions=keys, attributes=attributes,
    )


def _disagreements(ms: list[LinkMention]) -> list[dict[str, Any]]:
    """Readings the sources give differently: the date, the kind of attack a compound names, and
    the numbers of dead and injured the mentions' sentences give."""
    out: list[dict[str, Any]] = []
    readings: dict[str, set[str]] = {}
    for m in ms:
        if m.when and m.when[:1].isdigit():
            readings.setdefault(m.when, set()).add(m.key[0])
    values = sorted(readings)
    if any(time_relation(a, b) < 0 for a in values for b in values):
        out.append({"aspect": "when", "readings": [{"value": v, "sources": sorted(readings[v])} for v in values]})
    kinds: dict[str, set[str]] = {}
    for m in ms:
        if m.modifier and m.em.type in ("attack", "kill", "accident", "fire"):
            kinds.setdefault(m.modifier, set()).add(m.key[0])
    if len(kinds) > 1:
        out.append({"aspect": "manner",
                    "readings": [{"value": k, "sources": sorted(v)} for k, v in sorted(kinds.items())]})
    counts: dict[str, dict[int, set[str]]] = {}
    seen: set[tuple[str, str]] = set()
    for m in ms:
        if m.em.type not in CASUALTY_TYPES or (m.key[0], m.sent_text) in seen:
            continue
        seen.add((m.key[0], m.sent_text))
        for kind, n in casualties(m.sent_text):
            counts.setdefault(kind, {}).setdefault(n, set()).add(m.key[0])
    for kind, by_n in sorted(counts.items()):
        if len(by_n) > 1 and len(set().union(*by_n.values())) > 1:
            out.append({"aspect": kind,
                        "readings": [{"value": str(n), "sources": sorted(v)} for n, v in sorted(by_n.items())]})
    return out


CASUALTY_TYPES = frozenset({"attack", "kill", "accident", "fire", "protest"})
# a count in digits or one word ("twaalf", "eenentwintig"; ``numbers.count`` reads it)
_CASUALTY = re.compile(
    r"\b(\d{1,3}(?:\.\d{3})+|\d+|[^\W\d_]+)"
    r"\s+(?:(dodelijke|zwaar|zwaargewonde|lichtgewonde|andere|burger)\s+)?"
    r"(doden|dode|omgekomenen|slachtoffers|gewonden|gewonde|zwaargewonden|lichtgewonden)\b",
    re.IGNORECASE,
)


def casualties(text: str) -> list[tuple[str, int]]:
    """Numbers of dead and injured a sentence gives: "zeker twaalf doden" -> [("dead", 12)]."""
    out = []
    for m in _CASUALTY.finditer(text):
        word, adj, noun = m.group(1).lower(), (m.group(2) or "").lower(), m.group(3).lower()
        n = count(word)
        if n is None:
            continue  # "veel doden": no count
        year = word[0].isdigit() and 1800 <= n <= 2100
        if year and re.search(r"\b(in|sinds|van|tot)\s*$", text[: m.start()], re.IGNORECASE):
            continue  # "in 2019 doden zij ..." is a year
        if noun in ("doden", "dode", "omgekomenen") or noun == "slachtoffers" and adj == "dodelijke":
            out.append(("dead", n))
        elif "gewonde" in noun or "gewonde" in adj:
            out.append(("injured", n))
    return out


PART_OF_DAY = re.compile(r"(\d{4}-\d\d-\d\d)T(MO|AF|EV)")


def _not_after_first_report(whens: Counter[str], ms: list[LinkMention]) -> Counter[str]:
    """A happening one source tells as done lies no later than that source's report: a date after
    the earliest such report (a later report's "vandaag" of a hearing merged in) does not date it."""
    reports = [m.published for m in ms if m.past and m.published is not None]
    if not reports:
        return whens
    first = min(reports).isoformat()
    return Counter({v: n for v, n in whens.items() if not after_day(v, first)})


CALENDAR = re.compile(r"\d{4}(?:-\d\d){0,2}")


def after_day(value: str, day: str) -> bool:
    """Whether a calendar date, month or year ("2019-08-13", "2020-04", "2020") starts after an
    ISO day: its prefix is later than the day's prefix of the same length."""
    m = CALENDAR.match(value)
    return m is not None and m.group() > day[: len(m.group())]


def _day_support(whens: Counter[str]) -> Counter[str]:
    """How many sources back each date, a part of a day ("dinsdagmiddag", TIMEX3 "…TAF") and its
    day ("dinsdag") backing each other: three outlets that say Tuesday, one of them "dinsdagmiddag",
    outweigh two that say Monday (the day before's other happening merged in)."""
    support = Counter(whens)
    for v, n in whens.items():
        m = PART_OF_DAY.fullmatch(v)
        if m:
            support[m.group(1)] += n
            support[v] += whens.get(m.group(1), 0)
    return support


def _label_score(m: LinkMention) -> int:
    """Prefer as label a mention naming both who did it and to whom."""
    roles = {r for r, _, _ in m.em.arguments}
    return 2 * ("agent" in roles) + 2 * ("patient" in roles) + ("instrument" in roles)


def label(m: LinkMention, limit: int = 100) -> str:
    """A short readable label: the trigger with its agent and patient, cut from its sentence."""
    doc, em = m.doc, m.em
    # A time or a dateline the parse took for an agent or patient ("4 augustus werd een jongen ...
    # beroofd") is no participant, so the cut does not reach back to it (as the clause labels).
    args = [(r, a, b) for r, a, b in em.arguments if not no_subject(doc, a)]
    parts = [(em.start, em.end)] + [(a, b) for r, a, b in args if r in ("agent", "patient", "instrument")]
    # The separable particle belongs to the verb: "nam ... aan", "legt ... stil".
    idx = next((k for k, t in enumerate(doc.tokens) if t.start == em.start), None)
    if idx is not None:
        parts += [(t.start, t.end) for t in doc.tokens if t.head == idx and t.deprel == "svp"]
    lo, hi = min(p[0] for p in parts), max(p[1] for p in parts)
    text = " ".join(doc.text[lo:hi].split())
    if len(text) <= limit:
        return text
    words = [" ".join(doc.text[a:b].split()) for role, a, b in args if role == "agent"][:1]
    words.append(doc.text[em.start : em.end])
    words += [" ".join(doc.text[a:b].split()) for role, a, b in args if role == "patient"][:1]
    text = " ".join(words)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


