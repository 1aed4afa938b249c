"""Incremental stories (see ``link.incremental``): the unchanged ``build_stories`` over the new
documents and the stored documents of the days before them, where stored documents keep their
stories; only stories that gain a document, and new stories, are written."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..model import Document, Entity, Event, Story
from ..store import Store
from .incremental_window import window_of
from .salience import order_stories
from .stories import StoryParams, TermCounts, build_stories, date_interval

RECENT = 500  # latest ingested documents of the window always read
MAX_STORY_NEIGHBOURS = 1000  # stored documents of the window read at most (the most related after the latest)
MAX_UNDATED = 500  # latest ingested documents an undated new document is compared with


@dataclass(slots=True)
class StoryStep:
    neighbours: int = 0
    written: int = 0


def _ranges(docs: list[Document], p: StoryParams) -> list[tuple[str, str]]:
    """Date ranges of the window: from ``max_gap_days`` before each new document to its last day."""
    spans = sorted(
        (a - p.max_gap_days, b) for d in docs
        if (iv := date_interval(d.published.value if d.published else None)) is not None for a, b in [iv]
    )
    merged: list[list[int]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return [(dt.date.fromordinal(a).isoformat(), dt.date.fromordinal(b).isoformat()) for a, b in merged]


def _sample(store: Store, window_ids: list[str], new_docs: list[Document]) -> list[str]:
    """The window's latest documents, and the window's documents that share an entity or an event
    with the new ones (where a new document finds its story), in ingest order."""
    if len(window_ids) <= RECENT:
        return window_ids
    new_ids = [d.id for d in new_docs]
    entities = {e for e, _, _, _ in store.entity_mentions_in(new_ids)}
    events = {e for e, _, _, _ in store.event_mentions_in(new_ids)}
    shared: dict[str, int] = {}  # window document -> entities and events it shares with the new ones
    for e, d, _, _ in store.entity_mentions_in(window_ids):
        if e in entities:
            shared[d] = shared.get(d, 0) + 1
    for e, d, _, _ in store.event_mentions_in(window_ids):
        if e in events:
            shared[d] = shared.get(d, 0) + 3  # a shared event is the strongest story evidence
    recent = set(window_ids[-RECENT:])
    related = sorted((d for d in shared if d not in recent), key=lambda d: (-shared[d], d))
    keep = recent | set(related[:MAX_STORY_NEIGHBOURS - RECENT])
    return [i for i in window_ids if i in keep]

def _grouped(rows: list[tuple[str, str, int, int]]) -> dict[str, list[tuple[str, int, int]]]:
    out: dict[str, list[tuple[str, int, int]]] = {}
    for i, d, s, t in rows:
        out.setdefault(i, []).append((d, s, t))
    return out


def link_stories_incremental(store: Store, new_docs: list[Document], params: StoryParams | None = None) -> StoryStep:
    p = params or StoryParams()
    new_ids = {d.id for d in new_docs}
    window_ids: list[str] = []
    for a, b in _ranges(new_docs, p):
        window_ids += [i for i in store.document_ids_published(a, b) if i not in new_ids]
    if any(date_interval(d.published.value if d.published else None) is None for d in new_docs):
        # An undated document is compared with the undated ones before it: the latest ingested stand in.
        window_ids += [i for i in store.document_ids()[-MAX_UNDATED:] if i not in new_ids]
    window_ids = _sample(store, list(dict.fromkeys(window_ids)), new_docs)
    kept = window_of(store)
    with kept.lock:  # its document frequencies are those of this poll until build_stories is done
        window = kept.documents(store, window_ids)
        built, events, previous = _build(store, window, new_docs, new_ids, kept.counts([*window, *new_docs]), p)
    placed = {e for s in previous.values() for e in s.events}
    out: list[Story] = []
    for s in built:
        fresh = [d for d in s.documents if d in new_ids]
        if not fresh:
            continue
        old = previous.get(s.id)
        if old is None:
            out.append(s)
            continue
        bounds = [v for v in (old.first, old.last, s.first, s.last) if v]
        documents = list(dict.fromkeys([*old.documents, *fresh]))
        out.append(Story(
            id=s.id, label=old.label, documents=documents,
            events=list(dict.fromkeys([*old.events, *(e for e in s.events if e not in placed)])),
            first=min(bounds, key=_start) if bounds else None, last=max(bounds, key=_end) if bounds else None,
            attributes={**old.attributes, "size": len(documents)},
        ))
    if out:
        known = {e.id: e for e in events}
        missing = {e for s in out for e in s.events} - set(known)
        known.update({e.id: e for e in store.get_events(sorted(missing))})
        order_stories(out, known.values())
        store.upsert_stories(out)
    return StoryStep(neighbours=len(window), written=len(out))


def _build(store: Store, window: list[Document], new_docs: list[Document], new_ids: set[str],
           counts: TermCounts | None, p: StoryParams) -> tuple[list[Story], list[Event], dict[str, Story]]:
    """``build_stories`` over the window and the new documents, the stored documents keeping their
    stories: the stories holding a new document, the events read, the previous stories read."""
    docs = [*window, *new_docs]
    window_ids = [d.id for d in window]
    all_ids = [d.id for d in docs]
    grouped = _grouped(store.entity_mentions_in(all_ids))
    rows = {e.id: e for e in store.entity_rows(grouped)}  # type, name, attributes: which entities are story evidence
    entities = [Entity(i, r.type, r.name, [], ms, r.attributes) if (r := rows.get(i)) else Entity(i, "", "", [], ms)
                for i, ms in grouped.items()]
    events = store.get_events(sorted({i for i, _, _, _ in store.event_mentions_in(all_ids)}))
    prev_ids = sorted({s for ids in store.story_ids_of(window_ids).values() for s in ids})
    previous = {s.id: s for s in store.get_stories(prev_ids)}
    built = build_stories(docs, events, entities, previous=list(previous.values()), params=p, touching=new_ids,
                          counts=counts)
    return built, events, previous


def _start(v: str) -> tuple[int, int]:
    return date_interval(v) or (0, 0)


def _end(v: str) -> tuple[int, int]:
    iv = date_interval(v) or (0, 0)
    return iv[1], iv[0]
