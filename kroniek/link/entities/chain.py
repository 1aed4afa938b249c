"""A chain: the mentions of one thing within one document, with the keys it is linked by."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from rapidfuzz.distance import Levenshtein

from ..names import PersonName, consonant_skeleton
from .mention import Reading

# Similarity (0..1, normalised Levenshtein) above which two surnames may be one transliterated name.
SURNAME_SIMILARITY = 0.85
_KIND_ORDER = ("person", "demonym", "place", "name", "acronym", "other")


@dataclass(slots=True)
class Chain:
    mentions: list[Reading] = field(default_factory=list)
    keys: set[str] = field(default_factory=set)  # strong identity keys
    acronyms: set[str] = field(default_factory=set)
    person: PersonName | None = None
    roles: list[str] = field(default_factory=list)
    context: set[str] = field(default_factory=set)
    surname_used: bool = False  # the text writes the person's bare surname as a person's

    @property
    def kind(self) -> str:
        kinds = {m.kind for m in self.mentions}
        return next((k for k in _KIND_ORDER if k in kinds), "other")

    @property
    def type(self) -> str:
        return Counter(m.type for m in self.mentions).most_common(1)[0][0]

    @property
    def subtype(self) -> str:
        return Counter(m.subtype for m in self.mentions).most_common(1)[0][0]

    def add(self, m: Reading) -> None:
        self.mentions.append(m)
        for r in m.roles:
            if r not in self.roles:
                self.roles.append(r)
        if m.acronym:
            self.acronyms.add(m.acronym)
        key = _key(m)
        if key is not None:
            self.keys.add(key)
        elif m.kind == "person" and m.person is not None and (self.person is None or fuller(m.person, self.person)):
            self.person = m.person

    def absorb(self, other: Chain) -> None:
        """Take every mention and key of another chain of the same document, leaving it empty."""
        for m in other.mentions:
            self.add(m)
        self.keys |= other.keys
        self.acronyms |= other.acronyms
        other.mentions.clear()


def _key(m: Reading) -> str | None:
    """The identity key a mention brings to its chain (persons are matched by name instead)."""
    if m.kind == "demonym" and m.country:
        return f"demonym:{m.country}:{m.home}" if m.home else f"demonym:{m.country}"
    if m.kind == "place" and m.place is not None:
        return m.place.key
    if m.kind in {"name", "acronym"}:
        return f"name:{m.key}"
    return None


def fuller(a: PersonName, b: PersonName) -> bool:
    """True when name a says more than name b (written first names beat initials)."""
    return (len(a.given), len(a.initials), len(a.surname_parts)) > (
        len(b.given),
        len(b.initials),
        len(b.surname_parts),
    )


def surname_variant(a: PersonName, b: PersonName) -> bool:
    """True when two surnames may be spellings of one name (Rohani / Rouhani)."""
    sa, sb = a.surname_parts[-1], b.surname_parts[-1]
    if sa == sb:
        return True
    if min(len(sa), len(sb)) < 5:
        return False
    if consonant_skeleton(sa) == consonant_skeleton(sb):
        return True
    return Levenshtein.normalized_similarity(sa, sb) >= SURNAME_SIMILARITY
