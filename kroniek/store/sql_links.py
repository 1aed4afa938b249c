"""What incremental linking needs of SQLite and PostgreSQL, in portable SQL (mixed into SqlStore).

Reads of a neighbourhood (the mentions in given documents, a few documents of given entities,
given events and stories), writes of single entities, events and stories, link keys and redirects.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from typing import Any

from ..model import Document, Entity, Event, Story
from .codec import VERSION_COLUMNS, version_of

_CHUNK = 500


def chunks(ids: Iterable[str]) -> Iterator[list[str]]:
    """The distinct ids in order, in lists short enough for one ``IN (…)`` of bound parameters."""
    items = list(dict.fromkeys(ids))
    for i in range(0, len(items), _CHUNK):
        yield items[i:i + _CHUNK]


def marks(items: Sequence[Any]) -> str:
    """The ``?, ?, …`` placeholders of an ``IN (…)`` over these items."""
    return ", ".join("?" * len(items))


def event_row(e: Event) -> tuple[Any, ...]:
    """An event as the columns of the ``events`` table, in the order of its INSERTs."""
    return (e.id, e.type, e.label, (e.when or {}).get("value"), (e.when or {}).get("granularity"),
            json.dumps(e.where), json.dumps([list(p) for p in e.participants]),
            e.factuality, json.dumps(e.attributes, ensure_ascii=False))


ENTITY_INSERT = "INSERT INTO entities (id, type, name, aliases, attributes) VALUES (?, ?, ?, ?, ?)"
ENTITY_UPDATE = (" ON CONFLICT (id) DO UPDATE SET type = excluded.type, name = excluded.name, "
                 "aliases = excluded.aliases, attributes = excluded.attributes")


EVENT_INSERT = ('INSERT INTO events (id, type, label, when_value, when_granularity, "where", '
                "participants, factuality, attributes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
EVENT_UPDATE = (" ON CONFLICT (id) DO UPDATE SET type = excluded.type, label = excluded.label, "
                "when_value = excluded.when_value, when_granularity = excluded.when_granularity, "
                '"where" = excluded."where", participants = excluded.participants, '
                "factuality = excluded.factuality, attributes = excluded.attributes")
STORY_INSERT = "INSERT INTO stories (id, label, first, last, attributes, n_documents) VALUES (?, ?, ?, ?, ?, ?)"
STORY_UPDATE = (" ON CONFLICT (id) DO UPDATE SET label = excluded.label, first = excluded.first, "
                "last = excluded.last, attributes = excluded.attributes, n_documents = excluded.n_documents")


def entity_row(e: Entity) -> tuple[Any, ...]:
    """An entity as a row of the ``entities`` table."""
    return (e.id, e.type, e.name, json.dumps(e.aliases, ensure_ascii=False),
            json.dumps(e.attributes, ensure_ascii=False))


class SqlPrimitives:
    """What every SQL mixin of the store is written against; ``SQLiteStore`` and ``PostgresStore``
    provide it."""

    def _x(self, sql: str, args: Sequence[Any] = ()) -> Any:
        raise NotImplementedError

    def _many(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        raise NotImplementedError

    def _transaction(self) -> AbstractContextManager[Any]:
        raise NotImplementedError


class SqlLinks(SqlPrimitives):
    """Neighbourhood reads and single-row writes of the cross-document layers."""

    # How a read of link keys by id names its index (SQLite: ``INDEXED BY``). Without stats SQLite
    # prefers the covering primary key (kind, key, id) with only ``kind`` bound, i.e. it scans every
    # key of that kind: 30 ms per merged entity at 76k stored documents, growing with the store.
    _KEYS_BY_ID = "link_keys"

    def _documents_where(self, where: str, args: Sequence[Any], *,
                         layers: bool | Iterable[str] = True) -> Iterator[Document]:
        raise NotImplementedError

    # --- documents ---

    def get_documents(self, doc_ids: Iterable[str], *, layers: bool | Iterable[str] = True) -> list[Document]:
        out: list[Document] = []
        for chunk in chunks(doc_ids):
            out += self._documents_where(f"id IN ({marks(chunk)})", chunk, layers=layers)
        return out

    def document_versions(self, doc_ids: Iterable[str]) -> list[tuple[str, str]]:
        out: list[tuple[str, str]] = []
        cols = ", ".join(VERSION_COLUMNS)
        for chunk in chunks(doc_ids):  # the chunks and order of get_documents
            out += [(r[0], version_of(r[1:])) for r in self._x(
                f"SELECT id, {cols} FROM documents WHERE id IN ({marks(chunk)}) ORDER BY seq", chunk)]
        return out

    def document_ids_published(self, date_from: str, date_to: str) -> list[str]:
        return [r[0] for r in self._x(
            "SELECT id FROM documents WHERE published_value >= ? AND published_value < ? ORDER BY seq",
            (date_from, date_to + "\x7f"))]

    # --- entities ---

    def entity_mentions_in(self, doc_ids: Iterable[str]) -> list[tuple[str, str, int, int]]:
        out: list[tuple[str, str, int, int]] = []
        for chunk in chunks(doc_ids):
            out += [(e, d, s, t) for e, d, s, t in self._x(
                f'SELECT entity_id, doc_id, start, "end" FROM entity_mentions WHERE doc_id IN ({marks(chunk)})',
                chunk)]
        return out

    def entity_rows(self, entity_ids: Iterable[str]) -> list[Entity]:
        out: list[Entity] = []
        for chunk in chunks(entity_ids):
            out += [Entity(i, t, n, json.loads(a), [], json.loads(attrs)) for i, t, n, a, attrs in self._x(
                f"SELECT id, type, name, aliases, attributes FROM entities WHERE id IN ({marks(chunk)}) ORDER BY id",
                chunk)]
        return out

    def entity_documents(self, entity_ids: Iterable[str], *, per_entity: int) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for eid in dict.fromkeys(entity_ids):
            # One index range per entity, read backwards and cut short: the cost does not grow with
            # how often the store mentions the entity.
            docs = [r[0] for r in self._x("SELECT DISTINCT doc_id FROM entity_mentions WHERE entity_id = ? "
                                          "ORDER BY doc_id DESC LIMIT ?", (eid, per_entity))]
            if docs:
                out[eid] = docs
        return out

    def upsert_entities(self, entities: Iterable[Entity]) -> None:
        ents = list(entities)
        with self._transaction():
            self._write_entities(ents, update=True)

    def _write_entities(self, ents: list[Entity], *, update: bool) -> None:
        """Write entities and their mentions; ``update`` writes over an entity of the same id."""
        self._many(ENTITY_INSERT + (ENTITY_UPDATE if update else ""), [entity_row(e) for e in ents])
        self._many(
            'INSERT INTO entity_mentions (entity_id, doc_id, start, "end") VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
            [(e.id, d, s, t) for e in ents for d, s, t in e.mentions],
        )

    def merge_entities(self, into: str, old: Iterable[str]) -> None:
        gone = [o for o in dict.fromkeys(old) if o != into]
        if not gone:
            return
        with self._transaction():
            in_gone = marks(gone)
            self._x(f'INSERT INTO entity_mentions (entity_id, doc_id, start, "end") SELECT ?, doc_id, start, "end" '
                    f"FROM entity_mentions WHERE entity_id IN ({in_gone}) ON CONFLICT DO NOTHING", [into, *gone])
            keys = [r[0] for r in self._x(f"SELECT key FROM {self._KEYS_BY_ID} WHERE kind = 'entity' "
                                          f"AND id IN ({in_gone})", gone)]
            self._many("INSERT INTO link_keys (kind, key, id) VALUES ('entity', ?, ?) ON CONFLICT DO NOTHING",
                       [(k, into) for k in keys])
            self._delete("entity", "entities", "entity_mentions", "entity_id", gone)
            self._redirect("entity", {o: into for o in gone})

    def delete_entities(self, entity_ids: Iterable[str]) -> None:
        with self._transaction():
            self._delete("entity", "entities", "entity_mentions", "entity_id", list(entity_ids))

    def _delete(self, kind: str, table: str, mentions: str, col: str, ids: list[str]) -> None:
        for chunk in chunks(ids):
            in_chunk = marks(chunk)
            self._x(f"DELETE FROM {mentions} WHERE {col} IN ({in_chunk})", chunk)
            if kind == "event":
                self._x(f"DELETE FROM story_events WHERE event_id IN ({in_chunk})", chunk)
            self._x(f"DELETE FROM link_keys WHERE kind = ? AND id IN ({in_chunk})", [kind, *chunk])
            self._x(f"DELETE FROM {table} WHERE id IN ({in_chunk})", chunk)

    # --- events ---

    def event_mentions_in(self, doc_ids: Iterable[str]) -> list[tuple[str, str, int, int]]:
        out: list[tuple[str, str, int, int]] = []
        for chunk in chunks(doc_ids):
            out += [(e, d, s, t) for e, d, s, t in self._x(
                f'SELECT event_id, doc_id, start, "end" FROM event_mentions WHERE doc_id IN ({marks(chunk)})',
                chunk)]
        return out

    def upsert_events(self, events: Iterable[Event]) -> None:
        evs = list(events)
        with self._transaction():
            for chunk in chunks(e.id for e in evs):
                self._x(f"DELETE FROM event_mentions WHERE event_id IN ({marks(chunk)})", chunk)
            self._write_events(evs, update=True)

    def _write_events(self, evs: list[Event], *, update: bool) -> None:
        """Write events and their mentions; ``update`` writes over an event of the same id."""
        self._many(EVENT_INSERT + (EVENT_UPDATE if update else ""), [event_row(e) for e in evs])
        self._many(
            'INSERT INTO event_mentions (event_id, doc_id, start, "end") VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
            [(e.id, d, s, t) for e in evs for d, s, t in e.mentions],
        )

    def delete_events(self, event_ids: Iterable[str]) -> None:
        with self._transaction():
            self._delete("event", "events", "event_mentions", "event_id", list(event_ids))

    # --- stories ---

    def story_ids_of(self, doc_ids: Iterable[str]) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for chunk in chunks(doc_ids):
            for sid, did in self._x(
                    f"SELECT story_id, doc_id FROM story_documents WHERE doc_id IN ({marks(chunk)}) "
                    "ORDER BY doc_id, story_id", chunk):
                out.setdefault(did, []).append(sid)
        return out

    def upsert_stories(self, stories: Iterable[Story]) -> None:
        sts = list(stories)
        with self._transaction():
            for chunk in chunks(s.id for s in sts):
                self._x(f"DELETE FROM story_documents WHERE story_id IN ({marks(chunk)})", chunk)
                self._x(f"DELETE FROM story_events WHERE story_id IN ({marks(chunk)})", chunk)
            self._write_stories(sts, update=True)

    def _write_stories(self, sts: list[Story], *, update: bool) -> None:
        """Write stories with their documents and events; ``update`` writes over a story of the same id."""
        self._many(
            STORY_INSERT + (STORY_UPDATE if update else ""),
            [(s.id, s.label, s.first, s.last, json.dumps(s.attributes, ensure_ascii=False), len(set(s.documents)))
             for s in sts],
        )
        self._many("INSERT INTO story_documents (story_id, doc_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                   [(s.id, d) for s in sts for d in s.documents])
        self._many("INSERT INTO story_events (story_id, event_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                   [(s.id, e) for s in sts for e in s.events])

    def delete_stories(self, story_ids: Iterable[str]) -> None:
        with self._transaction():
            for chunk in chunks(story_ids):
                in_chunk = marks(chunk)
                self._x(f"DELETE FROM story_documents WHERE story_id IN ({in_chunk})", chunk)
                self._x(f"DELETE FROM story_events WHERE story_id IN ({in_chunk})", chunk)
                self._x(f"DELETE FROM stories WHERE id IN ({in_chunk})", chunk)

    # --- link keys and redirects ---

    def replace_link_keys(self, kind: str, keys: dict[str, Iterable[str]]) -> None:
        with self._transaction():
            for chunk in chunks(keys):
                self._x(f"DELETE FROM link_keys WHERE kind = ? AND id IN ({marks(chunk)})", [kind, *chunk])
            self._many("INSERT INTO link_keys (kind, key, id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                       [(kind, k, i) for i, ks in keys.items() for k in set(ks)])

    def clear_link_keys(self, kind: str | None = None) -> None:
        with self._transaction():
            if kind is None:
                self._x("DELETE FROM link_keys")
            else:
                self._x("DELETE FROM link_keys WHERE kind = ?", (kind,))

    def ids_with_keys(self, kind: str, keys: Iterable[str]) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for chunk in chunks(keys):
            for key, i in self._x(f"SELECT key, id FROM link_keys WHERE kind = ? AND key IN ({marks(chunk)})",
                                  [kind, *chunk]):
                out.setdefault(key, set()).add(i)
        return out

    def add_redirects(self, kind: str, moves: dict[str, str]) -> None:
        with self._transaction():
            self._redirect(kind, moves)

    def _redirect(self, kind: str, moves: dict[str, str]) -> None:
        for old, new in moves.items():
            if old == new:
                continue
            # Chains stay one step long: whatever pointed at ``old`` now points at ``new``.
            self._x("UPDATE redirects SET new_id = ? WHERE kind = ? AND new_id = ?", (new, kind, old))
            # only what pointed at ``old`` can have become a loop (``new`` -> ``new``): by index, not a scan
            self._x("DELETE FROM redirects WHERE kind = ? AND new_id = ? AND old_id = new_id", (kind, new))
            self._x("DELETE FROM redirects WHERE kind = ? AND old_id = ?", (kind, new))  # the id lives again
            self._x("INSERT INTO redirects (kind, old_id, new_id) VALUES (?, ?, ?) "
                    "ON CONFLICT (kind, old_id) DO UPDATE SET new_id = excluded.new_id", (kind, old, new))

    def resolve_redirect(self, kind: str, old_id: str) -> str | None:
        found: Any = self._x("SELECT new_id FROM redirects WHERE kind = ? AND old_id = ?", (kind, old_id)).fetchone()
        return None if found is None else str(found[0])
