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
    return (
        _by_key(c, index)
        or _by_initials(c, index)
        or _by_unqualified(c, index)
        or _by_plural(c, index)
        or _by_singular(c, index)
    )


def _by_plural(c: Chain, index: NameIndex) -> Cluster | None:
    """ "Dreamliners", "Brabanders", "Ferrari's": a name with an -s found nowhere, found by the name
    without it (a product's or people's plural, a maker's genitive) when that names something of a
    compatible type. A company or place whose own name ends in -s ("The Times" beside "Time")
    needs shared context; a compound of a name and a common noun ("Instagram-accounts",
    "WK-medailles") is a plural of things, not of the name, and finds nothing."""
    for m in c.mentions:
        core = m.core or ""
        last = core.split()[-1] if core else ""
        if m.kind != "name" or not core.endswith("s") or len(last) < 5 or _common_tail(last):
            continue
        k = "name:" + compact(core[:-1].rstrip("'’"))
        for g in index.keys.get(k, []):
            if g.kind == "person" or not types_compatible(c, g, k) or places_clash(c, g):
                continue
            if "MISC" in (c.type, g.type) or context_overlap(c.context, g.context) >= 1:
                return g
    return None


def _by_singular(c: Chain, index: NameIndex) -> Cluster | None:
    """ "iPhone" where only other texts wrote "iPhones": a product's name finds the product known
    so far by its plural (``_by_plural`` the other way round)."""
    if c.type != "MISC":
        return None
    for m in c.mentions:
        core = m.core or ""
        if m.kind != "name" or core.endswith("s") or len(core.split()[-1] if core else "") < 3:
            continue
        k = "name:" + compact(core + "s")
        for g in index.keys.get(k, []):
            if g.type == "MISC" and types_compatible(c, g, k) and not places_clash(c, g):
                return g
    return None


def _common_tail(word: str) -> bool:
    """ "Instagram-accounts": a hyphenated word whose last part is a lower-case noun."""
    tail = word.rsplit("-", 1)[-1] if "-" in word else ""
    return tail[:1].islower()


def _by_unqualified(c: Chain, index: NameIndex) -> Cluster | None:
    """ "Amerikaanse Air Force" where another text wrote "de Air Force": a name that opens with a
    nationality adjective, found by the rest when that is a name of two words or more and the
    texts of that name that speak of countries speak of the adjective's country (at least half). A name many countries have ("Grand Prix",
    "Centrale Bank") in texts about other countries stays apart ("Belgische Grand Prix")."""
    for m in c.mentions:
        ws = (m.core or "").split()
        country = resolve_demonym(ws[0]) if m.kind == "name" and len(ws) >= 3 else None
        if not country:
            continue
        k = "name:" + compact(" ".join(ws[1:]))
        for g in index.keys.get(k, []):
            if g.kind == "person" or not types_compatible(c, g, k) or places_clash(c, g):
                continue
            if _speaks_of(g, {f"country:{country}", f"demonym:{country}"}):
                return g
    return None


def _speaks_of(g: Cluster, keys: set[str]) -> bool:
    """At least half the texts of a cluster that name some country or people name one of these
    (the adjective's country, its people); texts that name none say nothing either way."""
    told = [ch.keys | ch.context for ch in g.chains]
    told = [t for t in told if any(k.startswith(("country:", "demonym:")) for k in t)]
    return sum(1 for t in told if keys & t) * 2 >= len(told)


def _by_key(c: Chain, index: NameIndex) -> Cluster | None:
    for k in sorted(c.keys, key=lambda k: (-len(k), k)):  # the most specific name first
        for g in index.keys.get(k, []):
            fits = k.startswith(_STRONG_KEYS) or types_compatible(c, g, k)
            if g.kind != "person" and fits and not places_clash(c, g):
                return g
    return None


def _places(chains: list[Chain]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for ch in chains:
        for m in ch.mentions:
            if m.where and m.key:
                out.setdefault(m.key, set()).add(compact(m.where))
    return out


def places_clash(c: Chain, g: Cluster) -> bool:
    """ "Buitenhaven in Kampen" and "Buitenhaven in Lelystad": one name written with two different
    places is two things (a harbour, a town hall, a branch), however the name alone is keyed."""
    mine = _places([c])
    if not mine:
        return False
    theirs = _places(g.chains)
    return any(k in theirs and not (ps & theirs[k]) for k, ps in mine.items())


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
