"""The chronicle export, format version 1 (the contract in shared/spec/export.md)."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

from .link.salience import order_stories
from .model import Document, Entity, Event
from .store import Store

FORMAT = "kroniek-export/1"


def build_export(store: Store, *, generated: str | None = None) -> dict[str, Any]:
    """Everything the store knows, as one JSON-able object."""
    docs = list(store.iter_documents())
    by_id = {d.id: d for d in docs}
    entities = store.entities() or _mention_entities(docs)
    events = store.events()
    stories = store.stories()
    order_stories(stories, events)  # each story's events most salient first
    # (doc, start, end) of every entity mention -> entity id, for speaker and participant lookups
    spans: dict[str, list[tuple[int, int, str]]] = {}
    for e in entities:
        for doc_id, start, end in e.mentions:
            spans.setdefault(doc_id, []).append((start, end, e.id))
    return {
        "format": FORMAT,
        "generated": generated or dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "documents": [_document(d) for d in docs],
        "entities": [_entity(e, by_id) for e in entities],
        "timexes": [
            {
                "doc": d.id, "start": t.start, "end": t.end, "text": d.text[t.start : t.end],
                "type": t.type, "value": t.value, "warnings": list(t.warnings),
            }
            for d in docs
            for t in d.timexes
        ],
        "events": [_event(e, by_id, spans) for e in events],
        "quotes": [
            {
                "doc": d.id, "start": q.start, "end": q.end, "text": d.text[q.start : q.end],
                "speaker": entity_at(spans.get(d.id, ()), q.speaker_start, q.speaker_end),
                "speaker_text": (
                    d.text[q.speaker_start : q.speaker_end]
                    if q.speaker_start is not None and q.speaker_end is not None
                    else None
                ),
                "cue": q.cue,
                "direct": q.direct,
            }
            for d in docs
            for q in d.quotes
        ],
        "stories": [
            {"id": s.id, "label": s.label, "documents": list(s.documents), "events": list(s.events),
             "first": s.first, "last": s.last}
            for s in stories
        ],
    }


def _document(d: Document) -> dict[str, Any]:
    return {
        "id": d.id,
        "source": d.source,
        "url": d.url,
        "title": d.title,
        "publisher": d.publisher,
        "genre": d.genre,
        "category": d.category,
        "language": d.language,
        "published": d.published.to_dict() if d.published else None,
        "text": d.text,
        "duplicate_of": d.duplicate_of,
        # The contract carries warning codes ("truncated"); the detail after ":" stays in the store.
        "warnings": [w.split(":", 1)[0].strip() for w in d.warnings],
    }


def _entity(e: Entity, docs: dict[str, Document]) -> dict[str, Any]:
    return {
        "id": e.id,
        "type": e.type,
        "name": e.name,
        "aliases": list(e.aliases),
        "mentions": [
            {"doc": doc_id, "start": s, "end": t, "text": docs[doc_id].text[s:t]}
            for doc_id, s, t in e.mentions
            if doc_id in docs
        ],
        "attributes": dict(e.attributes),
    }


def _event(e: Event, docs: dict[str, Document], spans: dict[str, list[tuple[int, int, str]]]) -> dict[str, Any]:
    return {
        "id": e.id,
        "type": e.type,
        "label": e.label,
        "when": dict(e.when) if e.when else None,
        "where": list(e.where),
        "participants": [{"role": r, "entity": eid} for r, eid in e.participants],
        "factuality": e.factuality,
        "mentions": [
            _event_mention(docs[doc_id], s, t, spans.get(doc_id, ()))
            for doc_id, s, t in e.mentions
            if doc_id in docs
        ],
        "attributes": dict(e.attributes),
    }


def _event_mention(doc: Document, start: int, end: int, spans: Any) -> dict[str, Any]:
    """One mention as the contract has it, plus (additive) its own factuality and who reports it."""
    out: dict[str, Any] = {"doc": doc.id, "start": start, "end": end, "text": doc.text[start:end]}
    em = next((m for m in doc.events if m.start == start and m.end == end), None)
    if em is None:
        return out
    out["factuality"] = em.factuality
    source = next(((a, b) for role, a, b in em.arguments if role == "source"), None)
    if source is not None:
        a, b = source
        quote = next((q for q in doc.quotes if q.start <= start < q.end), None)
        out["reported_by"] = {
            "start": a, "end": b, "text": doc.text[a:b],
            "entity": entity_at(spans, a, b) or (entity_at(spans, quote.speaker_start, quote.speaker_end) if quote else None),
            # the quote the event is told in, when it is told in one
            "quote": {"start": quote.start, "end": quote.end} if quote else None,
        }
    return out


def _mention_entities(docs: list[Document]) -> list[Entity]:
    """One entity per mention, for stores whose cross-document layer was never built."""
    out = []
    for d in docs:
        for m in d.mentions:
            key = f"{d.id}:{m.start}:{m.end}".encode()
            name = d.text[m.start : m.end]
            attrs = {"subtype": m.subtype} if m.subtype else {}
            out.append(
                Entity(
                    id="e-" + hashlib.sha256(key).hexdigest()[:16], type=m.type, name=name,
                    aliases=[], mentions=[(d.id, m.start, m.end)], attributes=attrs,
                )
            )
    return out


def entity_at(spans: Any, start: int | None, end: int | None) -> str | None:
    """The entity whose mention overlaps a span the most; spans are (start, end, entity id)."""
    if start is None or end is None:
        return None
    best, best_overlap = None, 0
    for s, t, eid in spans:
        overlap = min(t, end) - max(s, start)
        if overlap > best_overlap:
            best, best_overlap = eid, overlap
    return best
