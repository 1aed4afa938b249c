"""Who an event's pronoun or role noun stands for: read from the document's coreference layer.

Events do not chain anaphors themselves. An argument named only by a pronoun ("hij"), a role
noun ("de minister", "de 42-jarige", "het bedrijf") or a group word ("beiden") takes the name
its chain in the ``chains`` layer (``extract/coref``) gives: the latest name (or named group)
of that chain before it. Where the layer has no chain for it, the argument stays unnamed.
"""

from __future__ import annotations

from ...extract.coref import antecedent
from ...model import ChainMention, Document, Token

REFERRING = ("pronoun", "role", "group")


def antecedent_span(doc: Document, toks: list[Token], a: int, b: int) -> tuple[int, int] | None:
    """The span of the name the pronoun, role noun or group word heading the argument ``a:b``
    refers to, by the coreference layer; None when the argument is no such word or its chain
    names nobody before it. A referring word inside a prepositional phrase of the argument
    ("de auto van de minister") is not the argument itself, and a role noun with a "van"
    complement of its own ("de leider van de Quds-brigade") is told by that complement, not by
    the role group its chain was joined by: it takes no name from the layer."""
    head = _top_reference(doc.chains, toks, a, b)
    if head is None or head.kind == "role" and _own_complement(toks, head.end, b):
        return None
    named = antecedent(doc.chains, head)
    return None if named is None else (named.start, named.end)


def _top_reference(chains: list[ChainMention], toks: list[Token], a: int, b: int) -> ChainMention | None:
    """The first referring chain mention inside ``a:b`` with no preposition before it in the span."""
    inside = [c for c in chains if c.kind in REFERRING and a <= c.start and c.end <= b]
    if not inside:
        return None
    first = min(inside, key=lambda c: c.start)
    if any(t.coarse_pos == "VZ" and a <= t.start < first.start for t in toks):
        return None
    return first


def _own_complement(toks: list[Token], start: int, end: int) -> bool:
    """A "van" phrase follows the role noun inside the argument ("de leider van de bende")."""
    return any(t.coarse_pos == "VZ" and t.lemma.lower() == "van" and start <= t.start < end for t in toks)
