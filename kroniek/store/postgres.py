"""PostgreSQL store: the same schema and queries as SQLite, for a team sharing one database.

    store = open_store("postgresql://user@host/dbname")

Connections come from one pool per URL per process (psycopg 3 with ``psycopg_pool``), so the
server's store-per-request costs no new connection. Several ingest processes may write at once:
a document goes in with ``INSERT ... ON CONFLICT DO NOTHING`` (the same document from two
processes is stored once), replacing a cross-document layer takes a transaction-scoped advisory
lock, migrations run under one, and ``lock(name)`` is a session advisory lock (the relink).
Search indexes kroniek's Dutch stems as a ``tsvector`` with the ``dutch`` configuration (its
stop words) under a GIN index, ranked with ``ts_rank_cd``.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

from ..errors import StoreError
from .base import HitRow, IndexEntry, SearchFilters, Term
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

_NOW = "to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"

# A facet count and a one-word search need documents, not sentences: one row per indexed document
# with the columns facets count and filters test, and the set of its lexemes (the union of its
# sentence rows' tsvectors, positions dropped: it only says which documents hold a word) under a
# GIN index. The tsvector is stored out of line (toast_tuple_target 128, STORAGE EXTERNAL), so the
# rows a bitmap scan reads stay narrow: 76k rows in about a thousand pages. Over the 76k leestmeer
# posts "politie" is 8,590 sentences in 5,502 posts; counting from the sentences read the heap
# pages of 8,590 sentence rows and then 5,502 documents by id.
DOC_LEXEMES = ("COALESCE((SELECT array_to_tsvector(array_agg(DISTINCT u.lexeme)) FROM search_sentences s, "
               "unnest(s.tsv) u WHERE s.doc_id = d.id), ''::tsvector)")
DOC_ROW = ("INSERT INTO search_docs (id, source, publisher, genre, category, published_value, tsv) "
           f"SELECT d.id, d.source, d.publisher, d.genre, d.category, d.published_value, {DOC_LEXEMES} FROM documents d ")
SEARCH_DOCS = f"""
    CREATE TABLE search_docs (
        id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        source TEXT,
        publisher TEXT,
        genre TEXT,
        category TEXT,
        published_value TEXT COLLATE "C",
        tsv TSVECTOR NOT NULL
    ) WITH (toast_tuple_target = 128);
    ALTER TABLE search_docs ALTER COLUMN tsv SET STORAGE EXTERNAL;
    {DOC_ROW} WHERE d.id IN (SELECT doc_id FROM search_documents);
    CREATE INDEX search_docs_tsv ON search_docs USING GIN (tsv);
    ANALYZE search_docs;
"""

POSTGRES = Dialect(
    seq="BIGSERIAL PRIMARY KEY", row_id="BIGSERIAL PRIMARY KEY", blob="BYTEA", now=_NOW, collate_c=' COLLATE "C"',
    published_value='published_value TEXT COLLATE "C",  -- ISO dates: byte order is date order',
    sentence_tsv=",\n            tsv TSVECTOR NOT NULL",
    sentence_index="CREATE INDEX search_sentences_tsv ON search_sentences USING GIN (tsv);",
    search_docs=SEARCH_DOCS,
)
MIGRATIONS: list[Migration] = [Migration(name, sql) for name, sql in migrations(POSTGRES)]
check_names(MIGRATIONS)

_POOLS: dict[str, Any] = {}
_MIGRATED: set[str] = set()
_GUARD = threading.Lock()


@lru_cache(maxsize=512)
def _pg(sql: str) -> str:
    """``?`` placeholders as psycopg's ``%s`` (and a literal ``%`` doubled)."""
    return sql.replace("%", "%%").replace("?", "%s")


def _key(name: str) -> str:
    return f"kroniek:{name}"


def _pool(url: str) -> Any:
    import psycopg
    from psycopg_pool import ConnectionPool

    with _GUARD:
        pool = _POOLS.get(url)
        if pool is None:
            try:  # one plain connection first: a wrong URL or a stopped server fails at once, clearly
                psycopg.connect(url, connect_timeout=10).close()
            except psycopg.Error as e:
                first = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
                raise StoreError(f"{_safe(url)}: cannot connect to PostgreSQL ({first}); "
                                 "check the URL and that the server runs") from e
            # Page-sized queries: a parallel worker costs more to start than it saves. A store's
            # index and pages are read again and again and stay cached, so random reads cost about
            # what sequential ones do (random_page_cost 1.1 instead of the spinning-disk 4): with 4
            # the planner scans all 120k sentences and 54k documents for a word in 1.5k sentences
            # (EXPLAIN ANALYZE of the "politie" facets over the NU.nl headlines: 78.9 ms, with 1.1: 16.3 ms).
            # JIT compilation off: it pays off only for long analytic queries, and a page-sized query
            # whose estimate crosses jit_above_cost spent 40 ms compiling ("politie" newest first).
            options = "-c max_parallel_workers_per_gather=0 -c random_page_cost=1.1 -c jit=off"
            pool = ConnectionPool(url, min_size=1, max_size=8, open=False, name="kroniek",
                                  kwargs={"autocommit": True, "options": options})
            pool.open(wait=True, timeout=30)
            _POOLS[url] = pool
        return pool


def close_pools(url: str | None = None) -> None:
    """Close the connection pool of one URL (or all): its connections go back to the server."""
    with _GUARD:
        for u in [url] if url else list(_POOLS):
            pool = _POOLS.pop(u, None) if u else None
            _MIGRATED.discard(u or "")
            if pool is not None:
                pool.close(timeout=5)


def _safe(url: str) -> str:
    """The URL without a password, for messages."""
    import re

    return re.sub(r"(//[^:/@]+):[^@]*@", r"\1:***@", url)


class PostgresStore(SqlStore):
    """Store backed by a PostgreSQL database (``postgresql://user[:password]@host[:port]/dbname``)."""

    def __init__(self, url: str) -> None:
        import psycopg

        self.path = _safe(url)
        self.url = url
        self._pool = _pool(url)
        try:
            self.conn = self._pool.getconn(timeout=30)
        except Exception as e:
            raise StoreError(f"{self.path}: no PostgreSQL connection free ({e})") from e
        try:
            if url not in _MIGRATED:
                self._migrate()
                _MIGRATED.add(url)
        except psycopg.Error as e:
            self.close()
            raise StoreError(f"{self.path}: cannot open as a kroniek store ({e})") from e

    # --- connection ---

    def _x(self, sql: str, args: Sequence[Any] = ()) -> Any:
        return self.conn.execute(_pg(sql), list(args))

    def _many(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        rows = list(rows)
        if rows:
            with self.conn.cursor() as cur:
                cur.executemany(_pg(sql), rows)

    def _transaction(self) -> Any:
        return self.conn.transaction()

    def _lock_table(self, name: str) -> None:
        self._x("SELECT pg_advisory_xact_lock(hashtext(?))", (_key(name),))

    @contextmanager
    def lock(self, name: str) -> Iterator[None]:
        """A session advisory lock: one holder across every process using this database."""
        self._x("SELECT pg_advisory_lock(hashtext(?))", (_key(name),))
        try:
            yield
        finally:
            self._x("SELECT pg_advisory_unlock(hashtext(?))", (_key(name),))

    # --- schema ---

    def applied_migrations(self) -> list[str]:
        return [r[0] for r in self._x("SELECT name FROM migrations ORDER BY applied_at, name")]

    def _migrate(self) -> None:
        with self._transaction():
            self._x("SELECT pg_advisory_xact_lock(hashtext(?))", (_key("migrate"),))
            self._x("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, "
                    "applied_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp())")
            applied = {r[0] for r in self._x("SELECT name FROM migrations")}
            for m in pending(MIGRATIONS, applied, self.path):
                self.conn.execute(m.sql)
                if m.step is not None:
                    m.step(self.conn)
                self._x("INSERT INTO migrations (name) VALUES (?)", (m.name,))

    def optimize(self) -> None:
        self._x("ANALYZE")

    # --- search ---

    def searcher(self) -> PostgresSearch:
        return PostgresSearch(self)

    def close(self) -> None:
        conn, self.conn = getattr(self, "conn", None), None
        if conn is not None:
            self._pool.putconn(conn)

    def __enter__(self) -> PostgresStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def tsquery(terms: tuple[Term, ...]) -> tuple[str, list[str]]:
    """A tsquery expression (with ``?`` arguments): stems and phrases through ``dutch``, prefixes as they are."""
    parts: list[str] = []
    args: list[str] = []
    for t in terms:
        if t.kind == "prefix":
            parts.append("to_tsquery('simple', ?)")
            args.append(f"'{t.stems[0]}':*")
        elif t.kind == "any":
            parts.append("(" + " || ".join("phraseto_tsquery('dutch', ?)" for _ in t.stems) + ")")
            args += list(t.stems)
        elif t.kind == "phrase":
            parts.append("phraseto_tsquery('dutch', ?)")
            args.append(" ".join(t.stems))
        else:
            parts.append("plainto_tsquery('dutch', ?)")
            args.append(t.stems[0])
    return " && ".join(parts), args


def _hit_rows(rows: Iterable[Sequence[Any]]) -> list[HitRow]:
    """HitRows from rows of PostgresSearch._COLUMNS."""
    return [HitRow(doc, kind, st, e, round(float(score), 4), title, date, src, pub, genre, cat, text or "")
            for doc, kind, st, e, score, title, date, src, pub, genre, cat, text in rows]


class PostgresSearch:
    """tsvector + GIN search over a PostgresStore (tables from migration m003_search)."""

    def __init__(self, store: PostgresStore) -> None:
        self.store = store

    def replace_index(self, doc_id: str, entry: IndexEntry) -> None:
        s = self.store
        with s._transaction():
            s._x("DELETE FROM search_docs WHERE id = ?", (doc_id,))
            for table in ("search_sentences", "search_facets", "search_documents"):
                s._x(f"DELETE FROM {table} WHERE doc_id = ?", (doc_id,))
            s._many('INSERT INTO search_sentences (doc_id, kind, start, "end", tsv) '
                    "VALUES (?, ?, ?, ?, to_tsvector('dutch', ?))",
                    [(doc_id, r.kind, r.start, r.end, r.stems) for r in entry.rows])
            s._many("INSERT INTO search_facets (doc_id, kind, value) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                    [(doc_id, k, v) for k, v in sorted(entry.facets)])
            s._x("INSERT INTO search_documents (doc_id) VALUES (?) ON CONFLICT (doc_id) DO NOTHING", (doc_id,))
            s._x(DOC_ROW + "WHERE d.id = ?", (doc_id,))

    def unindexed(self) -> list[str]:
        return [r[0] for r in self.store._x(
            "SELECT d.id FROM documents d WHERE NOT EXISTS "
            "(SELECT 1 FROM search_documents s WHERE s.doc_id = d.id) ORDER BY d.seq")]

    def _base(self, terms: tuple[Term, ...], filters: SearchFilters, *, join: bool) -> tuple[str, list[Any]]:
        # The documents of the matching sentences are looked up by id, one by one (LATERAL with an
        # OFFSET 0 fence): a word matches a few hundred to a few thousand sentences, while a filter of
        # section + months keeps thousands of documents, which the planner otherwise reads by date to
        # hash-join (EXPLAIN ANALYZE of "politie" over 20k headlines: 8.7 ms against 1.7 ms).
        # Without a document filter the facets leave the join out (they need the document ids only).
        q, qargs = tsquery(terms)
        where, args = search_filters(filters)
        if not (where or join):
            return f"FROM search_sentences s WHERE s.tsv @@ ({q})", qargs
        base = ("FROM search_sentences s CROSS JOIN LATERAL (SELECT * FROM documents d WHERE d.id = s.doc_id"
                + "".join(f" AND {w}" for w in where) + f" OFFSET 0) d WHERE s.tsv @@ ({q})")
        return base, [*args, *qargs]

    _COLUMNS = ("{p}.doc_id, {p}.kind, {p}.start, {p}.\"end\", {score}, d.title, d.published_value, "
                "d.source, d.publisher, d.genre, d.category, CASE {p}.kind WHEN 'title' THEN d.title "
                "ELSE substr(d.text, {p}.start + 1, {p}.\"end\" - {p}.start) END")

    def aliases(self, word: str) -> list[list[str]]:
        x = self.store._x
        # xmin changes whenever a row is written again, so the signature sees rewritten aliases.
        return cached_aliases(
            self.store.url, lambda: tuple(x("SELECT count(*), max(xmin::text::bigint) FROM entities").fetchone()),
            tuple, lambda: x("SELECT name, aliases FROM entities").fetchall(), word)

    def search(
        self, terms: tuple[Term, ...], filters: SearchFilters, *, limit: int, offset: int, order: str = "relevance",
    ) -> tuple[int, list[HitRow]]:
        s = self.store
        if documents_first(terms, filters, order):
            return self._by_documents(terms, filters, limit=limit, offset=offset, order=order)
        if filters == SearchFilters() and order != "date":
            # No document filter: count and rank in the index alone; the rows that can make the page
            # (rank down to the page's last one, ties included) are ordered by rank and date and cut
            # to the page before any title or text is read. A one-word query gives most sentences
            # the same rank ("brand" over the 76k posts: all 2,559 tie), and ordering whole rows
            # detoasted the text of every tied document. The total comes with the page (one index
            # scan, one round trip); only a page past the end counts on its own.
            q, qargs = tsquery(terms)
            counted = s._x(
                "WITH f AS MATERIALIZED (SELECT s.id, s.doc_id, ts_rank_cd(s.tsv, query.q) AS r "
                f"FROM search_sentences s, (SELECT {q} AS q) query WHERE s.tsv @@ query.q), "
                "cut AS (SELECT min(r) AS r FROM (SELECT r FROM f ORDER BY r DESC LIMIT ?) top), "
                "p AS (SELECT f.id AS sid, f.r, d.published_value AS pv FROM f JOIN documents d ON d.id = f.doc_id "
                "WHERE f.r >= (SELECT r FROM cut) ORDER BY f.r DESC, d.published_value DESC NULLS LAST, f.id "
                "LIMIT ? OFFSET ?) "
                f"SELECT {self._COLUMNS.format(p='s', score='p.r')}, (SELECT count(*) FROM f) FROM p "
                "JOIN search_sentences s ON s.id = p.sid JOIN documents d ON d.id = s.doc_id "
                "ORDER BY p.r DESC, p.pv DESC NULLS LAST, p.sid",
                [*qargs, offset + limit, limit, offset],
            ).fetchall()
            rows = [r[:-1] for r in counted]
            total = int(counted[0][-1]) if counted else int(s._one(
                f"SELECT count(*) FROM search_sentences s WHERE s.tsv @@ ({q})", qargs))
        else:
            # Filtered or by date: the matching rows' rank and date (the document's filter columns and
            # date from the documents_facets index) are ordered and cut first; only the page's rows
            # read title and text. Ordering whole rows detoasted the text of every matching document
            # (8,590 sentences for "politie" over 76k posts).
            base, args = self._base(terms, filters, join=True)
            q, qargs = tsquery(terms)
            by = "p.pv DESC NULLS LAST, p.r DESC" if order == "date" else "p.r DESC, p.pv DESC NULLS LAST"
            counted = s._x(
                f"WITH f AS MATERIALIZED (SELECT s.id AS sid, ts_rank_cd(s.tsv, {q}) AS r, d.published_value AS pv "
                f"{base}), p AS (SELECT * FROM f p ORDER BY {by}, p.sid LIMIT ? OFFSET ?) "
                f"SELECT {self._COLUMNS.format(p='s', score='p.r')}, (SELECT count(*) FROM f) FROM p "
                f"JOIN search_sentences s ON s.id = p.sid JOIN documents d ON d.id = s.doc_id ORDER BY {by}, p.sid",
                [*qargs, *args, limit, offset],
            ).fetchall()
            rows = [r[:-1] for r in counted]
            total = int(counted[0][-1]) if counted else int(s._one(f"SELECT count(*) {base}", args))
        return total, _hit_rows(rows)

    def _by_documents(
        self, terms: tuple[Term, ...], filters: SearchFilters, *, limit: int, offset: int, order: str,
    ) -> tuple[int, list[HitRow]]:
        # A one-word query (documents_answer): the documents come first, from the document index with
        # the filters on its own columns (search_docs, kept equal to the documents'), then their
        # matching sentences, each with its document's date. Newest first, every document holds at
        # least one matching sentence, so the page's sentences all lie in the documents up to the
        # (offset + limit)-th one (its date and ties included), whose sentences are looked up per
        # document (LATERAL with an OFFSET 0 fence, else the planner hashes every matching sentence).
        # By relevance with filters, the matching sentences are joined to the documents kept, by
        # hash, instead of each looking up its document. ts_rank_cd depends on the sentence alone,
        # so the page is the one ranking every match gives. Over the 76k posts "politie" newest first
        # ranked 8,590 sentences and looked up their documents before, about 40 now.
        q, qargs = tsquery(terms)
        where, wargs = search_filters(filters)
        newest = order == "date"
        if newest:
            sentences = ("c CROSS JOIN LATERAL (SELECT * FROM search_sentences s WHERE s.doc_id = c.id "
                         f"AND s.tsv @@ ({q}) OFFSET 0) s WHERE (SELECT pv FROM k) IS NULL OR c.pv >= (SELECT pv FROM k)")
        else:
            sentences = f"search_sentences s JOIN c ON c.id = s.doc_id WHERE s.tsv @@ ({q})"
        by = "p.pv DESC NULLS LAST, p.r DESC" if newest else "p.r DESC, p.pv DESC NULLS LAST"
        rows = self.store._x(
            f"WITH c AS MATERIALIZED (SELECT d.id, d.published_value AS pv FROM search_docs d WHERE d.tsv @@ ({q})"
            + "".join(f" AND {w}" for w in where) + "), "
            "k AS (SELECT pv FROM c ORDER BY pv DESC NULLS LAST LIMIT 1 OFFSET ?), "
            f"f AS MATERIALIZED (SELECT s.id AS sid, ts_rank_cd(s.tsv, {q}) AS r, c.pv FROM {sentences}), "
            f"p AS (SELECT * FROM f p ORDER BY {by}, p.sid LIMIT ? OFFSET ?) "
            f"SELECT {self._COLUMNS.format(p='s', score='p.r')}, (SELECT count(*) FROM f) FROM p "
            f"JOIN search_sentences s ON s.id = p.sid JOIN documents d ON d.id = s.doc_id ORDER BY {by}, p.sid",
            [*qargs, *wargs, offset + limit - 1, *qargs, *qargs, limit, offset],
        ).fetchall()
        if newest:  # the cut left sentences out of f: count them all (no filter here, see search)
            total = int(self.store._one(f"SELECT count(*) FROM search_sentences s WHERE s.tsv @@ ({q})", qargs))
        elif rows:
            total = int(rows[0][-1])
        else:
            total = int(self.store._one(
                f"SELECT count(*) FROM search_sentences s WHERE s.tsv @@ ({q}) AND s.doc_id IN "
                f"(SELECT d.id FROM search_docs d WHERE d.tsv @@ ({q})" + "".join(f" AND {w}" for w in where) + ")",
                [*qargs, *qargs, *wargs]))
        return total, _hit_rows([r[:-1] for r in rows])

    def facets(self, terms: tuple[Term, ...], filters: SearchFilters) -> dict[str, list[tuple[str, int]]]:
        # One round trip: the matching documents once, their columns counted per combination, and
        # their event types (rows tagged by the first column). A one-word query finds its documents
        # in the document index (search_docs: the same documents as its sentences give); other
        # queries need a sentence holding every term, so their sentences give them.
        if documents_answer(terms, filters):
            q, qargs = tsquery(terms)
            where, wargs = search_filters(filters)
            m = ("SELECT d.id, d.genre, d.publisher, d.category, d.published_value FROM search_docs d "
                 f"WHERE d.tsv @@ ({q})" + "".join(f" AND {w}" for w in where))
            args = [*qargs, *wargs]
        else:
            base, args = self._base(terms, filters, join=False)
            m = ("SELECT d.id, d.genre, d.publisher, d.category, d.published_value FROM "
                 f"(SELECT DISTINCT s.doc_id {base}) i JOIN documents d ON d.id = i.doc_id")
        rows = self.store._x(
            f"WITH m AS MATERIALIZED ({m}) "
            "SELECT 'd', genre, publisher, category, substr(published_value, 1, 4), count(*) FROM m GROUP BY 2, 3, 4, 5 "
            "UNION ALL SELECT 'e', f.value, NULL, NULL, NULL, count(*) FROM m JOIN search_facets f "
            "ON f.doc_id = m.id AND f.kind = 'event_type' GROUP BY 2", args).fetchall()
        return facet_counts([r[1:] for r in rows if r[0] == "d"], [(r[1], r[5]) for r in rows if r[0] == "e"])
