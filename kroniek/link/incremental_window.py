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
- documents that left the window are forgotten, so memory is bounded by the window.

The state belongs to one ``Store`` object (``window_of``); it is only a cache: anything stored by
another process shows up as a changed or new version and is read again.
"""

from __future__ import annotations

import threading
import weakref
from collections import Counter
from dataclasses import dataclass

from ..model import Document
from ..store import Store
from .stories import TermCounts, story_terms


@dataclass(slots=True)
class _Entry:
    version: str
    doc: Document
    tf: Counter[str]


class StoryWindow:
    """The story window's documents and document frequencies, kept across polls."""

    def __init__(self) -> None:
        self.entries: dict[str, _Entry] = {}  # stored document id -> its version, document, stems
        self.counted: dict[str, Counter[str]] = {}  # document id -> the stems ``df`` counts for it
        self.df: Counter[str] = Counter()
        self.read = 0  # stored documents read so far (for tests and the bench)
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
        return [self.entries[i].doc for i, _ in versions if i in self.entries]

    def counts(self, docs: list[Document]) -> TermCounts | None:
        """The counted stems of ``docs`` (stored ones from memory) and their document frequencies
        over exactly ``docs``; None when an id repeats (``build_stories`` then counts itself)."""
        tf: dict[str, Counter[str]] = {}
        for d in docs:
            e = self.entries.get(d.id)
            tf[d.id] = e.tf if e is not None and e.doc is d else story_terms(d)
        if len(tf) != len(docs):
            return None
        for i in [i for i, c in self.counted.items() if tf.get(i) is not c]:
            self._uncount(i)
        for i, c in tf.items():
            if i not in self.counted:
                self._count(i, c)
        return TermCounts(tf=tf, df=self.df)

    def forget_except(self, doc_ids: set[str]) -> None:
        """Drop the documents no longer in the window (the counts follow at the next ``counts``)."""
        for i in [i for i in self.entries if i not in doc_ids]:
            del self.entries[i]

    def _count(self, doc_id: str, tf: Counter[str]) -> None:
        self.counted[doc_id] = tf
        self.df.update(tf.keys())

    def _uncount(self, doc_id: str) -> None:
        df = self.df
        for t in self.counted.pop(doc_id):
            if df[t] <= 1:
                del df[t]
            else:
                df[t] -= 1


_WINDOWS: weakref.WeakKeyDictionary[Store, StoryWindow] = weakref.WeakKeyDictionary()
_WINDOWS_LOCK = threading.Lock()


def window_of(store: Store) -> StoryWindow:
    """The story window kept for this store object (a new one the first time)."""
    with _WINDOWS_LOCK:
        w = _WINDOWS.get(store)
        if w is None:
            w = _WINDOWS[store] = StoryWindow()
        return w
