"""The library's front door: a Chronicle is a store plus the pipeline that fills it.

    chron = Chronicle("kroniek.db")
    report = chron.ingest(["corpus/"])      # read, clean, deduplicate, analyse, store
    data = chron.export()                     # the chronicle export (shared/spec/export.md)

The CLI and the API are thin layers over this class.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import IO, Any

from .errors import AnalysisError, InputError, KroniekError
from .model import Document
from .pipeline import Pipeline
from .settings import Settings
from .store import Store, open_store

ProgressFactory = Callable[[int | None], Any]
# Store meta key set while the link layers (entities, events, stories) do not cover every stored
# document: from the first document a run stores until linking has written all three.
LINKS_STALE = "links_stale"


def one_line(text: str) -> str:
    """A message as one printable line: newlines folded, lone surrogates replaced."""
    text = " ".join(str(text).split())
    return text.encode("utf-8", errors="replace").decode("utf-8")


def _describe(e: BaseException) -> str:
    """An exception as one line of at most 500 characters."""
    if isinstance(e, KroniekError):
        return one_line(str(e))[:500]
    return one_line(f"{type(e).__name__}: {e}")[:500]


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

    def fail(self, say: Callable[[str], None], msg: str) -> None:
        """Record one failure and say it (one line)."""
        self.errors.append(msg)
        say(f"error: {msg}")


class Chronicle:
    """A store and the analysis pipeline over it."""

    def __init__(
        self,
        db: str | Store | None = None,
        settings: Settings | None = None,
        *,
        pipeline: Pipeline | None = None,
        pipeline_factory: Callable[[Settings], Pipeline] | None = None,
    ) -> None:
        """``pipeline_factory`` builds the pipeline from settings (default: ``default_pipeline``);
        ingest with workers builds one per worker with it, so it must be picklable."""
        self.settings = settings or Settings()
        if db is None or isinstance(db, str):
            self.store: Store = open_store(db or self.settings.db)
        else:
            self.store = db
        self._pipeline = pipeline
        self._factory = pipeline_factory or default_pipeline
        self._dedup: Any = None  # the near-duplicate index, built on the first ingest

    # --- analysis ---

    @property
    def pipeline(self) -> Pipeline:
        """The per-document pipeline, built on first use (starting Frog is slow)."""
        if self._pipeline is None:
            self._pipeline = self._factory(self.settings)
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
        workers: int = 0,
        scheduler: str | None = None,
        batch_size: int | None = None,
        link_every: int | None = None,
        timings: dict[str, float] | None = None,
    ) -> IngestReport:
        """Read, clean, deduplicate, analyse and store every document the inputs hold.

        Documents go through in batches, each batch in four steps:
        1. plan (``ingest.plan``): inputs become cleaned Documents (or one-line errors naming the
           input); a document whose id is stored already is skipped (re-ingesting changes
           nothing); exact duplicates (same cleaned text) will reuse the stored analysis; near
           duplicates (MinHash/LSH) are marked ``duplicate_of``.
        2. analyse (``ingest.analysis``): ``Pipeline.pipe`` over the batch, in this process, or on
           a Dask cluster when ``workers`` > 0 (a LocalCluster of that many worker processes, or
           the cluster at ``scheduler``), one Frog server per worker, results in input order.
        3. commit (``ingest.commit``): one writer stores each document in its own transaction; a
           failure loses only it.
        4. link (``link_new``, incremental): as soon as ``link_every`` (default ``LINK_EVERY``)
           committed documents wait for it, after their batch, and once more at the end of the
           run; so a long ingest shows linked results as it goes and linking reads a neighbourhood
           bounded by that many documents, not the store. When the store says an earlier run was
           cut off before its linking finished (meta flag ``links_stale``), the first link of this
           run is one full relink instead; a run cut off now leaves that flag for the next. If
           linking fails, that is one error line and this run links no more (the flag stays).
        Any exception while reading, analysing or storing one document fails it alone, with one
        line naming it; a publication date outside the plausible window is dropped with a warning.
        ``timings``, when given, gains the seconds spent in each step (plan includes reading).
        """
        say = on_error or (lambda msg: print(msg, file=sys.stderr))
        run = _IngestRun(self, say, timings if timings is not None else {}, progress)
        with run.timed("analyse"):  # a cluster's start-up counts as analysis
            analyser = self._analyser(workers, scheduler)
        size = batch_size or INGEST_BATCH * max(1, workers)
        if analyser == self._analyse_here:  # Frog starts while the first batch is read and planned
            run.on_first_todo = getattr(self.pipeline, "warm", None)  # a caller's pipeline may lack it
        try:
            run.start(inputs)
            for batch in run.batches(inputs, size, fetch_links=fetch_links, stdin=stdin):
                run.analyse_and_commit(batch, analyser)
                run.link(at_least=link_every or LINK_EVERY)
        finally:
            run.close()
            close = getattr(analyser, "close", None)  # a cluster's; the local pipeline stays
            if close is not None:
                close()
        run.link(at_least=0)
        return run.report

    def _analyse_here(self, docs: list[Document]) -> list[Any]:
        from .ingest.analysis import analyse_batch

        return analyse_batch(self.pipeline, docs)

    def _analyser(self, workers: int, scheduler: str | None) -> Callable[[list[Document]], list[Any]]:
        if workers <= 0 and not scheduler:
            return self._analyse_here
        from .ingest.cluster import DaskAnalyser

        try:
            return DaskAnalyser(self.settings, self._factory, workers=workers, scheduler=scheduler)
        except Exception as e:
            raise AnalysisError(f"cannot start the analysis cluster ({_describe(e)})") from e

    def _mark_links_stale(self) -> None:
        """Before the first document of a run is stored: the link layers no longer cover the store."""
        if self.store.get_meta(LINKS_STALE) is None:
            self.store.set_meta(LINKS_STALE, "documents added since the last linking")

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
        from .ingest.dates import clear_outside
        from .link.entities import linked_entities
        from .link.events import link_events, read_mentions
        from .link.events_finish import finish_events
        from .link.salience import order_stories
        from .link.stories import build_stories

        self._mark_links_stale()  # cleared only when every layer below is written
        docs = list(self.store.iter_documents())
        clear_outside(docs, self._date_window())
        entities, entity_of = linked_entities(docs, self.settings)
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
        """Date coarse-dated documents by what other sources say of the same events (see link.dates);
        the dated documents' layers are resolved again and stored (``link.incremental_events.date_across``)."""
        from .link.incremental_events import date_across

        return date_across(self.store, docs, entity_of, mentions)

    # --- output ---

    def export(self, *, generated: str | None = None) -> dict[str, Any]:
        """The chronicle as one JSON-able object (format kroniek-export/1)."""
        from .export import build_export

        return build_export(self.store, generated=generated)


# Documents per batch when analysing in this process (per worker on a cluster): FrogAnnotator.pipe
# cuts a batch into requests of up to 32 documents / 8,000 characters.
INGEST_BATCH = 64
# Committed documents linked together (``Chronicle.ingest``): incremental linking reads about the
# same neighbourhood for a batch of 500 as for one of 64, so it runs once per ~500 new documents.
LINK_EVERY = 500


class _IngestRun:
    """One ingest run's state: the report, the planner, the progress bar and the step timings."""

    def __init__(self, chron: Chronicle, say: Callable[[str], None], timings: dict[str, float],
                 progress: ProgressFactory | None) -> None:
        self.chron, self.say, self.timings, self.progress = chron, say, timings, progress
        self.report = IngestReport()
        self.bar: Any = None
        self.linked = 0  # report.added[:linked] are linked
        self.stale = chron.store.get_meta(LINKS_STALE) is not None  # an earlier run's linking was cut off
        self.link_failed = False
        self.on_first_todo: Callable[[], None] | None = None  # called once, at the first document to analyse
        for step in ("plan", "analyse", "commit", "link"):
            timings.setdefault(step, 0.0)

    @contextmanager
    def timed(self, step: str) -> Iterator[None]:
        t0 = time.perf_counter()
        try:
            yield
        finally:
            self.timings[step] += time.perf_counter() - t0

    def start(self, inputs: list[str]) -> None:
        from .ingest import count_inputs
        from .ingest.dedup import Deduplicator
        from .ingest.plan import Planner

        with self.timed("plan"):
            # Kept on the Chronicle: a second run (``kroniek watch`` polls) adds only what other
            # writers stored since, instead of rebuilding MinHashes of the whole store.
            if self.chron._dedup is None:
                self.chron._dedup = Deduplicator(self.chron.settings.minhash_perm,
                                                 self.chron.settings.near_duplicate_threshold)
            self.dedup = self.chron._dedup
            for row in self.chron.store.dedup_rows():
                if row.id not in self.dedup:
                    self.dedup.add(row.id, "", row.signature)
            self.planner = Planner(self.chron.store, self.dedup,
                                   lambda d: self.chron._check_date(d, self.say))
            self.bar = self.progress(count_inputs(inputs)) if self.progress else None

    def tick(self) -> None:
        if self.bar is None:
            return
        if self.bar.total is not None and self.bar.n >= self.bar.total:
            self.bar.total = self.bar.n + 1  # feeds and JSONL hold more documents than files
        self.bar.update(1)

    def fail(self, msg: str) -> None:
        self.report.fail(self.say, msg)
        self.tick()

    def batches(self, inputs: list[str], size: int, **read: Any) -> Iterator[list[Any]]:
        """Read and plan the inputs, a batch of documents to analyse at a time."""
        from .ingest import iter_inputs

        batch: list[Any] = []
        items = iter_inputs(inputs, self.chron.settings, **read)
        while True:
            with self.timed("plan"):
                item = next(items, None)
                if item is None:
                    break
                if isinstance(item, InputError):
                    self.fail(one_line(str(item)))
                    continue
                try:
                    planned = self.planner.plan(item)
                except Exception as e:  # reading or planning one document: it fails alone
                    self.fail(f"{one_line(item.source)}: {_describe(e)}")
                    continue
                if planned is None:
                    self.report.skipped.append(item.id)
                    self.tick()
                    continue
                batch.append(planned)
                if planned.needs_analysis and self.on_first_todo is not None:
                    self.on_first_todo()
                    self.on_first_todo = None
            if len(batch) >= size:
                yield batch
                batch = []
        if batch:
            yield batch

    def analyse_and_commit(self, batch: list[Any], analyser: Callable[[list[Document]], list[Any]]) -> None:
        from .ingest.analysis import AnalysisFailure

        todo = [p.doc for p in batch if p.needs_analysis]
        with self.timed("analyse"):
            try:
                outcomes = analyser(todo)
            except Exception as e:  # the analysis engine itself failed: so does each document
                outcomes = [AnalysisFailure(d.id, _describe(e)) for d in todo]
        analysed = {o.id: o for o in outcomes if isinstance(o, Document)}
        failed = {o.doc_id: o.message for o in outcomes if isinstance(o, AnalysisFailure)}
        with self.timed("commit"):
            for planned in batch:
                doc = planned.doc
                if doc.id in failed:
                    self.planner.forget(planned)  # a later copy of its text is analysed anew
                    self.fail(f"{one_line(doc.source)}: {one_line(failed[doc.id])[:500]}")
                    continue
                try:
                    self._commit(planned, analysed)
                except Exception as e:  # storing one document: it fails alone
                    self.planner.forget(planned)
                    self.fail(f"{one_line(doc.source)}: {_describe(e)}")
                    continue
                self.tick()

    def link(self, *, at_least: int) -> None:
        """Link the committed documents not linked yet when there are ``at_least`` of them (and at
        least one, unless an earlier run's linking was cut off: then one full relink)."""
        report = self.report
        todo = report.added[self.linked:]
        if self.link_failed or (len(todo) < max(1, at_least) and not (self.stale and at_least == 0)):
            return
        with self.timed("link"):
            try:
                dated = self.chron.relink() if self.stale else self.chron.link_new(todo)
            except Exception as e:
                self.link_failed = True
                self.report.fail(self.say, f"linking failed ({_describe(e)}); the stored documents "
                                 "are kept and the next run links them again")
                return
        self.stale = False
        self.linked = len(report.added)
        report.dated.extend(d for d in dated if d not in report.dated)

    def _commit(self, planned: Any, analysed: dict[str, Document]) -> None:
        from .ingest.commit import commit, take_original

        chron, report = self.chron, self.report
        if planned.needs_analysis:
            doc = analysed[planned.doc.id]
            chron._check_date(doc, self.say)  # the text may have given a date too
        else:
            doc = take_original(planned, chron.store, analysed)
        chron._mark_links_stale()
        if commit(planned, doc, chron.store, chron.search_index, self.dedup):
            report.added.append(doc.id)
            if doc.duplicate_of:
                report.duplicates.append(doc.id)
        else:
            report.skipped.append(doc.id)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def default_pipeline(settings: Settings) -> Pipeline:
    """docdate -> frog -> ner -> coref -> timex -> quotes -> events -> headline: the per-document analysis.

    Events come late because they read the time expressions, mentions and quotes; the headline's
    happenings last, bound to the lead's event mentions (``extract.headline``).
    """
    from .analyse.annotator import FrogAnnotator
    from .extract.coref import Coreference
    from .extract.docdate import DocDate
    from .extract.events import EventExtractor
    from .extract.headline import HeadlineEvents
    from .extract.ner import CrfNer
    from .extract.quotes import QuoteExtractor
    from .extract.timex import TimexTagger

    return Pipeline(
        [DocDate(), FrogAnnotator(settings=settings), CrfNer(), Coreference(), TimexTagger(),
         QuoteExtractor(), EventExtractor(), HeadlineEvents()]
    )
