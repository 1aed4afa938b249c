"""The quote finder as a pipeline component, and ``find_quotes`` for one document."""

from __future__ import annotations

from collections.abc import Iterable

from ...model import Document, Quote
from .attribute import run
from .names import read_context


def find_quotes(doc: Document) -> list[Quote]:
    """Find direct quotes and reported speech in a document and attribute them to speakers
    (reading ``doc.chains`` when the coref component ran, else finding the chains first)."""
    return run(read_context(doc))


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
