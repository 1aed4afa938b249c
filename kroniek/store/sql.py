"""What SQLite and PostgreSQL share: every Store query, written once in portable SQL.

Subclasses give the connection (``_x`` runs one statement with ``?`` placeholders, ``_many`` runs
one for many rows), transactions (``_transaction``) and a lock; the SQL here runs on both.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from ..model import Document, Entity, Event, Story
from .base import DedupRow, DocumentLinks, SearchFilters, Term
from .codec import (
    DOC_COLUMNS,
    LAYER_FORMAT,
    LAYER_NAMES,
    decode_layer,
    doc_from_row,
    doc_row,
    encode_layer,
    layer_names,
)
from .sql_links import SqlLinks, chunks, marks
from .watching import WatchSql

_DOC_SELECT = ", ".join(DOC_COLUMNS)


class SqlStore(WatchSql, SqlLinks):
    """The Store protocol over a DB-API connection; see SQLiteStore and PostgresStore."""

    path: str

    # --- provided by subclasses: _x, _many, _transaction (SqlPrimitives) ---

    def _one(self, sql: str, args: Sequence[Any] = ()) -> Any:
        row = self._x(sql, args).fetchone()
        return None if row is None else row[0]

    # --- documents ---

    def has_document(self, doc_id: str) -> bool:
        return self._x("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is not None

    def add_document(self, doc: Document, *, text_hash: str, signature: bytes | None = None) -> bool:
        row = doc_row(doc, text_hash, signature)
        with self._transaction():
            # ON CONFLICT: two writers adding the same document at once both succeed, one stores it.
            cur = self._x(
                f"INSERT INTO documents ({_DOC_SELECT}) VALUES ({', '.join('?' * len(DOC_COLUMNS))}) "
                "ON CONFLICT (id) DO NOTHING RETURNING seq",
                [row[c] for c in DOC_COLUMNS],
            )
            if cur.fetchone() is None:
                return False
            self._write_layers(doc)
        return True

    def update_layers(self, doc: Document) -> None:
        with self._transaction():
            row = doc_row(doc, "", None)
            cols = [c for c in DOC_COLUMNS if c not in ("id", "text", "text_hash", "raw_hash", "signature")]
            self._x(
                f"UPDATE documents SET {', '.join(f'{c} = ?' for c in cols)} WHERE id = ?",
                [row[c] for c in cols] + [doc.id],
            )
            # The search index's row of the document (facet and filter columns) follows it.
            self._x("UPDATE search_docs SET source = ?, publisher = ?, genre = ?, category = ?, published_value = ? "
                    "WHERE id = ?", [*(row[c] for c in _SEARCH_DOC_COLUMNS), doc.id])
            self._write_layers(doc)

    def _write_layers(self, doc: Document) -> None:
        rows = []
        for name in LAYER_NAMES:
            data, n = encode_layer(doc, name)
            rows.append((doc.id, name, LAYER_FORMAT, n, data))
        self._many(
            "INSERT INTO layers (doc_id, name, version, n, data) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (doc_id, name) DO UPDATE SET version = excluded.version, n = excluded.n, "
            "data = excluded.data",
            rows,
        )

    def _layers(self, doc_id: str, wanted: Iterable[str] | None = None) -> dict[str, list[dict[str, Any]]]:
        names = [n for n in (LAYER_NAMES if wanted is None else dict.fromkeys(wanted)) if n in LAYER_NAMES]
        if not names:
            return {}
        params = marks(names)
        return {
            name: decode_layer(name, data, version)
            for name, version, data in self._x(
                f"SELECT name, version, data FROM layers WHERE doc_id = ? AND name IN ({params})", (doc_id, *names))
        }

    def get_document(self, doc_id: str, *, layers: Iterable[str] | None = None) -> Document | None:
        row = self._x(f"SELECT {_DOC_SELECT} FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            return None
        return doc_from_row(dict(zip(DOC_COLUMNS, row, strict=True)), self._layers(doc_id, layers))

    def iter_documents(self, *, layers: bool = True) -> Iterator[Document]:
        return self._documents_where("1 = 1", (), layers=layers)

    def _documents_where(self, where: str, args: Sequence[Any], *,
                         layers: bool | Iterable[str] = True) -> Iterator[Document]:
        names = layer_names(layers)
        rows = [dict(zip(DOC_COLUMNS, row, strict=True))
                for row in self._x(f"SELECT {_DOC_SELECT} FROM documents WHERE {where} ORDER BY seq", args).fetchall()]
        for i in range(0, len(rows), 200):  # layers by the chunk: one query per 200 documents, not per document
            chunk = rows[i:i + 200]
            found: dict[str, dict[str, list[dict[str, Any]]]] = {r["id"]: {} for r in chunk}
            if names:
                for doc_id, name, version, data in self._x(
                        f"SELECT doc_id, name, version, data FROM layers WHERE doc_id IN ({marks(chunk)}) "
                        f"AND name IN ({marks(names)})", [*found, *names]):
                    found[doc_id][name] = decode_layer(name, data, version)
            for r in chunk:
                yield doc_from_row(r, found[r["id"]] if names else None)

    def find_by_text_hash(self, text_hash: str) -> str | None:
        found: str | None = self._one("SELECT id FROM documents WHERE text_hash = ? ORDER BY seq LIMIT 1", (text_hash,))
        return found

    def dedup_rows(self) -> Iterator[DedupRow]:
        for doc_id, text_hash, sig in self._x("SELECT id, text_hash, signature FROM documents ORDER BY seq").fetchall():
            yield DedupRow(doc_id, text_hash, None if sig is None else bytes(sig))

    # --- entities, events, stories ---

    def replace_entities(self, entities: Iterable[Entity]) -> None:
        with self._transaction():
            self._lock_table("entities")
            self._x("DELETE FROM link_keys WHERE kind IN (?, 'built')", ("entity",))  # a full replace: keys rebuilt by the linker
            self._x("DELETE FROM entity_mentions")
            self._x("DELETE FROM entities")
            self._write_entities(list(entities), update=False)

    def _lock_table(self, name: str) -> None:
        """Serialise replacing a cross-document layer (PostgreSQL takes an advisory lock)."""

    def entities(self) -> list[Entity]:
        mentions = self._grouped_mentions("entity_mentions", "entity_id")
        return [
            Entity(id=eid, type=t, name=n, aliases=json.loads(a), mentions=mentions.get(eid, []),
                   attributes=json.loads(attrs))
            for eid, t, n, a, attrs in self._x("SELECT id, type, name, aliases, attributes FROM entities ORDER BY id")
        ]

    def replace_events(self, events: Iterable[Event]) -> None:
        with self._transaction():
            self._lock_table("events")
            self._x("DELETE FROM link_keys WHERE kind IN (?, 'built')", ("event",))  # a full replace: keys rebuilt by the linker
            self._x("DELETE FROM event_mentions")
            self._x("DELETE FROM events")
            self._write_events(list(events), update=False)

    def events(self) -> list[Event]:
        mentions = self._grouped_mentions("event_mentions", "event_id")
        return [
            Event(
                id=eid, type=typ, label=label, when={"value": wv, "granularity": wg} if wv else None,
                where=json.loads(where), participants=[tuple(p) for p in json.loads(parts)],
                factuality=fact, mentions=mentions.get(eid, []), attributes=json.loads(attrs),
            )
            for eid, typ, label, wv, wg, where, parts, fact, attrs in self._x(
                'SELECT id, type, label, when_value, when_granularity, "where", participants, factuality, '
                "attributes FROM events ORDER BY when_value IS NULL, when_value, id"
            )
        ]

    def get_events(self, event_ids: Iterable[str]) -> list[Event]:
        ids = list(dict.fromkeys(event_ids))
        found: dict[str, Event] = {}
        for chunk in chunks(ids):
            in_chunk = marks(chunk)
            mentions: dict[str, list[tuple[str, int, int]]] = {}
            for k, doc_id, start, end in self._x(
                f'SELECT m.event_id, m.doc_id, m.start, m."end" FROM event_mentions m JOIN documents d ON d.id = m.doc_id '
                f"WHERE m.event_id IN ({in_chunk}) ORDER BY m.event_id, d.seq, m.start", chunk,
            ):
                mentions.setdefault(k, []).append((doc_id, start, end))
            for eid, typ, label, wv, wg, where, parts, fact, attrs in self._x(
                'SELECT id, type, label, when_value, when_granularity, "where", participants, factuality, '
                f"attributes FROM events WHERE id IN ({in_chunk})", chunk,
            ):
                found[eid] = Event(
                    id=eid, type=typ, label=label, when={"value": wv, "granularity": wg} if wv else None,
                    where=json.loads(where), participants=[tuple(p) for p in json.loads(parts)],
                    factuality=fact, mentions=mentions.get(eid, []), attributes=json.loads(attrs),
                )
        return [found[i] for i in ids if i in found]

    def replace_stories(self, stories: Iterable[Story]) -> None:
        with self._transaction():
            self._lock_table("stories")
            self._x("DELETE FROM link_keys WHERE kind IN (?, 'built')", ("story",))  # a full replace: keys rebuilt by the linker
            self._x("DELETE FROM story_documents")
            self._x("DELETE FROM story_events")
            self._x("DELETE FROM stories")
            self._write_stories(list(stories), update=False)

    def stories(self) -> list[Story]:
        docs: dict[str, list[str]] = {}
        for sid, did in self._x(
            "SELECT sd.story_id, sd.doc_id FROM story_documents sd JOIN documents d ON d.id = sd.doc_id "
            "ORDER BY sd.story_id, d.seq"
        ):
            docs.setdefault(sid, []).append(did)
        evs: dict[str, list[str]] = {}
        for sid, eid in self._x("SELECT story_id, event_id FROM story_events ORDER BY story_id, event_id"):
            evs.setdefault(sid, []).append(eid)
        return [
            Story(id=sid, label=label, documents=docs.get(sid, []), events=evs.get(sid, []),
                  first=first, last=last, attributes=json.loads(attrs))
            for sid, label, first, last, attrs in self._x(
                "SELECT id, label, first, last, attributes FROM stories ORDER BY first IS NULL, first, id"
            )
        ]

    def _grouped_mentions(self, table: str, key: str) -> dict[str, list[tuple[str, int, int]]]:
        out: dict[str, list[tuple[str, int, int]]] = {}
        for k, doc_id, start, end in self._x(
            f'SELECT m.{key}, m.doc_id, m.start, m."end" FROM {table} m '
            f"JOIN documents d ON d.id = m.doc_id ORDER BY m.{key}, d.seq, m.start"
        ):
            out.setdefault(k, []).append((doc_id, start, end))
        return out

    # --- read model ---

    def document_page(
        self, *, limit: int, offset: int, genre: str | None = None, category: str | None = None,
        date_from: str | None = None, date_to: str | None = None, publisher: str | None = None,
        count: bool = True,
    ) -> tuple[int | None, list[dict[str, Any]]]:
        where, args = _doc_filters("", genre=genre, category=category, date_from=date_from, date_to=date_to)
        if publisher:
            where.append("publisher = ?")
            args.append(publisher)
        clause = (" WHERE " + " AND ".join(where)) if where else ""
        total = int(self._one(f"SELECT count(*) FROM documents{clause}", args)) if count else None
        cols = ["id", "title", "source", "url", "publisher", "genre", "category", "published_value",
                "duplicate_of", "snippet"]
        select = ("SELECT id, title, source, url, publisher, genre, category, published_value, duplicate_of, "
                  "substr(text, 1, 240) FROM documents")
        rows = self._nulls_last(select, where, args, "published_value", "published_value DESC, seq", "seq",
                                limit, offset)
        return total, [dict(zip(cols, r, strict=True)) for r in rows]

    def publishers(self, *, limit: int = 200) -> list[tuple[str, int]]:
        rows = self._x("SELECT publisher, count(*) FROM documents WHERE publisher IS NOT NULL AND publisher <> '' "
                       "GROUP BY publisher ORDER BY count(*) DESC, publisher LIMIT ?", [limit]).fetchall()
        return [(str(p), int(n)) for p, n in rows]

    def _nulls_last(self, select: str, where: list[str], args: list[Any], col: str, order: str, null_order: str,
                    limit: int, offset: int) -> list[Any]:
        """A page ordered by ``order`` with rows whose ``col`` is NULL last, in two index-friendly queries."""
        have = " AND ".join([*where, f"{col} IS NOT NULL"])
        rows: list[Any] = self._x(f"{select} WHERE {have} ORDER BY {order} LIMIT ? OFFSET ?",
                                  [*args, limit, offset]).fetchall()
        if len(rows) < limit:  # the page runs past the dated rows: how many there are places the rest
            n = int(self._one(f"SELECT count(*) FROM ({select} WHERE {have}) q", args))
            lack = " AND ".join([*where, f"{col} IS NULL"])
            rows += self._x(f"{select} WHERE {lack} ORDER BY {null_order} LIMIT ? OFFSET ?",
                            [*args, limit - len(rows), max(0, offset - n)]).fetchall()
        return rows

    def document_ids(self, *, with_layer: str | None = None) -> list[str]:
        if with_layer is None:
            return [r[0] for r in self._x("SELECT id FROM documents ORDER BY seq")]
        return [r[0] for r in self._x(
            "SELECT d.id FROM documents d JOIN layers l ON l.doc_id = d.id WHERE l.name = ? AND l.n > 0 ORDER BY d.seq",
            (with_layer,),
        )]

    def document_texts(self, doc_ids: Iterable[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        ids = list(dict.fromkeys(doc_ids))
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            params = marks(chunk)
            out.update(self._x(f"SELECT id, text FROM documents WHERE id IN ({params})", chunk).fetchall())
        return out

    def document_links(self, doc_id: str) -> DocumentLinks:
        ents = [(e, s, t) for e, s, t in self._x(
            'SELECT entity_id, start, "end" FROM entity_mentions WHERE doc_id = ? ORDER BY start, "end"', (doc_id,))]
        names = {eid: (name, typ) for eid, name, typ in self._x(
            "SELECT id, name, type FROM entities WHERE id IN (SELECT entity_id FROM entity_mentions WHERE doc_id = ?)",
            (doc_id,))}
        evs = [(e, s, t) for e, s, t in self._x(
            'SELECT event_id, start, "end" FROM event_mentions WHERE doc_id = ? ORDER BY start, "end"', (doc_id,))]
        stories = [(sid, label) for sid, label in self._x(
            "SELECT s.id, s.label FROM stories s JOIN story_documents sd ON sd.story_id = s.id "
            "WHERE sd.doc_id = ? ORDER BY s.id", (doc_id,))]
        return DocumentLinks(ents, names, evs, stories)

    def get_entity(self, entity_id: str) -> Entity | None:
        row = self._x("SELECT id, type, name, aliases, attributes FROM entities WHERE id = ?", (entity_id,)).fetchone()
        if row is None:
            return None
        mentions = [(d, s, e) for d, s, e in self._x(
            'SELECT m.doc_id, m.start, m."end" FROM entity_mentions m JOIN documents d ON d.id = m.doc_id '
            "WHERE m.entity_id = ? ORDER BY d.published_value IS NOT NULL, d.published_value, d.seq, m.start", (entity_id,))]
        return Entity(row[0], row[1], row[2], json.loads(row[3]), mentions, json.loads(row[4]))

    def entity_page(
        self, *, limit: int, offset: int, type_: str | None = None, q: str | None = None,
    ) -> tuple[int, list[dict[str, Any]]]:
        where: list[str] = []
        args: list[Any] = []
        if type_:
            where.append("e.type = ?")
            args.append(type_)
        if q:
            like = "%" + _like_escape(q.lower()) + "%"
            where.append("(lower(e.name) LIKE ? ESCAPE '\\' OR lower(e.aliases) LIKE ? ESCAPE '\\')")
            args += [like, like]
        clause = (" WHERE " + " AND ".join(where)) if where else ""
        total = int(self._one(f"SELECT count(*) FROM entities e{clause}", args))
        rows = self._x(
            "SELECT e.id, e.type, e.name, e.aliases, e.attributes, coalesce(c.n, 0) AS n, coalesce(c.docs, 0) "
            "FROM entities e LEFT JOIN (SELECT entity_id, count(*) AS n, count(DISTINCT doc_id) AS docs "
            f"FROM entity_mentions GROUP BY entity_id) c ON c.entity_id = e.id{clause} "
            "ORDER BY n DESC, e.name LIMIT ? OFFSET ?",
            [*args, limit, offset],
        ).fetchall()
        return total, [
            {"id": r[0], "type": r[1], "name": r[2], "aliases": json.loads(r[3]), "attributes": json.loads(r[4]),
             "mention_count": int(r[5]), "document_count": int(r[6])} for r in rows
        ]

    def entity_dates(self, entity_id: str) -> list[str]:
        return [v for (v,) in self._x(
            "SELECT d.published_value FROM entity_mentions m JOIN documents d ON d.id = m.doc_id "
            "WHERE m.entity_id = ? AND d.published_value IS NOT NULL", (entity_id,))]

    def related_entities(self, entity_id: str, *, limit: int = 15) -> list[dict[str, Any]]:
        return [
            {"id": r[0], "name": r[1], "type": r[2], "documents": int(r[3])} for r in self._x(
                "SELECT e.id, e.name, e.type, count(DISTINCT b.doc_id) AS n FROM entity_mentions a "
                "JOIN entity_mentions b ON a.doc_id = b.doc_id AND b.entity_id != a.entity_id "
                "JOIN entities e ON e.id = b.entity_id WHERE a.entity_id = ? "
                "GROUP BY e.id, e.name, e.type ORDER BY n DESC, e.name LIMIT ?", (entity_id, limit))
        ]

    def entities_named(self, key: str) -> list[Entity]:
        k = key.casefold()
        out = []
        for eid, typ, name, aliases, attrs in self._x("SELECT id, type, name, aliases, attributes FROM entities"):
            al = json.loads(aliases)
            if k in (eid.casefold(), name.casefold()) or k in (a.casefold() for a in al):
                out.append(Entity(eid, typ, name, al, [], json.loads(attrs)))
        return out

    def get_story(self, story_id: str) -> Story | None:
        row = self._x("SELECT id, label, first, last, attributes FROM stories WHERE id = ?", (story_id,)).fetchone()
        if row is None:
            return None
        docs = [r[0] for r in self._x(
            "SELECT sd.doc_id FROM story_documents sd JOIN documents d ON d.id = sd.doc_id "
            "WHERE sd.story_id = ? ORDER BY d.published_value IS NOT NULL, d.published_value, d.seq", (story_id,))]
        events = [r[0] for r in self._x(
            "SELECT event_id FROM story_events WHERE story_id = ? ORDER BY event_id", (story_id,))]
        return Story(row[0], row[1], docs, events, row[2], row[3], json.loads(row[4]))

    def get_stories(self, story_ids: list[str]) -> list[Story]:
        found: dict[str, Story] = {}
        for i in range(0, len(story_ids), 500):
            chunk = story_ids[i:i + 500]
            params = marks(chunk)
            for sid, label, first, last, attrs in self._x(
                    f"SELECT id, label, first, last, attributes FROM stories WHERE id IN ({params})", chunk):
                found[sid] = Story(sid, label, [], [], first, last, json.loads(attrs))
            for sid, did in self._x(
                    "SELECT sd.story_id, sd.doc_id FROM story_documents sd JOIN documents d ON d.id = sd.doc_id "
                    f"WHERE sd.story_id IN ({params}) ORDER BY sd.story_id, d.published_value IS NOT NULL, d.published_value, d.seq", chunk):
                found[sid].documents.append(did)
            for sid, eid in self._x(
                    f"SELECT story_id, event_id FROM story_events WHERE story_id IN ({params}) ORDER BY story_id, event_id",
                    chunk):
                found[sid].events.append(eid)
        return [found[i] for i in story_ids if i in found]

    def story_page(self, *, limit: int, offset: int, min_documents: int = 1) -> tuple[int, list[str]]:
        where, args = (["n_documents >= ?"], [min_documents]) if min_documents > 1 else ([], [])
        clause = (" WHERE " + " AND ".join(where)) if where else ""
        total = int(self._one(f"SELECT count(*) FROM stories{clause}", args))
        rows = self._nulls_last("SELECT id FROM stories", where, args, "last", "last DESC, id", "id", limit, offset)
        return total, [r[0] for r in rows]

    # --- meta and stats ---

    def get_meta(self, key: str) -> str | None:
        value: str | None = self._one("SELECT value FROM meta WHERE key = ?", (key,))
        return value

    def meta_items(self) -> dict[str, str]:
        return dict(self._x("SELECT key, value FROM meta ORDER BY key").fetchall())

    def set_meta(self, key: str, value: str | None) -> None:
        with self._transaction():
            if value is None:
                self._x("DELETE FROM meta WHERE key = ?", (key,))
            else:
                self._x("INSERT INTO meta (key, value) VALUES (?, ?) "
                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, value))

    def counts(self) -> dict[str, int]:
        return {
            "documents": int(self._one("SELECT count(*) FROM documents")),
            "entities": int(self._one("SELECT count(*) FROM entities")),
            "linked_events": int(self._one("SELECT count(*) FROM events")),
            "stories": int(self._one("SELECT count(*) FROM stories")),
        }

    def stats(self) -> dict[str, int]:
        c = self.counts()
        out = {
            "documents": c["documents"],
            "duplicates": int(self._one("SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL")),
            "entities": c["entities"], "linked_events": c["linked_events"], "stories": c["stories"],
        }
        counts = dict(self._x("SELECT name, sum(n) FROM layers GROUP BY name").fetchall())
        for name in LAYER_NAMES:
            out[name] = int(counts.get(name) or 0)
        return out


def _like_escape(s: str) -> str:
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _doc_filters(
    prefix: str, *, genre: str | None = None, category: str | None = None, date_from: str | None = None,
    date_to: str | None = None, source: str | None = None,
) -> tuple[list[str], list[Any]]:
    """WHERE parts over the documents table (aliased ``prefix``) shared by listing and search."""
    where: list[str] = []
    args: list[Any] = []
    if date_from:
        where.append(f"{prefix}published_value >= ?")
        args.append(date_from)
    if date_to:
        # Everything starting with the bound sorts below bound + DEL (byte order: SQLite's BINARY,
        # PostgreSQL's "C" collation of the column): "2020-01" keeps the whole of January.
        where.append(f"{prefix}published_value < ?")
        args.append(date_to + "\x7f")
    if genre:
        where.append(f"{prefix}genre = ?")
        args.append(genre)
    if category:
        where.append(f"{prefix}category = ?")
        args.append(category)
    if source:
        where.append(f"({prefix}publisher = ? OR {prefix}source = ? OR {prefix}source LIKE ? ESCAPE '\\')")
        args += [source, source, _like_escape(source) + "%"]
    return where, args


def search_filters(f: SearchFilters) -> tuple[list[str], list[Any]]:
    """WHERE parts for a search over documents aliased ``d``."""
    where, args = _doc_filters("d.", genre=f.genre, category=f.category, date_from=f.date_from,
                               date_to=f.date_to, source=f.source)
    if f.event_type:
        # Per sentence (search rows aliased ``s``): an event of the type is mentioned in it, by the
        # document layer (facet "event_sentence": "<type> <sentence start>") or a linked event.
        where.append(
            "s.kind = 'sentence' AND (EXISTS (SELECT 1 FROM search_facets ef WHERE ef.kind = 'event_sentence' "
            "AND ef.value = CAST(? AS TEXT) || ' ' || CAST(s.start AS TEXT) AND ef.doc_id = s.doc_id) "
            "OR EXISTS (SELECT 1 FROM event_mentions em JOIN events e ON e.id = em.event_id "
            'WHERE em.doc_id = s.doc_id AND em.start >= s.start AND em.start < s."end" AND e.type = ?))'
        )
        args += [f.event_type, f.event_type]
    if f.entity:
        # An entity id, a canonical name or alias of a linked entity (resolved to ids), or a mention's words.
        name = " ".join(f.entity.lower().split())
        ids = [f.entity, *f.entity_ids]
        where.append(
            f"(d.id IN (SELECT doc_id FROM entity_mentions WHERE entity_id IN ({', '.join('?' * len(ids))})) "
            "OR d.id IN (SELECT doc_id FROM search_facets WHERE (kind = 'entity' AND value = ?) "
            "OR (kind = 'mention' AND value = ?)))"
        )
        args += [*ids, f.entity, name]
    return where, args


def alias_groups(rows: Iterable[tuple[str, str]], word: str) -> list[list[str]]:
    """From (name, aliases JSON) rows, the spellings of each entity ``word`` names (see
    ``SearchBackend.aliases``), biggest group first, at most five entities."""
    return AliasIndex(rows).lookup(word)


class AliasIndex:
    """Entity spellings by key: each name and alias, and the last word of each, casefolded."""

    def __init__(self, rows: Iterable[tuple[str, str]]) -> None:
        self.groups: dict[str, list[list[str]]] = {}
        for name, aliases in rows:
            names = list(dict.fromkeys([name, *json.loads(aliases)]))
            keys = {k for n in names for k in (n.casefold(), (n.split() or [""])[-1].casefold()) if k}
            for k in keys:
                self.groups.setdefault(k, []).append(names)

    def lookup(self, word: str) -> list[list[str]]:
        return sorted(self.groups.get(word.casefold(), []), key=len, reverse=True)[:5]


# Alias indexes per store location. A search looks a word up in memory instead of scanning every
# entity's aliases (200 ms over 60,000 entities on a busy machine). The index is rebuilt when the
# store's exact signature changes (a count and last row of the entities table), when its loose
# signature changes (any write to the database file) and the index is ALIAS_REFRESH seconds old,
# and after ALIAS_TTL seconds in any case: aliases rewritten in place show within seconds, and a
# running ingest does not make every search rebuild.
ALIAS_REFRESH = 10.0
ALIAS_TTL = 300.0
_ALIASES: dict[str, tuple[tuple[Any, ...], tuple[Any, ...], float, AliasIndex]] = {}
_ALIASES_LOCK = threading.Lock()


def cached_aliases(location: str, exact: Callable[[], tuple[Any, ...]], loose: Callable[[], tuple[Any, ...]],
                   rows: Callable[[], Iterable[tuple[str, str]]], word: str) -> list[list[str]]:
    """``word``'s entity spellings from the cached index of the store at ``location``."""
    sig, fuzzy, now = exact(), loose(), time.monotonic()
    with _ALIASES_LOCK:
        hit = _ALIASES.get(location)
    stale = hit is None or hit[0] != sig or now - hit[2] > ALIAS_TTL \
        or (hit[1] != fuzzy and now - hit[2] > ALIAS_REFRESH)
    if hit is not None and not stale:
        return hit[3].lookup(word)
    index = AliasIndex(rows())
    with _ALIASES_LOCK:
        _ALIASES[location] = (sig, fuzzy, now, index)
    return index.lookup(word)


_SEARCH_DOC_COLUMNS = ("source", "publisher", "genre", "category", "published_value")


def documents_answer(terms: tuple[Term, ...], filters: SearchFilters) -> bool:
    """True when the documents matching a query are those holding its words anywhere: one term of
    single words (a word, a prefix, or alternatives that are each one word; a word FTS5 and
    PostgreSQL see as one token) and no per-sentence filter.
    Then the per-document index (``search_docs``) answers exactly what the sentences would."""
    if len(terms) != 1 or filters.event_type:
        return False
    term = terms[0]
    return all(s.isalnum() for s in term.stems) and (term.kind != "phrase" or len(term.stems) == 1)


def documents_first(terms: tuple[Term, ...], filters: SearchFilters, order: str) -> bool:
    """True when a search page is best found documents first (the backends' ``_by_documents``): a
    one-word query (``documents_answer``) newest first without a filter, or by relevance with filters."""
    return documents_answer(terms, filters) and (order == "date") == (filters == SearchFilters())


def facet_counts(rows: Iterable[Any], event_types: Iterable[Any]) -> dict[str, list[tuple[str, int]]]:
    """Facets from the matching documents' (genre, publisher, category, year, count) rows, counted
    per combination by the database, and (event type, count) rows: the 20 biggest values of each,
    most documents first, then by value."""
    rows = list(rows)
    out: dict[str, list[tuple[str, int]]] = {}
    for i, name in enumerate(("genre", "publisher", "category", "year")):
        out[name] = _top((r[i], r[4]) for r in rows)
    out["event_type"] = _top((v, n) for v, n in event_types)
    return out


def _top(counted: Iterable[tuple[str | None, int]]) -> list[tuple[str, int]]:
    counts: dict[str, int] = {}
    for v, n in counted:
        if v is not None:
            counts[v] = counts.get(v, 0) + int(n)
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:20]
