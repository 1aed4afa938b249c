"""Ingest step 3, commit: store analysed documents one at a time, each in its own transaction.

One writer (the process that runs ``Chronicle.ingest``) commits; the analysis may have run
anywhere. A document that repeats another's exact text gets that document's layers here.
"""

from __future__ import annotations

from typing import Any

from ..model import Document
from .plan import Planned


def copy_layers(source: Document, doc: Document) -> None:
    """Reuse the analysis of a document with the very same text."""
    for name in Document._LAYERS:
        setattr(doc, name, list(getattr(source, name)))
    if doc.published is None:
        doc.published = source.published
    doc.processed = list(source.processed)


def take_original(planned: Planned, store: Any, analysed: dict[str, Document]) -> Document:
    """The document to store for ``planned``, its layers copied when it repeats an exact text.

    Raises LookupError when the document of this run it repeats was not analysed (it failed).
    """
    doc = planned.doc
    if planned.stored_original is not None:
        source = store.get_document(planned.stored_original)
        if source is None:
            raise LookupError(f"the stored document {planned.stored_original} it repeats is gone")
        doc.duplicate_of = planned.stored_original
        copy_layers(source, doc)
    elif planned.run_original is not None:
        first = analysed.get(planned.run_original)
        if first is None:
            raise LookupError(f"it repeats {planned.run_original}, which failed")
        doc.duplicate_of = planned.run_original
        copy_layers(first, doc)
    return doc


def commit(planned: Planned, doc: Document, store: Any, index: Any, dedup: Any) -> bool:
    """Store one document and index it; False when another writer stored it first."""
    if doc.duplicate_of and doc.duplicate_of != planned.stored_original \
            and not store.has_document(doc.duplicate_of):
        doc.duplicate_of = None  # it nearly repeats a document of this run that failed
    if not store.add_document(doc, text_hash=planned.text_hash, signature=planned.signature):
        return False
    index.index_document(doc)
    dedup.add(doc.id, doc.text, planned.signature)
    return True
