"""Where a chain looks for the entity it belongs to: clusters by key, surname, skeleton, initials."""

from __future__ import annotations

from ..names import PersonName, consonant_skeleton, initials_variants
from .chain import Chain
from .cluster import Cluster


class NameIndex:
    """The clusters found so far, by identity key, surname part, surname consonant skeleton and
    the initials a multi-word name spells ("GM" for "General Motors")."""

    def __init__(self) -> None:
        self.keys: dict[str, list[Cluster]] = {}
        self.surnames: dict[str, list[Cluster]] = {}
        self.skeletons: dict[str, list[Cluster]] = {}
        self.initials: dict[str, list[Cluster]] = {}
        self._registered: set[tuple[int, str, str]] = set()

    def register(self, g: Cluster, c: Chain) -> None:
        """Make cluster g findable by everything its new chain c is known by."""
        for k in c.keys:
            self._put(self.keys, "key", k, g)
        if c.person:
            for p in c.person.surname_parts:
                self._put(self.surnames, "surname", p, g)
            self._put(self.skeletons, "skeleton", consonant_skeleton(c.person.surname_parts[-1]), g)
        for m in c.mentions:
            if m.kind == "name" and m.core and len(m.core.split()) > 1:
                for x in initials_variants(m.core):
                    self._put(self.initials, "initials", x, g)

    def person_candidates(self, p: PersonName) -> list[Cluster]:
        """Clusters sharing a surname part with p, or the consonant skeleton of its surname."""
        seen: list[Cluster] = []
        for part in p.surname_parts:
            seen.extend(self.surnames.get(part, []))
        seen.extend(self.skeletons.get(consonant_skeleton(p.surname_parts[-1]), []))
        return seen

    def _put(self, table: dict[str, list[Cluster]], name: str, key: str, g: Cluster) -> None:
        # Each entity once per key: a name repeated in every text must not grow its list.
        if (id(g), name, key) not in self._registered:
            self._registered.add((id(g), name, key))
            table.setdefault(key, []).append(g)
