"""The library's front door: a Chronicle is a store plus the pipeline that fills it.

    chron = Chronicle("kroniek.db")
    report = chron.ingest(["corpus/"])      # read, clean, deduplicate, analyse, store
    data = chron.export()                     # the chronicle export (shared/spec/export.md)

The CLI and the API are thin layers over this class.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import IO, Any

from .errors import AnalysisError, InputError, KroniekError
from .model import Document, sha256_hex
from .pipeline import Pipeline
from .settings import Settings
from .store import Store, open_store

log = logging.getLogger(__name__)

ProgressFactory = Callable[[int | None], Any]


@dataclass(slots=True)
class IngestReport:
    """What one ingest run did."""

    added: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # already stored: re-ingesting changes nothing
    duplicates: list[str] = field(default_factory=list)  # stored, marked duplicate_of
    errors: list[str] = field(default_factory=list)  # one line each, naming the input
    dated: list[str] = field(default_factory=list)  # coarse-dated documents given a day by other sources

    @property
    def ok(self) -> bool:
        return not self.errors

    def summary(self) -> str:
        text = (
            f"{len(self.added)} added ({len(self.duplicates)} duplicates), "
            f"{len(self.skipped)} already stored, {len(self.errors)} failed"
        )
        if self.dated:
            text += f"; {len(self.dated)} dated from other sources"
        return text


class Chronicle:
    """A store and the analysis pipeline over it."""

    def __init__(
        self,
        db: str | Store | None = None,
        settings: Settings | None = None,
        *,
        pipeline: Pipeline | None = None,
    ) -> None:
        self.settings = settings or Settings()
        if db is None or isinstance(db, str):
            self.store: Store = open_store(db or self.settings.db)
        else:
            self.store = db
        self._pipeline = pipeline

    # --- analysis ---

    @property
    def pipeline(self) -> Pipeline:
        """The per-document pipeline, built on first use (starting Frog is slow)."""
        if self._pipeline is None:
            self._pipeline = default_pipeline(self.settings)
        return self._pipeline

    def close(self) -> None:
        if self._pipeline is not None:
            self._pipeline.close()
        self.store.close()

    def __enter__(self) -> Chronicle:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- ingest ---

    def ingest(
        self,
        inputs: list[str],
        *,
        fetch_links: bool = False,
        stdin: IO[str] | None = None,
        progress: ProgressFactory | None = None,
        on_error: Callable[[str], None] | None = None,
    ) -> IngestReport:
        """Read, clean, deduplicate, analyse and store every document the inputs hold.

        1. Inputs become cleaned Documents (or one-line errors naming the input).
        2. A document whose id is stored already is skipped: re-ingesting changes nothing.
        3. Exact duplicates (same cleaned text) reuse the stored analysis; near duplicates
           (MinHash/LSH) are analysed and marked ``duplicate_of``.
        4. Each document is analysed and stored in one transaction; a failure loses only it.
        5. The cross-document layers (entities) are rebuilt when anything was added.
        """
        from .ingest import count_inputs, iter_inputs
        from .ingest.dedup import Deduplicator

        report = IngestReport()
        say = on_error or (lambda msg: print(msg, file=sys.stderr))
        dedup = Deduplicator(self.settings.minhash_perm, self.settings.near_duplicate_threshold)
        for row in self.store.dedup_rows():
            dedup.add(row.id, "", row.signature)
        bar = progress(count_inputs(inputs)) if progress else None
        try:
            for item in iter_inputs(inputs, self.settings, fetch_links=fetch_links, stdin=stdin):
                if bar is not None:
                    if bar.total is not None and bar.n >= bar.total:
                        bar.total = bar.n + 1  # feeds and JSONL hold more documents than files
                    bar.update(1)
                if isinstance(item, InputError):
                    report.errors.append(str(item))
                    say(f"error: {item}")
                    continue
                try:
                    self._ingest_one(item, dedup, report)
                except (AnalysisError, InputError) as e:
                    msg = f"{item.source}: {e}"
                    report.errors.append(msg)
                    say(f"error: {msg}")
        finally:
            if bar is not None:
                bar.close()
        if report.added:
            report.dated = self.relink()
        return report

    def _ingest_one(self, doc: Document, dedup: Any, report: IngestReport) -> None:
        if self.store.has_document(doc.id):
            report.skipped.append(doc.id)
            return
        text_hash = sha256_hex(doc.text)
        signature = dedup.signature(doc.text)
        original = self.store.find_by_text_hash(text_hash)
        if original is not None:
            doc.duplicate_of = original
            source = self.store.get_document(original)
            assert source is not None
            _copy_layers(source, doc)
        else:
            doc.duplicate_of = dedup.find(doc.text, signature)
            try:
                doc = self.pipeline(doc)
            except Exception as e:
                if isinstance(e, KroniekError):
                    raise
                # A bug in one component must not sink the batch: this document fails alone.
                raise AnalysisError(f"analysis failed ({type(e).__name__}: {e})") from e
        if self.store.add_document(doc, text_hash=text_hash, signature=signature):
            self.search_index.index_document(doc)
            dedup.add(doc.id, doc.text, signature)
            report.added.append(doc.id)
            if doc.duplicate_of:
                report.duplicates.append(doc.id)
        else:
            report.skipped.append(doc.id)

    # --- cross-document layers ---

    @property
    def search_index(self) -> Any:
        """The full-text index over the store's sentences."""
        from .search import SearchIndex

        return SearchIndex(self.store)

    def relink(self) -> list[str]:
        """Rebuild the cross-document layers from every stored document.

        Entities first (one per real thing); then coarse-dated documents get a day where other
        sources date the same events (``link.dates``); then events (one per real event, using
        the entities as shared participants), then stories (which keep their ids across runs).
        Returns the ids of the documents newly dated. Runs under the store's "relink" lock, so
        when several ingest processes share a store, the last relink sees every document.
        """
        with self.store.lock("relink"):
            return self._relink()

    def _relink(self) -> list[str]:
        from .link.entities import EntityLinker
        from .link.events import link_events, read_mentions
        from .link.stories import build_stories

        docs = list(self.store.iter_documents())
        linker = EntityLinker(self.settings)
        for doc in docs:
            linker.add(doc)
        entities = linker.entities()
        assigned = linker.assignments()
        def entity_of(doc_id: str, s: int, e: int) -> str | None:
            return assigned.get((doc_id, s, e))

        mentions = read_mentions(docs, entity_of)
        dated = self._date_across(docs, entity_of, mentions)  # before events: it changes dated documents' layers
        if dated:
            mentions = read_mentions(docs, entity_of)  # the dated documents' events were extracted again
        events = link_events(docs, entity_of, mentions=mentions)
        stories = build_stories(docs, events, entities, previous=self.store.stories())
        self.store.replace_entities(entities)
        self.store.replace_events(events)
        self.store.replace_stories(stories)
        return dated

    def _date_across(self, docs: list[Document], entity_of: Callable[[str, int, int], str | None],
                     mentions: list[Any]) -> list[str]:
        """Date coarse-dated documents by what other sources say of the same events (see link.dates).

        Each dated document's time expressions and events are resolved again against its new day
        and stored; returns the ids of the documents dated.
        """
        from .extract.events import EventExtractor
        from .extract.timex import TimexTagger
        from .link.dates import infer_dates_across

        by_id = {d.id: d for d in docs}
        found = infer_dates_across(docs, entity_of, mentions=mentions)
        timex, events = TimexTagger(), EventExtractor()
        for inf in found:
            doc = by_id[inf.doc]
            doc.published = inf.published
            events(timex(doc))
            self.store.update_layers(doc)
            log.info("%s: dated %s from other sources (%s)", doc.source, inf.published.value, "; ".join(inf.evidence))
        return [inf.doc for inf in found]

    # --- output ---

    def export(self, *, generated: str | None = None) -> dict[str, Any]:
        """The chronicle as one JSON-able object (format kroniek-export/1)."""
        from .export import build_export

        return build_export(self.store, generated=generated)


def default_pipeline(settings: Settings) -> Pipeline:
    """docdate -> frog -> ner -> timex -> quotes -> events: the per-document analysis.

    Events come last because they read the time expressions, mentions and quotes.
    """
    from .analyse.pipeline import FrogAnnotator
    from .extract.docdate import DocDate
    from .extract.events import EventExtractor
    from .extract.ner import CrfNer
    from .extract.quotes import QuoteExtractor
    from .extract.timex import TimexTagger

    return Pipeline(
        [DocDate(), FrogAnnotator(settings=settings), CrfNer(), TimexTagger(), QuoteExtractor(),
         EventExtractor()]
    )


def _copy_layers(source: Document, doc: Document) -> None:
    """Reuse the analysis of a document with the very same text."""
    for name in Document._LAYERS:
        setattr(doc, name, list(getattr(source, name)))
    if doc.published is None:
        doc.published = source.published
    doc.processed = list(source.processed)

