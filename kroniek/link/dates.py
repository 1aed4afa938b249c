"""A document's own day from other documents: relative dates that agree with another source.

A text whose metadata gives only a month ("2020-01") and whose own words do not settle the day
(``kroniek.extract.docdate`` tried) may still be dated by the rest of the corpus. When it says an
event happened "gisteren" and another source reports what looks like the same event on "zondag
5 januari", the text is of Monday 6 January. This is the careful reader's reasoning, done as a
search:

1. For each document dated only to a month or year (or not at all), every candidate day of its
   period near a date the other sources give is tried: the document's time expressions are
   resolved against it.
2. Under a candidate day, each event mention whose time expression is relative gets a value; it
   is compared with every day-dated mention of another document using the event linker's own
   pair score (type, words, participants, places, context, and now time). A pair that clears the
   linker's threshold *and* agrees on the day is evidence for that candidate (a *pin*).
3. A day is committed only when it has pins, no other candidate has any, and it breaks none of
   the document's own order constraints (a date told in the past lies before the document).
   Anything less keeps the coarse value: a wrong day is worse than a month that is right.

The committed value is exported as ``published.source = "inferred"`` with granularity "day"; the
caller re-resolves the document's time expressions and events against it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from ..extract.docdate import _coarse, _evidence
from ..extract.timex import tag_timexes
from ..model import Document, PublishedDate
from .events import _M, EntityOf, LinkWeights, pair_score, read_mentions, time_relation

DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
# Relative expressions reach back or ahead this far from the document date ("vorige maand").
REACH = dt.timedelta(days=40)


@dataclass(frozen=True, slots=True)
class DateInference:
    """A day inferred for one document, with the evidence that fixed it."""

    doc: str
    published: PublishedDate
    evidence: tuple[str, ...]  # "<mention words> = <other document>:<date>"


def infer_dates_across(
    docs: list[Document],
    entity_of: EntityOf,
    *,
    weights: LinkWeights | None = None,
    tag: Callable[..., list] = tag_timexes,
    mentions: list[_M] | None = None,
) -> list[DateInference]:
    """Infer the day of each coarse-dated document from day-dated reports of the same events.

    ``mentions``: what ``read_mentions`` gave for these documents, when the caller has it already
    (the candidate days are tried on them and every change is undone).
    """
    w = weights or LinkWeights()
    periods = {doc.id: _coarse(doc) for doc in docs}
    todo = [doc for doc in docs if doc.events and not ((p := periods[doc.id]) is not None and p[0] == p[1])]
    if not todo:
        return []  # every document is dated to the day already (or has nothing to go on)
    ms = mentions if mentions is not None else read_mentions(docs, entity_of, weights=replace(w, semantic=0.0))
    # A day-level value is safe evidence: in a coarse-dated text only an expression that names
    # its day ("op 5 januari") gives one, since "gisteren" against a month stays vague.
    dated = [m for m in ms if m.when and DAY.match(m.when)]
    out: list[DateInference] = []
    for doc in todo:
        period = periods[doc.id]
        others = [m for m in dated if m.key[0] != doc.id]
        if not others:
            continue
        found = _infer_one(doc, period, [m for m in ms if m.key[0] == doc.id], others, w, tag)
        if found is not None:
            out.append(found)
    return out


def _infer_one(
    doc: Document,
    period: tuple[dt.date, dt.date] | None,
    mine: list[_M],
    others: list[_M],
    w: LinkWeights,
    tag: Callable[..., list],
) -> DateInference | None:
    relative = [m for m in mine if _time_span(m) is not None and not (m.when and DAY.match(m.when))]
    if not relative:
        return None
    # The time term is the only part of the pair score a candidate day changes: score each pair
    # once without it and keep the partners a day that agrees could lift over the threshold.
    partners: dict[tuple[str, int, int], list[_M]] = {}
    for m in relative:
        saved, m.when = m.when, None
        try:
            near = [y for y in others if (s := pair_score(m, y, w)) is not None and s + w.time_agree >= w.threshold]
        finally:
            m.when = saved
        if near:
            partners[m.key] = near
    if not partners:
        return None
    # Candidate days: within the metadata's period (or anywhere, when it gives none) and near a
    # date a partner gives, since relative expressions reach only so far.
    refs = {dt.date.fromisoformat(y.when[:10]) for near in partners.values() for y in near if y.when}
    days = sorted({r + dt.timedelta(days=k) for r in refs for k in range(-REACH.days, REACH.days + 1)})
    if period is not None:
        days = [d for d in days if period[0] <= d <= period[1]]
    if not days:
        return None
    _, _, order = _evidence(doc.text, days[0], days[-1])
    # For each relative mention, the days under which it agrees with another source.
    fits: dict[tuple[str, int, int], set[dt.date]] = {}
    why: dict[tuple[tuple[str, int, int], dt.date], str] = {}
    for day in days:
        if any((rel == "after" and day <= a) or (rel == "before" and day >= a) for rel, a in order):
            continue
        values = {(t.start, t.end): t.value for t in tag(doc.text, day, tokens=doc.tokens or None)}
        for m in relative:
            value = values.get(_time_span(m))  # type: ignore[arg-type]
            if m.key not in partners or not value or not DAY.match(value):
                continue
            for y in partners[m.key]:
                if time_relation(value, y.when) > 0:
                    fits.setdefault(m.key, set()).add(day)
                    words = " ".join(doc.text[m.em.start : m.em.end].split())
                    why[m.key, day] = f"{words} ({value}) = {y.key[0]}:{y.when}"
    if not fits:
        return None
    # Every mention that found its event elsewhere must agree on the day, and leave only one.
    common = set.intersection(*fits.values())
    if len(common) != 1:
        return None
    day = common.pop()
    raw = doc.published.raw or doc.published.value if doc.published else None
    evidence = tuple(sorted(why[k, day] for k in fits))
    return DateInference(doc.id, PublishedDate(day.isoformat(), "day", "inferred", raw), evidence)


def _time_span(m: _M) -> tuple[int, int] | None:
    for role, a, b in m.em.arguments:
        if role == "time":
            return a, b
    return None
