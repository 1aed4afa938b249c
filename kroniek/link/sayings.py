"""Saying is not an event: each statement is folded into the event it reports.

A statement mention ("zegt", "stelt", "benadrukt", "laat weten", "meldde") tells who reports
something, not something that happened. After linking, each statement mention is taken out of
its event and recorded on the event it reports, in that event's ``attributes["reported_by"]``:

1. ``clause``: the event told in the clause the saying governs ("Het leger zegt dat Horn is
   gedood": the killing), the one highest in that clause when it tells several;
2. ``quote``: else the first event told in a quote of the saying's sentence ("'De brand is
   geblust', meldt de brandweer");
3. ``document``: else its document's main happening (the most salient other event with a
   mention in that document).

Each record is ``{"doc", "start", "end", "text", "speaker", "factuality", "how"}``: the
saying's own words, the entity that says it (its subject, else the quote's speaker; ``None``
when unknown; a nationality adjective is no speaker), whether it was said ("heeft de aanval
niet bevestigd": negated) and which of the three found the event. A statement event left without mentions is dropped from
the chronicle; a saying in a document that tells nothing else stays as it was. Requests
("roept op", "vraagt") and the other speech acts that do something stay events.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from ..model import Document, Entity, Event, EventMention
from .salience import score_of
from .spans import Spans

SAYING = "statement"

Key = tuple[str, int, int]


def fold(events: list[Event], docs: dict[str, Document], entities: Iterable[Entity],
         spans: Spans | None = None) -> list[Event]:
    """The events without their sayings; each folded saying is recorded on the event it reports.

    Salience must be annotated first (the document's main happening is its most salient event).
    """
    idx = spans or Spans()
    owner: dict[Key, Event] = {}
    for ev in events:
        if ev.type != SAYING:
            for key in ev.mentions:
                owner[key] = ev
    main = _main_happenings(events)
    speakers = _entity_spans(entities)
    folded: set[Key] = set()
    for ev in events:
        if ev.type != SAYING:
            continue
        for key in ev.mentions:
            doc = docs.get(key[0])
            em = idx.event(doc, key[1], key[2]) if doc else None
            if doc is None or em is None:
                continue
            target, how = _reported(doc, em, owner, idx)
            if target is None and key[0] in main:
                target, how = main[key[0]], "document"
            if target is None:
                continue
            target.attributes.setdefault("reported_by", []).append(_record(doc, em, how, speakers))
            folded.add(key)
    out = []
    for ev in events:
        if ev.type == SAYING and folded.intersection(ev.mentions):
            ev.mentions = [k for k in ev.mentions if k not in folded]
            if not ev.mentions:
                continue
        out.append(ev)
    return out


def _main_happenings(events: list[Event]) -> dict[str, Event]:
    """Per document, its most salient event that is not a saying (ties: the earlier id)."""
    best: dict[str, Event] = {}
    for ev in sorted(events, key=lambda e: (-score_of(e), e.id)):
        if ev.type == SAYING:
            continue
        for doc_id, _, _ in ev.mentions:
            best.setdefault(doc_id, ev)
    return best


def _reported(doc: Document, em: EventMention, owner: dict[Key, Event],
              idx: Spans) -> tuple[Event | None, str]:
    """The event the saying's own clause tells, else one told in a quote of its sentence."""
    h = idx.token_at(doc, em.start)
    if h is None:
        return None, ""
    sent = doc.tokens[h].sent
    best: tuple[int, int, Event] | None = None
    for m in doc.events:
        ev = owner.get((doc.id, m.start, m.end))
        k = idx.token_at(doc, m.start)
        if ev is None or k is None or doc.tokens[k].sent != sent:
            continue
        depth = _depth_below(doc, k, h)
        if depth is not None and (best is None or (depth, m.start) < best[:2]):
            best = (depth, m.start, ev)
    if best is not None:
        return best[2], "clause"
    s = doc.sentences[sent]
    for q in doc.quotes:
        if q.start < s.end and s.start < q.end:
            for m in doc.events:
                ev = owner.get((doc.id, m.start, m.end))
                if ev is not None and q.start <= m.start < q.end:
                    return ev, "quote"
    return None, ""


def _depth_below(doc: Document, k: int, h: int) -> int | None:
    """How many steps up the parse from token ``k`` to token ``h``; None when ``h`` is not above it."""
    j, steps = k, 0
    while steps < 20:
        head = doc.tokens[j].head
        if head < 0:
            return None
        steps += 1
        if head == h:
            return steps
        j = head
    return None


def _entity_spans(entities: Iterable[Entity]) -> dict[str, list[tuple[int, int, str]]]:
    out: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for ent in entities:
        if "nationality" in ent.attributes:  # "de Libanese premier" is not Lebanon speaking
            continue
        for doc_id, s, t in ent.mentions:
            out[doc_id].append((s, t, ent.id))
    return out


def _record(doc: Document, em: EventMention, how: str,
            speakers: dict[str, list[tuple[int, int, str]]]) -> dict[str, Any]:
    return {"doc": doc.id, "start": em.start, "end": em.end, "text": doc.text[em.start:em.end],
            "speaker": _speaker(doc, em, speakers.get(doc.id, [])), "factuality": em.factuality, "how": how}


def _speaker(doc: Document, em: EventMention, spans: list[tuple[int, int, str]]) -> str | None:
    """The entity the saying's subject names, else the entity of the speaker span of a quote in its sentence."""
    for role, a, b in em.arguments:
        if role in ("agent", "source"):
            hit = _entity_at(spans, a, b)
            if hit is not None:
                return hit
    sent = doc.sentence_of(em.start)
    if sent is None:
        return None
    for q in doc.quotes:
        in_sentence = q.start < sent.end and sent.start < q.end
        if in_sentence and q.speaker_start is not None and q.speaker_end is not None:
            hit = _entity_at(spans, q.speaker_start, q.speaker_end)
            if hit is not None:
                return hit
    return None


def _entity_at(spans: list[tuple[int, int, str]], a: int, b: int) -> str | None:
    """The entity whose mention overlaps [a, b) the most."""
    hit = max(((min(t, b) - max(s, a), eid) for s, t, eid in spans if s < b and a < t), default=None)
    return hit[1] if hit is not None else None
