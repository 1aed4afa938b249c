"""A country's institution named by a nationality adjective is a participant of its own.

"Het Iraakse parlement nam een motie aan": the agent is not the adjective "Iraakse" nor simply
Iraq but the Iraqi parliament. When an event's agent, patient or other participant is a noun
phrase whose head is an institution noun (parlement, regering, leger, ...) with a nationality
adjective before it, the institution becomes an entity of its own, named the way Dutch names
it without article ("Iraaks parlement" for a neuter noun, "Iraakse regering" otherwise), with
every such phrase as its mention and ``attributes["institution-of"]`` naming the country; it
replaces, in that role, the country the adjective would otherwise give.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Document, Entity, Event, Token, sha256_hex
from .geo import resolve_demonym
from .names import data_rows
from .spans import Spans

INSTITUTIONS = frozenset({
    "parlement", "regering", "kabinet", "leger", "ministerie", "marine", "luchtmacht", "politie",
    "volksvertegenwoordiging", "senaat", "congres", "overheid", "autoriteit", "strijdkracht",
    "ambassade", "justitie", "rechtbank", "grondwettelijk hof", "centrale bank", "inlichtingendienst",
})
ROLES = ("agent", "patient", "participant", "recipient")


@dataclass(slots=True)
class _Found:
    name: str
    code: str
    mentions: list[tuple[str, int, int]] = field(default_factory=list)


def _base_adjectives() -> dict[str, str]:
    return {row[0]: row[1] for row in data_rows("nl_demonyms.tsv")}


def institution_in(doc: Document, a: int, b: int, bases: dict[str, str],
                   spans: Spans | None = None) -> tuple[str, str, int, int] | None:
    """(name, country code, start, end) of "<nationality adjective> <institution noun>" heading a span."""
    toks = (spans or Spans()).tokens_in(doc, a, b)
    for k, t in enumerate(toks[:-1]):
        if t.coarse_pos in ("VZ", "VG", "LET") or t.pos.startswith(("VNW(betr", "VNW(vb")) or t.lemma.startswith("waar"):
            return None  # past the head of the phrase
        noun = toks[k + 1]
        if t.coarse_pos != "ADJ" or noun.coarse_pos != "N" or noun.lemma.lower() not in INSTITUTIONS:
            continue
        code = resolve_demonym(doc.text[t.start : t.end])
        if code is None or code not in bases:
            continue
        return _name(doc, t, noun, bases[code]), code, t.start, noun.end
    return None


def _name(doc: Document, adj: Token, noun: Token, base: str) -> str:
    """"Iraaks parlement" (a neuter noun takes the bare adjective), "Iraakse regering"."""
    word = noun.lemma.lower()
    if ",onz," in noun.pos:
        return f"{base} {word}"
    return f"{doc.text[adj.start : adj.end]} {word}"


def resolve(events: list[Event], docs: dict[str, Document], entities: list[Entity],
            spans: Spans | None = None) -> None:
    """Add institution entities to ``entities`` and make them the participants they are (in place)."""
    spans = spans or Spans()
    bases = _base_adjectives()
    countries = {e.attributes.get("country"): e.id for e in entities if e.attributes.get("place") == "country"}
    found: dict[str, _Found] = {}
    for ev in events:
        roles: list[tuple[str, str, str]] = []  # (role, institution id, country code)
        for doc_id, start, end in ev.mentions:
            doc = docs.get(doc_id)
            em = spans.event(doc, start, end) if doc else None
            if doc is None or em is None:
                continue
            for role, a, b in em.arguments:
                hit = institution_in(doc, a, b, bases, spans) if role in ROLES else None
                if hit is None:
                    continue
                name, code, s, e = hit
                f = found.setdefault(name, _Found(name, code))
                if (doc_id, s, e) not in f.mentions:
                    f.mentions.append((doc_id, s, e))
                roles.append((role, _id(name), code))
        if roles:
            replaced = {(r, countries.get(code)) for r, _, code in roles}
            ev.participants = [p for p in ev.participants if p not in replaced]
            ev.participants += [p for p in dict.fromkeys((r, iid) for r, iid, _ in roles) if p not in ev.participants]
    known = {e.id for e in entities}
    for f in found.values():
        if _id(f.name) not in known:
            attrs = {"institution-of": countries[f.code]} if f.code in countries else {"institution-of-country": f.code}
            entities.append(Entity(_id(f.name), "ORG", f.name, [], sorted(f.mentions), attrs))


def _id(name: str) -> str:
    return "e-" + sha256_hex("institution:" + name.lower())[:16]
