"""Where a mention's happening took place, resolved to countries and towns, and which places two
reports of one happening cannot give."""

from __future__ import annotations

from ...model import Document
from ..geo import Place, country_name, distance_km, resolve_demonym, resolve_news_place

# Happenings at one spot: a protest, a fire, an accident in one town is not the one in a town 40 km on.
LOCAL_TYPES = frozenset({"protest", "fire", "accident"})
# Towns this close can name one spot (a district and its city, a village and the town beside it,
# "bij Ede" / "op de A12 bij Veenendaal"); two towns of two countries this close are a border's sides.
NEAR_KM = 25.0


def span_places(doc: Document, a: int, b: int) -> list[Place]:
    """The countries and towns a place argument names: its recognised names, its proper-name words
    and nationality adjectives ("in de Franse stad Lyon"), each resolved as Dutch news means it."""
    found: list[Place] = []
    for name in _names(doc, a, b):
        place = resolve_news_place(name)
        if place is None and name[:1].isupper() and (code := resolve_demonym(name)) is not None:
            place = Place("country", code, country_name(code))
        if place is not None and place not in found:
            found.append(place)
    return found


def _names(doc: Document, a: int, b: int) -> list[str]:
    """The recognised name spans inside [a, b), then runs of proper-name and adjective words."""
    names = [doc.text[m.start : m.end] for m in doc.mentions if a <= m.start and m.end <= b]
    run: list[str] = []
    for t in (t for t in doc.tokens if a <= t.start < b):
        word = doc.text[t.start : t.end]
        if t.pos.startswith("N(eigen") or t.pos.startswith("SPEC(deeleigen") or t.coarse_pos == "ADJ" and word[:1].isupper():
            run.append(word)
            continue
        if run:
            names.append(" ".join(run))
        run = []
    if run:
        names.append(" ".join(run))
    return names


def places_apart(xs: list[Place], ys: list[Place], local: bool) -> bool:
    """Two mentions' places cannot be one happening's: they share no country (and no two of their
    towns lie near each other across a border), or, for a happening at one spot (``local``), every
    town of one lies far from every town of the other."""
    if not xs or not ys:
        return False
    if not {p.country for p in xs} & {p.country for p in ys}:
        return not _near(xs, ys)
    tx, ty = [p for p in xs if p.kind == "city"], [p for p in ys if p.kind == "city"]
    return local and bool(tx and ty) and not _near(tx, ty)


def _near(xs: list[Place], ys: list[Place]) -> bool:
    for p in xs:
        for q in ys:
            d = distance_km(p, q)
            if d is not None and d <= NEAR_KM:
                return True
    return False
