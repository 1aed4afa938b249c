"""Places: countries by ISO code with Dutch names, nationality adjectives, cities with coordinates."""

from __future__ import annotations

import pytest

from kroniek.link.geo import _inflect, country_name, resolve_country, resolve_demonym, resolve_place
from kroniek.link.names import data_rows


@pytest.mark.parametrize(
    ("name", "code"),
    [
        pytest.param("Irak", "IQ", id="Dutch name from the pycountry translation"),
        pytest.param("Iran", "IR", id="one letter from Irak, another code"),
        pytest.param("Oostenrijk", "AT", id="Austria in Dutch"),
        pytest.param("Australië", "AU", id="Australia in Dutch"),
        pytest.param("de Verenigde Staten", "US", id="article dropped"),
        pytest.param("VS", "US", id="curated Dutch short form"),
        pytest.param("Zuid-Korea", "KR", id="curated everyday name where ISO is inverted"),
        pytest.param("Germany", "DE", id="English names work too"),
        pytest.param("IS", None, id="ISO alpha-2 codes are not names (IS is Iceland's code)"),
        pytest.param("Europa", None, id="a continent is not a country"),
    ],
)
def test_geo_resolve_country(name, code):
    assert resolve_country(name) == code


@pytest.mark.parametrize(
    ("word", "code"),
    [
        pytest.param("Iraakse", "IQ", id="inflected adjective"),
        pytest.param("Irakese", "IQ", id="variant form"),
        pytest.param("Irakezen", "IQ", id="people noun"),
        pytest.param("Iraanse", "IR", id="Iranian, not Iraqi"),
        pytest.param("Amerikaanse", "US", id="American"),
        pytest.param("Chinese", "CN", id="doubled vowel spelled single when inflected"),
        pytest.param("Oostenrijkse", "AT", id="Austrian"),
        pytest.param("Australische", "AU", id="Australian"),
        pytest.param("Noord-Koreaanse", "KP", id="hyphenated"),
        pytest.param("Koerdische", None, id="a people without a state"),
        pytest.param("Europese", None, id="continent adjective"),
    ],
)
def test_geo_resolve_demonym(word, code):
    assert resolve_demonym(word) == code


@pytest.mark.parametrize(
    ("adj", "inflected"),
    [
        pytest.param("Iraaks", "Iraakse", id="consonant cluster"),
        pytest.param("Chinees", "Chinese", id="double vowel before one consonant"),
        pytest.param("Belgisch", "Belgische", id="-isch"),
        pytest.param("Portugees", "Portugese", id="double e"),
    ],
)
def test_geo_inflect(adj, inflected):
    assert _inflect(adj) == inflected


def test_geo_demonym_table_codes_are_iso():
    import pycountry

    codes = [r[0] for r in data_rows("nl_demonyms.tsv")]
    assert len(codes) >= 150
    unknown = [
        c for c in codes if pycountry.countries.get(alpha_2=c) is None and c != "XK"
    ]  # XK: Kosovo
    assert not unknown
    assert len(set(codes)) == len(codes), "one row per country"


@pytest.mark.parametrize(
    ("name", "kind", "country", "geoname"),
    [
        pytest.param("Bagdad", "city", "IQ", "Baghdad", id="Dutch exonym"),
        pytest.param("Den Haag", "city", "NL", "The Hague", id="Dutch name of The Hague"),
        pytest.param("Napels", "city", "IT", "Naples", id="Dutch exonym of an Italian city"),
        pytest.param("Noord-Irak", "region", "IQ", None, id="compass prefix makes a region"),
        pytest.param("Irak", "country", "IQ", None, id="country"),
        pytest.param("Limburg", "region", "NL", None, id="the Dutch province, not Limburg an der Lahn"),
        pytest.param("Friesland", "region", "NL", None, id="a province by its Dutch name"),
        pytest.param("Fryslân", "region", "NL", None, id="a province by its own name"),
        pytest.param("Henegouwen", "region", "BE", None, id="a Belgian province in Dutch"),
        pytest.param("Utrecht", "city", "NL", "Utrecht", id="a town that names its province stays the town"),
        pytest.param("Antwerpen", "city", "BE", "Antwerp", id="a Belgian town that names its province"),
    ],
)
def test_geo_resolve_place(name, kind, country, geoname):
    p = resolve_place(name)
    assert p is not None
    assert (p.kind, p.country) == (kind, country)
    if geoname:
        assert p.name == geoname
        assert p.lat is not None and p.lon is not None


def test_geo_unknown_place():
    assert resolve_place("Vliegtuigbouwer") is None


def test_geo_country_name_dutch():
    assert country_name("IQ") == "Irak"
    assert country_name("KR") == "Zuid-Korea"
