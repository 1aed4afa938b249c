"""The entity linker: documents in, entities and each mention's entity out."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ...model import Document, Entity
from ...settings import Settings
from .chain import Chain
from .clustering import cluster_chains
from .features import learn_acronyms, set_context
from .layer import chains_from_layer
from .output import link_nationalities, to_entity
from .within import chain_document

Assignments = dict[tuple[str, int, int], str]


class EntityLinker:
    """Link mentions to entities across documents that arrive one by one."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        # Document id -> its chains, in arrival order. A dict, so that adding a document costs the
        # same whatever the number already added (a list rebuilt on every add grew quadratically).
        self._docs: dict[str, list[Chain]] = {}
        self._learned: dict[str, str] = {}  # acronym letters -> compact long form, from any text
        self._cache: tuple[list[Entity], Assignments] | None = None

    def add(self, doc: Document) -> None:
        """Read a document's mentions into chains; linking across documents happens lazily.

        A document the coref component has read (``extract/coref``) brings its chains in the
        ``chains`` layer and is not chained again here."""
        chains = (chains_from_layer(doc) if "coref" in doc.processed else None) or chain_document(doc)
        learn_acronyms(doc, chains, self._learned)
        set_context(chains)
        # Adding a document again replaces its earlier reading rather than doubling its mentions.
        self._docs.pop(doc.id, None)  # re-added: it moves to the end, as a new arrival
        self._docs[doc.id] = chains
        self._cache = None

    def entities(self) -> list[Entity]:
        """Every entity so far, in order of first mention."""
        return self._link()[0]

    def assignments(self) -> Assignments:
        """Map each mention (doc id, start, end) to its entity id."""
        return self._link()[1]

    def _link(self) -> tuple[list[Entity], Assignments]:
        if self._cache is None:
            entities = [to_entity(g) for g in cluster_chains(self._docs, self._learned) if g.chains]
            link_nationalities(entities)
            by_id = {e.id: e for e in entities}
            self._cache = (entities, {m: e.id for e in by_id.values() for m in e.mentions})
        return self._cache


def link_documents(docs: Iterable[Document], settings: Settings | None = None) -> list[Entity]:
    """Link the mentions of a collection of documents into entities."""
    linker = EntityLinker(settings)
    for d in docs:
        linker.add(d)
    return linker.entities()


def linked_entities(docs: Iterable[Document],
                    settings: Settings | None = None) -> tuple[list[Entity], Callable[[str, int, int], str | None]]:
    """The entities of a collection of documents and the lookup from a mention (document id,
    start, end) to its entity's id: what a full relink links events and stories with."""
    linker = EntityLinker(settings)
    for d in docs:
        linker.add(d)
    entities = linker.entities()
    assigned = linker.assignments()

    def entity_of(doc_id: str, start: int, end: int) -> str | None:
        return assigned.get((doc_id, start, end))

    return entities, entity_of
