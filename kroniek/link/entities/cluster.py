"""An entity under construction: the chains of every document that name one thing."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..names import PersonName
from .chain import Chain
from .roles import role_heads


@dataclass(slots=True)
class Cluster:
    chains: list[Chain] = field(default_factory=list)
    keys: set[str] = field(default_factory=set)
    acronyms: set[str] = field(default_factory=set)
    persons: list[PersonName] = field(default_factory=list)
    context: set[str] = field(default_factory=set)
    role_heads: set[str] = field(default_factory=set)
    docs: set[str] = field(default_factory=set)
    type: str = ""
    subtype: str = ""
    kind: str = ""

    def add(self, c: Chain) -> None:
        if not self.chains:
            self.type, self.subtype, self.kind = c.type, c.subtype, c.kind
        self.chains.append(c)
        self.keys |= c.keys
        self.acronyms |= c.acronyms
        if c.person:
            self.persons.append(c.person)
        self.context |= c.context
        self.role_heads |= role_heads(c.roles)
        self.docs.add(c.mentions[0].doc)

    def absorb(self, other: Cluster) -> None:
        """Take the chains of another cluster, which is left empty."""
        for c in other.chains:
            self.add(c)
        other.chains = []
