"""Fast lookups from character offsets to tokens and event mentions, one index per document.

The steps after linking (participants, institutions, labels, anchors) look up a token or an
event mention by offset for every mention of every event; a linear scan of the document each
time would make a relink over a large store quadratic. Indexes are built once per document and
kept for the life of one ``Spans`` object (one relink).
"""

from __future__ import annotations

import bisect

from ..model import Document, EventMention, Token


class Spans:
    """Token and event-mention indexes of the documents it is asked about."""

    def __init__(self) -> None:
        self._starts: dict[str, list[int]] = {}
        self._events: dict[str, dict[tuple[int, int], EventMention]] = {}

    def _token_starts(self, doc: Document) -> list[int]:
        starts = self._starts.get(doc.id)
        if starts is None:
            starts = self._starts[doc.id] = [t.start for t in doc.tokens]
        return starts

    def token_at(self, doc: Document, start: int) -> int | None:
        """The index of the token starting exactly at ``start``."""
        starts = self._token_starts(doc)
        k = bisect.bisect_left(starts, start)
        return k if k < len(starts) and starts[k] == start else None

    def tokens_in(self, doc: Document, a: int, b: int) -> list[Token]:
        """The tokens starting within [a, b), in order."""
        starts = self._token_starts(doc)
        return doc.tokens[bisect.bisect_left(starts, a) : bisect.bisect_left(starts, b)]

    def event(self, doc: Document, start: int, end: int) -> EventMention | None:
        """The event mention of this document with exactly this span."""
        ev = self._events.get(doc.id)
        if ev is None:
            ev = self._events[doc.id] = {(m.start, m.end): m for m in doc.events}
        return ev.get((start, end))
