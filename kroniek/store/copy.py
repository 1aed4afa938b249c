"""Copy a whole store into another (SQLite to PostgreSQL, or back): documents with their layers,
hashes and signatures, the search index, entities, events, stories and the key-value table.

Resumable: documents the target holds already are skipped, each one goes in with its own
transaction, and the cross-document layers are replaced (atomically) once every document is
there; running the same copy again after an interruption finishes it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..errors import StoreError
from .base import Store


@dataclass(frozen=True, slots=True)
class CopyReport:
    copied: int
    skipped: int  # already in the target (an earlier, interrupted copy)
    indexed: int
    entities: int
    events: int
    stories: int

    def summary(self) -> str:
        return (f"{self.copied} documents copied, {self.skipped} already there; {self.entities} entities, "
                f"{self.events} events, {self.stories} stories")


def copy_store(source: Store, target: Store, *, progress: Callable[[int], Any] | None = None) -> CopyReport:
    """Copy everything ``source`` holds into ``target``; refuses a target holding other documents."""
    from ..search import SearchIndex

    ids = source.document_ids()
    foreign = set(target.document_ids()) - set(ids)
    if foreign:
        raise StoreError(f"the target holds {len(foreign)} documents the source does not; "
                         "copy into an empty store (or one an earlier copy of this source filled)")
    hashes = {r.id: r for r in source.dedup_rows()}
    index = SearchIndex(target)
    bar = progress(len(ids)) if progress else None
    copied = skipped = 0
    try:
        for doc_id in ids:
            doc = source.get_document(doc_id)
            if doc is None:  # deleted while we copy
                continue
            row = hashes[doc_id]
            if target.add_document(doc, text_hash=row.text_hash, signature=row.signature):
                index.index_document(doc)
                copied += 1
            else:
                skipped += 1
            if bar is not None:
                bar.update(1)
    finally:
        if bar is not None:
            bar.close()
    indexed = index.index_missing()  # a copy stopped between a document and its index rows
    entities, events, stories = source.entities(), source.events(), source.stories()
    target.replace_entities(entities)
    target.replace_events(events)
    target.replace_stories(stories)
    for key, value in source.meta_items().items():
        target.set_meta(key, value)
    target.optimize()
    return CopyReport(copied, skipped, indexed, len(entities), len(events), len(stories))
