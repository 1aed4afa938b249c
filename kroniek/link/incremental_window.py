"""What the incremental story step keeps between polls: the documents of its date window, their
counted stems and the document frequencies of those stems.

Every poll of ``kroniek watch`` links its new documents against the stored documents of the days
before them (``link.incremental_stories``). Reading all of those documents from the store, stemming
them and counting in how many of them each stem occurs made a poll's cost grow with the window
(bench/watch/long_run.py). ``StoryWindow`` keeps them in memory instead:

- a document is read again only when it is new to the window or its stored version changed
  (``Store.document_versions``: its text hash and every other column but the text, so a document
  re-dated by ``link.dates`` or re-analysed is read again);
- the document frequencies are updated by what entered and left the window since the last poll,
  and by the documents whose stems changed; what ``build_stories`` gets is exactly the count over
  the documents it is given (``tests/link/test_incremental_window.py`` checks it against counting
  again from scratch);
- the documents of the last few windows are kept (at most ``MAX_KEPT``, the least recently used
  forgotten first), and the frequencies of the last few windows (``MAX_COUNTS``): one watcher
  polls sources whose windows differ (a feed of today's reports, a folder of undated files), and
  keeping only the last window read and counted the other one again at every poll.

The state belongs to one ``Store`` object (``window_of``); it is only a cache: anything stored by
another process shows up as a changed or new version and is read again.
"""

from __future__ import annotations

import itertools
import threading
import weakref
from collections import Counter
from dataclasses import dataclass

from ..model import Document
from ..store import Store
from .stories import TermCounts, story_terms

MAX_KEPT = 4000  # stored documents kept in memory at most (a few windows of up to 1,000 + 500)
MAX_COUNTS = 4  # windows whose document frequencies are kept


@dataclass(slots=True)
class _Entry:
    version: str
    doc: Document
    tf: Counter[str]


class _Frequencies:
    """The document frequencies over one set of documents, updated towards another set."""

    def __init__(self) -> None:
        self.counted: dict[str, Counter[str]] = {}  # document id -> the stems ``df`` counts for it
        self.df: Counter[str] = Counter()

    def distance(self, tf: dict[str, Counter[str]]) -> int:
        """How many documents would be counted or uncounted to reach ``tf``'s documents."""
        return len(self.counted.keys() ^ tf.keys())

    def move_to(self, tf: dict[str, Counter[str]]) -> int:
        """Count ``tf``'s documents and uncount the others; returns how many were (un)counted."""
        gone = [i for i, c in self.counted.items() if tf.get(i) is not c]
        for i in gone:
            self._uncount(i)
        came = [(i, c) for i, c in tf.items() if i not in self.counted]
        for i, c in came:
            self.counted[i] = c
            self.df.update(c.keys())
        return len(gone) + len(came)

    def _uncount(self, doc_id: str) -> None:
        df = self.df
        for t in self.counted.pop(doc_id):
            if df[t] <= 1:
                del df[t]
            else:
                df[t] -= 1


class StoryWindow:
    """The story window's documents and document frequencies, kept across polls."""

    def __init__(self) -> None:
        self.entries: dict[str, _Entry] = {}  # stored document id -> its version, document, stems; least recently used first
        self.frequencies: list[_Frequencies] = []  # least recently used first
        self.read = 0  # stored documents read so far (for tests)
        self.moved = 0  # documents counted or uncounted in the frequencies so far (for tests)
        self.lock = threading.Lock()

    def documents(self, store: Store, doc_ids: list[str]) -> list[Document]:
        """These stored documents without layers, as ``store.get_documents(doc_ids, layers=False)``
        returns them (ingest order), reading only those that are new here or changed."""
        versions = store.document_versions(doc_ids)
        stale = [i for i, v in versions if (e := self.entries.get(i)) is None or e.version != v]
        if stale:
            version = dict(versions)
            for doc in store.get_documents(stale, layers=False):
                self.entries[doc.id] = _Entry(version[doc.id], doc, story_terms(doc))
            self.read += len(stale)
        out = []
        for i, _ in versions:
            e = self.entries.pop(i, None)
            if e is not None:
                self.entries[i] = e  # used now: to the end of the eviction order
                out.append(e.doc)
        for i in list(itertools.islice(self.entries, max(0, len(self.entries) - MAX_KEPT))):
            del self.entries[i]
        return out

    def counts(self, docs: list[Document]) -> TermCounts | None:
        """The counted stems of ``docs`` (stored ones from memory) and their document frequencies
        over exactly ``docs``; None when an id repeats (``build_stories`` then counts itself)."""
        tf: dict[str, Counter[str]] = {}
        for d in docs:
            e = self.entries.get(d.id)
            tf[d.id] = e.tf if e is not None and e.doc is d else story_terms(d)
        if len(tf) != len(docs):
            return None
        near: _Frequencies | None = None
        distance = 0
        for f in self.frequencies:  # the nearest kept window (the first of equals), measured once
            gap = f.distance(tf)
            if near is None or gap < distance:
                near, distance = f, gap
        if near is None or distance > len(tf) // 2:
            # A window far from every kept one is counted afresh and kept beside them: moving the
            # nearest one (a folder's window of all recent files, say, down to a feed's dated
            # reports) would only move it back at the next poll of the other source.
            near = _Frequencies()
            if len(self.frequencies) >= MAX_COUNTS:
                self.frequencies.pop(0)
        else:
            self.frequencies.remove(near)
        self.frequencies.append(near)
        self.moved += near.move_to(tf)
        return TermCounts(tf=tf, df=near.df)


_WINDOWS: weakref.WeakKeyDictionary[Store, StoryWindow] = weakref.WeakKeyDictionary()
_WINDOWS_LOCK = threading.Lock()


def window_of(store: Store) -> StoryWindow:
    """The story window kept for this store object (a new one the first time)."""
    with _WINDOWS_LOCK:
        w = _WINDOWS.get(store)
        if w is None:
            w = _WINDOWS[store] = StoryWindow()
        return w
