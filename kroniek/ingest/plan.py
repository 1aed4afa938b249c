"""Ingest step 1, plan: decide per cleaned document what the run does with it, before any analysis.

A document whose id is stored (or was planned earlier in this run) is skipped; one whose exact
text is stored reuses that analysis; one whose exact text came earlier in this run waits for that
document's analysis; every other document is analysed, marked ``duplicate_of`` when it nearly
repeats a stored or earlier document (MinHash/LSH). Planning touches the store only to read.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..model import Document, sha256_hex


@dataclass(slots=True)
class Planned:
    """One document and what the run does with it."""

    doc: Document
    text_hash: str
    signature: bytes
    # the stored document with the very same text (its layers are copied, nothing is analysed)
    stored_original: str | None = None
    # the document earlier in this run with the very same text (copied once it is analysed)
    run_original: str | None = None

    @property
    def needs_analysis(self) -> bool:
        return self.stored_original is None and self.run_original is None


class Planner:
    """Plans documents against the store and against the documents planned before in this run."""

    def __init__(self, store: Any, dedup: Any, check_date: Callable[[Document], None]) -> None:
        self.store = store
        self.dedup = dedup
        self.check_date = check_date
        self._ids: set[str] = set()
        self._texts: dict[str, str] = {}  # text hash -> id of the first document of this run with it

    def plan(self, doc: Document) -> Planned | None:
        """What to do with ``doc``; None when it is stored already (re-ingesting changes nothing)."""
        if doc.id in self._ids or self.store.has_document(doc.id):
            return None
        self._ids.add(doc.id)
        self.check_date(doc)
        text_hash = sha256_hex(doc.text)
        signature = self.dedup.signature(doc.text)
        planned = Planned(doc, text_hash, signature)
        planned.stored_original = self.store.find_by_text_hash(text_hash)
        if planned.stored_original is None:
            planned.run_original = self._texts.get(text_hash)
        if planned.needs_analysis:
            doc.duplicate_of = self.dedup.find(doc.text, signature)
            self._texts[text_hash] = doc.id
            # later documents of this run are compared with this one before it is stored
            self.dedup.add(doc.id, doc.text, signature)
        return planned

    def forget(self, planned: Planned) -> None:
        """``planned`` failed: a later document with its text is analysed, not copied from it."""
        if self._texts.get(planned.text_hash) == planned.doc.id:
            del self._texts[planned.text_hash]
        self.dedup.remove(planned.doc.id)
