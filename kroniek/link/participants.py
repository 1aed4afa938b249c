"""Participants are entities, never adjectives.

Event arguments point at spans; a nationality adjective on an event noun or its subject
("Amerikaanse droneaanval", "het Iraakse parlement") resolves to a demonym entity
("Amerikaanse"), which the entity linker ties to its country (``attributes["nationality-of"]``);
a noun for a place's people ("Limburgers besloten") is tied the same way to the place, when the
store names it; one person of a place ("Tilburger aangehouden", "Belg won") is an unnamed person
like "een man", no participant (the place did not do it).
Here each such participant or place is replaced by that country ("Verenigde Staten"); a
demonym whose country is not in the store is dropped rather than shown as an adjective.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..gazetteer import street_head
from ..model import Entity, Event


def country_of(entities: Iterable[Entity]) -> dict[str, str | None]:
    """Demonym entity id -> the id of its country entity (None when the store holds no country)."""
    ids = {e.id for e in entities}
    out: dict[str, str | None] = {}
    for e in entities:
        if "nationality" in e.attributes or "inhabitants-of" in e.attributes:
            target = e.attributes.get("nationality-of")
            one = e.attributes.get("one-of-place")  # "Tilburger aangehouden": an unnamed person, not Tilburg
            out[e.id] = target if target in ids and not one else None
    return out


def resolve(events: Iterable[Event], entities: list[Entity]) -> None:
    """Replace demonym participants and places by their countries, in place, without duplicates.

    A demonym in a role a person fills too describes that person ("de Iraanse generaal Qassem
    Soleimani"): the person is the participant, the country is not.
    """
    demonyms = country_of(entities)
    people = {e.id for e in entities if e.type == "PER"}
    streets = {e.id for e in entities if street_head(e.name)}
    for ev in events:
        personal = {role for role, eid in ev.participants if eid in people}
        roles: list[tuple[str, str]] = []
        for role, eid in ev.participants:
            if eid in streets:
                ev.where = [*ev.where, eid] if eid not in ev.where else ev.where
                continue
            if eid in demonyms and role in personal:
                continue
            target = demonyms.get(eid, eid) if eid in demonyms else eid
            if target is not None and (role, target) not in roles:
                roles.append((role, target))
        ev.participants = roles
        places: list[str] = []
        for eid in ev.where:
            target = demonyms.get(eid, eid) if eid in demonyms else eid
            if target is not None and target not in places:
                places.append(target)
        ev.where = places
