"""The document's own date: read it from a dated heading, or infer the day from the text.

When the metadata says only a month ("2019-03") or nothing, the text often still fixes the day:

1. A dated heading or dateline ("Utrecht, 12 maart 2019", "Datum: 12 maart 2019") near the
   top of the text gives the day outright (``source="text"``).
2. Otherwise a small constraint solver scores every candidate day in the coarse period against
   the evidence in the text and commits only when one day is clearly best (``source="inferred"``):

   - *pins*: a relative expression tied to an absolute date of the same day, either written
     next to it ("gisteren, dinsdag 12 maart,") or about the same event in two sentences
     ("de raad stemde gisteren in met het plan" ... "op 12 maart stemde de raad in met het plan");
     each pin says "the document date is that date plus the expression's offset";
   - *weekday pins*: "vandaag, maandag," says which weekday the document date is;
   - *order constraints*: a date told in the past tense or with "jl." lies before the document
     date, one with "aanstaande" or "zal" after it; a candidate that breaks one loses a point.

   A day is committed only when it is supported by at least one pin, beats every other candidate
   by a full point, and breaks no constraint; anything less keeps the coarse value, because a
   wrong day is worse than a month that is right.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..lexicon import MONTHS, WEEKDAYS
from ..model import Document, PublishedDate, Timex
from ..sentences import sentence_at, sentence_pieces
from . import time_calendar as cal
from .time_heading import HEADING_DATE, heading_day
from .time_lexicon import DEICTIC
from .timex import anchor_of, tag_timexes

__all__ = ["DocDate", "infer_published"]

_STOP = frozenset(
    ["aangegeven", "aanleiding", "andere", "anderen", "achter", "alleen", "altijd", "bijvoorbeeld", "binnen", "daarom", "daarna", "daarmee", "daarbij", "daarvan", "daarnaast", "volgens", "tussen", "tegen", "zonder", "onder", "boven", "omdat", "terwijl", "hebben", "worden", "werden", "zouden", "kunnen", "moeten", "willen", "zullen", "eerder", "eerste", "tweede", "laatste", "nieuwe", "grote", "verder", "verdere", "gezegd", "gemeld", "volgens", "zeggen", "zegt", "zeide", "schrijft", "aldus", "intussen", "inmiddels"]
)
# "had eerder op dinsdag al gezegd": earlier on the day the text is written, so a weekday pin
_EARLIER_ON = re.compile(
    r"(?i)(?<![\w])eerder\s+op\s+(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)(?![\w])(?!\s+\d)"
)
_WORDS = re.compile(r"[^\W\d_][\w-]{5,}")


@dataclass(frozen=True, slots=True)
class _Pin:
    """Evidence that the document date is ``day`` (weight says how direct the link is)."""

    day: dt.date
    weight: float
    why: str


def _heading_date(text: str, within: int = 400) -> dt.date | None:
    """The first line in the first ``within`` characters that is a heading date (with or without a
    place or label: see time_heading), in a year of the 20th or 21st century."""
    for line in text[:within].split("\n"):
        m = HEADING_DATE.fullmatch(line.strip())
        if m is not None and m["y"][:2] in ("19", "20") and (day := heading_day(m)) is not None:
            return day
    return None


def coarse_period(doc: Document) -> tuple[dt.date, dt.date] | None:
    """The first and last day the metadata allows, or None when it says nothing."""
    start, gran = anchor_of(doc)
    if start is None:
        return None
    p = cal.containing(gran, start)
    return p.start, p.end


def content_stems(text: str) -> tuple[set[str], set[str]]:
    """Crude stems of the content words of a sentence: all of them, and the lower-case ones."""
    stems, lower = set(), set()
    for w in _WORDS.findall(text):
        low = w.lower()
        if low in _STOP or low in MONTHS or low in WEEKDAYS or low in DEICTIC:
            continue
        stems.add(low[:8])  # "begrotingen" ~ "begroting"; enough to tell two tellings of one event
        if w[0].islower():
            lower.add(low[:8])
    return stems, lower


def date_evidence(text: str, lo: dt.date, hi: dt.date) -> tuple[list[_Pin], list[tuple[int, float]], list[tuple[str, dt.date]]]:
    """Collect pins, weekday pins (weekday of the document date, weight) and order constraints."""
    # Absolute dates: tag with the window's middle as anchor so partial dates get a year near it;
    # relative expressions are re-read below from their surface, not from these values.
    mid = lo + (hi - lo) / 2
    timexes = tag_timexes(text, mid, anchor_granularity="day")
    sents = sentence_pieces(text)
    absolute: list[tuple[Timex, dt.date]] = []
    deictic: list[tuple[Timex, int]] = []
    weekdays: list[tuple[Timex, int]] = []
    for t in timexes:
        surface = text[t.start : t.end].lower()
        if re.search(r"\d", surface) and re.fullmatch(r"\d{4}-\d\d-\d\d", t.value):
            absolute.append((t, dt.date.fromisoformat(t.value)))
            continue
        word = surface.split()[-1]
        if word in DEICTIC and t.type in ("DATE", "TIME") and not surface.startswith(("eerder", "later")):
            deictic.append((t, DEICTIC[word][0]))
            continue
        m = re.fullmatch(r"(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)(?:ochtend|morgen|middag|avond|nacht)?", surface)
        if m:
            weekdays.append((t, WEEKDAYS[m.group(1)]))

    pins: list[_Pin] = []
    wd_pins: list[tuple[int, float]] = [(WEEKDAYS[m.group(1).lower()], 2.0) for m in _EARLIER_ON.finditer(text)]
    order = _order_constraints(text, absolute)
    for t, off in deictic:
        # 1. written next to an absolute date or a weekday: "gisteren (dinsdag 12 maart)"
        for a, d in absolute:
            if _adjacent(text, t, a):
                pins.append(_Pin(d - dt.timedelta(days=off), 3.0, "apposition"))
        wd_pins.extend(((wd - off) % 7, 2.0) for w, wd in weekdays if _adjacent(text, t, w))
        # 2. the same event told twice, once with the relative word and once with the date
        pins.extend(_same_event_pins(text, sents, t, off, absolute))
    return pins, wd_pins, order


def _order_constraints(text: str, absolute: list[tuple[Timex, dt.date]]) -> list[tuple[str, dt.date]]:
    """Order constraints: "12 maart jl." puts the document after that day, "12 maart a.s." before it."""
    order: list[tuple[str, dt.date]] = []
    for t, d in absolute:
        surface = text[t.start : t.end].lower()
        after = text[t.end : t.end + 12].lower()
        if "jl" in surface or "jongstleden" in surface or after.lstrip().startswith(("jl", "j.l.")):
            order.append(("after", d))
        elif "aanstaande" in surface or "a.s." in surface:
            order.append(("before", d))
    return order


def _adjacent(text: str, t: Timex, other: Timex) -> bool:
    """Two expressions written next to each other: "gisteren (dinsdag 12 maart)"."""
    gap = text[min(t.end, other.end) : max(t.start, other.start)]
    return len(gap) <= 4 and re.fullmatch(r"[\s,(–-]*", gap) is not None


def _same_event_pins(
    text: str, sents: list[tuple[int, int]], t: Timex, off: int, absolute: list[tuple[Timex, dt.date]]
) -> list[_Pin]:
    """The same event told twice, once with the relative word and once with the date."""
    si = sentence_at(sents, t.start)
    if si < 0:
        return []
    pins: list[_Pin] = []
    words, lower = content_stems(text[sents[si][0] : sents[si][1]])
    for a, d in absolute:
        sa = sentence_at(sents, a.start)
        if sa < 0 or sa == si:
            continue
        other, other_lower = content_stems(text[sents[sa][0] : sents[sa][1]])
        shared = words & other
        # Names alone (the story's protagonist) run through a whole story; demand an event word too.
        if len(shared) >= 2 and lower & other_lower:
            pins.append(_Pin(d - dt.timedelta(days=off), 2.0, "same-event:" + ",".join(sorted(shared))))
    return pins


def infer_published(doc: Document) -> PublishedDate | None:
    """Infer the day a document was written from its text, within what its metadata allows; None when unsure."""
    coarse = coarse_period(doc)
    raw = doc.published.raw or doc.published.value if doc.published else None
    heading = _heading_date(doc.text)
    if heading is not None and (coarse is None or coarse[0] <= heading <= coarse[1]):
        return PublishedDate(heading.isoformat(), "day", "text", raw)
    if coarse is None or coarse[0] == coarse[1]:
        return None
    lo, hi = coarse
    pins, wd_pins, order = date_evidence(doc.text, lo, hi)
    if not pins:
        return None
    scored: list[tuple[float, dt.date]] = []
    d = lo
    while d <= hi:
        s = sum(p.weight for p in pins if p.day == d)
        s += sum(w for wd, w in wd_pins if d.weekday() == wd)
        s -= sum(1.0 for rel, a in order if (rel == "after" and d <= a) or (rel == "before" and d >= a))
        scored.append((s, d))
        d += dt.timedelta(days=1)
    scored.sort(key=lambda x: -x[0])
    best, day = scored[0]
    runner_up = scored[1][0] if len(scored) > 1 else float("-inf")
    supported = any(p.day == day for p in pins)
    broken = any((rel == "after" and day <= a) or (rel == "before" and day >= a) for rel, a in order)
    if supported and not broken and best >= 2.0 and best - runner_up >= 1.0:
        return PublishedDate(day.isoformat(), "day", "inferred", raw)
    return None


class DocDate:
    """Pipeline component: when ``doc.published`` is missing or coarser than a day, infer the day."""

    name = "docdate"
    requires = ("published",)
    assigns = ("published",)

    def __call__(self, doc: Document) -> Document:
        p = doc.published
        if p is not None and p.granularity in ("day", "minute"):
            return doc
        inferred = infer_published(doc)
        if inferred is not None:
            doc.published = inferred
        elif p is not None:
            heading = _heading_date(doc.text)
            coarse = coarse_period(doc)
            if heading is not None and coarse is not None and not coarse[0] <= heading <= coarse[1]:
                doc.warnings.append("date-inconsistent")
        return doc
