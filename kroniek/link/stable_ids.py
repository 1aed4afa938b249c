"""Ids that live as long as the store: a rebuilt cluster takes the id of the stored cluster it overlaps
most, and a stored id no rebuilt cluster keeps is redirected to the cluster holding most of its members.

Used by the full relink (``Chronicle.relink``), so ``kroniek relink --full`` leaves links to
entities, events and stories working; incremental linking keeps ids by construction.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field

from ..model import Entity, Event, Story, sha256_hex


@dataclass(slots=True)
class IdMap:
    """What became of the ids: ``rename`` new id -> final id, ``redirects`` retired old id -> final id."""

    rename: dict[str, str] = field(default_factory=dict)
    redirects: dict[str, str] = field(default_factory=dict)


def match_ids(new: Iterable[tuple[str, Iterable[Hashable]]], old: Iterable[tuple[str, Iterable[Hashable]]]) -> IdMap:
    """Pair new clusters with old ones one to one, largest overlap of members first (ties: ids).

    A new cluster without a partner keeps its own id (made unique against the old ids kept);
    an old id without a partner redirects to the new cluster holding most of its members.
    """
    owner: dict[Hashable, str] = {}
    old_ids: list[str] = []
    for oid, members in old:
        old_ids.append(oid)
        for m in members:
            owner.setdefault(m, oid)
    new_members = [(nid, list(ms)) for nid, ms in new]
    overlap: Counter[tuple[str, str]] = Counter()
    for nid, ms in new_members:
        for m in ms:
            if m in owner:
                overlap[(nid, owner[m])] += 1
    out = IdMap()
    taken: set[str] = set()
    for (nid, oid), _ in sorted(overlap.items(), key=lambda kv: (-kv[1], kv[0])):
        if nid not in out.rename and oid not in taken:
            out.rename[nid] = oid
            taken.add(oid)
    used = set(taken)
    for nid, _ in new_members:
        if nid not in out.rename:
            fid, n = nid, 0
            while fid in used:
                n += 1
                fid = nid[:2] + sha256_hex(f"{nid}:{n}")[:16]
            out.rename[nid] = fid
            used.add(fid)
    best: dict[str, tuple[int, str]] = {}
    for (nid, oid), n in overlap.items():
        if oid not in taken and (oid not in best or (n, nid) > best[oid]):
            best[oid] = (n, nid)
    for oid in old_ids:
        if oid in best:
            out.redirects[oid] = out.rename[best[oid][1]]
    return out


def rename_entities(entities: list[Entity], m: IdMap) -> None:
    for e in entities:
        e.id = m.rename.get(e.id, e.id)


def rename_events(events: list[Event], m: IdMap, entity_ids: dict[str, str]) -> None:
    """New event ids, and entity ids in participants and places after the entity renaming."""
    for ev in events:
        ev.id = m.rename.get(ev.id, ev.id)
        ev.participants = [(r, entity_ids.get(e, e)) for r, e in ev.participants]
        ev.where = [entity_ids.get(p, p) for p in ev.where]


def rename_in_stories(stories: list[Story], events: dict[str, str], entities: dict[str, str]) -> None:
    for s in stories:
        s.events = list(dict.fromkeys(events.get(e, e) for e in s.events))
        if isinstance(s.attributes.get("entities"), list):
            s.attributes["entities"] = [entities.get(e, e) for e in s.attributes["entities"]]
