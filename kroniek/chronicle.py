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
# Store meta key set while the link layers (entities, events, stories) do not cover every stored
# document: from the first document a run stores until linking has written all three.
LINKS_STALE = "links_stale"


def one_line(text: str) -> str:
    """A message as one printable line: newlines folded, lone surrogates replaced."""
    text = " ".join(str(text).split())
    return text.encode("utf-8", errors="replace").decode("utf-8")


def _describe(e: BaseException) -> str:
    if isinstance(e, KroniekError):
        return one_line(str(e))[:500]
    return one_line(f"{type(e).__name__}: {e}")[:500]


def _fail_one(report: IngestReport, say: Callable[[str], None], msg: str) -> None:
    report.errors.append(msg)
    say(f"error: {msg}")


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
        5. The cross-document layers are rebuilt when anything was added, or when the store says
           an earlier run was cut off before its linking finished (meta flag ``links_stale``).
        Any exception while reading, analysing or storing one document fails it alone, with one
        line naming it; a publication date outside the plausible window is dropped with a warning.
        """
        from .ingest import count_inputs, iter_inputs
        from .ingest.dedup import Deduplicator

        report = IngestReport()
        say = on_error or (lambda msg: print(msg, file=sys.stderr))
        stale = self.store.get_meta(LINKS_STALE) is not None  # an earlier run's linking was cut off
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
                    _fail_one(report, say, one_line(str(item)))
                    continue
                try:
                    self._ingest_one(item, dedup, report, say)
                except Exception as e:  # reading, analysing or storing one document: it fails alone
                    _fail_one(report, say, f"{one_line(item.source)}: {_describe(e)}")
        finally:
            if bar is not None:
                bar.close()
        if report.added or stale:
            try:
                report.dated = self.relink() if stale else self.link_new(report.added)
            except Exception as e:
                _fail_one(report, say, f"linking failed ({_describe(e)}); the stored documents are "
                          "kept and the next run links them again")
        return report

    def _mark_links_stale(self) -> None:
        """Before the first document of a run is stored: the link layers no longer cover the store."""
        if self.store.get_meta(LINKS_STALE) is None:
            self.store.set_meta(LINKS_STALE, "documents added since the last linking")

    def _ingest_one(self, doc: Document, dedup: Any, report: IngestReport,
                    say: Callable[[str], None] = lambda _m: None) -> None:
        if self.store.has_document(doc.id):
            report.skipped.append(doc.id)
            return
        self._check_date(doc, say)
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
            self._check_date(doc, say)  # the text may have given a date too
        self._mark_links_stale()
        if self.store.add_document(doc, text_hash=text_hash, signature=signature):
            self.search_index.index_document(doc)
            dedup.add(doc.id, doc.text, signature)
            report.added.append(doc.id)
            if doc.duplicate_of:
                report.duplicates.append(doc.id)
        else:
            report.skipped.append(doc.id)

    def _date_window(self) -> tuple[Any, Any]:
        from .ingest.dates import date_window

        return date_window(self.settings.date_min_year, self.settings.date_max_ahead_days)

    def _check_date(self, doc: Document, say: Callable[[str], None]) -> None:
        """Drop a publication date outside the plausible window (with a warning); never store it."""
        from .ingest.dates import in_window

        if doc.published is None:
            return
        window = self._date_window()
        if in_window(doc.published.value, window):
            return
        note = (f"bad-date: {doc.published.value!r} (from {doc.published.source}) is outside "
                f"{window[0]}..{window[1]}; dropped")
        doc.warnings.append(note)
        say(f"warning: {one_line(doc.source)}: {note}")
        doc.published = None

    # --- cross-document layers ---

    @property
    def search_index(self) -> Any:
        """The full-text index over the store's sentences."""
        from .search import SearchIndex

        return SearchIndex(self.store)

    def link_new(self, doc_ids: list[str]) -> list[str]:
        """Link newly stored documents into the stored entities, events and stories (``link.incremental``).

        Only these documents and their neighbourhood are read, only what they touch is written, and
        every id stays. A store whose link keys were never built (linked by an older kroniek, or
        copied) gets one full relink instead. Returns the ids of documents dated from other sources.
        """
        from .link.incremental import BUILT, link_batch

        with self.store.lock("relink"):
            if not self.store.ids_with_keys(BUILT, [BUILT]):
                return self._relink()
            self._mark_links_stale()
            report = link_batch(self.store, doc_ids, self.settings)
            self.store.set_meta(LINKS_STALE, None)
            return report.dated

    def unlinked(self) -> list[str]:
        """Ids of stored documents in no story: not linked yet (every linked document is in one)."""
        ids = self.store.document_ids()
        placed = self.store.story_ids_of(ids)
        return [i for i in ids if i not in placed]

    def relink(self) -> list[str]:
        """Rebuild the cross-document layers from every stored document (``kroniek relink --full``).

        Rebuilt entities, events and stories take the ids of the stored ones they overlap most, and
        the ids no longer used redirect to where their members went (``link.stable_ids``).
        Entities first (one per real thing); then coarse-dated documents get a day where other
        sources date the same events (``link.dates``); then events (one per real event, using
        the entities as shared participants), then stories (which keep their ids across runs).
        Returns the ids of the documents newly dated. Runs under the store's "relink" lock, so
        when several ingest processes share a store, the last relink sees every document.
        """
        with self.store.lock("relink"):
            return self._relink()

    def _relink(self) -> list[str]:
        from .ingest.dates import in_window
        from .link.entities import EntityLinker
        from .link.events import link_events, read_mentions
        from .link.events_finish import finish_events
        from .link.salience import order_stories
        from .link.stories import build_stories

        self._mark_links_stale()  # cleared only when every layer below is written
        docs = list(self.store.iter_documents())
        window = self._date_window()
        for doc in docs:  # a store written before dates were checked may hold impossible ones
            if doc.published is not None and not in_window(doc.published.value, window):
                doc.published = None
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
        finish_events(events, docs, entities)
        ent_map, ev_map = self._stable_ids(entities, events)
        stories = build_stories(docs, events, entities, previous=self.store.stories())
        order_stories(stories, events)
        self.store.replace_entities(entities)
        self.store.replace_events(events)
        self.store.replace_stories(stories)
        self._write_link_keys(entities, events, mentions)
        self.store.add_redirects("entity", ent_map.redirects)
        self.store.add_redirects("event", ev_map.redirects)
        self.store.set_meta(LINKS_STALE, None)
        return dated

    def _stable_ids(self, entities: list[Any], events: list[Any]) -> tuple[Any, Any]:
        """Give rebuilt entities and events the ids of the stored ones they overlap most."""
        from .link.stable_ids import match_ids, rename_entities, rename_events

        ent_map = match_ids([(e.id, e.mentions) for e in entities], [(e.id, e.mentions) for e in self.store.entities()])
        rename_entities(entities, ent_map)
        ev_map = match_ids([(e.id, e.mentions) for e in events], [(e.id, e.mentions) for e in self.store.events()])
        rename_events(events, ev_map, ent_map.rename)
        return ent_map, ev_map

    def _write_link_keys(self, entities: list[Any], events: list[Any], mentions: list[Any]) -> None:
        """The keys incremental linking finds stored entities and events by (``link.incremental``)."""
        from .link.incremental import BUILT, entity_keys
        from .link.incremental_events import event_keys

        pool = {m.key: m for m in mentions}
        self.store.replace_link_keys("entity", {e.id: entity_keys(e) for e in entities})
        self.store.replace_link_keys("event", {
            e.id: event_keys(pool[k] for k in e.mentions if k in pool) for e in events})
        self.store.replace_link_keys(BUILT, {BUILT: [BUILT]})

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
    from .analyse.annotator import FrogAnnotator
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

