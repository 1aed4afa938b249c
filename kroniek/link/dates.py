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
   Two more kinds of pin need no event match: a sentence that tells the same happening as a
   dated sentence of another document (two content words in common, one of them not a name:
   "Vrijdag is er een ingelaste bijeenkomst" and "Vrijdag 10 januari vindt een ingelaste Raad
   plaats"), and a letter the text says was sent ("maandagavond een Kamerbrief verstuurd") when
   a dated letter in the corpus is signed by the people the sentence names.
3. The days every pinned expression agrees with, that break none of the document's own order
   constraints (a date told in the past lies before the document) and match its own weekday
   ("had eerder op dinsdag gezegd"), are kept. One day is committed; a run of fewer than seven
   consecutive days (two weekdays that narrow each other's week: a letter sent "maandagavond"
   and a meeting "Vrijdag") commits the earliest, the first day on which the text could have
   been written, with the range in the evidence. A whole week (one bare weekday) or anything
   else keeps the coarse value: a wrong day is worse than a month that is right.

The committed value is exported as ``published.source = "inferred"`` with granularity "day"; the
caller re-resolves the document's time expressions and events against it.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from ..extract.docdate import coarse_period, content_stems, date_evidence
from ..extract.timex import PreparedText, tag_timexes
from ..model import Document, PublishedDate
from ..sentences import sentence_pieces
from .events import EntityOf, LinkMention, LinkWeights, pair_score, read_mentions, time_relation

DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
# Relative expressions reach back or ahead this far from the document date ("vorige maand").
REACH = dt.timedelta(days=40)
# Consecutive candidate days that may still commit their earliest; a bare weekday alone leaves a
# whole week open (7 days), which is ambiguity: the month stays.
MAX_RUN = 6
_LETTER = re.compile(r"(?i)\b(?:kamer)?brief\b")
_FUNCTION_STEMS = frozenset(["waarin", "waarbij", "waarop", "waarmee", "waardoor", "waarvan", "waarna", "hierbij", "daardoo"])
_MINUTE = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")
_CLOCK = re.compile(r"(?i)[0-2]?\d[.:]\s?[0-5]\d\s*(?:uur|u)?(?:\s+(?:[A-Z]{2,4}|lokale\s+tijd|Nederlandse\s+tijd))?")
_NAME = re.compile(r"\b[A-Z][a-zë]{2,}\b")
_SIGNATURE = re.compile(
    r"(?m)^\s*(?:[A-Z][a-z]?\.){1,4}\s*(?:(?:van|de|der|den|ter|ten|het)\s+)*([A-Z][a-zë]+(?:-[A-Z][a-zë]+)?)\s*$"
)


# a sentence another text dates: (its span here, the other text's day, the reason, a clock minute or None)
_Told = tuple[tuple[int, int], dt.date, str, str | None]


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
    mentions: list[LinkMention] | None = None,
) -> list[DateInference]:
    """Infer the day of each coarse-dated document from day-dated reports of the same events.

    ``mentions``: what ``read_mentions`` gave for these documents, when the caller has it already
    (the candidate days are tried on them and every change is undone).
    """
    w = weights or LinkWeights()
    periods = {doc.id: coarse_period(doc) for doc in docs}
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
        texts = [d for d in docs if d.id != doc.id and (p := periods[d.id]) is not None and p[0] == p[1]]
        found = _infer_one(doc, period, [m for m in ms if m.key[0] == doc.id], others, w, tag, texts)
        if found is not None:
            out.append(found)
    return out


def _infer_one(
    doc: Document,
    period: tuple[dt.date, dt.date] | None,
    mine: list[LinkMention],
    others: list[LinkMention],
    w: LinkWeights,
    tag: Callable[..., list],
    texts: list[Document] = (),  # type: ignore[assignment]
) -> DateInference | None:
    relative = [m for m in mine if _time_span(m) is not None and not (m.when and DAY.match(m.when))]
    told = _told_elsewhere(doc, texts, tag)
    if not relative and not told:
        return None
    partners = _partners(relative, others, w)
    if not partners and not told:
        return None
    days = _candidate_days(partners, told, period)
    if not days:
        return None
    _, own_weekdays, order = date_evidence(doc.text, days[0], days[-1])
    weekdays = {wd for wd, _ in own_weekdays}
    # For each pinned expression, the days under which it agrees with another source.
    fits: dict[object, set[dt.date]] = {}
    why: dict[tuple[object, dt.date], str] = {}
    tag_day = _day_tagger(doc, tag)
    for day in days:
        if any((rel == "after" and day <= a) or (rel == "before" and day >= a) for rel, a in order):
            continue
        if weekdays and day.weekday() not in weekdays:
            continue
        timexes = tag_day(day)
        _fit_relative(doc, day, timexes, relative, partners, fits, why)
        _fit_told(doc, day, timexes, told, fits, why)
    return _conclude(doc, fits, why)


def _day_tagger(doc: Document, tag: Callable[..., list]) -> Callable[[dt.date], list]:
    """Tag the document under one candidate day after another; the kroniek tagger prepares what
    does not depend on the day (candidate spans, tense cues) once."""
    if tag is tag_timexes:
        prepared = PreparedText(doc.text, doc.tokens or None)
        return prepared.tag
    return lambda day: tag(doc.text, day, tokens=doc.tokens or None)


def _partners(relative: list[LinkMention], others: list[LinkMention], w: LinkWeights) -> dict[tuple[str, int, int], list[LinkMention]]:
    """The time term is the only part of the pair score a candidate day changes: score each pair
    once without it and keep the partners a day that agrees could lift over the threshold."""
    partners: dict[tuple[str, int, int], list[LinkMention]] = {}
    for m in relative:
        saved, m.when = m.when, None
        try:
            near = [y for y in others if (s := pair_score(m, y, w)) is not None and s + w.time_agree >= w.threshold]
        finally:
            m.when = saved
        if near:
            partners[m.key] = near
    return partners


def _candidate_days(
    partners: dict[tuple[str, int, int], list[LinkMention]], told: list[_Told], period: tuple[dt.date, dt.date] | None
) -> list[dt.date]:
    """Candidate days: within the metadata's period (or anywhere, when it gives none) and near a
    date a partner gives, since relative expressions reach only so far."""
    refs = {dt.date.fromisoformat(y.when[:10]) for near in partners.values() for y in near if y.when}
    refs |= {day for _, day, _, _ in told}
    days = sorted({r + dt.timedelta(days=k) for r in refs for k in range(-REACH.days, REACH.days + 1)})
    if period is not None:
        days = [d for d in days if period[0] <= d <= period[1]]
    return days


def _fit_relative(
    doc: Document, day: dt.date, timexes: list, relative: list[LinkMention],
    partners: dict[tuple[str, int, int], list[LinkMention]], fits: dict[object, set[dt.date]],
    why: dict[tuple[object, dt.date], str],
) -> None:
    """Record the relative mentions whose value under ``day`` agrees with a partner's date."""
    values = {(t.start, t.end): t.value for t in timexes}
    for m in relative:
        value = values.get(_time_span(m))  # type: ignore[arg-type]
        if m.key not in partners or not value or not DAY.match(value):
            continue
        for y in partners[m.key]:
            if time_relation(value, y.when) > 0:
                fits.setdefault(m.key, set()).add(day)
                words = " ".join(doc.text[m.em.start : m.em.end].split())
                why[m.key, day] = f"{words} ({value}) = {y.key[0]}:{y.when}"


def _fit_told(
    doc: Document, day: dt.date, timexes: list, told: list[_Told], fits: dict[object, set[dt.date]],
    why: dict[tuple[object, dt.date], str],
) -> None:
    """Record the sentences told elsewhere whose expression under ``day`` gives the other text's date."""
    for (lo, hi), target, reason, clock in told:
        for t in timexes:
            surface = doc.text[t.start : t.end]
            if not lo <= t.start < hi:
                continue
            if clock is not None:
                agrees = t.type == "TIME" and _CLOCK.fullmatch(surface) is not None and t.value == f"{target.isoformat()}T{clock}"
            else:
                agrees = not re.search(r"\d", surface) and t.value[:10] == target.isoformat()
            if agrees:
                fits.setdefault((lo, hi, target), set()).add(day)
                why[(lo, hi, target), day] = f"{surface} ({t.value}) = {reason}"


def _conclude(doc: Document, fits: dict[object, set[dt.date]], why: dict[tuple[object, dt.date], str]) -> DateInference | None:
    """Every expression that found its happening elsewhere must agree on the day: the earliest of a
    short run of consistent days, else nothing."""
    if not fits:
        return None
    common = sorted(set.intersection(*fits.values()))
    if not common or len(common) > MAX_RUN or (common[-1] - common[0]).days != len(common) - 1:
        return None
    day = common[0]
    raw = doc.published.raw or doc.published.value if doc.published else None
    evidence = tuple(sorted(why[k, day] for k in fits))
    if len(common) > 1:
        evidence += (f"earliest of the consistent days {common[0].isoformat()} … {common[-1].isoformat()}",)
    return DateInference(doc.id, PublishedDate(day.isoformat(), "day", "inferred", raw), evidence)


def _told_elsewhere(doc: Document, texts: list[Document], tag: Callable[..., list]) -> list[_Told]:
    """Sentences of ``doc`` whose happening a day-dated document dates: (sentence span, day, why).

    - the same happening told in a dated sentence of another document: two content words in
      common, one of them lower-case (an event word, not only names), as docdate pairs two
      sentences of one text;
    - a letter the sentence says was sent, when a dated letter names at least two of the people
      the sentence names (its signatories).
    """
    out: list[tuple[tuple[int, int], dt.date, str, str | None]] = []
    mine = [(a, b, *content_stems(doc.text[a:b])) for a, b in sentence_pieces(doc.text)]
    my_common = _common_stems([lower for *_, lower in mine])
    for other in texts:
        day = dt.date.fromisoformat(other.published.value[:10]) if other.published else None
        if day is None:
            continue
        sentences, their_common = _dated_sentences(other.text, day.isoformat(), tag)
        for value, words, lower in sentences:
            for lo, hi, my_words, my_lower in mine:
                shared = words & my_words
                # an event word the two sentences share and that the texts do not repeat throughout
                if len(shared) >= 2 and (lower & my_lower) - my_common - their_common:
                    clock = value[11:] or None
                    out.append(((lo, hi), dt.date.fromisoformat(value[:10]), f"{other.id}:{value} ({','.join(sorted(shared))})", clock))
        if other.genre == "letter":
            signers = _signatories(other.text)
            for lo, hi, *_ in mine:
                sentence = doc.text[lo:hi]
                named = set(_NAME.findall(sentence)) & signers
                if _LETTER.search(sentence) and len(named) >= 2:
                    out.append(((lo, hi), day, f"{other.id}: the letter of {day.isoformat()} ({', '.join(sorted(named))})", None))
    return out


@functools.lru_cache(maxsize=2048)
def _dated_sentences(
    text: str, day: str, tag: Callable[..., list]
) -> tuple[list[tuple[str, set[str], set[str]]], set[str]]:
    """The sentences of a day-dated text that name a day ("vrijdag 10 januari"), with that day and
    their content stems, and the stems the text repeats; cached, as every coarse document asks."""
    timexes = tag(text, dt.date.fromisoformat(day))
    dated = [t for t in timexes if DAY.fullmatch(t.value) and re.search(r"\d", text[t.start : t.end])]
    # a clock time to the minute ("om 12.00 uur UTC") dates its sentence too, by the text's own
    # day, but only a sentence that gives the same minute can agree with it
    clocks = [t for t in timexes if t.type == "TIME" and _MINUTE.fullmatch(t.value) and _CLOCK.fullmatch(text[t.start : t.end])]
    pieces = [(a, b, *content_stems(text[a:b])) for a, b in sentence_pieces(text)]
    out = []
    for a, b, words, lower in pieces:
        first = next((t for t in dated if a <= t.start < b), None) or next((t for t in clocks if a <= t.start < b), None)
        if first is not None:
            out.append((first.value, words, lower))
    return out, _common_stems([lower for *_, lower in pieces])


def _common_stems(sentences: list[set[str]]) -> set[str]:
    """Stems a text repeats throughout (in more than a sixth of its sentences, and more than two):
    its topic ("regering"), not one happening; and relative words ("waarin")."""
    seen: dict[str, int] = {}
    for stems in sentences:
        for x in stems:
            seen[x] = seen.get(x, 0) + 1
    return {x for x, n in seen.items() if n > max(2, len(sentences) // 6)} | _FUNCTION_STEMS


def _signatories(text: str) -> set[str]:
    """Surnames in a letter's signature block: lines of initials and a name near its end
    ("S.A. Blok", "A.Th.B. Bijleveld-Schouten"), each part of a double name on its own."""
    out: set[str] = set()
    for m in _SIGNATURE.finditer(text[-1500:]):
        out.update(part for part in m.group(1).split("-") if part)
    return out


def _time_span(m: LinkMention) -> tuple[int, int] | None:
    for role, a, b in m.em.arguments:
        if role == "time":
            return a, b
    return None
