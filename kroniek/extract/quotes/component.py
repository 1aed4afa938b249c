"""The quote finder as a pipeline component, and ``find_quotes`` for one document."""

from __future__ import annotations

from collections.abc import Iterable

from ...model import Document, Quote
from .attribute import run
from .names import read_context


def find_quotes(doc: Document) -> list[Quote]:
    """Find direct quotes and reported speech in a document and attribute them to speakers
    (reading ``doc.chains`` when the coref component ran, else finding the chains first).
    A document of turns (the Handelingen: ``meta["turns"]``, marked by the reader) gives one
    quote per part of a turn (a paragraph, or a group of a long one's sentences), its speaker the
    label's name; what is found inside a turn is kept."""
    found = run(read_context(doc))
    turns = [
        Quote(s, e, t["speaker_start"], t["speaker_end"], cue="turn")
        for t in doc.meta.get("turns") or ()
        for s, e in t.get("parts") or [(t["start"], t["end"])]
    ]
    if not turns:
        return found
    inside = [q for q in found if any(_within(q, t) for t in turns)]
    return sorted([*turns, *inside], key=lambda q: (q.start, -q.end))


def _within(q: Quote, turn: Quote) -> bool:
    """A quote found inside a turn whose speaker (if any) the turn names too (a member quoting
    someone), not one carried over from another turn's label."""
    speaker = q.speaker_start is None or turn.start <= q.speaker_start < turn.end
    return turn.start <= q.start and q.end <= turn.end and speaker


class QuoteExtractor:
    """Pipeline component that sets ``doc.quotes``."""

    name = "quotes"
    requires = ("sentences", "tokens", "mentions", "chains")
    assigns = ("quotes",)

    def __call__(self, doc: Document) -> Document:
        doc.quotes = find_quotes(doc)
        return doc

    def pipe(self, docs: Iterable[Document]) -> Iterable[Document]:
        for d in docs:
            yield self(d)
