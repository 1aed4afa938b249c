"""SQLite store: the embedded default.

Each document goes in with its layers in one transaction, so a crash mid-batch leaves every
document either fully stored or absent, and the next run resumes by skipping stored ids.
Layers are stored as compact JSON rows per (document, layer); the cross-document layers
(entities, their mentions) in their own tables so they can be queried.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from ..errors import StoreError
from ..model import Document, Entity, Event, PublishedDate, Story
from .base import DedupRow

Migration = Callable[[], str]
MIGRATIONS: list[Migration] = []


def migration(fn: Migration) -> Migration:
    """Register a schema migration (a function returning SQL); they run in order, each once, atomically."""
    MIGRATIONS.append(fn)
    return fn


@migration
def m001_initial() -> str:
    return """
        CREATE TABLE documents (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE,
            source TEXT NOT NULL,
            url TEXT,
            title TEXT,
            publisher TEXT,
            genre TEXT NOT NULL,
            category TEXT,
            language TEXT NOT NULL,
            published_value TEXT,
            published_granularity TEXT,
            published_source TEXT,
            published_raw TEXT,
            text TEXT NOT NULL,
            text_hash TEXT NOT NULL,
            raw_hash TEXT NOT NULL,
            duplicate_of TEXT,
            warnings TEXT NOT NULL DEFAULT '[]',
            meta TEXT NOT NULL DEFAULT '{}',
            processed TEXT NOT NULL DEFAULT '[]',
            signature BLOB,
            ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
        );
        CREATE INDEX documents_text_hash ON documents(text_hash);
        CREATE INDEX documents_published ON documents(published_value);
        CREATE TABLE layers (
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            data TEXT NOT NULL,
            PRIMARY KEY (doc_id, name)
        );
        CREATE TABLE entities (
            id TEXT PRIMARY KEY,
            type TEXT NOT NULL,
            name TEXT NOT NULL,
            aliases TEXT NOT NULL DEFAULT '[]',
            attributes TEXT NOT NULL DEFAULT '{}'
        );
        CREATE TABLE entity_mentions (
            entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            PRIMARY KEY (entity_id, doc_id, start, "end")
        );
        CREATE INDEX entity_mentions_doc ON entity_mentions(doc_id);
    """


@migration
def m002_events_and_stories() -> str:
    return """
        CREATE TABLE events (
            id TEXT PRIMARY KEY,
            type TEXT NOT NULL,
            label TEXT NOT NULL,
            when_value TEXT,
            when_granularity TEXT,
            "where" TEXT NOT NULL DEFAULT '[]',
            participants TEXT NOT NULL DEFAULT '[]',
            factuality TEXT NOT NULL,
            attributes TEXT NOT NULL DEFAULT '{}'
        );
        CREATE INDEX events_when ON events(when_value);
        CREATE TABLE event_mentions (
            event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            PRIMARY KEY (event_id, doc_id, start, "end")
        );
        CREATE INDEX event_mentions_doc ON event_mentions(doc_id);
        CREATE TABLE stories (
            id TEXT PRIMARY KEY,
            label TEXT NOT NULL,
            first TEXT,
            last TEXT,
            attributes TEXT NOT NULL DEFAULT '{}'
        );
        CREATE TABLE story_documents (
            story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            PRIMARY KEY (story_id, doc_id)
        );
        CREATE TABLE story_events (
            story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
            event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            PRIMARY KEY (story_id, event_id)
        );
    """


@migration
def m003_search() -> str:
    # Sentence-level full-text search. The FTS table holds Dutch Snowball stems computed in Python
    # (SQLite has no Dutch stemmer), so its rowid points at a search_sentences row for offsets.
    return """
        CREATE TABLE search_sentences (
            id INTEGER PRIMARY KEY,
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL
        );
        CREATE INDEX search_sentences_doc ON search_sentences(doc_id);
        CREATE VIRTUAL TABLE search_fts USING fts5(stems, tokenize = 'unicode61 remove_diacritics 2');
        CREATE TABLE search_facets (
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            value TEXT NOT NULL,
            PRIMARY KEY (doc_id, kind, value)
        );
        CREATE INDEX search_facets_value ON search_facets(kind, value);
        CREATE INDEX stories_last ON stories(last);
        CREATE TABLE search_documents (
            doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
            indexed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
        );
    """


@migration
def m004_meta_flags() -> str:
    # Small key-value facts about the store itself, e.g. "linking interrupted: finish it next run".
    return """
        CREATE TABLE meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
    """


_DOC_COLUMNS = ["id", "source", "url", "title", "publisher", "genre", "category", "language", "published_value", "published_granularity", "published_source", "published_raw", "text", "text_hash", "raw_hash", "duplicate_of", "warnings", "meta", "processed", "signature"]


class SQLiteStore:
    """Store backed by one SQLite file (or ":memory:")."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        try:
            if self.path != ":memory:":
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self.conn.execute("PRAGMA foreign_keys = ON")
            if self.path != ":memory:":
                self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self._migrate()
        except sqlite3.DatabaseError as e:
            raise StoreError(
                f"{self.path}: cannot open as a kroniek store ({e}); give another --db path"
            ) from e

    # --- schema ---

    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        version = self.schema_version
        if version > len(MIGRATIONS):
            raise StoreError(
                f"{self.path}: store schema {version} is newer than this kroniek ({len(MIGRATIONS)}); upgrade kroniek"
            )
        for i, fn in enumerate(MIGRATIONS[version:], start=version + 1):
            try:
                self.conn.executescript(f"BEGIN IMMEDIATE;\n{fn()};\nPRAGMA user_version = {i};\nCOMMIT;")
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise

    def _transaction(self) -> _Tx:
        return _Tx(self.conn)

    # --- documents ---

    def has_document(self, doc_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is not None

    def add_document(self, doc: Document, *, text_hash: str, signature: bytes | None = None) -> bool:
        with self._transaction():
            if self.has_document(doc.id):
                return False
            row = _doc_row(doc, text_hash, signature)
            self.conn.execute(
                f"INSERT INTO documents ({', '.join(_DOC_COLUMNS)}) VALUES ({', '.join('?' * len(_DOC_COLUMNS))})",
                [row[c] for c in _DOC_COLUMNS],
            )
            self._write_layers(doc)
        return True

    def update_layers(self, doc: Document) -> None:
        with self._transaction():
            row = _doc_row(doc, "", None)
            cols = [c for c in _DOC_COLUMNS if c not in ("id", "text", "text_hash", "raw_hash", "signature")]
            self.conn.execute(
                f"UPDATE documents SET {', '.join(f'{c} = ?' for c in cols)} WHERE id = ?",
                [row[c] for c in cols] + [doc.id],
            )
            self._write_layers(doc)

    def _write_layers(self, doc: Document) -> None:
        for name in Document._LAYERS:
            rows = doc.layer_rows(name)
            self.conn.execute(
                "INSERT OR REPLACE INTO layers (doc_id, name, data) VALUES (?, ?, ?)",
                (doc.id, name, json.dumps(rows, ensure_ascii=False, separators=(",", ":"))),
            )

    def get_document(self, doc_id: str) -> Document | None:
        cur = self.conn.execute(f"SELECT {', '.join(_DOC_COLUMNS)} FROM documents WHERE id = ?", (doc_id,))
        row = cur.fetchone()
        return None if row is None else self._doc_from_row(row, layers=True)

    def iter_documents(self, *, layers: bool = True) -> Iterator[Document]:
        cur = self.conn.execute(f"SELECT {', '.join(_DOC_COLUMNS)} FROM documents ORDER BY seq")
        for row in cur.fetchall():
            yield self._doc_from_row(row, layers=layers)

    def _doc_from_row(self, row: tuple[Any, ...], *, layers: bool) -> Document:
        r = dict(zip(_DOC_COLUMNS, row, strict=True))
        published = None
        if r["published_value"]:
            published = PublishedDate(
                value=r["published_value"],
                granularity=r["published_granularity"],
                source=r["published_source"],
                raw=r["published_raw"],
            )
        d: dict[str, Any] = {
            "id": r["id"], "text": r["text"], "source": r["source"], "raw_hash": r["raw_hash"],
            "url": r["url"], "title": r["title"], "publisher": r["publisher"], "genre": r["genre"],
            "category": r["category"], "language": r["language"], "duplicate_of": r["duplicate_of"],
            "warnings": json.loads(r["warnings"]), "meta": json.loads(r["meta"]),
            "processed": json.loads(r["processed"]),
        }
        if layers:
            for name, data in self.conn.execute(
                "SELECT name, data FROM layers WHERE doc_id = ?", (r["id"],)
            ):
                if name in Document._LAYERS:
                    d[name] = json.loads(data)
        doc = Document.from_dict(d)
        doc.published = published
        return doc

    def find_by_text_hash(self, text_hash: str) -> str | None:
        row = self.conn.execute(
            "SELECT id FROM documents WHERE text_hash = ? ORDER BY seq LIMIT 1", (text_hash,)
        ).fetchone()
        return None if row is None else row[0]

    def dedup_rows(self) -> Iterator[DedupRow]:
        for doc_id, text_hash, sig in self.conn.execute(
            "SELECT id, text_hash, signature FROM documents ORDER BY seq"
        ).fetchall():
            yield DedupRow(doc_id, text_hash, sig)

    # --- entities ---

    def replace_entities(self, entities: Iterable[Entity]) -> None:
        with self._transaction():
            self.conn.execute("DELETE FROM entity_mentions")
            self.conn.execute("DELETE FROM entities")
            for e in entities:
                self.conn.execute(
                    "INSERT INTO entities (id, type, name, aliases, attributes) VALUES (?, ?, ?, ?, ?)",
                    (e.id, e.type, e.name, json.dumps(e.aliases, ensure_ascii=False),
                     json.dumps(e.attributes, ensure_ascii=False)),
                )
                self.conn.executemany(
                    'INSERT OR IGNORE INTO entity_mentions (entity_id, doc_id, start, "end") VALUES (?, ?, ?, ?)',
                    [(e.id, d, s, t) for d, s, t in e.mentions],
                )

    def entities(self) -> list[Entity]:
        mentions = self._grouped_mentions("entity_mentions", "entity_id")
        return [
            Entity(id=eid, type=t, name=n, aliases=json.loads(a), mentions=mentions.get(eid, []),
                   attributes=json.loads(attrs))
            for eid, t, n, a, attrs in self.conn.execute(
                "SELECT id, type, name, aliases, attributes FROM entities ORDER BY id"
            )
        ]

    # --- events and stories ---

    def replace_events(self, events: Iterable[Event]) -> None:
        with self._transaction():
            self.conn.execute("DELETE FROM event_mentions")
            self.conn.execute("DELETE FROM events")
            for e in events:
                when = e.when or {}
                self.conn.execute(
                    'INSERT INTO events (id, type, label, when_value, when_granularity, "where", '
                    "participants, factuality, attributes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (e.id, e.type, e.label, when.get("value"), when.get("granularity"),
                     json.dumps(e.where), json.dumps([list(p) for p in e.participants]),
                     e.factuality, json.dumps(e.attributes, ensure_ascii=False)),
                )
                self.conn.executemany(
                    'INSERT OR IGNORE INTO event_mentions (event_id, doc_id, start, "end") VALUES (?, ?, ?, ?)',
                    [(e.id, d, s, t) for d, s, t in e.mentions],
                )

    def events(self) -> list[Event]:
        mentions = self._grouped_mentions("event_mentions", "event_id")
        out = []
        for eid, typ, label, wv, wg, where, parts, fact, attrs in self.conn.execute(
            'SELECT id, type, label, when_value, when_granularity, "where", participants, factuality, '
            "attributes FROM events ORDER BY when_value IS NULL, when_value, id"
        ):
            out.append(Event(
                id=eid, type=typ, label=label,
                when={"value": wv, "granularity": wg} if wv else None,
                where=json.loads(where), participants=[tuple(p) for p in json.loads(parts)],
                factuality=fact, mentions=mentions.get(eid, []), attributes=json.loads(attrs),
            ))
        return out

    def replace_stories(self, stories: Iterable[Story]) -> None:
        with self._transaction():
            self.conn.execute("DELETE FROM story_documents")
            self.conn.execute("DELETE FROM story_events")
            self.conn.execute("DELETE FROM stories")
            for s in stories:
                self.conn.execute(
                    "INSERT INTO stories (id, label, first, last, attributes) VALUES (?, ?, ?, ?, ?)",
                    (s.id, s.label, s.first, s.last, json.dumps(s.attributes, ensure_ascii=False)),
                )
                self.conn.executemany(
                    "INSERT OR IGNORE INTO story_documents (story_id, doc_id) VALUES (?, ?)",
                    [(s.id, d) for d in s.documents],
                )
                self.conn.executemany(
                    "INSERT OR IGNORE INTO story_events (story_id, event_id) VALUES (?, ?)",
                    [(s.id, e) for e in s.events],
                )

    def stories(self) -> list[Story]:
        docs: dict[str, list[str]] = {}
        for sid, did in self.conn.execute(
            "SELECT sd.story_id, sd.doc_id FROM story_documents sd JOIN documents d ON d.id = sd.doc_id "
            "ORDER BY sd.story_id, d.seq"
        ):
            docs.setdefault(sid, []).append(did)
        evs: dict[str, list[str]] = {}
        for sid, eid in self.conn.execute("SELECT story_id, event_id FROM story_events ORDER BY story_id, event_id"):
            evs.setdefault(sid, []).append(eid)
        return [
            Story(id=sid, label=label, documents=docs.get(sid, []), events=evs.get(sid, []),
                  first=first, last=last, attributes=json.loads(attrs))
            for sid, label, first, last, attrs in self.conn.execute(
                "SELECT id, label, first, last, attributes FROM stories ORDER BY first IS NULL, first, id"
            )
        ]

    def _grouped_mentions(self, table: str, key: str) -> dict[str, list[tuple[str, int, int]]]:
        out: dict[str, list[tuple[str, int, int]]] = {}
        for k, doc_id, start, end in self.conn.execute(
            f'SELECT m.{key}, m.doc_id, m.start, m."end" FROM {table} m '
            "JOIN documents d ON d.id = m.doc_id ORDER BY m." + key + ", d.seq, m.start"
        ):
            out.setdefault(k, []).append((doc_id, start, end))
        return out

    # --- misc ---

    def stats(self) -> dict[str, int]:
        q = self.conn.execute
        out = {
            "documents": q("SELECT count(*) FROM documents").fetchone()[0],
            "duplicates": q("SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL").fetchone()[0],
            "entities": q("SELECT count(*) FROM entities").fetchone()[0],
            "linked_events": q("SELECT count(*) FROM events").fetchone()[0],
            "stories": q("SELECT count(*) FROM stories").fetchone()[0],
        }
        for name in Document._LAYERS:
            out[name] = q(
                "SELECT coalesce(sum(json_array_length(data)), 0) FROM layers WHERE name = ?", (name,)
            ).fetchone()[0]
        return out

    def get_meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str | None) -> None:
        if value is None:
            self.conn.execute("DELETE FROM meta WHERE key = ?", (key,))
        else:
            self.conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _Tx:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any exception (KeyboardInterrupt included)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.depth = 0

    def __enter__(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("SAVEPOINT tx")
            self.depth = 1
        else:
            self.conn.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, *exc: object) -> None:
        if self.depth:
            self.conn.execute("ROLLBACK TO tx" if exc_type else "RELEASE tx")
        else:
            self.conn.execute("ROLLBACK" if exc_type else "COMMIT")


def _doc_row(doc: Document, text_hash: str, signature: bytes | None) -> dict[str, Any]:
    p = doc.published
    return {
        "id": doc.id, "source": doc.source, "url": doc.url, "title": doc.title,
        "publisher": doc.publisher, "genre": doc.genre, "category": doc.category,
        "language": doc.language,
        "published_value": p.value if p else None,
        "published_granularity": p.granularity if p else None,
        "published_source": p.source if p else None,
        "published_raw": p.raw if p else None,
        "text": doc.text, "text_hash": text_hash, "raw_hash": doc.raw_hash,
        "duplicate_of": doc.duplicate_of,
        "warnings": json.dumps(doc.warnings, ensure_ascii=False),
        "meta": json.dumps(doc.meta, ensure_ascii=False, default=str),
        "processed": json.dumps(doc.processed),
        "signature": signature,
    }
