"""The `kroniek watch` loop: poll each source when it is due, ingest what is new, record alert matches.

One ``Chronicle`` (so one pipeline, one Frog server) lives as long as the watcher: Frog is started
once, warmed on a short sentence, and every poll's documents go through it. A poll:

1. fetches the source (conditionally) and reads its unseen items (``sources.poll_source``);
2. ingests their documents with ``Chronicle.ingest`` (each stored in its own transaction, then
   the cross-document layers linked), stopping between documents when asked to stop;
3. marks an item seen once every document it holds is stored (a failed or unreached item is
   tried again next poll, a failed one at most ``MAX_TRIES`` polls; one stored before a crash is
   skipped by its id, never analysed again);
4. checks the new documents against the alerts (``alerts.check_alerts``: each match once);
5. saves the source's state (ETag, Last-Modified, last success or error, next poll) and logs one line.

A failing source (network, HTTP 4xx/5xx, a broken feed, even a bug) gets its error recorded and
backs off with jitter (``schedule.backoff``, at least the server's Retry-After); the others go on.
``stop()`` (SIGTERM, SIGINT) ends the loop after the current document, its commit and linking.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from ..alerts import check_alerts
from ..chronicle import LINKS_STALE, Chronicle, one_line
from ..errors import KroniekError
from ..ingest import worker as reading
from ..ingest.fetch import HTTPStatusError
from ..model import Document
from ..store.watching import SourceState
from .feedparts import FeedMemory
from .schedule import backoff, iso, parse_iso
from .sources import Candidate, Poll, poll_source, source_kind

MAX_TRIES = 5  # polls an item may fail in before it is given up (marked seen, with a log line)
WARM_TEXT = "Het kabinet vergaderde vrijdag in Den Haag over de begroting."


@dataclass(slots=True)
class Outcome:
    """What one poll did, for its log line."""

    added: int = 0
    failed: int = 0
    alerts: int = 0
    new: int = 0
    backlog: int = 0  # unseen items left for the next poll


class Watcher:
    """Follows sources into one Chronicle until stopped."""

    def __init__(self, chron: Chronicle, sources: list[str], *, every: float, log: Callable[[str], None],
                 max_items: int = 100, fetch_links: bool = False, rng: random.Random | None = None,
                 clock: Callable[[], float] = time.time) -> None:
        self.chron = chron
        self.store = chron.store
        self.every = every
        self.log = log
        self.max_items = max_items
        self.fetch_links = fetch_links
        self.rng = rng or random.Random()
        self.clock = clock
        self._stop = threading.Event()
        self.feeds = FeedMemory()  # each feed's items at its last poll: a poll parses only new ones
        self._alerts_upto: int | None = None  # the newest document when the alerts were last checked
        self.kinds: dict[str, str] = {}
        for s in dict.fromkeys(sources):  # a source that can never be polled is named once; the rest go on
            try:
                self.kinds[s] = source_kind(s)
            except KroniekError as e:
                self._say(f"error: {one_line(str(e))}; not watched")
        if not self.kinds:
            raise KroniekError("no source to watch: give feed, sitemap or page URLs, or folders")

    # --- control ---

    def stop(self) -> None:
        """Finish the current document (stored, linked), then leave ``run``."""
        self._stop.set()

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    def run(self, *, once: bool = False) -> None:
        """Poll every source when due until ``stop()``; with ``once``, each source once."""
        self._catch_up()
        self.warm()
        due = {s: self._first_due(s, once) for s in self.kinds}
        polled: set[str] = set()
        while not self.stopping:
            if once and polled == set(due):
                return
            source = min((s for s in due if not (once and s in polled)), key=lambda s: due[s])
            wait = due[source] - self.clock()
            if wait > 0:
                self._stop.wait(min(wait, 3600.0))
                continue
            due[source] = self.poll(source)
            polled.add(source)

    def warm(self) -> None:
        """Start Frog (and load every model) now, on one short sentence, so the first item is not slow;
        load the readers' page-date fallback once, so no poll's reading child builds it again."""
        reading.warm(dates=True)
        try:
            self.chron.pipeline(Document(id="d-warm", text=WARM_TEXT, source="warm-up"))
        except Exception as e:  # noqa: BLE001 - reported; every document will say it again if it lasts
            self.log(f"{iso(self.clock())} warm-up failed: {one_line(str(e))[:300]}")

    def _catch_up(self) -> None:
        """An earlier run cut off before linking or alert checks: finish them first."""
        if self.store.get_meta(LINKS_STALE) is not None:
            self.chron.ingest([], on_error=self._say)
        check_alerts(self.store)

    def _first_due(self, source: str, once: bool) -> float:
        state = self.store.watch_state(source)
        planned = parse_iso(state.next_poll) if state is not None and not once else None
        now = self.clock()
        return now if planned is None else min(max(planned, now), now + self.every)

    def _say(self, message: str) -> None:
        self.log(f"{iso(self.clock())} {message}")

    # --- one poll ---

    def poll(self, source: str) -> float:
        """Poll one source now; returns when it is due next. Never raises for the source's faults."""
        started, t0 = self.clock(), time.monotonic()
        state = self.store.watch_state(source) or SourceState(source, kind=self.kinds[source])
        state.kind = self.kinds[source]
        state.last_poll = iso(started)
        try:
            result = poll_source(source, state, lambda keys: self.store.unseen_items(source, keys),
                                 self.chron.settings, max_items=self.max_items, fetch_links=self.fetch_links,
                                 memory=self.feeds)
            out = self._ingest(source, result, state)
        except Exception as e:  # noqa: BLE001 - one failing source never stops the others
            return self._failed(state, e, started, time.monotonic() - t0)
        state.etag, state.last_modified = result.etag, result.last_modified
        state.last_status, state.last_success, state.failures = result.status, state.last_poll, 0
        state.items_added += out.added
        state.backlog = out.backlog
        state.body = result.digest if _clean(result, out) else None
        state.listed = result.total
        nxt = started + self.every
        state.next_poll = iso(nxt)
        self.store.save_watch_state(state)
        self._say(f"{source}: {_status(result)}, {result.total} items, {out.new} new, {out.added} added, "
                  f"{out.failed} failed, {out.alerts} alert match{'es' if out.alerts != 1 else ''}"
                  f"{f', {out.backlog} left for the next poll' if out.backlog else ''}; "
                  f"{time.monotonic() - t0:.1f} s; next {state.next_poll}")
        for err in result.errors:
            self._say(f"error: {one_line(err)[:500]}")
        return nxt

    def _failed(self, state: SourceState, e: Exception, started: float, took: float) -> float:
        state.failures += 1
        state.last_status = "error"
        state.last_error = one_line(str(e) if isinstance(e, KroniekError) else f"{type(e).__name__}: {e}")[:500]
        state.last_error_at = state.last_poll
        wait = backoff(state.failures, self.every, retry_after=getattr(e, "retry_after", None), rng=self.rng)
        state.next_poll = iso(started + wait)
        try:
            self.store.save_watch_state(state)
        except Exception as store_error:  # noqa: BLE001 - the store itself failing: say so, go on
            self._say(f"{state.source}: could not save its state ({one_line(str(store_error))[:200]})")
        status = f"HTTP {e.status}" if isinstance(e, HTTPStatusError) else "error"
        self._say(f"{state.source}: {status}: {state.last_error}; {took:.1f} s; failure {state.failures}, "
                  f"retry in {wait:.0f} s ({state.next_poll})")
        return started + wait

    def _ingest(self, source: str, result: Poll, state: SourceState) -> Outcome:
        out = Outcome(new=len(result.candidates))
        docs = [d for c in result.candidates for d in c.docs]
        out.failed = sum(len(c.errors) for c in result.candidates)
        for c in result.candidates:
            for err in c.errors:
                self._say(f"error: {one_line(err)[:500]}")
        done: set[str] = set()
        tried: set[str] = set()
        if docs:
            inputs: Any = self._until_stopped(docs, tried)  # Chronicle.ingest passes Documents through
            # One document per analysis batch: a stop request is honoured after the current document.
            report = self.chron.ingest(inputs, fetch_links=False, on_error=self._say, batch_size=1)
            done = set(report.added) | set(report.skipped)
            out.added, out.failed = len(report.added), out.failed + len(report.errors)
        complete = [c.key for c in result.candidates if _complete(c, done)]
        failed = [c.key for c in result.candidates if _failed(c, done, tried)]
        given_up = self._count_tries(state, complete, failed)
        self.store.mark_seen(source, complete + given_up)
        out.backlog = result.unread + len(result.candidates) - len(complete) - len(given_up)
        out.alerts = self._check_alerts()
        return out

    def _check_alerts(self) -> int:
        """Check the documents stored since the last check (by any process: the API's too) against
        the alerts; skipped while no document was stored, as that check reads every document id."""
        newest = self.store.newest_document()
        if newest is not None and newest == self._alerts_upto:
            return 0
        found = check_alerts(self.store)
        self._alerts_upto = newest
        return found

    def _count_tries(self, state: SourceState, complete: list[str], failed: list[str]) -> list[str]:
        """Count the polls each failing item failed in; the items that reached MAX_TRIES are given up."""
        for key in complete:
            state.retries.pop(key, None)
        given_up = []
        for key in failed:
            state.retries[key] = state.retries.get(key, 0) + 1
            if state.retries[key] >= MAX_TRIES:
                given_up.append(key)
                del state.retries[key]
                self._say(f"{state.source}: gave up on {key} after {MAX_TRIES} failed polls")
        return given_up

    def _until_stopped(self, docs: list[Document], tried: set[str]) -> Iterator[Document]:
        for doc in docs:
            if self.stopping:
                return
            tried.add(doc.id)
            yield doc


def _complete(c: Candidate, done: set[str]) -> bool:
    """An item is seen once every document it holds is stored (added now, or stored before)."""
    return not c.errors and all(d.id in done for d in c.docs)


def _failed(c: Candidate, done: set[str], tried: set[str]) -> bool:
    """An item failed when reading it gave an error or a document of it was tried and not stored
    (one left untried because the watcher was stopping has not failed)."""
    return bool(c.errors) or any(d.id in tried and d.id not in done for d in c.docs)


def _clean(p: Poll, out: Outcome) -> bool:
    """The poll read every item it found and stored them all: its bytes need no parsing again."""
    return not p.errors and not out.failed and not out.backlog


def _status(p: Poll) -> str:
    if p.status == "folder":
        return "folder"
    if p.same:
        return f"HTTP {p.status}, the same bytes as the last poll"
    return "HTTP 304 not modified" if p.status == "304" else f"HTTP {p.status}"
