"""Full-text search over stored documents, one row per sentence, with Dutch stemming.

Words are stemmed in Python with the classic Dutch Snowball algorithm (PyStemmer's
``dutch_porter``, plus two plural fixes) on the way in and on the way out, and every backend
indexes stems only (SQLite: FTS5; PostgreSQL: a tsvector; memory: sets), so all find the same. The newer Snowball ``dutch`` algorithm is not used: it strips so much that
"minister" and "ministers" both become "mini" and would match every "mini". Each sentence row keeps
its character offsets into ``Document.text``, so a hit can show and link its sentence. The
backend is the store's (``store.searcher()``): this module never sees a database.

    index = SearchIndex(store)
    index.index_document(doc)                # idempotent: re-indexing replaces the rows
    page = index.search("ministers", date_from="2020-01-01", genre="news")
"""

from __future__ import annotations

import bisect
import html
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import Stemmer

from .compounds import compound_parts, possible_parts
from .errors import InputError
from .model import Document
from .sentences import document_sentences
from .sentences import split_sentences as split_sentences  # the old import path
from .store.base import IndexEntry, IndexRow, SearchFilters, Store, Term

STEMMER_ALGORITHM = "dutch_porter"
_WORD = re.compile(r"\w+", re.UNICODE)
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


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The Dutch Snowball stem of one word, lowercased (cached: highlighting stems every word of every hit)."""
    return _finish(_stemmer().stemWord(word.lower()))


def stems(text: str) -> list[str]:
    """The stems of every word in a text, in order."""
    words = [m.group().lower() for m in _WORD.finditer(text)]
    return [_finish(s) for s in _stemmer().stemWords(words)]


def sentence_spans(doc: Document) -> list[tuple[int, int]]:
    """The document's sentences as (start, end) (``kroniek.sentences``: Frog's, else the plain split)."""
    return document_sentences(doc)


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

    @property
    def snippet(self) -> str:
        """The sentence as HTML with the matched words in ``<mark>`` (see ``snippet``)."""
        return snippet(self.sentence, self.highlights, self.start or 0)

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc": self.doc, "title": self.title, "date": self.date, "source": self.source,
            "publisher": self.publisher, "genre": self.genre, "category": self.category,
            "kind": self.kind, "sentence": self.sentence, "start": self.start, "end": self.end,
            "highlights": [list(h) for h in self.highlights], "snippet": self.snippet, "score": self.score,
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
    """A parsed query: its terms (stems, phrases of stems, prefixes) and the stems to highlight."""

    terms: tuple[Term, ...]
    stems: frozenset[str]
    prefixes: tuple[str, ...]

    @property
    def fts(self) -> str:
        """The query as an FTS5 expression (SQLite's backend)."""
        from .store.sqlite import fts_expression

        return fts_expression(self.terms)


def parse_query(q: str, aliases: Callable[[str], list[list[str]]] | None = None) -> Query:
    """Turn user words into terms of stems: words AND-ed, "quoted phrases", word* prefixes.

    Only stems (``\\w+``) reach a backend, so user text can never be query syntax. With
    ``aliases`` (``SearchBackend.aliases``), a word or phrase that names an entity also finds the
    entity's other spellings: "Soleimani" finds "Suleimani" when one entity lists both.
    """
    terms: list[Term] = []
    all_stems: set[str] = set()
    prefixes: list[str] = []
    for m in _QUERY_PART.finditer(q):
        phrase, word = m.group(1), m.group(2)
        if phrase is not None:
            st = stems(phrase)
            if st:
                terms.append(_expanded(Term("phrase", tuple(st)), phrase, aliases, all_stems))
                all_stems.update(st)
            continue
        if word.endswith("*") and _WORD.fullmatch(word.rstrip("*")):
            # A prefix is matched unstemmed: stemming a truncated word gives nonsense.
            p = word.rstrip("*").lower()
            terms.append(Term("prefix", (p,)))
            prefixes.append(p)
            continue
        words = _WORD.findall(word)
        for w, s in zip(words, stems(word), strict=True):
            terms.append(_expanded(Term("word", (s,)), w, aliases, all_stems))
            all_stems.add(s)
    return Query(tuple(terms), frozenset(all_stems), tuple(prefixes))


MAX_ALTERNATIVES = 12


def _expanded(term: Term, text: str, aliases: Callable[[str], list[list[str]]] | None, seen: set[str]) -> Term:
    """The term, or the alternatives of the entity spellings ``text`` names (``seen`` gets their stems)."""
    if aliases is None or len(text) < 3:
        return term
    alternatives = [" ".join(term.stems)]
    for group in aliases(" ".join(text.split())):
        for name in group:
            st = stems(name)
            alt = " ".join(st)
            if st and alt not in alternatives and len(alternatives) < MAX_ALTERNATIVES:
                alternatives.append(alt)
                seen.update(st)
    return term if len(alternatives) == 1 else Term("any", tuple(alternatives))


def highlight(text: str, query: Query, base: int = 0) -> list[tuple[int, int]]:
    """Offsets (plus ``base``) of the words in text whose stem, or a compound part's, the query asked for."""
    out = []
    for m in _WORD.finditer(text):
        w = m.group().lower()
        if (stem(w) in query.stems or any(w.startswith(p) for p in query.prefixes)
                or any(stem(p) in query.stems for p in possible_parts(w))):
            out.append((base + m.start(), base + m.end()))
    return out


SNIPPET_CHARS = 240


def snippet(text: str, spans: Iterable[tuple[int, int]], base: int = 0) -> str:
    """The text as HTML (escaped) with the highlighted spans in ``<mark>``, cut to about
    ``SNIPPET_CHARS`` around the first one (an ellipsis where cut)."""
    marks = sorted((s - base, e - base) for s, e in spans)
    lo, hi = 0, len(text)
    if hi > SNIPPET_CHARS:
        first = marks[0][0] if marks else 0
        lo = max(0, min(first - SNIPPET_CHARS // 3, hi - SNIPPET_CHARS))
        hi = lo + SNIPPET_CHARS
    out, pos = [], lo
    for s, e in marks:
        if s < pos or e > hi:
            continue
        out += [html.escape(text[pos:s]), "<mark>", html.escape(text[s:e]), "</mark>"]
        pos = e
    out.append(html.escape(text[pos:hi]))
    return ("…" if lo > 0 else "") + "".join(out) + ("…" if hi < len(text) else "")


def _check_date(name: str, value: str | None) -> str | None:
    if value is None or value == "":
        return None
    if not _DATE.match(value):
        raise InputError(name, f"{value!r} is not a date", "use YYYY, YYYY-MM or YYYY-MM-DD")
    return value


class SearchIndex:
    """Sentence-level Dutch full-text search over any Store, through the backend it provides."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.backend = store.searcher()
        self._version_checked = False

    # --- indexing ---

    def index_document(self, doc: Document) -> int:
        """Index (or re-index) one stored document's sentences, title and facets; return the row count."""
        entry = index_entry(doc)
        self.backend.replace_index(doc.id, entry)
        if not self._version_checked:
            self._version_checked = True
            if self.store.get_meta(INDEX_VERSION_KEY) is None and self.store.counts().get("documents", 0) <= 1:
                self.store.set_meta(INDEX_VERSION_KEY, str(INDEX_VERSION))  # a new store: indexed by this kroniek
        return len(entry.rows)

    def unindexed(self) -> list[str]:
        """Ids of stored documents that are not in the index yet (e.g. stored before it existed)."""
        return self.backend.unindexed()

    def reindex(self, progress: Callable[[int], None] | None = None) -> int:
        """Index every stored document again (after the index learnt something new, e.g. compound
        parts or per-sentence event facets); return how many. ``kroniek reindex`` runs this."""
        n = 0
        for doc in self.store.iter_documents():
            self.index_document(doc)
            n += 1
            if progress is not None:
                progress(n)
        self.store.set_meta(INDEX_VERSION_KEY, str(INDEX_VERSION))
        return n

    def outdated(self) -> bool:
        """True when documents were indexed but never by ``reindex`` at this ``INDEX_VERSION``."""
        version = self.store.get_meta(INDEX_VERSION_KEY)
        if version is not None:
            return int(version) < INDEX_VERSION
        return int(self.store.counts().get("documents", 0)) > 0

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

    def _filters(
        self, *, entity: str | None, date_from: str | None, date_to: str | None,
        source: str | None, genre: str | None, event_type: str | None, category: str | None,
    ) -> SearchFilters:
        ids = tuple(e.id for e in self.store.entities_named(entity)) if entity else ()
        return SearchFilters(
            entity=entity or None, entity_ids=ids, date_from=_check_date("date_from", date_from),
            date_to=_check_date("date_to", date_to), source=source or None, genre=genre or None,
            event_type=event_type or None, category=category or None,
        )

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
        order: str = "relevance",
    ) -> SearchPage:
        """Matching sentences, best first (``order="date"``: newest first), with the total; bad
        dates raise InputError. A word naming an entity also finds its other spellings."""
        if limit < 1 or offset < 0:
            raise InputError("limit/offset", f"limit {limit}, offset {offset}", "limit >= 1, offset >= 0")
        if order not in ORDERS:
            raise InputError("sort", f"{order!r} is not a search order", f"use one of {', '.join(ORDERS)}")
        query = parse_query(q, self.backend.aliases)
        filters = self._filters(entity=entity, date_from=date_from, date_to=date_to, source=source,
                                genre=genre, event_type=event_type, category=category)
        if not query.terms:
            return SearchPage(0, limit, offset, [], ())
        total, rows = self.backend.search(query.terms, filters, limit=limit, offset=offset, order=order)
        hits = []
        for r in rows:
            is_title = r.kind == "title"
            hl = highlight(r.text, query, 0 if is_title else r.start)
            hits.append(SearchHit(
                doc=r.doc, title=r.title, date=r.date, source=r.source, publisher=r.publisher, genre=r.genre,
                category=r.category, kind=r.kind, sentence=r.text,
                start=None if is_title else r.start, end=None if is_title else r.end,
                highlights=tuple(hl), score=r.score,
            ))
        return SearchPage(total, limit, offset, hits, tuple(sorted(query.stems)) + query.prefixes)

    def facets(
        self, q: str, *, entity: str | None = None, date_from: str | None = None, date_to: str | None = None,
        source: str | None = None, genre: str | None = None, event_type: str | None = None,
        category: str | None = None,
    ) -> dict[str, list[tuple[str, int]]]:
        """Counts of matching documents per genre, publisher, category, year and event type."""
        query = parse_query(q, self.backend.aliases)
        filters = self._filters(entity=entity, date_from=date_from, date_to=date_to, source=source,
                                genre=genre, event_type=event_type, category=category)
        if not query.terms:
            return {}
        return self.backend.facets(query.terms, filters)


ORDERS = ("relevance", "date")
# Raised when what index_entry writes changes; `kroniek reindex` brings an older index up to it.
INDEX_VERSION = 2
INDEX_VERSION_KEY = "search_index_version"


def compound_stems(text: str, base: int = 0, morphs: dict[int, str] | None = None) -> list[str]:
    """Stems of the compound parts of the words in text (``kroniek.compounds``): with Frog's
    analysis (``morphs``: noun token start -> morph) only its nouns, else the word-list fallback."""
    out = []
    for m in _WORD.finditer(text):
        if morphs is None:
            parts = compound_parts(m.group())
        elif (morph := morphs.get(base + m.start())) is not None:
            parts = compound_parts(m.group(), morph)
        else:
            continue
        out += [stem(p) for p in parts]
    return out


def index_entry(doc: Document) -> IndexEntry:
    """What the index holds for a document: title and sentence stems (compound parts appended,
    after the words, so phrases stay intact), and its facets (per document, and the event types
    of each sentence for the per-sentence filter)."""
    entry = IndexEntry()
    morphs = {t.start: t.morph for t in doc.tokens if t.pos.startswith("N(") and t.morph} if doc.tokens else None
    if doc.title:
        words = stems(doc.title) + compound_stems(doc.title)
        entry.rows.append(IndexRow("title", 0, len(doc.title), " ".join(words)))
    spans = sentence_spans(doc)
    for s, e in spans:
        words = stems(doc.text[s:e])
        if words:
            words += compound_stems(doc.text[s:e], s, morphs)
            entry.rows.append(IndexRow("sentence", s, e, " ".join(words)))
    entry.facets = {("event_type", ev.type) for ev in doc.events if ev.type}
    starts = [s for s, _ in spans]
    for ev in doc.events:
        i = bisect.bisect_right(starts, ev.start) - 1
        if ev.type and i >= 0:
            entry.facets.add(("event_sentence", f"{ev.type} {starts[i]}"))
    entry.facets |= {("mention", " ".join(doc.text[m.start : m.end].lower().split())) for m in doc.mentions}
    # No "entity" facet: entity ids are assigned by linking after indexing and change on every
    # relink, so the entity filter reads the store's live entity assignments instead.
    return entry
