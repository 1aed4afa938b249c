"""Participants are entities, never adjectives.

Event arguments point at spans; a nationality adjective on an event noun or its subject
("Amerikaanse droneaanval", "het Iraakse parlement") resolves to a demonym entity
("Amerikaanse"), which the entity linker ties to its country (``attributes["nationality-of"]``);
a noun for a place's people ("Limburgers besloten") is tied the same way to the place, when the
store names it; one person of a place ("Tilburger aangehouden", "Belg won") is an unnamed person
like "een man", no participant (the place did not do it).
Here each such participant or place is replaced by that country ("Verenigde Staten"); a
demonym whose country is not in the store is dropped rather than shown as an adjective.

A nationality adjective on a common noun says what the noun is, not who took part: "een Britse
extremist werd veroordeeld" convicts the extremist, not the United Kingdom; "het Britse pond
daalde" (``drop_attributive``). On the event noun itself ("de Amerikaanse droneaanval") or on a
noun for the state and those who act for it ("de Britse regering", "Amerikaanse troepen", "de
Franse president") the country stays. An adjective the store ties to no place ("de
Schiedamse verloor", "Engelse vrouwen") is no participant either (``drop_adjectives``).
"""

from __future__ import annotations

from collections.abc import Iterable

from ..gazetteer import street_head
from ..model import Document, Entity, Event, Token
from .spans import Spans

# Nouns for the state and those who act for it: a nationality adjective on them names who acted
# ("de Britse regering", "Amerikaanse troepen", "de Nederlandse missie"); a compound on one counts too
# ("grenspolitie", "trainingsmissie").
STATE_NOUNS = ("regering", "kabinet", "leger", "parlement", "overheid", "autoriteit", "staat", "ministerie",
               "minister", "premier", "president", "kanselier", "regeringsleider", "koning", "koningin",
               "militair", "soldaat", "troep", "strijdkracht", "marine", "luchtmacht", "politie", "justitie",
               "diplomaat", "ambassadeur", "ambassade", "delegatie", "senaat", "congres", "rechtbank",
               "inlichtingendienst", "geheime dienst", "centrale bank", "bondscoach", "ploeg", "elftal",
               "team", "selectie", "missie", "defensie")


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


# Attributes that tie an entity to a place or a country: such an adjective is resolved, not dropped.
_TIED = ("nationality", "nationality-of", "inhabitants-of", "place", "country")


def drop_adjectives(events: Iterable[Event], docs: dict[str, Document], entities: Iterable[Entity],
                    spans: Spans | None = None) -> None:
    """Drop each participant that is a lone adjective the store ties to no place (in place)."""
    loose = adjective_entities(docs, entities, spans)
    for ev in events:
        ev.participants = [(role, eid) for role, eid in ev.participants if eid not in loose]


def adjective_entities(docs: dict[str, Document], entities: Iterable[Entity], spans: Spans | None = None) -> set[str]:
    """The ids of entities of one word that every mention spells as an adjective and that no
    attribute ties to a place ("Schiedamse", "Engelse", "Hoornse"): on a noun ("de Engelse
    vrouwen won") it tells of the noun, standing alone ("de Schiedamse verloor") of an unnamed
    person, as "Tilburger aangehouden" does; neither is who took part. One tied to its country
    ("Britse") is ``resolve``'s."""
    spans = spans or Spans()
    out: set[str] = set()
    for e in entities:
        if e.type != "MISC" or " " in e.name or any(k in e.attributes for k in _TIED) or not e.mentions:
            continue
        if all(_adjective_at(docs.get(doc_id), s, spans) for doc_id, s, _ in e.mentions):
            out.add(e.id)
    return out


def _adjective_at(doc: Document | None, start: int, spans: Spans) -> bool:
    i = spans.token_at(doc, start) if doc is not None else None
    return doc is not None and i is not None and doc.tokens[i].coarse_pos == "ADJ"


def drop_attributive(events: Iterable[Event], docs: dict[str, Document], entities: Iterable[Entity],
                     spans: Spans | None = None) -> None:
    """Drop each country participant ``attributive_countries`` finds (in place)."""
    events = list(events)
    gone = {(ev.id, role, eid) for ev, role, eid in attributive_countries(events, docs, entities, spans)}
    for ev in events:
        ev.participants = [(role, eid) for role, eid in ev.participants if (ev.id, role, eid) not in gone]


def attributive_countries(events: Iterable[Event], docs: dict[str, Document], entities: Iterable[Entity],
                          spans: Spans | None = None) -> list[tuple[Event, str, str]]:
    """(event, role, country id) of each country participant that only a nationality adjective on
    a common noun gives, in every argument span of its role that spells it ("een Britse
    extremist", "het Britse pond", "de Thaise oma"): the noun is who or what took part, the country
    did nothing. A country that some span names otherwise (its name, its people, the adjective
    alone or on the event noun, on a state noun) is not one, nor is one no span spells (a
    pronoun's chain gave it)."""
    spans = spans or Spans()
    by_doc: dict[str, list[tuple[int, int, str]]] = {}  # document -> (start, end, country id it spells)
    for e in entities:
        country = e.id if e.attributes.get("place") == "country" else e.attributes.get("nationality-of")
        if isinstance(country, str):
            for doc_id, s, t in e.mentions:
                by_doc.setdefault(doc_id, []).append((s, t, country))
    return [(ev, role, eid) for ev in events for role, eid in ev.participants
            if _only_attributive(ev, role, eid, docs, by_doc, spans)]


def _only_attributive(ev: Event, role: str, cid: str, docs: dict[str, Document],
                      by_doc: dict[str, list[tuple[int, int, str]]], spans: Spans) -> bool:
    """Whether every spelling of country ``cid`` in the event's ``role`` spans is an adjective on
    a common noun that is neither the event's trigger nor a state noun (and there is one)."""
    kinds = []
    for doc_id, start, end in ev.mentions:
        doc = docs.get(doc_id)
        em = spans.event(doc, start, end) if doc is not None else None
        if doc is None or em is None:
            continue
        for r, a, b in em.arguments:
            if r != role:
                continue
            for s, t, c in by_doc.get(doc_id, []):
                if c == cid and a <= s and t <= b:
                    kinds.append(_attributive(doc, spans.tokens_in(doc, s, b), (start, end)))
    return bool(kinds) and all(kinds)


def _attributive(doc: Document, toks: list[Token], trigger: tuple[int, int]) -> bool:
    """Whether the first token (a nationality adjective) stands on a common noun after it in its
    phrase that is not the trigger and not a state noun ("Britse pond", "Thaise oma")."""
    if not toks or toks[0].coarse_pos != "ADJ":
        return False
    for t in toks[1:]:
        if t.pos.startswith("N(soort"):
            word = t.lemma.lower()
            return t.start != trigger[0] and not any(word.endswith(n) for n in STATE_NOUNS)
        if t.coarse_pos not in ("ADJ", "TW", "BW"):
            return False  # a name, a preposition, a verb: no noun of its own
    return False
