"""Which existing entity a chain from a new document joins, and how sure that is.

Places, countries and nationalities join by their code; other names by the same key of a
compatible type, or an acronym by the initials of a name when context confirms; persons when
surnames agree (or are transliteration variants) and first names or initials are compatible,
confirmed by shared context (co-occurring entities or a shared role) whenever one side lacks a
first name or the spelling differs.
"""

from __future__ import annotations

from ..geo import resolve_demonym
from ..names import PersonName
from .chain import Chain, surname_variant
from .cluster import Cluster
from .index import NameIndex
from .roles import role_heads
from .words import compact

# Keys that identify a place or country whatever NER called its type.
_STRONG_KEYS = ("country:", "demonym:", "geonames:", "region:", "city:")


def context_overlap(a: set[str], b: set[str]) -> float:
    """Shared co-occurring entities; countries and nationalities count half (they are everywhere)."""
    score = 0.0
    for k in a & b:
        score += 0.5 if k.startswith(("country:", "demonym:")) else 1.0
    return score


def types_compatible(c: Chain, g: Cluster, key: str = "", loose: bool = False) -> bool:
    """Same type and subtype; an organisation and a plain MISC name also agree when they share a
    long exact name, or (``loose``) when the caller has other evidence such as initials confirmed
    by context (NER calls "Forum voor Democratie" ORG in one text and MISC in the next)."""
    if c.subtype and g.subtype and c.subtype != g.subtype:
        return False
    if c.type == g.type:
        return True
    misc_sub = c.subtype if c.type == "MISC" else g.subtype
    return (
        {c.type, g.type} == {"ORG", "MISC"}
        and misc_sub in ("", "eve")  # a product or a share ("pro", "fin") is not its company
        and (loose or (key.startswith("name:") and len(key) >= 5 + 10))
    )


def find(c: Chain, index: NameIndex) -> Cluster | None:
    """The entity a chain joins, or None for a new one."""
    if c.kind == "person" and c.person is not None:
        return find_person(c, index)
    return _by_key(c, index) or _by_initials(c, index) or _by_unqualified(c, index) or _by_plural(c, index)


def _by_plural(c: Chain, index: NameIndex) -> Cluster | None:
    """ "Dreamliners", "Boeings": a name with an -s found nowhere, found by the name without it
    (a product's plural, a maker's genitive) when that names something of a compatible type."""
    for m in c.mentions:
        core = m.core or ""
        if m.kind != "name" or not core.endswith("s") or len(core.split()[-1]) < 5:
            continue
        k = "name:" + compact(core[:-1].rstrip("'’"))
        for g in index.keys.get(k, []):
            if g.kind != "person" and types_compatible(c, g, k):
                return g
    return None


def _by_unqualified(c: Chain, index: NameIndex) -> Cluster | None:
    """ "Amerikaanse Air Force" where another text wrote "de Air Force": a name that opens with a
    nationality adjective, found by the rest when that is a name of two words or more."""
    for m in c.mentions:
        ws = (m.core or "").split()
        if m.kind != "name" or len(ws) < 3 or not resolve_demonym(ws[0]):
            continue
        k = "name:" + compact(" ".join(ws[1:]))
        for g in index.keys.get(k, []):
            if g.kind != "person" and types_compatible(c, g, k):
                return g
    return None


def _by_key(c: Chain, index: NameIndex) -> Cluster | None:
    for k in sorted(c.keys, key=lambda k: (-len(k), k)):  # the most specific name first
        for g in index.keys.get(k, []):
            if g.kind != "person" and (k.startswith(_STRONG_KEYS) or types_compatible(c, g, k)):
                return g
    return None


def _by_initials(c: Chain, index: NameIndex) -> Cluster | None:
    """ "GM" in one text, "General Motors" in another: initials, confirmed by context."""
    letters = {m.acronym for m in c.mentions if m.kind == "acronym"}
    for x in sorted(letters):
        for g in index.initials.get(x, []):
            if types_compatible(c, g, loose=True) and context_overlap(c.context, g.context) >= 1:
                return g
    return None


def find_person(c: Chain, index: NameIndex) -> Cluster | None:
    """The person entity a person chain joins: the best scored candidate, none when a bare
    surname fits two named people about equally."""
    p = c.person
    assert p is not None
    candidates: dict[int, tuple[float, Cluster]] = {}
    for g in index.person_candidates(p):
        if id(g) in candidates or not g.persons:
            continue
        score = person_score(c, p, g)
        if score is not None:
            candidates[id(g)] = (score, g)
    if not candidates:
        return None
    if not p.has_given and competing(p, list(candidates.values())):
        return None  # "De Vries" where a Jan and a Marieke de Vries both fit: guess neither
    return max(candidates.values(), key=lambda t: t[0])[1]


def person_score(c: Chain, p: PersonName, g: Cluster) -> float | None:
    """How well person p of chain c fits person entity g; None when it does not."""
    exact = any(q.surname_matches(p) for q in g.persons)
    if not (exact or any(surname_variant(q, p) for q in g.persons)):
        return None
    if not all(q.given_compatible(p) for q in g.persons):
        return None  # different first names: different people who share a surname
    both_given = p.has_given and any(q.has_given for q in g.persons)
    same_given = bool(p.given) and any(q.given and q.given[0] == p.given[0] for q in g.persons)
    support = context_overlap(c.context, g.context) + (1.0 if role_heads(c.roles) & g.role_heads else 0.0)
    return _tier(exact, same_given, both_given, support)


def _tier(exact: bool, same_given: bool, both_given: bool, support: float) -> float | None:
    """Tiers dominate (a full name goes to the full name, not to a bare surname that happens to
    share more context); support orders candidates within a tier."""
    if exact and same_given:
        return 1000 + support
    if exact and both_given and support >= 1:
        return 800 + support  # initials vs written first name: needs some shared context
    if exact and support >= 1:
        return 600 + support  # a bare surname in another text: needs shared context
    if not exact and same_given:
        return 500 + support
    if not exact and support >= 2:
        return 400 + support  # a transliteration variant: needs more shared context
    return None


def competing(p: PersonName, cands: list[tuple[float, Cluster]]) -> bool:
    """Two named people (different first names) fit the bare surname p about equally well: the
    best shares less than two more pieces of context than the runner-up."""
    best: dict[str, float] = {}
    for score, g in cands:
        for q in g.persons:
            if q.has_given and q.surname_matches(p):
                first = q.given[0] if q.given else q.initials[:1].casefold()
                best[first] = max(best.get(first, score), score)
    if len(best) < 2:
        return False
    top, second = sorted(best.values(), reverse=True)[:2]
    return top - second < 2
