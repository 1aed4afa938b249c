"""Clusters written out as Entities: id, type, canonical name, aliases, attributes."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from ...model import Entity, sha256_hex
from ..geo import Place, country_name
from ..names import PersonName, acronym_letters, is_acronym
from .cluster import Cluster
from .mention import Reading, one_of_a_place
from .words import clean_surface


def to_entity(g: Cluster) -> Entity:
    """The entity of a cluster; its id hashes its first mention, so the same documents in the
    same order give the same ids."""
    mentions = [(m.doc, m.start, m.end) for c in g.chains for m in c.mentions]
    first = mentions[0]
    eid = "e-" + sha256_hex(f"{first[0]}\x00{first[1]}\x00{first[2]}")[:16]
    all_m = [m for c in g.chains for m in c.mentions]
    etype, name, attributes = _describe(g, all_m)
    roles = [r for c in g.chains for r in c.roles]
    if roles:
        attributes["roles"] = list(dict.fromkeys(roles))
    aliases = [s for s in dict.fromkeys(m.core or clean_surface(m.text) for m in all_m) if s != name]
    return Entity(eid, etype, name, aliases, mentions, attributes)


def _describe(g: Cluster, all_m: list[Reading]) -> tuple[str, str, dict[str, Any]]:
    """The entity's type, canonical name and attributes."""
    surfaces = fold_capitals(Counter(m.core or clean_surface(m.text) for m in all_m))
    etype = Counter(m.type for m in all_m).most_common(1)[0][0]
    places = [m.place for m in all_m if m.place is not None]
    if _organisation_called_person(g, all_m):
        return "ORG", *_plain_name(g, surfaces)
    if g.kind == "person" and g.persons:
        best = max(g.persons, key=lambda p: (len(p.given), len(p.initials), len(p.surname_parts)))
        name = _person_surface(all_m, best)
        if _compound_of(name, {m.core for m in all_m if m.core}):
            name = name.rpartition("-")[0]  # "Vogue-cover" beside "Vogue" is shown as "Vogue"
        return "PER", name, {}
    if g.kind == "demonym":
        code = next(m.country for m in all_m if m.country)
        home = next((m.home for m in all_m if m.home), "")
        if home:  # "Tilburgers": the people of a town, a group, never a person
            name = surfaces.most_common(1)[0][0]
            return "MISC", name, {"inhabitants-of": home, **({"one-of-place": True} if one_of_a_place(name) else {})}
        return etype, surfaces.most_common(1)[0][0], {"nationality": code}
    if places:
        name, attributes = _place_name(places, surfaces)
        return (etype if etype in {"LOC", "ORG"} else "LOC"), name, attributes
    name, attributes = _plain_name(g, surfaces)
    return etype, (_dateline_written(name) if etype == "LOC" else name), attributes


def _organisation_called_person(g: Cluster, all_m: list[Reading]) -> bool:
    """A name some texts tag ORG and others PER ("kenners van Heldring" PER, "zakenbank
    Heldring" ORG) is the organisation when a text says so ("zakenbank", shareholders, a web
    address) and none shows a person: a first name or initials, a role, a family word."""
    if not any(m.cue == "org" for m in all_m) or any(m.cue == "person" for m in all_m):
        return False
    if any(c.roles for c in g.chains):
        return False
    return not any(m.person is not None and m.person.has_given for m in all_m)


def _person_surface(mentions: list[Reading], best: PersonName) -> str:
    forms = [m.core for m in mentions if m.person == best and m.core]
    if not forms:
        return best.surname
    written = fold_capitals(Counter(m.core for m in mentions if m.core))
    return next((f for f in forms if f in written), None) or max(
        (f for f in written if _POSSESSIVE_RE.sub("", forms[0]).casefold() == f.casefold()), default=forms[0]
    )


_POSSESSIVE_RE = re.compile(r"['’]s?$")


def fold_capitals(surfaces: Counter[str]) -> Counter[str]:
    """Forms written in capitals ("NIJMEGEN", a dateline) or with a possessive ("Haya’s") counted
    as the plain form the texts also write, so that form names the entity."""
    plain = {s.casefold(): s for s in surfaces if not (s.isupper() and len(s) > 4) and not _POSSESSIVE_RE.search(s)}
    out: Counter[str] = Counter()
    for s, n in surfaces.items():
        bare = _POSSESSIVE_RE.sub("", s)
        out[plain.get(s.casefold()) or plain.get(bare.casefold()) or s] += n
    return out


def _place_name(places: list[Place], surfaces: Counter[str]) -> tuple[str, dict[str, Any]]:
    """A place's name (a country's Dutch name) and its attributes (code, coordinates, GeoNames name)."""
    place = Counter(places).most_common(1)[0][0]
    attributes: dict[str, Any] = {}
    attributes.update(place.attributes())
    if place.kind == "country":
        return country_name(place.country), attributes
    if place.kind == "city":
        attributes["geoname"] = place.name
    return _dateline_written(surfaces.most_common(1)[0][0], shortest=4), attributes


def _dateline_written(name: str, shortest: int = 5) -> str:
    """A place known only from datelines in capitals ("ARNHEM", "DEN HAAG") as prose writes it; a
    town the gazetteer knows from four letters ("TIEL"), any other from five (acronyms are short)."""
    if not (name.isupper() and len(name) >= shortest):
        return name
    written = re.sub(r"[^\W\d_]+", lambda w: w.group().capitalize(), name)
    return re.sub(r"^'S-", "'s-", written)  # "'s-Hertogenbosch"


def _plain_name(g: Cluster, surfaces: Counter[str]) -> tuple[str, dict[str, Any]]:
    """The fullest proper form: a spelled-out name beats its acronym; then the most used. A
    multi-word name beats one word of it ("Europese Unie" over "Unie", "Raad Buitenlandse Zaken"
    over "Raad") however often the short one is used."""
    name = max(
        surfaces,
        key=lambda s: (not _compound_of(s, surfaces), not is_acronym(s), len(s.split()) > 1, surfaces[s], len(s)),
    )
    acr = sorted(g.acronyms | {acronym_letters(s) for s in surfaces if is_acronym(s)})
    return name, ({"acronyms": acr} if acr else {})


def _compound_of(form: str, written: Counter[str] | set[str]) -> bool:
    """The form is a compound on a name also written alone ("Red Bull-coureur" beside "Red Bull",
    "Vogue-cover" beside "Vogue"): a thing of the name, never the name to show."""
    head, sep, tail = form.rpartition("-")
    return bool(sep) and tail.islower() and head in written


def link_nationalities(entities: list[Entity]) -> None:
    """Nationality adjectives point at their country's entity when the corpus names the country;
    a place's people ("Tilburgers") at the place's entity when the corpus names the place."""
    country_entity = {
        e.attributes["country"]: e.id for e in entities if e.attributes.get("place") == "country"
    }
    place_entity = {e.name.casefold(): e.id for e in entities if e.attributes.get("place")}
    for e in entities:
        code = e.attributes.get("nationality")
        home = str(e.attributes.get("inhabitants-of", "")).casefold()
        if code and code in country_entity:
            e.attributes["nationality-of"] = country_entity[code]
        elif home and home in place_entity:
            e.attributes["nationality-of"] = place_entity[home]
