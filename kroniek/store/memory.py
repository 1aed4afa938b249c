"""An in-memory store for fast unit tests: the Store protocol over Python dicts, nothing on disk.

Documents are kept as they are stored (encoded with the same codec as the databases, so a
round trip proves the same thing); a transaction works on a copy of the state and swaps it in
on success, so a failure leaves nothing behind.
"""

from __future__ import annotations

import copy
import json
import math
import threading
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from ..model import Document, Entity, Event, Story
from .base import DedupRow, DocumentLinks, HitRow, IndexEntry, IndexRow, SearchFilters, Term
from .codec import LAYER_NAMES, decode_layer, doc_from_row, doc_row, encode_layer
from .memory_links import MemoryLinks
from .sql import alias_groups
from .watching import WatchMemory


@dataclass
class _State:
    docs: dict[str, dict[str, Any]] = field(default_factory=dict)  # id -> documents row, in ingest order
    layers: dict[str, dict[str, tuple[str, int]]] = field(default_factory=dict)  # id -> name -> (data, n)
    entities: list[Entity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    stories: list[Story] = field(default_factory=list)
    index: dict[str, IndexEntry] = field(default_factory=dict)
    meta: dict[str, str] = field(default_factory=dict)
    keys: dict[tuple[str, str], frozenset[str]] = field(default_factory=dict)  # (kind, id) -> link keys
    redirects: dict[tuple[str, str], str] = field(default_factory=dict)  # (kind, old id) -> new id


class MemoryStore(WatchMemory, MemoryLinks):
    """Store protocol in memory (``open_store("memory:")``)."""

    path = "memory:"

    def __init__(self) -> None:
        self._s = _State()
        self._guard = threading.RLock()
        self._stack: list[_State] = []  # open transactions (one thread at a time holds the guard)

    @contextmanager
    def _transaction(self) -> Iterator[_State]:
        """Work on a copy; on success it becomes the state (or, nested, the enclosing transaction's)."""
        with self._guard:
            outer = self._stack[-1] if self._stack else self._s
            # Stored values are never changed in place, only replaced: copying the containers is enough.
            work = _State(dict(outer.docs), dict(outer.layers), list(outer.entities), list(outer.events),
                          list(outer.stories), dict(outer.index), dict(outer.meta),
                          dict(outer.keys), dict(outer.redirects))
            self._stack.append(work)
            try:
                yield work
            finally:
                self._stack.pop()
            if self._stack:
                self._stack[-1].__dict__.update(work.__dict__)
            else:
                self._s = work

    @contextmanager
    def lock(self, name: str) -> Iterator[None]:
        with self._guard:
            yield

    # --- documents ---

    def has_document(self, doc_id: str) -> bool:
        return doc_id in self._s.docs

    def add_document(self, doc: Document, *, text_hash: str, signature: bytes | None = None) -> bool:
        with self._transaction() as s:
            if doc.id in s.docs:
                return False
            s.docs[doc.id] = doc_row(doc, text_hash, signature)
            self._write_layers(s, doc)
        return True

    def update_layers(self, doc: Document) -> None:
        with self._transaction() as s:
            row = doc_row(doc, "", None)
            old = s.docs[doc.id]
            keep = {k: old[k] for k in ("id", "text", "text_hash", "raw_hash", "signature")}
            s.docs[doc.id] = {**row, **keep}
            self._write_layers(s, doc)

    def _write_layers(self, s: _State, doc: Document) -> None:
        s.layers[doc.id] = {name: encode_layer(doc, name) for name in LAYER_NAMES}

    def _doc(self, doc_id: str, layers: bool = True, wanted: Iterable[str] | None = None) -> Document:
        stored = self._s.layers.get(doc_id, {}) if layers else {}
        keep = None if wanted is None else set(wanted)
        decoded = {name: decode_layer(name, data) for name, (data, _) in stored.items() if keep is None or name in keep}
        return doc_from_row(self._s.docs[doc_id], decoded if layers else None)

    def get_document(self, doc_id: str, *, layers: Iterable[str] | None = None) -> Document | None:
        return self._doc(doc_id, wanted=layers) if doc_id in self._s.docs else None

    def iter_documents(self, *, layers: bool = True) -> Iterator[Document]:
        for doc_id in list(self._s.docs):
            yield self._doc(doc_id, layers)

    def find_by_text_hash(self, text_hash: str) -> str | None:
        return next((i for i, r in self._s.docs.items() if r["text_hash"] == text_hash), None)

    def dedup_rows(self) -> Iterator[DedupRow]:
        for i, r in list(self._s.docs.items()):
            yield DedupRow(i, r["text_hash"], r["signature"])

    def _doc_order(self) -> list[str]:
        return list(self._s.docs)

    def _seq(self) -> dict[str, int]:
        return {d: i for i, d in enumerate(self._s.docs)}

    def _ordered_mentions(self, mentions: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
        seq = self._seq()
        kept = {m for m in mentions if m[0] in seq}
        return sorted(kept, key=lambda m: (seq[m[0]], m[1], m[2]))

    # --- cross-document layers ---

    def replace_entities(self, entities: Iterable[Entity]) -> None:
        with self._transaction() as s:
            s.keys = {k: v for k, v in s.keys.items() if k[0] not in ("entity", "built")}
            s.entities = [copy.deepcopy(e) for e in entities]

    def entities(self) -> list[Entity]:
        return [
            Entity(e.id, e.type, e.name, list(e.aliases), self._ordered_mentions(e.mentions), copy.deepcopy(e.attributes))
            for e in sorted(self._s.entities, key=lambda e: e.id)
        ]

    def replace_events(self, events: Iterable[Event]) -> None:
        with self._transaction() as s:
            s.keys = {k: v for k, v in s.keys.items() if k[0] not in ("event", "built")}
            s.events = [copy.deepcopy(e) for e in events]

    def get_events(self, event_ids: Iterable[str]) -> list[Event]:
        by_id = {e.id: e for e in self.events()}
        return [by_id[i] for i in dict.fromkeys(event_ids) if i in by_id]

    def events(self) -> list[Event]:
        out = [
            Event(e.id, e.type, e.label, copy.deepcopy(e.when), list(e.where), [tuple(p) for p in e.participants],  # type: ignore[misc]
                  e.factuality, self._ordered_mentions(e.mentions), copy.deepcopy(e.attributes))
            for e in self._s.events
        ]
        return sorted(out, key=lambda e: ((e.when or {}).get("value") is None, (e.when or {}).get("value") or "", e.id))

    def replace_stories(self, stories: Iterable[Story]) -> None:
        with self._transaction() as s:
            s.keys = {k: v for k, v in s.keys.items() if k[0] not in ("story", "built")}
            s.stories = [copy.deepcopy(x) for x in stories]

    def stories(self) -> list[Story]:
        seq = self._seq()
        out = [
            Story(s.id, s.label, sorted({d for d in s.documents if d in seq}, key=seq.__getitem__),
                  sorted(set(s.events)), s.first, s.last, copy.deepcopy(s.attributes))
            for s in self._s.stories
        ]
        return sorted(out, key=lambda s: (s.first is None, s.first or "", s.id))

    # --- read model ---

    def _filtered_docs(self, f: SearchFilters) -> list[dict[str, Any]]:
        out = []
        for r in self._s.docs.values():
            v = r["published_value"]
            if f.date_from and not (v and v >= f.date_from):
                continue
            if f.date_to and not (v and v[: len(f.date_to)] <= f.date_to):
                continue
            if (f.genre and r["genre"] != f.genre) or (f.category and r["category"] != f.category):
                continue
            if f.source and not (f.source in (r["publisher"], r["source"]) or r["source"].startswith(f.source)):
                continue
            out.append(r)
        return out

    def document_page(
        self, *, limit: int, offset: int, genre: str | None = None, category: str | None = None,
        date_from: str | None = None, date_to: str | None = None, publisher: str | None = None,
        count: bool = True,
    ) -> tuple[int | None, list[dict[str, Any]]]:
        rows = self._filtered_docs(SearchFilters(genre=genre, category=category, date_from=date_from, date_to=date_to))
        rows = [r for r in rows if not publisher or r["publisher"] == publisher]
        seq = self._seq()
        rows.sort(key=lambda r: seq[r["id"]])
        rows.sort(key=lambda r: r["published_value"] or "", reverse=True)
        rows.sort(key=lambda r: r["published_value"] is None)
        cols = ("id", "title", "source", "url", "publisher", "genre", "category", "published_value", "duplicate_of")
        page = [{**{c: r[c] for c in cols}, "snippet": r["text"][:240]} for r in rows[offset:offset + limit]]
        return (len(rows) if count else None), page

    def publishers(self, *, limit: int = 200) -> list[tuple[str, int]]:
        counts = Counter(r["publisher"] for r in self._s.docs.values() if r["publisher"])
        return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]

    def document_ids(self, *, with_layer: str | None = None) -> list[str]:
        if with_layer is None:
            return list(self._s.docs)
        return [d for d in self._s.docs if self._s.layers.get(d, {}).get(with_layer, ("", 0))[1] > 0]

    def document_texts(self, doc_ids: Iterable[str]) -> dict[str, str]:
        return {d: self._s.docs[d]["text"] for d in doc_ids if d in self._s.docs}

    def document_links(self, doc_id: str) -> DocumentLinks:
        ents = sorted((e.id, s, t) for e in self._s.entities for d, s, t in set(e.mentions) if d == doc_id)
        names = {e.id: (e.name, e.type) for e in self._s.entities if any(m[0] == doc_id for m in e.mentions)}
        evs = sorted((e.id, s, t) for e in self._s.events for d, s, t in set(e.mentions) if d == doc_id)
        stories = sorted((s.id, s.label) for s in self._s.stories if doc_id in s.documents)
        return DocumentLinks(sorted(ents, key=lambda x: (x[1], x[2])), names,
                             sorted(evs, key=lambda x: (x[1], x[2])), stories)

    def get_entity(self, entity_id: str) -> Entity | None:
        e = next((x for x in self._s.entities if x.id == entity_id), None)
        if e is None:
            return None
        seq = self._seq()
        ms = [m for m in set(e.mentions) if m[0] in seq]
        ms.sort(key=lambda m: (self._s.docs[m[0]]["published_value"] or "", seq[m[0]], m[1]))
        return Entity(e.id, e.type, e.name, list(e.aliases), ms, copy.deepcopy(e.attributes))

    def entity_page(
        self, *, limit: int, offset: int, type_: str | None = None, q: str | None = None,
    ) -> tuple[int, list[dict[str, Any]]]:
        rows: list[dict[str, Any]] = []
        for e in self._s.entities:
            if type_ and e.type != type_:
                continue
            if q and q.lower() not in e.name.lower() and q.lower() not in json.dumps(e.aliases, ensure_ascii=False).lower():
                continue
            ms = set(e.mentions)
            rows.append({"id": e.id, "type": e.type, "name": e.name, "aliases": list(e.aliases),
                         "attributes": copy.deepcopy(e.attributes), "mention_count": len(ms),
                         "document_count": len({m[0] for m in ms})})
        rows.sort(key=lambda r: (-r["mention_count"], r["name"]))
        return len(rows), rows[offset:offset + limit]

    def entity_dates(self, entity_id: str) -> list[str]:
        e = next((x for x in self._s.entities if x.id == entity_id), None)
        docs = self._s.docs
        return [docs[d]["published_value"] for d, _, _ in set(e.mentions if e else [])
                if d in docs and docs[d]["published_value"]]

    def related_entities(self, entity_id: str, *, limit: int = 15) -> list[dict[str, Any]]:
        mine = {d for e in self._s.entities if e.id == entity_id for d, _, _ in e.mentions}
        rows: list[dict[str, Any]] = []
        for e in self._s.entities:
            shared = {d for d, _, _ in e.mentions} & mine
            if e.id != entity_id and shared:
                rows.append({"id": e.id, "name": e.name, "type": e.type, "documents": len(shared)})
        rows.sort(key=lambda r: (-r["documents"], r["name"]))
        return rows[:limit]

    def entities_named(self, key: str) -> list[Entity]:
        k = key.casefold()
        return [Entity(e.id, e.type, e.name, list(e.aliases), [], copy.deepcopy(e.attributes))
                for e in self._s.entities
                if k in (e.id.casefold(), e.name.casefold()) or k in (a.casefold() for a in e.aliases)]

    def get_story(self, story_id: str) -> Story | None:
        s = next((x for x in self._s.stories if x.id == story_id), None)
        if s is None:
            return None
        seq, docs = self._seq(), self._s.docs
        ds = sorted({d for d in s.documents if d in seq}, key=lambda d: (docs[d]["published_value"] or "", seq[d]))
        return Story(s.id, s.label, ds, sorted(set(s.events)), s.first, s.last, copy.deepcopy(s.attributes))

    def get_stories(self, story_ids: list[str]) -> list[Story]:
        return [s for s in (self.get_story(i) for i in story_ids) if s is not None]

    def story_page(self, *, limit: int, offset: int, min_documents: int = 1) -> tuple[int, list[str]]:
        seq = self._seq()
        ss = [s for s in self._s.stories if min_documents <= 1 or len({d for d in s.documents if d in seq}) >= min_documents]
        ss.sort(key=lambda s: s.id)
        ss.sort(key=lambda s: s.last or "", reverse=True)
        ss.sort(key=lambda s: s.last is None)
        return len(ss), [s.id for s in ss[offset:offset + limit]]

    # --- search, meta, stats ---

    def searcher(self) -> MemorySearch:
        return MemorySearch(self)

    def get_meta(self, key: str) -> str | None:
        return self._s.meta.get(key)

    def meta_items(self) -> dict[str, str]:
        return dict(sorted(self._s.meta.items()))

    def set_meta(self, key: str, value: str | None) -> None:
        with self._transaction() as s:
            if value is None:
                s.meta.pop(key, None)
            else:
                s.meta[key] = value

    def optimize(self) -> None:
        pass

    def counts(self) -> dict[str, int]:
        return {"documents": len(self._s.docs), "entities": len(self._s.entities),
                "linked_events": len(self._s.events), "stories": len(self._s.stories)}

    def stats(self) -> dict[str, int]:
        out = {
            "documents": len(self._s.docs),
            "duplicates": sum(1 for r in self._s.docs.values() if r["duplicate_of"]),
            "entities": len(self._s.entities),
            "linked_events": len(self._s.events),
            "stories": len(self._s.stories),
        }
        for name in LAYER_NAMES:
            out[name] = sum(layers.get(name, ("", 0))[1] for layers in self._s.layers.values())
        return out

    def close(self) -> None:
        pass

    def __enter__(self) -> MemoryStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _matches(terms: tuple[Term, ...], words: list[str]) -> int:
    """How many term occurrences a row of stems holds (0 when a term is missing)."""
    total = 0
    for t in terms:
        if t.kind == "prefix":
            n = sum(1 for w in words if w.startswith(t.stems[0]))
        elif t.kind == "any":
            n = sum(_matches((Term("phrase", tuple(alt.split())),), words) for alt in t.stems)
        else:
            k = len(t.stems)
            n = sum(1 for i in range(len(words) - k + 1) if tuple(words[i:i + k]) == t.stems)
        if n == 0:
            return 0
        total += n
    return total


class MemorySearch:
    """Search over a MemoryStore by scanning its stems (fine for test-sized stores)."""

    def __init__(self, store: MemoryStore) -> None:
        self.store = store

    def replace_index(self, doc_id: str, entry: IndexEntry) -> None:
        with self.store._transaction() as s:
            s.index[doc_id] = copy.deepcopy(entry)

    def unindexed(self) -> list[str]:
        return [d for d in self.store._s.docs if d not in self.store._s.index]

    def aliases(self, word: str) -> list[list[str]]:
        key = word.lower()
        rows = [(e.name, json.dumps(e.aliases, ensure_ascii=False)) for e in self.store._s.entities
                if key in e.name.lower() or key in json.dumps(e.aliases, ensure_ascii=False).lower()]
        return alias_groups(rows, word)

    def _event_at(self, f: SearchFilters, doc_id: str, row: IndexRow) -> bool:
        """Whether an event of the filter's type is mentioned in a sentence row (``SearchFilters``)."""
        if row.kind != "sentence":
            return False
        if ("event_sentence", f"{f.event_type} {row.start}") in self.store._s.index[doc_id].facets:
            return True
        return any(d == doc_id and row.start <= s < row.end
                   for e in self.store._s.events if e.type == f.event_type for d, s, _ in e.mentions)

    def _docs(self, f: SearchFilters) -> list[dict[str, Any]]:
        s = self.store._s
        rows = self.store._filtered_docs(f)
        if f.entity:
            ids = {f.entity, *f.entity_ids}
            linked = {d for e in s.entities if e.id in ids for d, _, _ in e.mentions}
            name = " ".join(f.entity.lower().split())
            rows = [r for r in rows if r["id"] in linked
                    or {("entity", f.entity), ("mention", name)} & s.index.get(r["id"], IndexEntry()).facets]
        return rows

    def _hits(self, terms: tuple[Term, ...], f: SearchFilters) -> list[tuple[float, dict[str, Any], int, Any]]:
        hits = []
        n = 0
        for r in self._docs(f):
            for row in self.store._s.index.get(r["id"], IndexEntry()).rows:
                n += 1
                if f.event_type and not self._event_at(f, r["id"], row):
                    continue
                words = row.stems.split()
                tf = _matches(terms, words)
                if tf:
                    hits.append((tf / math.sqrt(len(words)), r, n, row))
        return hits

    def search(
        self, terms: tuple[Term, ...], filters: SearchFilters, *, limit: int, offset: int, order: str = "relevance",
    ) -> tuple[int, list[HitRow]]:
        hits = self._hits(terms, filters)
        hits.sort(key=lambda h: h[2])
        if order == "date":
            hits.sort(key=lambda h: -h[0])
            hits.sort(key=lambda h: h[1]["published_value"] or "", reverse=True)
            hits.sort(key=lambda h: h[1]["published_value"] is None)
        else:
            hits.sort(key=lambda h: h[1]["published_value"] or "", reverse=True)
            hits.sort(key=lambda h: -h[0])
        out = []
        for score, r, _, row in hits[offset:offset + limit]:
            text = r["title"] if row.kind == "title" else r["text"][row.start:row.end]
            out.append(HitRow(r["id"], row.kind, row.start, row.end, round(score, 4), r["title"], r["published_value"],
                              r["source"], r["publisher"], r["genre"], r["category"], text or ""))
        return len(hits), out

    def facets(self, terms: tuple[Term, ...], filters: SearchFilters) -> dict[str, list[tuple[str, int]]]:
        docs = {h[1]["id"]: h[1] for h in self._hits(terms, filters)}
        out: dict[str, list[tuple[str, int]]] = {}
        for name, get in (("genre", lambda r: r["genre"]), ("publisher", lambda r: r["publisher"]),
                          ("category", lambda r: r["category"]),
                          ("year", lambda r: (r["published_value"] or "")[:4] or None)):
            out[name] = _counted(get(r) for r in docs.values())
        index = self.store._s.index
        out["event_type"] = _counted(v for d in docs for k, v in index.get(d, IndexEntry()).facets if k == "event_type")
        return out


def _counted(values: Iterable[str | None]) -> list[tuple[str, int]]:
    counts: dict[str, int] = {}
    for v in values:
        if v is not None:
            counts[v] = counts.get(v, 0) + 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:20]
