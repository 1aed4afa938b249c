"""The Store protocol: everything kroniek keeps, behind one interface (SQLite now, PostgreSQL later)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Protocol

from ..model import Document, Entity, Event, Story


@dataclass(frozen=True, slots=True)
class DedupRow:
    """What duplicate detection needs of a stored document."""

    id: str
    text_hash: str
    signature: bytes | None


class Store(Protocol):
    """Persistent documents with their layers, and the cross-document layers built over them."""

    def has_document(self, doc_id: str) -> bool:
        """True when a document with this id is stored."""
        ...

    def add_document(self, doc: Document, *, text_hash: str, signature: bytes | None = None) -> bool:
        """Store a document and its layers in one transaction; False when its id is already there."""
        ...

    def update_layers(self, doc: Document) -> None:
        """Rewrite a stored document's layers and metadata (after re-analysis), in one transaction."""
        ...

    def get_document(self, doc_id: str) -> Document | None:
        """A stored document with all its layers, or None."""
        ...

    def iter_documents(self, *, layers: bool = True) -> Iterator[Document]:
        """Every stored document in ingest order."""
        ...

    def find_by_text_hash(self, text_hash: str) -> str | None:
        """Id of the first stored document whose cleaned text has this hash."""
        ...

    def dedup_rows(self) -> Iterator[DedupRow]:
        """Hashes and MinHash signatures of all stored documents, to rebuild the LSH index."""
        ...

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

    def replace_stories(self, stories: Iterable[Story]) -> None:
        """Replace the story layer in one transaction."""
        ...

    def stories(self) -> list[Story]:
        """The stories, in time order."""
        ...

    def stats(self) -> dict[str, int]:
        """Counts of what is stored."""
        ...

    def get_meta(self, key: str) -> str | None:
        """A small fact about the store itself (e.g. that linking must be finished), or None."""
        ...

    def set_meta(self, key: str, value: str | None) -> None:
        """Set (or with None, remove) such a fact; durable once it returns."""
        ...

    def close(self) -> None: ...
