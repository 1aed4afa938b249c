"""The within-document chains as the coref component writes them (``chains`` layer) and reads them back."""

from __future__ import annotations

from ...model import Document
from .chain import Chain
from .fullnames import full_name_of, mark_surnames_used, used_as_person
from .mention import Reading, read_mention
from .within import chain_document


def document_chains(doc: Document) -> list[tuple[str, list[tuple[int, int]]]]:
    """One document's NER mentions grouped into chains, each with its type (a person's chain is
    PER whatever NER said of its surname): the within-document name chaining that the coref
    component writes into the ``chains`` layer and the linker then reads back."""
    return [
        ("PER" if c.kind == "person" else c.type, [(m.start, m.end) for m in c.mentions])
        for c in chain_document(doc)
    ]


def chains_from_layer(doc: Document) -> list[Chain] | None:
    """The chains of ``document_chains`` rebuilt from the stored ``chains`` layer (its name
    mentions, in chain order); None when the layer does not cover every mention (mentions
    changed after coref ran), so the document is chained afresh."""
    recs: dict[tuple[int, int], Reading] = {}
    for m in sorted(doc.mentions, key=lambda m: (m.start, m.end)):
        recs.setdefault((m.start, m.end), read_mention(doc, m))
    groups: dict[int, list[Reading]] = {}
    for c in doc.chains:
        r = recs.pop((c.start, c.end), None) if c.kind == "name" else None
        if r is not None:
            groups.setdefault(c.chain, []).append(r)
    chains = [_rebuilt(doc, groups[cid]) for cid in sorted(groups)]
    mark_surnames_used(doc, chains)
    return None if recs else chains


def _rebuilt(doc: Document, group: list[Reading]) -> Chain:
    """A chain from its mentions, full person names first (as ``within`` adds them); a full name
    NER did not call a person is read as the person again (``within.full_name_of``)."""
    chain = Chain()
    bare = [r for r in group if r.kind == "person"]
    named = any(r.kind == "name" and r.type in {"MISC", "LOC"} for r in group)
    if named and bare and bare[0].person and used_as_person(doc, bare):
        for r in group:
            p = full_name_of(r, bare[0].person)
            if p is not None:
                r.kind, r.person = "person", p  # "Mensur Suljovic" tagged MISC beside "Suljovic"
    persons = sorted(
        (r for r in group if r.kind == "person"),
        key=lambda r: (not (r.person and r.person.has_given), r.start),
    )
    for r in persons + [r for r in group if r.kind != "person"]:
        chain.add(r)
    return chain
