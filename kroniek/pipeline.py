"""Pipeline: small named components over a Document, run in order.

A component is any callable ``component(doc) -> Document`` with a ``name`` attribute. It declares
the document LAYERS it reads (``requires``) and writes (``assigns``), after spaCy's
``requires``/``assigns``; the Pipeline checks once, when it is built, that every required layer is
assigned by an earlier component or ``given`` with the input. A component may offer
``pipe(docs) -> Iterator[Document]`` to process a stream in batches (Frog does).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Protocol, runtime_checkable

from .model import Document

# The layers a component may require or assign. "published" is the document date (metadata the
# input may carry, refined by docdate); the others are Document's annotation lists.
LAYERS = ("published", "sentences", "tokens", "mentions", "timexes", "quotes", "events", "chains")
# Layers every input document carries (the date may be None: docdate infers it when it can).
INPUT_LAYERS = ("published",)


class PipelineError(ValueError):
    """A pipeline whose components cannot run in the order given."""


@runtime_checkable
class Component(Protocol):
    name: str

    def __call__(self, doc: Document) -> Document: ...


def requires_of(c: Component) -> tuple[str, ...]:
    return tuple(getattr(c, "requires", ()))


def assigns_of(c: Component) -> tuple[str, ...]:
    return tuple(getattr(c, "assigns", ()))


def check_order(components: Iterable[Component], given: Iterable[str] = ()) -> None:
    """Raise PipelineError naming the first component whose required layer nothing earlier assigns."""
    have = set(INPUT_LAYERS) | set(given)
    for c in components:
        for layer in (*requires_of(c), *assigns_of(c)):
            if layer not in LAYERS:
                raise PipelineError(f"component {c.name!r} declares unknown layer {layer!r}")
        missing = [r for r in requires_of(c) if r not in have]
        if missing:
            raise PipelineError(
                f"component {c.name!r} requires layer(s) {', '.join(missing)}, which no earlier "
                f"component assigns (put the component that assigns them before {c.name!r})"
            )
        have.update(assigns_of(c))


class Pipeline:
    """An ordered list of components, checked when built.

    ``given`` names layers the input documents carry beyond INPUT_LAYERS (for example a pipeline that only
    re-runs the extractors over documents Frog has analysed).
    """

    def __init__(self, components: Iterable[Component] = (), given: Iterable[str] = ()) -> None:
        self.given = tuple(given)
        self.components: list[Component] = list(components)
        check_order(self.components, self.given)

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.components]

    def add(self, component: Component) -> Pipeline:
        check_order([*self.components, component], self.given)
        self.components.append(component)
        return self

    def __call__(self, doc: Document) -> Document:
        for c in self.components:
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

    def warm(self) -> None:
        """Let components that start something slow (Frog) start it now, in the background."""
        for c in self.components:
            warm = getattr(c, "warm", None)
            if warm:
                warm()

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
