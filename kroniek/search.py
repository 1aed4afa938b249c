"""Full-text search over stored documents, one row per sentence, with Dutch stemming.

SQLite's FTS5 has no Dutch stemmer, so words are stemmed in Python with the classic Dutch
Snowball algorithm (PyStemmer's ``dutch_porter``) on the way in and on the way out, and the FTS
table holds stems only. The newer Snowball ``dutch`` algorithm is not used: it strips so much that
"minister" and "ministers" both become "mini" and would match every "mini". Each sentence row keeps
its character offsets into ``Document.text``, so a hit can show and link its sentence.

    index = SearchIndex(store)
    index.index_document(doc)                # idempotent: re-indexing replaces the rows
    page = index.search("ministers", date_from="2020-01-01", genre="news")
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import Stemmer

from .errors import InputError
from .model import Document
from .store.sqlite import SQLiteStore

STEMMER_ALGORITHM = "dutch_porter"
_WORD = re.compile(r"\w+", re.UNICODE)
# A sentence ends after . ! ? … (optionally closing quotes/brackets) followed by space, or at a blank line.
_SENT_END = re.compile(r"(?<=[.!?…])[\"'”’»)]*\s+|\n\s*\n|\n(?=\s*[-•*]\s)")
_QUERY_PART = re.compile(r'"([^"]*)"|(\S+)')
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    return Stemmer.Stemmer(STEMMER_ALGORITHM)


_DOUBLE_END = re.compile(r"([bcdfgklmnprstvz])\1$")


def _finish(s: str) -> str:
    """Two Dutch plural patterns the classic stemmer leaves apart, joined to their singular.

    "aanvallen" stems to "aanvall" but "aanval" to "aanval": Dutch doubles a consonant to keep a
    syllable closed, so a stem ending in a double consonant is undoubled. "missies" keeps its "s"
    after a vowel, so a stem ending in "-ies" loses it ("missies" -> "missie").
    """
    if s.endswith("ies") and len(s) > 4:
        s = s[:-1]
    return _DOUBLE_END.sub(r"\1", s) if len(s) > 3 else s


def stem(word: str) -> str:
    """The Dutch Snowball stem of one word, lowercased."""
    return _finish(_stemmer().stemWord(word.lower()))


def stems(text: str) -> list[str]:
    """The stems of every word in a text, in order."""
    words = [m.group().lower() for m in _WORD.finditer(text)]
    return [_finish(s) for s in _stemmer().stemWords(words)]


def sentence_spans(doc: Document) -> list[tuple[int, int]]:
    """The document's sentences as (start, end): Frog's when it ran, else a punctuation split."""
    if doc.sentences:
        return [(s.start, s.end) for s in doc.sentences]
    return split_sentences(doc.text)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Split plain text into sentence spans at end punctuation and blank lines, trimming whitespace."""
    out: list[tuple[int, int]] = []
    start = 0
    for m in _SENT_END.finditer(text):
        g = m.group()
        closing = len(g) - len(g.lstrip("\"'”’»)"))  # closing quotes belong to the sentence
        out.append((start, m.start() + closing))
        start = m.end()
    out.append((start, len(text)))
    spans = []
    for s, e in out:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))
    return spans


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One matching sentence (or title) and the document it is in."""

    doc: str
    title: str | None
    date: str | None
    source: str
    publisher: str | None
    genre: str
    category: str | None
    kind: str  # "sentence" or "title"
    sentence: str
    start: int | None  # offsets of the sentence in Document.text; None for a title hit
    end: int | None
    highlights: tuple[tuple[int, int], ...]  # matched words: Document.text offsets (title hits: title offsets)
    score: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc": self.doc, "title": self.title, "date": self.date, "source": self.source,
            "publisher": self.publisher, "genre": self.genre, "category": self.category,
            "kind": self.kind, "sentence": self.sentence, "start": self.start, "end": self.end,
            "highlights": [list(h) for h in self.highlights], "score": self.score,
        }


@dataclass(frozen=True, slots=True)
class SearchPage:
    """A page of hits, the total number of hits and the query as understood."""

    total: int
    limit: int
    offset: int
    hits: list[SearchHit] = field(default_factory=list)
    terms: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "total": self.total, "limit": self.limit, "offset": self.offset,
            "terms": list(self.terms), "results": [h.to_dict() for h in self.hits],
        }


@dataclass(frozen=True, slots=True)
class Query:
    """A parsed query: the FTS5 expression and the stems to highlight."""

    fts: str
    stems: frozenset[str]
    prefixes: tuple[str, ...]


def parse_query(q: str) -> Query:
    """Turn user words into an FTS5 expression of stems: words AND-ed, "quoted phrases", word* prefixes.

    Only stems (``\\w+``) reach FTS5, each quoted, so user text can never be FTS5 syntax.
    """
    parts: list[str] = []
    all_stems: set[str] = set()
    prefixes: list[str] = []
    for m in _QUERY_PART.finditer(q):
        phrase, word = m.group(1), m.group(2)
        if phrase is not None:
            st = stems(phrase)
            if st:
                parts.append('"' + " ".join(st) + '"')
                all_stems.update(st)
            continue
        if word.endswith("*") and _WORD.fullmatch(word.rstrip("*")):
            # A prefix is matched unstemmed: stemming a truncated word gives nonsense.
            p = word.rstrip("*").lower()
            parts.append(f'"{p}" *')
            prefixes.append(p)
            continue
        st = stems(word)
        for s in st:
            parts.append(f'"{s}"')
            all_stems.add(s)
    return Query(" ".join(parts), frozenset(all_stems), tuple(prefixes))


def highlight(text: str, query: Query, base: int = 0) -> list[tuple[int, int]]:
    """Offsets (plus ``base``) of the words in text whose stem the query asked for."""
    out = []
    for m in _WORD.finditer(text):
        w = m.group().lower()
        if stem(w) in query.stems or any(w.startswith(p) for p in query.prefixes):
            out.append((base + m.start(), base + m.end()))
    return out


def _check_date(name: str, value: str | None) -> str | None:
    if value is None or value == "":
        return None
    if not _DATE.match(value):
        raise InputError(name, f"{value!r} is not a date", "use YYYY, YYYY-MM or YYYY-MM-DD")
    return value


class SearchIndex:
    """Sentence-level Dutch full-text search over a SQLiteStore (tables from migration m003)."""

    def __init__(self, store: SQLiteStore) -> None:
        self.store = store
        self.conn = store.conn

    # --- indexing ---

    def index_document(self, doc: Document) -> int:
        """Index (or re-index) one stored document's sentences, title and facets; return the row count."""
        rows: list[tuple[str, int, int, str]] = []
        if doc.title:
            rows.append(("title", 0, len(doc.title), " ".join(stems(doc.title))))
        for s, e in sentence_spans(doc):
            words = stems(doc.text[s:e])
            if words:
                rows.append(("sentence", s, e, " ".join(words)))
        facets = {("event_type", ev.type) for ev in doc.events if ev.type}
        facets |= {("mention", " ".join(doc.text[m.start : m.end].lower().split())) for m in doc.mentions}
        facets |= {("entity", m.entity) for m in doc.mentions if m.entity}
        with self.store._transaction():
            self._delete(doc.id)
            for kind, s, e, st in rows:
                cur = self.conn.execute(
                    'INSERT INTO search_sentences (doc_id, kind, start, "end") VALUES (?, ?, ?, ?)',
                    (doc.id, kind, s, e),
                )
                self.conn.execute("INSERT INTO search_fts (rowid, stems) VALUES (?, ?)", (cur.lastrowid, st))
            self.conn.executemany(
                "INSERT OR IGNORE INTO search_facets (doc_id, kind, value) VALUES (?, ?, ?)",
                [(doc.id, k, v) for k, v in facets],
            )
            self.conn.execute("INSERT OR REPLACE INTO search_documents (doc_id) VALUES (?)", (doc.id,))
        return len(rows)

    def _delete(self, doc_id: str) -> None:
        self.conn.execute(
            "DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_sentences WHERE doc_id = ?)", (doc_id,)
        )
        self.conn.execute("DELETE FROM search_sentences WHERE doc_id = ?", (doc_id,))
        self.conn.execute("DELETE FROM search_facets WHERE doc_id = ?", (doc_id,))
        self.conn.execute("DELETE FROM search_documents WHERE doc_id = ?", (doc_id,))

    def index_documents(self, docs: Iterable[Document]) -> int:
        """Index many documents; return how many."""
        n = 0
        for d in docs:
            self.index_document(d)
            n += 1
        return n

    def unindexed(self) -> list[str]:
        """Ids of stored documents that are not in the index yet (e.g. stored before it existed)."""
        return [r[0] for r in self.conn.execute(
            "SELECT id FROM documents WHERE id NOT IN (SELECT doc_id FROM search_documents) ORDER BY seq"
        )]

    def index_missing(self) -> int:
        """Index every stored document the index lacks; return how many."""
        n = 0
        for doc_id in self.unindexed():
            doc = self.store.get_document(doc_id)
            if doc is not None:
                self.index_document(doc)
                n += 1
        return n

    # --- querying ---

    def _where(
        self, *, entity: str | None, date_from: str | None, date_to: str | None,
        source: str | None, genre: str | None, event_type: str | None, category: str | None,
    ) -> tuple[list[str], list[Any]]:
        where: list[str] = []
        args: list[Any] = []
        date_from = _check_date("date_from", date_from)
        date_to = _check_date("date_to", date_to)
        if date_from:
            where.append("d.published_value >= ?")
            args.append(date_from)
        if date_to:
            # "2020-01" as an upper bound means the whole of January: compare on the shared prefix.
            where.append("d.published_value < ?")
            args.append(date_to + "\x7f")
        if genre:
            where.append("d.genre = ?")
            args.append(genre)
        if category:
            where.append("d.category = ?")
            args.append(category)
        if source:
            where.append("(d.publisher = ? OR d.source = ? OR d.source LIKE ? ESCAPE '\\')")
            like = source.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            args += [source, source, like]
        if event_type:
            where.append(
                "(d.id IN (SELECT doc_id FROM search_facets WHERE kind = 'event_type' AND value = ?) "
                "OR d.id IN (SELECT em.doc_id FROM event_mentions em JOIN events e ON e.id = em.event_id "
                "WHERE e.type = ?))"
            )
            args += [event_type, event_type]
        if entity:
            # An entity id, a canonical name or alias of a linked entity, or a mention's words.
            name = " ".join(entity.lower().split())
            where.append(
                "(d.id IN (SELECT doc_id FROM entity_mentions WHERE entity_id = ?) "
                "OR d.id IN (SELECT em.doc_id FROM entity_mentions em JOIN entities e ON e.id = em.entity_id "
                "WHERE lower(e.name) = ? OR EXISTS (SELECT 1 FROM json_each(e.aliases) WHERE lower(value) = ?)) "
                "OR d.id IN (SELECT doc_id FROM search_facets WHERE (kind = 'entity' AND value = ?) "
                "OR (kind = 'mention' AND value = ?)))"
            )
            args += [entity, name, name, entity, name]
        return where, args

    def search(
        self,
        q: str,
        *,
        entity: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        source: str | None = None,
        genre: str | None = None,
        event_type: str | None = None,
        category: str | None = None,
        limit: int = 20,
        offset: int = 0,
    ) -> SearchPage:
        """Matching sentences, best first (BM25), with the total; bad dates raise InputError."""
        if limit < 1 or offset < 0:
            raise InputError("limit/offset", f"limit {limit}, offset {offset}", "limit >= 1, offset >= 0")
        query = parse_query(q)
        where, args = self._where(
            entity=entity, date_from=date_from, date_to=date_to, source=source, genre=genre,
            event_type=event_type, category=category,
        )
        if not query.fts:
            return SearchPage(0, limit, offset, [], ())
        base = (
            "FROM search_fts JOIN search_sentences s ON s.id = search_fts.rowid "
            "JOIN documents d ON d.id = s.doc_id WHERE search_fts MATCH ?"
            + "".join(f" AND {w}" for w in where)
        )
        all_args = [query.fts, *args]
        total = self.conn.execute(f"SELECT count(*) {base}", all_args).fetchone()[0]
        rows = self.conn.execute(
            "SELECT s.doc_id, s.kind, s.start, s.\"end\", bm25(search_fts), d.title, d.published_value, "
            "d.source, d.publisher, d.genre, d.category, "
            "CASE s.kind WHEN 'title' THEN d.title ELSE substr(d.text, s.start + 1, s.\"end\" - s.start) END "
            f"{base} ORDER BY bm25(search_fts), d.published_value DESC, s.id LIMIT ? OFFSET ?",
            [*all_args, limit, offset],
        ).fetchall()
        hits = []
        for doc_id, kind, s, e, score, title, date, source_, publisher, genre_, category_, text in rows:
            is_title = kind == "title"
            hl = highlight(text or "", query, 0 if is_title else s)
            hits.append(SearchHit(
                doc=doc_id, title=title, date=date, source=source_, publisher=publisher, genre=genre_,
                category=category_, kind=kind, sentence=text or "",
                start=None if is_title else s, end=None if is_title else e,
                highlights=tuple(hl), score=round(-float(score), 4),
            ))
        return SearchPage(total, limit, offset, hits, tuple(sorted(query.stems)) + query.prefixes)

    def facets(
        self, q: str, *, entity: str | None = None, date_from: str | None = None, date_to: str | None = None,
        source: str | None = None, genre: str | None = None, event_type: str | None = None,
        category: str | None = None,
    ) -> dict[str, list[tuple[str, int]]]:
        """Counts of matching documents per genre, publisher, category, year and event type."""
        query = parse_query(q)
        if not query.fts:
            return {}
        where, args = self._where(
            entity=entity, date_from=date_from, date_to=date_to, source=source, genre=genre,
            event_type=event_type, category=category,
        )
        docs = (
            "SELECT DISTINCT s.doc_id FROM search_fts JOIN search_sentences s ON s.id = search_fts.rowid "
            "JOIN documents d ON d.id = s.doc_id WHERE search_fts MATCH ?" + "".join(f" AND {w}" for w in where)
        )
        all_args = [query.fts, *args]
        out: dict[str, list[tuple[str, int]]] = {}
        for name, expr in (
            ("genre", "d.genre"), ("publisher", "d.publisher"), ("category", "d.category"),
            ("year", "substr(d.published_value, 1, 4)"),
        ):
            out[name] = [
                (v, n) for v, n in self.conn.execute(
                    f"SELECT {expr} AS v, count(*) AS n FROM documents d WHERE d.id IN ({docs}) AND v IS NOT NULL "
                    "GROUP BY v ORDER BY n DESC, v LIMIT 20",
                    all_args,
                )
            ]
        out["event_type"] = [
            (v, n) for v, n in self.conn.execute(
                f"SELECT value, count(DISTINCT doc_id) AS n FROM search_facets WHERE kind = 'event_type' "
                f"AND doc_id IN ({docs}) GROUP BY value ORDER BY n DESC, value LIMIT 20",
                all_args,
            )
        ]
        return out
