"""SQLite store: the embedded default.

Each document goes in with its layers in one transaction, so a crash mid-batch leaves every
document either fully stored or absent, and the next run resumes by skipping stored ids.
Layers are stored by field name per (document, layer); the cross-document layers in their own
tables so they can be queried. Search is FTS5 over Dutch stems computed in Python.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..errors import StoreError
from .base import HitRow, IndexEntry, SearchFilters, Term
from .codec import LAYER_FORMAT, LAYER_NAMES, convert_v1
from .ddl import Dialect, migrations
from .migrations import Migration, check_names, pending
from .sql import (
    SqlStore,
    cached_aliases,
    documents_answer,
    documents_first,
    facet_counts,
    search_filters,
)

_NOW = "(strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))"


def _convert_layers(conn: sqlite3.Connection) -> None:
    """Rewrite format-1 (positional) layer rows by field name."""
    rows = conn.execute("SELECT doc_id, name, data FROM layers WHERE version = 1").fetchall()
    for doc_id, name, data in rows:
        if name not in LAYER_NAMES:
            continue
        new, n = convert_v1(name, data)
        conn.execute("UPDATE layers SET data = ?, n = ?, version = ? WHERE doc_id = ? AND name = ?",
                     (new, n, LAYER_FORMAT, doc_id, name))


# A facet count and a one-word search need documents, not sentences: one row per indexed document
# with the columns facets count and filters test (search_docs, keyed by documents.seq), and an FTS5
# index of all the document's stems (search_doc_fts, rowid = seq). It is contentless and
# detail=none: it only says which documents hold a word. Over the 76k leestmeer posts "politie" is
# 8,590 sentences in 5,502 posts; counting from the sentences looked up 8,590 sentence rows and then
# 5,502 documents by their text id. Its stems are those of the document's sentence rows (DOC_STEMS),
# so an entry can be deleted with the very tokens it was written with (contentless FTS5 needs them).
DOC_STEMS = ("COALESCE((SELECT group_concat(x.stems, ' ') FROM (SELECT f.stems FROM search_sentences s "
             "JOIN search_fts f ON f.rowid = s.id WHERE s.doc_id = sd.id ORDER BY s.id) x), '')")
DOC_ROW = ("INSERT INTO search_docs (seq, id, source, publisher, genre, category, published_value) "
           "SELECT d.seq, d.id, d.source, d.publisher, d.genre, d.category, d.published_value FROM documents d ")
SEARCH_DOCS = f"""
    CREATE TABLE search_docs (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE REFERENCES documents(id) ON DELETE CASCADE,
        source TEXT,
        publisher TEXT,
        genre TEXT,
        category TEXT,
        published_value TEXT
    );
    CREATE VIRTUAL TABLE search_doc_fts USING fts5(
        stems, content = '', detail = none, tokenize = 'unicode61 remove_diacritics 2');
    {DOC_ROW} WHERE d.id IN (SELECT doc_id FROM search_documents);
    INSERT INTO search_doc_fts (rowid, stems) SELECT sd.seq, {DOC_STEMS} FROM search_docs sd;
"""

SQLITE = Dialect(
    seq="INTEGER PRIMARY KEY AUTOINCREMENT", row_id="INTEGER PRIMARY KEY", blob="BLOB", now=_NOW, collate_c="",
    published_value="published_value TEXT,", sentence_tsv="",
    # The FTS table holds Dutch Snowball stems computed in Python (SQLite has no Dutch stemmer), so
    # its rowid points at a search_sentences row for offsets.
    sentence_index="CREATE VIRTUAL TABLE search_fts USING fts5(stems, tokenize = 'unicode61 remove_diacritics 2');",
    search_docs=SEARCH_DOCS,
)
MIGRATIONS: list[Migration] = [Migration(name, sql, step=_convert_layers if name == "m005_layers_by_name" else None)
                               for name, sql in migrations(SQLITE)]
check_names(MIGRATIONS)


class SQLiteStore(SqlStore):
    """Store backed by one SQLite file (or ":memory:")."""

    _KEYS_BY_ID = "link_keys INDEXED BY link_keys_id"

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        try:
            if self.path != ":memory:":
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=60)
            self.conn.execute("PRAGMA foreign_keys = ON")
            if self.path != ":memory:":
                self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self._migrate()
        except sqlite3.DatabaseError as e:
            raise StoreError(
                f"{self.path}: cannot open as a kroniek store ({e}); give another --db path"
            ) from e

    # --- connection ---

    def _x(self, sql: str, args: Sequence[Any] = ()) -> Any:
        return self.conn.execute(sql, args)

    def _many(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        self.conn.executemany(sql, rows)

    def _transaction(self) -> _Tx:
        return _Tx(self.conn)

    @contextmanager
    def lock(self, name: str) -> Iterator[None]:
        """SQLite serialises writers itself (BEGIN IMMEDIATE waits); nothing more to hold."""
        yield

    # --- schema ---

    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def applied_migrations(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT name FROM migrations ORDER BY rowid")]

    def _migrate(self) -> None:
        version = self.schema_version
        if version > len(MIGRATIONS):
            raise StoreError(f"{self.path}: store schema {version} is newer than this kroniek "
                             f"({len(MIGRATIONS)}); upgrade kroniek")
        if version == len(MIGRATIONS):  # up to date: a read, so opening never waits for a writer
            pending(MIGRATIONS, set(self.applied_migrations()), self.path)
            return
        with self._transaction():
            self.conn.execute(f"CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL DEFAULT {_NOW})")
            applied = set(self.applied_migrations())
            if not applied and self.schema_version:
                # A store from before named migrations: PRAGMA user_version counted them.
                applied = {m.name for m in MIGRATIONS[:self.schema_version]}
                self._many("INSERT INTO migrations (name) VALUES (?)", [(m.name,) for m in MIGRATIONS if m.name in applied])
        for m in pending(MIGRATIONS, applied, self.path):
            with self._transaction():
                if m.name in set(self.applied_migrations()):  # another process ran it meanwhile
                    continue
                for statement in m.sql.split(";"):
                    if statement.strip():
                        self.conn.execute(statement)
                if m.step is not None:
                    m.step(self.conn)
                self.conn.execute("INSERT INTO migrations (name) VALUES (?)", (m.name,))
                # Older kroniek versions read user_version; a count they do not know makes them refuse the store.
                self.conn.execute(f"PRAGMA user_version = {MIGRATIONS.index(m) + 1}")

    def optimize(self) -> None:
        self.conn.execute("PRAGMA optimize")

    # --- search ---

    def searcher(self) -> SQLiteSearch:
        return SQLiteSearch(self)

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


def _stat(path: str) -> os.stat_result | None:
    try:
        return os.stat(path)
    except OSError:
        return None


def fts_expression(terms: tuple[Term, ...]) -> str:
    """An FTS5 expression: each stem quoted, so user text can never be FTS5 syntax."""
    parts = []
    for t in terms:
        if t.kind == "prefix":
            parts.append(f'"{t.stems[0]}" *')
        elif t.kind == "any":
            parts.append("(" + " OR ".join(f'"{alt}"' for alt in t.stems) + ")")
        else:
            parts.append('"' + " ".join(t.stems) + '"')
    return " AND ".join(parts)


def _hit_rows(rows: Iterable[Sequence[Any]]) -> list[HitRow]:
    """HitRows from rows of SQLiteSearch._COLUMNS (bm25 is lower for better: the score is its negation)."""
    return [HitRow(doc, kind, s, e, round(-float(score), 4), title, date, src, pub, genre, cat, text or "")
            for doc, kind, s, e, score, title, date, src, pub, genre, cat, text in rows]


class SQLiteSearch:
    """FTS5 search over a SQLiteStore (tables from migration m003_search)."""

    def __init__(self, store: SQLiteStore) -> None:
        self.store = store

    def replace_index(self, doc_id: str, entry: IndexEntry) -> None:
        conn = self.store.conn
        with self.store._transaction():
            self._delete(doc_id)
            for r in entry.rows:
                cur = conn.execute('INSERT INTO search_sentences (doc_id, kind, start, "end") VALUES (?, ?, ?, ?)',
                                   (doc_id, r.kind, r.start, r.end))
                conn.execute("INSERT INTO search_fts (rowid, stems) VALUES (?, ?)", (cur.lastrowid, r.stems))
            conn.executemany("INSERT OR IGNORE INTO search_facets (doc_id, kind, value) VALUES (?, ?, ?)",
                             [(doc_id, k, v) for k, v in sorted(entry.facets)])
            conn.execute("INSERT OR REPLACE INTO search_documents (doc_id) VALUES (?)", (doc_id,))
            conn.execute(DOC_ROW + "WHERE d.id = ?", (doc_id,))
            conn.execute(f"INSERT INTO search_doc_fts (rowid, stems) SELECT sd.seq, {DOC_STEMS} "
                         "FROM search_docs sd WHERE sd.id = ?", (doc_id,))

    def _delete(self, doc_id: str) -> None:
        x = self.store.conn.execute
        # The document's entry first, with the tokens it was written with (its sentence rows' stems).
        x(f"INSERT INTO search_doc_fts (search_doc_fts, rowid, stems) SELECT 'delete', sd.seq, {DOC_STEMS} "
          "FROM search_docs sd WHERE sd.id = ?", (doc_id,))
        x("DELETE FROM search_docs WHERE id = ?", (doc_id,))
        x("DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_sentences WHERE doc_id = ?)", (doc_id,))
        x("DELETE FROM search_sentences WHERE doc_id = ?", (doc_id,))
        x("DELETE FROM search_facets WHERE doc_id = ?", (doc_id,))
        x("DELETE FROM search_documents WHERE doc_id = ?", (doc_id,))

    def unindexed(self) -> list[str]:
        return [r[0] for r in self.store.conn.execute(
            "SELECT id FROM documents WHERE id NOT IN (SELECT doc_id FROM search_documents) ORDER BY seq")]

    def _base(self, terms: tuple[Term, ...], filters: SearchFilters) -> tuple[str, list[Any]]:
        where, args = search_filters(filters)
        # CROSS JOIN fixes the order: the FTS match drives. Left to itself, SQLite may start from a
        # document index that fits the filters and run the whole FTS query once per document.
        base = ("FROM search_fts CROSS JOIN search_sentences s ON s.id = search_fts.rowid "
                "CROSS JOIN documents d ON d.id = s.doc_id WHERE search_fts MATCH ?" + "".join(f" AND {w}" for w in where))
        return base, [fts_expression(terms), *args]

    _COLUMNS = ('s.doc_id, s.kind, s.start, s."end", {score}, d.title, d.published_value, '
                "d.source, d.publisher, d.genre, d.category, "
                "CASE s.kind WHEN 'title' THEN d.title ELSE substr(d.text, s.start + 1, s.\"end\" - s.start) END ")

    def aliases(self, word: str) -> list[list[str]]:
        x = self.store.conn.execute
        path = self.store.path

        def files() -> tuple[Any, ...]:
            return tuple((st.st_mtime_ns, st.st_size) for f in (path, path + "-wal")
                         if (st := _stat(f)) is not None)

        # Two statements: together, SQLite would scan the table instead of using its shortcuts.
        return cached_aliases(
            path, lambda: (x("SELECT count(*) FROM entities").fetchone()[0],
                           x("SELECT max(rowid) FROM entities").fetchone()[0]),
            files, lambda: x("SELECT name, aliases FROM entities").fetchall(), word)

    def search(
        self, terms: tuple[Term, ...], filters: SearchFilters, *, limit: int, offset: int, order: str = "relevance",
    ) -> tuple[int, list[HitRow]]:
        conn = self.store.conn
        if documents_first(terms, filters, order):
            return self._by_documents(terms, filters, limit=limit, offset=offset, order=order)
        if filters == SearchFilters() and order != "date":
            # No document filter: rank in the FTS index alone; the rows that can make the page (BM25
            # up to the page's last score, ties included) are ordered with their date (read from the
            # documents_facets index) and cut to the page before title and text are read. The total
            # comes with the page; a page past the end counts alone.
            expr = fts_expression(terms)
            counted = conn.execute(
                "WITH f AS MATERIALIZED (SELECT rowid AS rid, bm25(search_fts) AS r FROM search_fts "
                "WHERE search_fts MATCH ?), cut AS (SELECT max(r) AS r FROM (SELECT r FROM f ORDER BY r LIMIT ?)), "
                "p AS (SELECT f.rid AS sid, f.r, d.published_value AS pv FROM f CROSS JOIN search_sentences s "
                "ON s.id = f.rid CROSS JOIN documents d INDEXED BY documents_facets ON d.id = s.doc_id "
                "WHERE f.r <= (SELECT r FROM cut) ORDER BY f.r, d.published_value DESC, f.rid LIMIT ? OFFSET ?) "
                f"SELECT {self._COLUMNS.format(score='p.r')}, (SELECT count(*) FROM f) FROM p "
                "CROSS JOIN search_sentences s ON s.id = p.sid CROSS JOIN documents d ON d.id = s.doc_id "
                "ORDER BY p.r, p.pv DESC, p.sid",
                (expr, offset + limit, limit, offset),
            ).fetchall()
            rows = [r[:-1] for r in counted]
            total = counted[0][-1] if counted else conn.execute(
                "SELECT count(*) FROM search_fts WHERE search_fts MATCH ?", (expr,)).fetchone()[0]
        else:
            # Filtered or by date: the matching rows' score and date (filters and date read from the
            # documents_facets index) are ordered first; only the page's rows read the wide document
            # row for title and text. The total comes with the page; a page past the end counts alone.
            base, args = self._base(terms, filters)
            by = "p.pv IS NULL, p.pv DESC, p.r" if order == "date" else "p.r, p.pv DESC"
            counted = conn.execute(
                "WITH f AS MATERIALIZED (SELECT s.id AS sid, bm25(search_fts) AS r, d.published_value AS pv "
                f"{base}), p AS (SELECT * FROM f p ORDER BY {by}, p.sid LIMIT ? OFFSET ?) "
                f"SELECT {self._COLUMNS.format(score='p.r')}, (SELECT count(*) FROM f) FROM p "
                f"CROSS JOIN search_sentences s ON s.id = p.sid CROSS JOIN documents d ON d.id = s.doc_id "
                f"ORDER BY {by}, p.sid",
                [*args, limit, offset],
            ).fetchall()
            rows = [r[:-1] for r in counted]
            total = counted[0][-1] if counted else conn.execute(f"SELECT count(*) {base}", args).fetchone()[0]
        return int(total), _hit_rows(rows)

    def _by_documents(
        self, terms: tuple[Term, ...], filters: SearchFilters, *, limit: int, offset: int, order: str,
    ) -> tuple[int, list[HitRow]]:
        # A one-word query (documents_answer): the documents come first, from the document index with
        # the filters on its own columns (search_docs, kept equal to the documents'), and only their
        # sentences are matched and ranked, each with its document's date. Newest first, every
        # document holds at least one matching sentence, so the page's sentences all lie in the
        # documents up to the (offset + limit)-th one (its date and ties included): the others are
        # left out. bm25 is still over the whole index (one FTS scan; the sentence set is joined to
        # it, never passed into it), so the page is the one ranking every match gives. Over the 76k
        # posts, "politie" newest first ranked 8,590 sentences and looked up their documents before,
        # about 40 sentences now; with a section and two months it looks up no document by sentence.
        where, wargs = search_filters(filters)
        expr = fts_expression(terms)
        newest = order == "date"
        by = "p.pv IS NULL, p.pv DESC, p.r" if newest else "p.r, p.pv DESC"
        cut = " WHERE (SELECT pv FROM k) IS NULL OR c.pv >= (SELECT pv FROM k)" if newest else ""
        rows = self.store.conn.execute(
            "WITH c AS MATERIALIZED (SELECT d.id, d.published_value AS pv FROM search_doc_fts CROSS JOIN "
            "search_docs d ON d.seq = search_doc_fts.rowid WHERE search_doc_fts MATCH ?"
            + "".join(f" AND {w}" for w in where) + "), "
            "k AS (SELECT pv FROM c ORDER BY pv IS NULL, pv DESC LIMIT 1 OFFSET ?), "
            f"ids AS MATERIALIZED (SELECT s.id, c.pv FROM c CROSS JOIN search_sentences s ON s.doc_id = c.id{cut}), "
            "f AS MATERIALIZED (SELECT ids.id AS sid, bm25(search_fts) AS r, ids.pv FROM search_fts "
            "CROSS JOIN ids ON ids.id = search_fts.rowid WHERE search_fts MATCH ?), "
            f"p AS (SELECT * FROM f p ORDER BY {by}, p.sid LIMIT ? OFFSET ?) "
            f"SELECT {self._COLUMNS.format(score='p.r')}, (SELECT count(*) FROM f) FROM p "
            "CROSS JOIN search_sentences s ON s.id = p.sid CROSS JOIN documents d ON d.id = s.doc_id "
            f"ORDER BY {by}, p.sid",
            (expr, *wargs, offset + limit - 1, expr, limit, offset),
        ).fetchall()
        if newest:  # the cut left sentences out of f: count them all (no filter here, see search)
            total = self.store.conn.execute(
                "SELECT count(*) FROM search_fts WHERE search_fts MATCH ?", (expr,)).fetchone()[0]
        elif rows:
            total = rows[0][-1]
        else:
            total = self.store.conn.execute(
                "WITH c AS MATERIALIZED (SELECT d.id FROM search_doc_fts CROSS JOIN search_docs d "
                "ON d.seq = search_doc_fts.rowid WHERE search_doc_fts MATCH ?" + "".join(f" AND {w}" for w in where)
                + ") SELECT count(*) FROM search_fts WHERE search_fts MATCH ? AND +rowid IN "
                "(SELECT s.id FROM c CROSS JOIN search_sentences s ON s.doc_id = c.id)",
                (expr, *wargs, expr)).fetchone()[0]
        return int(total), _hit_rows([r[:-1] for r in rows])

    def facets(self, terms: tuple[Term, ...], filters: SearchFilters) -> dict[str, list[tuple[str, int]]]:
        # One statement: the matching documents once, their columns counted per combination, and
        # their event types (rows tagged by the first column). A one-word query finds its documents
        # in the document index (search_doc_fts + search_docs: the same documents as its sentences
        # give); other queries need a sentence holding every term, so their sentences give them.
        if documents_answer(terms, filters):
            where, args = search_filters(filters)
            m = ("SELECT d.id, d.genre, d.publisher, d.category, d.published_value FROM search_doc_fts "
                 "CROSS JOIN search_docs d ON d.seq = search_doc_fts.rowid WHERE search_doc_fts MATCH ?"
                 + "".join(f" AND {w}" for w in where))
            args = [fts_expression(terms), *args]
        else:
            if search_filters(filters)[0]:
                base, args = self._base(terms, filters)
            else:
                base = ("FROM search_fts CROSS JOIN search_sentences s ON s.id = search_fts.rowid "
                        "WHERE search_fts MATCH ?")
                args = [fts_expression(terms)]
            m = ("SELECT d.id, d.genre, d.publisher, d.category, d.published_value FROM "
                 f"(SELECT DISTINCT s.doc_id {base}) i CROSS JOIN documents d INDEXED BY documents_facets "
                 "ON d.id = i.doc_id")
        rows = self.store.conn.execute(
            f"WITH m AS MATERIALIZED ({m}) "
            "SELECT 'd', genre, publisher, category, substr(published_value, 1, 4), count(*) FROM m GROUP BY 2, 3, 4, 5 "
            "UNION ALL SELECT 'e', f.value, NULL, NULL, NULL, count(*) FROM m CROSS JOIN search_facets f "
            "ON f.doc_id = m.id AND f.kind = 'event_type' GROUP BY 2", args).fetchall()
        return facet_counts([r[1:] for r in rows if r[0] == "d"], [(r[1], r[5]) for r in rows if r[0] == "e"])
