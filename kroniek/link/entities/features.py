"""What a chain brings to linking across documents: the context it was written in and the long
forms of its acronyms (learned from any text, or from the curated list)."""

from __future__ import annotations

from ...model import Document
from ..geo import resolve_country
from ..names import acronym_key, find_acronym_definitions
from .chain import Chain
from .words import compact


def set_context(chains: list[Chain]) -> None:
    """Give each named chain of a document the keys and surnames of the document's other named
    chains: the co-occurring entities that confirm a link across documents."""
    strong = [c for c in chains if c.kind != "other"]
    for c in strong:
        c.context = set().union(*(o.keys for o in strong if o is not c)) if len(strong) > 1 else set()
        c.context |= {f"person:{o.person.surname_parts[-1]}" for o in strong if o is not c and o.person}


def learn_acronyms(doc: Document, chains: list[Chain], learned: dict[str, str]) -> None:
    """Record the long forms a document gives its acronyms (letters -> compact long form), first
    come first kept: defined in the text, or bracketed after a name."""
    for d in find_acronym_definitions(doc.text):
        learned.setdefault(acronym_key(d.short), compact(d.long))
    for c in chains:
        for m in c.mentions:
            if m.acronym and m.kind != "acronym" and m.key:
                learned.setdefault(m.acronym, m.key)


def expand_acronyms(c: Chain, learned: dict[str, str], curated: dict[str, str]) -> None:
    """Give an acronym chain the keys of its long form (learned from any text, or curated)."""
    letters = {m.acronym for m in c.mentions if m.kind == "acronym"} | c.acronyms
    for x in sorted(letters):
        long = learned.get(x)
        if long:
            c.keys.add(f"name:{long}")
        cur = curated.get(x)
        if cur:
            code = resolve_country(cur)
            c.keys.add(f"country:{code}" if code else f"name:{compact(cur)}")
        c.keys.add(f"name:{x.lower()}")
    # A long form in the curated list links to its acronyms' key too ("Verenigde Naties"), and a
    # short name in it that is no acronym ("Fed") to its long form's key.
    for m in c.mentions:
        if m.kind != "name":
            continue
        short_long = curated.get(acronym_key(m.core)) if m.core and " " not in m.core else None
        if short_long and not resolve_country(short_long):
            c.keys.add(f"name:{compact(short_long)}")
        for short, long in curated.items():
            if compact(long) == m.key:
                c.keys.add(f"name:{compact(long)}")
                c.keys.add(f"name:{short.lower()}")
