"""What incremental linking needs of the memory store (mixed into MemoryStore); see ``sql_links``."""

from __future__ import annotations

import copy
from collections.abc import Iterable
from contextlib import AbstractContextManager
from dataclasses import replace
from typing import Any

from ..model import Document, Entity, Event, Story
from .codec import VERSION_COLUMNS, layer_names, version_of


class MemoryLinks:
    """Neighbourhood reads and single-row writes over the memory store's lists."""

    _s: Any

    def _transaction(self) -> AbstractContextManager[Any]:
        raise NotImplementedError

    def _doc(self, doc_id: str, layers: bool = True, wanted: Iterable[str] | None = None) -> Document:
        raise NotImplementedError

    def _ordered_mentions(self, mentions: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
        raise NotImplementedError

    # --- documents ---

    def get_documents(self, doc_ids: Iterable[str], *, layers: bool | Iterable[str] = True) -> list[Document]:
        wanted = set(doc_ids)
        names = layer_names(layers)
        return [self._doc(d, bool(names), names) for d in self._s.docs if d in wanted]

    def document_versions(self, doc_ids: Iterable[str]) -> list[tuple[str, str]]:
        wanted = set(doc_ids)
        return [(d, version_of(r[c] for c in VERSION_COLUMNS)) for d, r in self._s.docs.items() if d in wanted]

    def document_ids_published(self, date_from: str, date_to: str) -> list[str]:
        return [d for d, r in self._s.docs.items()
                if (v := r["published_value"]) and date_from <= v and v[:len(date_to)] <= date_to]

    # --- entities ---

    def entity_mentions_in(self, doc_ids: Iterable[str]) -> list[tuple[str, str, int, int]]:
        wanted = set(doc_ids)
        return [(e.id, d, s, t) for e in self._s.entities for d, s, t in set(e.mentions) if d in wanted]

    def entity_rows(self, entity_ids: Iterable[str]) -> list[Entity]:
        wanted = set(entity_ids)
        return sorted((Entity(e.id, e.type, e.name, list(e.aliases), [], copy.deepcopy(e.attributes))
                       for e in self._s.entities if e.id in wanted), key=lambda e: e.id)

    def entity_documents(self, entity_ids: Iterable[str], *, per_entity: int) -> dict[str, list[str]]:
        wanted = set(entity_ids)
        out: dict[str, list[str]] = {}
        for e in self._s.entities:
            if e.id in wanted:
                docs = sorted({d for d, _, _ in e.mentions if d in self._s.docs}, reverse=True)
                if docs:
                    out[e.id] = docs[:per_entity]
        return out

    def upsert_entities(self, entities: Iterable[Entity]) -> None:
        with self._transaction() as s:
            by_id = {e.id: e for e in s.entities}
            for e in entities:
                old = by_id.get(e.id)
                mentions = list(dict.fromkeys([*(old.mentions if old else []), *e.mentions]))
                by_id[e.id] = Entity(e.id, e.type, e.name, list(e.aliases), mentions, copy.deepcopy(e.attributes))
            s.entities = list(by_id.values())

    def merge_entities(self, into: str, old: Iterable[str]) -> None:
        gone = {o for o in old if o != into}
        if not gone:
            return
        with self._transaction() as s:
            moved = [m for e in s.entities if e.id in gone for m in e.mentions]
            s.entities = [replace(e, mentions=list(dict.fromkeys([*e.mentions, *moved]))) if e.id == into else e
                          for e in s.entities if e.id not in gone]
            keys = set().union(*(s.keys.get(("entity", o), frozenset()) for o in gone))
            s.keys[("entity", into)] = frozenset(s.keys.get(("entity", into), frozenset()) | keys)
            for o in gone:
                s.keys.pop(("entity", o), None)
            self._redirect(s, "entity", {o: into for o in gone})

    def delete_entities(self, entity_ids: Iterable[str]) -> None:
        gone = set(entity_ids)
        with self._transaction() as s:
            s.entities = [e for e in s.entities if e.id not in gone]
            s.keys = {k: v for k, v in s.keys.items() if not (k[0] == "entity" and k[1] in gone)}

    # --- events ---

    def event_mentions_in(self, doc_ids: Iterable[str]) -> list[tuple[str, str, int, int]]:
        wanted = set(doc_ids)
        return [(e.id, d, s, t) for e in self._s.events for d, s, t in set(e.mentions) if d in wanted]

    def upsert_events(self, events: Iterable[Event]) -> None:
        with self._transaction() as s:
            by_id = {e.id: e for e in s.events}
            for e in events:
                by_id[e.id] = copy.deepcopy(e)
            s.events = list(by_id.values())

    def delete_events(self, event_ids: Iterable[str]) -> None:
        gone = set(event_ids)
        with self._transaction() as s:
            s.events = [e for e in s.events if e.id not in gone]
            s.stories = [replace(x, events=[v for v in x.events if v not in gone]) for x in s.stories]
            s.keys = {k: v for k, v in s.keys.items() if not (k[0] == "event" and k[1] in gone)}

    # --- stories ---

    def story_ids_of(self, doc_ids: Iterable[str]) -> dict[str, list[str]]:
        wanted = set(doc_ids)
        out: dict[str, list[str]] = {}
        for x in sorted(self._s.stories, key=lambda x: x.id):
            for d in dict.fromkeys(x.documents):
                if d in wanted:
                    out.setdefault(d, []).append(x.id)
        return out

    def upsert_stories(self, stories: Iterable[Story]) -> None:
        with self._transaction() as s:
            by_id = {x.id: x for x in s.stories}
            for x in stories:
                by_id[x.id] = copy.deepcopy(x)
            s.stories = list(by_id.values())

    def delete_stories(self, story_ids: Iterable[str]) -> None:
        gone = set(story_ids)
        with self._transaction() as s:
            s.stories = [x for x in s.stories if x.id not in gone]

    # --- link keys and redirects ---

    def replace_link_keys(self, kind: str, keys: dict[str, Iterable[str]]) -> None:
        with self._transaction() as s:
            for i, ks in keys.items():
                s.keys[(kind, i)] = frozenset(ks)

    def clear_link_keys(self, kind: str | None = None) -> None:
        with self._transaction() as s:
            s.keys = {k: v for k, v in s.keys.items() if kind is not None and k[0] != kind}

    def ids_with_keys(self, kind: str, keys: Iterable[str]) -> dict[str, set[str]]:
        wanted = set(keys)
        out: dict[str, set[str]] = {}
        for (k, i), ks in self._s.keys.items():
            if k == kind:
                for key in ks & wanted:
                    out.setdefault(key, set()).add(i)
        return out

    def add_redirects(self, kind: str, moves: dict[str, str]) -> None:
        with self._transaction() as s:
            self._redirect(s, kind, moves)

    @staticmethod
    def _redirect(s: Any, kind: str, moves: dict[str, str]) -> None:
        for old, new in moves.items():
            if old == new:
                continue
            s.redirects = {k: (new if k[0] == kind and v == old else v) for k, v in s.redirects.items() if k[0] != kind or k[1] != new}
            s.redirects = {k: v for k, v in s.redirects.items() if k[1] != v}
            s.redirects[(kind, old)] = new

    def resolve_redirect(self, kind: str, old_id: str) -> str | None:
        found: str | None = self._s.redirects.get((kind, old_id))
        return found
