"""The Store protocol: everything kroniek keeps, behind one interface (SQLite, PostgreSQL, memory).

Nothing outside ``kroniek/store/`` talks to a database: the pipeline writes through the
document and layer methods, the API and pages read through the read-model methods, and search
goes through the ``SearchBackend`` each store provides (``store.searcher()``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any, Protocol

from ..model import Document, Entity, Event, Story
from .watching import WatchStore


@dataclass(frozen=True, slots=True)
class DedupRow:
    """What duplicate detection needs of a stored document."""

    id: str
    text_hash: str
    signature: bytes | None


@dataclass(frozen=True, slots=True)
class DocumentLinks:
    """What the cross-document layers say about one document."""

    entity_mentions: list[tuple[str, int, int]]  # (entity id, start, end)
    entity_names: dict[str, tuple[str, str]]  # entity id -> (name, type)
    event_mentions: list[tuple[str, int, int]]  # (event id, start, end)
    stories: list[tuple[str, str]]  # (story id, label)


@dataclass(frozen=True, slots=True)
class Term:
    """One part of a search query: a stem, a phrase of stems, an unstemmed prefix, or alternatives.

    For ``any`` each of ``stems`` is one alternative, a stem or a phrase of stems joined by spaces
    (the spellings of one entity: "soleimani", "suleimani", "qassem soleimani").
    """

    kind: str  # "word" | "phrase" | "prefix" | "any"
    stems: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SearchFilters:
    """Filters of a search; ``entity_ids`` are the linked entities the entity key names.

    ``event_type`` applies per sentence: a sentence matches when an event of that type is
    mentioned in it (the document layer's events, or a linked event's mentions). The others
    apply to the sentence's document.
    """

    entity: str | None = None
    entity_ids: tuple[str, ...] = ()
    date_from: str | None = None
    date_to: str | None = None
    source: str | None = None
    genre: str | None = None
    event_type: str | None = None
    category: str | None = None


@dataclass(frozen=True, slots=True)
class HitRow:
    """One matching sentence (or title) as a backend returns it."""

    doc: str
    kind: str
    start: int
    end: int
    score: float  # higher is better
    title: str | None
    date: str | None
    source: str
    publisher: str | None
    genre: str
    category: str | None
    text: str


@dataclass(frozen=True, slots=True)
class IndexRow:
    """One row of the search index: a title or sentence span and its stems."""

    kind: str
    start: int
    end: int
    stems: str


@dataclass(slots=True)
class IndexEntry:
    """Everything the index holds for one document."""

    rows: list[IndexRow] = field(default_factory=list)
    facets: set[tuple[str, str]] = field(default_factory=set)


class SearchBackend(Protocol):
    """Sentence-level full-text search over one store."""

    def replace_index(self, doc_id: str, entry: IndexEntry) -> None:
        """Index (or re-index) one stored document, in one transaction."""
        ...

    def unindexed(self) -> list[str]:
        """Ids of stored documents not in the index yet, in ingest order."""
        ...

    def search(
        self, terms: tuple[Term, ...], filters: SearchFilters, *, limit: int, offset: int, order: str = "relevance",
    ) -> tuple[int, list[HitRow]]:
        """The total number of matching rows and one page of them, best first (``order="date"``:
        newest first, undated last, then best first)."""
        ...

    def aliases(self, word: str) -> list[list[str]]:
        """The name and aliases of each entity that has ``word`` (case-insensitively) as its name,
        an alias, or the last word of either: the spellings a search for ``word`` also finds."""
        ...

    def facets(self, terms: tuple[Term, ...], filters: SearchFilters) -> dict[str, list[tuple[str, int]]]:
        """Counts of matching documents per genre, publisher, category, year and event type."""
        ...


class Store(WatchStore, Protocol):
    """Persistent documents with their layers, and the cross-document layers built over them."""

    # --- writing and reading documents ---

    def has_document(self, doc_id: str) -> bool:
        """True when a document with this id is stored."""
        ...

    def add_document(self, doc: Document, *, text_hash: str, signature: bytes | None = None) -> bool:
        """Store a document and its layers in one transaction; False when its id is already there."""
        ...

    def update_layers(self, doc: Document) -> None:
        """Rewrite a stored document's layers and metadata (after re-analysis), in one transaction."""
        ...

    def get_document(self, doc_id: str, *, layers: Iterable[str] | None = None) -> Document | None:
        """A stored document with all its layers (or only the named ones, the rest empty), or None."""
        ...

    def iter_documents(self, *, layers: bool = True) -> Iterator[Document]:
        """Every stored document in ingest order."""
        ...

    def find_by_text_hash(self, text_hash: str) -> str | None:
        """Id of the first stored document whose cleaned text has this hash."""
        ...

    def dedup_rows(self) -> Iterator[DedupRow]:
        """Hashes and MinHash signatures of all stored documents, in ingest order."""
        ...

    # --- cross-document layers ---

    def replace_entities(self, entities: Iterable[Entity]) -> None:
        """Replace the cross-document entity layer in one transaction."""
        ...

    def entities(self) -> list[Entity]:
        """The cross-document entities, in id order."""
        ...

    def replace_events(self, events: Iterable[Event]) -> None:
        """Replace the cross-document event layer in one transaction."""
        ...

    def events(self) -> list[Event]:
        """The cross-document events, in time order (undated last)."""
        ...

    def get_events(self, event_ids: Iterable[str]) -> list[Event]:
        """These events with their mentions, in the order asked (unknown ids left out); what
        ``events()`` gives for them, without reading every event."""
        ...

    def replace_stories(self, stories: Iterable[Story]) -> None:
        """Replace the story layer in one transaction."""
        ...

    def stories(self) -> list[Story]:
        """The stories, in time order."""
        ...

    # --- incremental linking: neighbourhood reads, single-row writes, link keys, redirects ---

    def get_documents(self, doc_ids: Iterable[str], *, layers: bool | Iterable[str] = True) -> list[Document]:
        """These stored documents in ingest order (unknown ids left out). ``layers``: every layer
        (True), none (False), or only the named ones (the others come back empty), so a reader
        decodes only what it reads (entity linking: mentions and chains, not tokens)."""
        ...

    def document_versions(self, doc_ids: Iterable[str]) -> list[tuple[str, str]]:
        """(id, version) of these stored documents in ingest order, as ``get_documents`` returns
        them (unknown ids left out). The version changes whenever anything ``get_documents(...,
        layers=False)`` returns of the document could (its text hash and every other column but
        the text), so a reader can keep documents in memory and read again only the changed ones."""
        ...

    def document_ids_published(self, date_from: str, date_to: str) -> list[str]:
        """Ids of documents published from ``date_from`` up to and including ``date_to`` (prefix-inclusive
        as ``document_page``), in ingest order."""
        ...

    def entity_mentions_in(self, doc_ids: Iterable[str]) -> list[tuple[str, str, int, int]]:
        """The linked entity mentions in these documents: (entity id, doc id, start, end)."""
        ...

    def entity_rows(self, entity_ids: Iterable[str]) -> list[Entity]:
        """These entities without their mentions, in id order."""
        ...

    def entity_documents(self, entity_ids: Iterable[str], *, per_entity: int) -> dict[str, list[str]]:
        """For each entity, the ids of at most ``per_entity`` documents mentioning it (the greatest ids:
        a cost that does not grow with how often the store mentions it)."""
        ...

    def upsert_entities(self, entities: Iterable[Entity]) -> None:
        """Insert or update these entities' rows; the mentions they list are added, stored ones kept."""
        ...

    def merge_entities(self, into: str, old: Iterable[str]) -> None:
        """Move the mentions and link keys of ``old`` entities to ``into``, delete them, redirect them."""
        ...

    def delete_entities(self, entity_ids: Iterable[str]) -> None:
        """Delete these entities with their mentions and link keys (no redirect)."""
        ...

    def event_mentions_in(self, doc_ids: Iterable[str]) -> list[tuple[str, str, int, int]]:
        """The linked event mentions in these documents: (event id, doc id, start, end)."""
        ...

    def upsert_events(self, events: Iterable[Event]) -> None:
        """Insert or replace these events, each with exactly the mentions it lists."""
        ...

    def delete_events(self, event_ids: Iterable[str]) -> None:
        """Delete these events with their mentions, story memberships and link keys."""
        ...

    def story_ids_of(self, doc_ids: Iterable[str]) -> dict[str, list[str]]:
        """For each of these documents in a story, the ids of its stories."""
        ...

    def upsert_stories(self, stories: Iterable[Story]) -> None:
        """Insert or replace these stories, each with exactly the documents and events it lists."""
        ...

    def delete_stories(self, story_ids: Iterable[str]) -> None:
        """Delete these stories."""
        ...

    def replace_link_keys(self, kind: str, keys: dict[str, Iterable[str]]) -> None:
        """Set the link keys of these ids of one kind ("entity", "event", ...); ``replace_*`` of a layer
        clears its kind (and the kind "built")."""
        ...

    def clear_link_keys(self, kind: str | None = None) -> None:
        """Drop the link keys of one kind (every kind with None)."""
        ...

    def ids_with_keys(self, kind: str, keys: Iterable[str]) -> dict[str, set[str]]:
        """For each of these keys that is stored, the ids holding it."""
        ...

    def add_redirects(self, kind: str, moves: dict[str, str]) -> None:
        """Record that each old id of this kind now lives on as the new one (chains kept one step long)."""
        ...

    def resolve_redirect(self, kind: str, old_id: str) -> str | None:
        """The id an old (merged or remapped) id now lives on as, or None."""
        ...

    # --- read model (API and pages) ---

    def document_page(
        self, *, limit: int, offset: int, genre: str | None = None, category: str | None = None,
        date_from: str | None = None, date_to: str | None = None, publisher: str | None = None,
        count: bool = True,
    ) -> tuple[int | None, list[dict[str, Any]]]:
        """Total and a page of document rows (id, title, source, url, publisher, genre, category,
        published_value, duplicate_of, snippet), newest first; ``date_to`` "2020-01" keeps January;
        ``publisher`` keeps that publisher's documents only; ``count=False`` leaves the total out
        (None) for a caller that knows it already (a count is a scan of the table on PostgreSQL)."""
        ...

    def publishers(self, *, limit: int = 200) -> list[tuple[str, int]]:
        """The stored publishers with their document counts, most documents first."""
        ...

    def document_ids(self, *, with_layer: str | None = None) -> list[str]:
        """Ids in ingest order; with ``with_layer``, only documents whose layer is not empty."""
        ...

    def document_texts(self, doc_ids: Iterable[str]) -> dict[str, str]:
        """The cleaned texts of these documents (unknown ids are left out)."""
        ...

    def document_links(self, doc_id: str) -> DocumentLinks:
        """The linked entity and event mentions of a document, the entities' names, its stories."""
        ...

    def get_entity(self, entity_id: str) -> Entity | None:
        """One entity with its mentions ordered by publication date, ingest order and offset."""
        ...

    def entity_page(
        self, *, limit: int, offset: int, type_: str | None = None, q: str | None = None,
    ) -> tuple[int, list[dict[str, Any]]]:
        """Total and a page of entities (id, type, name, aliases, attributes, mention_count,
        document_count), most mentioned first; ``q`` matches words in the name or aliases."""
        ...

    def entity_dates(self, entity_id: str) -> list[str]:
        """The publication dates of the documents of each of an entity's mentions."""
        ...

    def related_entities(self, entity_id: str, *, limit: int = 15) -> list[dict[str, Any]]:
        """Entities sharing documents with this one (id, name, type, documents), most shared first."""
        ...

    def entities_named(self, key: str) -> list[Entity]:
        """Entities whose id, name or alias is ``key`` (case-insensitive), without their mentions."""
        ...

    def get_story(self, story_id: str) -> Story | None:
        """One story; its documents in publication order."""
        ...

    def get_stories(self, story_ids: list[str]) -> list[Story]:
        """These stories, in the order asked (unknown ids left out); as ``get_story`` each."""
        ...

    def story_page(self, *, limit: int, offset: int, min_documents: int = 1) -> tuple[int, list[str]]:
        """Total and a page of story ids, latest first, with at least ``min_documents`` documents."""
        ...

    # --- search, metadata, coordination ---

    def searcher(self) -> SearchBackend:
        """The full-text search backend over this store."""
        ...

    def get_meta(self, key: str) -> str | None:
        """A value of the store's small key-value table, or None."""
        ...

    def set_meta(self, key: str, value: str | None) -> None:
        """Set (or, with None, delete) a key of the store's key-value table."""
        ...

    def meta_items(self) -> dict[str, str]:
        """Every key of the key-value table with its value (for copying a store)."""
        ...

    def lock(self, name: str) -> AbstractContextManager[None]:
        """Hold a store-wide lock of this name (across processes where the backend has them)."""
        ...

    def optimize(self) -> None:
        """Refresh the planner's statistics after a bulk load (PostgreSQL ANALYZE, SQLite PRAGMA optimize)."""
        ...

    def counts(self) -> dict[str, int]:
        """The cheap counts: documents, entities, linked_events, stories."""
        ...

    def stats(self) -> dict[str, int]:
        """Counts of what is stored (``counts`` plus duplicates and the items of every layer)."""
        ...

    def close(self) -> None: ...
