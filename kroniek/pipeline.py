"""Pipeline: small named components over a Document, run in order.

A component is any callable ``component(doc) -> Document`` with a ``name`` attribute; it may
declare ``requires`` (names of components that must have run) and may offer
``pipe(docs) -> Iterator[Document]`` to process a stream in batches (Frog does).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Protocol, runtime_checkable

from .model import Document


@runtime_checkable
class Component(Protocol):
    name: str

    def __call__(self, doc: Document) -> Document: ...


class Pipeline:
    """An ordered list of components."""

    def __init__(self, components: Iterable[Component] = ()) -> None:
        self.components: list[Component] = list(components)

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.components]

    def add(self, component: Component) -> Pipeline:
        self.components.append(component)
        return self

    def __call__(self, doc: Document) -> Document:
        for c in self.components:
            missing = [r for r in getattr(c, "requires", ()) if r not in doc.processed]
            if missing:
                raise ValueError(f"component {c.name!r} needs {missing} to have run on {doc.id}")
            doc = c(doc)
            if c.name not in doc.processed:
                doc.processed.append(c.name)
        return doc

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        """Run every component over a stream of documents, in order."""
        stream: Iterable[Document] = docs
        for c in self.components:
            stream = _apply(c, stream)
        yield from stream

    def close(self) -> None:
        for c in self.components:
            close = getattr(c, "close", None)
            if close:
                close()


def _apply(c: Component, docs: Iterable[Document]) -> Iterator[Document]:
    pipe = getattr(c, "pipe", None)
    out = pipe(docs) if pipe else (c(d) for d in docs)
    for d in out:
        if c.name not in d.processed:
            d.processed.append(c.name)
        yield d
