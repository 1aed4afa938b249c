"""Search that understands Dutch, on every backend: compound parts, entity spellings, per-sentence
event filters, order by date, highlighted snippets (issue #15 part 5).

The sentences are written for these tests, in the style of Dutch news.
"""

from __future__ import annotations

import pytest

from kroniek.compounds import compound_parts
from kroniek.model import Document, Entity, Event, EventMention, PublishedDate, Token
from kroniek.search import SearchIndex
from kroniek.store import Store


def _add(store: Store, idx: SearchIndex, doc_id: str, text: str, date: str | None = None, **kw: object) -> Document:
    d = Document(id=doc_id, text=text, source=f"{doc_id}.txt",
                 published=PublishedDate(date, "day") if date else None, **kw)  # type: ignore[arg-type]
    store.add_document(d, text_hash=doc_id)
    idx.index_document(d)
    return d


@pytest.mark.parametrize(
    ("word", "morph", "parts"),
    [
        ("droneaanval", "[drone][aan][val]", ["drone", "aanval"]),  # Frog's [aan][val] is too short to stand alone
        ("droneaanval", "", ["drone", "aanval"]),  # not in the word list: the fallback splits it
        ("droneaanval", "[droneaanval]", ["drone", "aanval"]),  # Frog's lexicon gives it whole (Frog 0.20 does)
        ("veiligheidsadviseur", "[veilig][heid][s][advies][eer][eur]", ["veiligheid", "adviseur"]),  # linking s
        ("trainingsmissie", "[train][ing][smissie]", ["training", "missie"]),  # Frog glued the s to the head
        ("stikstofcrisis", "", ["stikstof", "crisis"]),  # a productive compound without Frog
        ("overleden", "", []),  # a listed word stays whole without Frog: never over + leden
        ("aanvallen", "[aan][val][en]", []),  # derivation, not a compound
        ("ministerie", "", []),  # no word on both sides
    ],
)
def test_compounds_parts(word: str, morph: str, parts: list[str]) -> None:
    assert compound_parts(word, morph) == parts


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("drone", True),  # modifier of droneaanval
        ("aanvallen", True),  # head of droneaanval, plural query
        ('"amerikaanse droneaanval"', True),  # phrases over the words themselves still hold
        ("vlieg", False),  # "vliegveld" is a listed word and Frog did not run: left whole
    ],
)
def test_store_search_finds_compound_parts_without_frog(store: Store, query: str, found: bool) -> None:
    idx = SearchIndex(store)
    _add(store, idx, "c-1", "Bij een Amerikaanse droneaanval op het vliegveld kwamen twee mensen om.")
    page = idx.search(query)
    assert (page.total == 1) is found
    if found and query == "drone":
        (hit,) = page.hits
        assert [hit.sentence[s - hit.start:e - hit.start] for s, e in hit.highlights] == ["droneaanval"]
        assert "<mark>droneaanval</mark>" in hit.snippet


def test_store_search_uses_frog_morphology_for_nouns_only(store: Store) -> None:
    # Frog's analysis splits the listed noun "vliegveld"; the verb "overleden" is never split.
    text = "Op het vliegveld is een reiziger overleden."
    tokens = [Token(s, s + len(w), w, pos, morph) for s, w, pos, morph in [
        (0, "Op", "VZ(init)", "[op]"), (3, "het", "LID(bep,stan,evon)", "[het]"),
        (7, "vliegveld", "N(soort,ev,basis,onz,stan)", "[vlieg][veld]"), (17, "is", "WW(pv,tgw,ev)", "[is]"),
        (20, "een", "LID(onbep,stan,agr)", "[een]"), (24, "reiziger", "N(soort,ev,basis,zijd,stan)", "[reis][iger]"),
        (33, "overleden", "WW(vd,vrij,zonder)", "[over][leden]"),
    ]]
    idx = SearchIndex(store)
    _add(store, idx, "c-2", text, tokens=tokens)
    assert idx.search("veld").total == 1
    assert idx.search("leden").total == 0


@pytest.fixture
def spellings(store: Store) -> SearchIndex:
    idx = SearchIndex(store)
    _add(store, idx, "a-1", "Generaal Suleimani werd in Bagdad gedood.", "2020-01-03")
    _add(store, idx, "a-2", "Soleimani leidde jarenlang de Quds-eenheid.", "2020-01-04")
    _add(store, idx, "a-3", "De Iraanse generaal Qassem Soleimani kwam om het leven.", "2020-01-05")
    store.replace_entities([Entity("e-sol", "PER", "Qassem Soleimani", ["Soleimani", "Suleimani"],
                                   [("a-1", 9, 18), ("a-2", 0, 9), ("a-3", 20, 36)])])
    return idx


@pytest.mark.parametrize(
    ("query", "docs"),
    [
        ("Soleimani", {"a-1", "a-2", "a-3"}),  # the other spelling comes from the entity's aliases
        ("suleimani", {"a-1", "a-2", "a-3"}),  # either spelling, any case
        ('"Qassem Soleimani"', {"a-1", "a-2", "a-3"}),  # a phrase naming the entity
        ("Suleimani Bagdad", {"a-1"}),  # the expanded word is still AND-ed with the rest
        ("Quds", {"a-2"}),  # a word that names no entity is not expanded
    ],
)
def test_store_search_expands_entity_spellings(spellings: SearchIndex, query: str, docs: set[str]) -> None:
    page = spellings.search(query, limit=50)
    assert {h.doc for h in page.hits} == docs


def test_store_search_highlights_the_other_spelling(spellings: SearchIndex) -> None:
    hit = next(h for h in spellings.search("Soleimani").hits if h.doc == "a-1")
    assert "<mark>Suleimani</mark>" in hit.snippet


def test_store_search_event_type_filter_applies_per_sentence(store: Store) -> None:
    idx = SearchIndex(store)
    text = "De Kamer nam een motie aan over de generaal. Bij een aanval werd de generaal gedood."
    k = text.index("gedood")
    _add(store, idx, "e-1", text, events=[EventMention(k, k + 6, "kill")])
    assert idx.search("motie", event_type="kill").total == 0  # the motion sentence holds no killing
    (hit,) = idx.search("generaal", event_type="kill").hits
    assert hit.sentence.startswith("Bij een aanval")
    assert idx.search("motie").total == 1


def test_store_search_event_type_filter_reads_linked_events(store: Store) -> None:
    idx = SearchIndex(store)
    text = "De Kamer nam een motie aan. Daarna protesteerden honderden mensen bij de ambassade."
    _add(store, idx, "e-2", text)
    k = text.index("protesteerden")
    store.replace_events([Event("v-1", "protest", "protest", mentions=[("e-2", k, k + 13)])])
    assert idx.search("motie", event_type="protest").total == 0
    assert idx.search("mensen", event_type="protest").total == 1


def test_store_search_orders_by_date(store: Store) -> None:
    idx = SearchIndex(store)
    _add(store, idx, "o-1", "Motie na motie na motie werd aangenomen.", "2019-05-01")
    _add(store, idx, "o-2", "De Kamer stemde over een motie en nog veel meer andere zaken vandaag.", "2020-02-01")
    _add(store, idx, "o-3", "Een motie zonder datum.")
    assert [h.doc for h in idx.search("motie").hits][0] == "o-1"
    assert [h.doc for h in idx.search("motie", order="date").hits] == ["o-2", "o-1", "o-3"]
    assert [h.doc for h in idx.search("motie", order="date", genre="news").hits] == ["o-2", "o-1", "o-3"]


def test_store_search_reindex_brings_old_rows_up_to_date(store: Store) -> None:
    idx = SearchIndex(store)
    d = Document(id="r-1", text="Na de droneaanval bleef het stil.", source="x")
    store.add_document(d, text_hash="r-1")
    assert idx.reindex() == 1 and idx.search("drone").total == 1


@pytest.mark.frog
@pytest.mark.parametrize(
    ("query", "found", "why"),
    [
        ("veld", True, "Frog's analysis splits the listed noun vliegveld, which the word-list fallback leaves whole"),
        ("drone", True, "Frog gives the unknown compound whole ([droneaanval]): the word-list fallback splits it"),
        ("aanvallen", True, "the head of droneaanval, queried in the plural"),
        ("leden", False, "the participle overleden is a verb: never split"),
    ],
)
def test_search_compounds_with_real_frog(frog: object, query: str, found: bool, why: str) -> None:
    from kroniek.analyse.annotator import FrogAnnotator
    from kroniek.store import open_store

    store = open_store("memory:")
    text = "Bij een droneaanval op het vliegveld is gisteren een reiziger overleden."
    doc = FrogAnnotator(frog)(Document(id="f-1", text=text, source="x"))  # type: ignore[arg-type]
    assert doc.tokens, "Frog ran"
    store.add_document(doc, text_hash="f-1")
    idx = SearchIndex(store)
    idx.index_document(doc)
    assert (idx.search(query).total == 1) is found, why


def test_store_search_sees_rewritten_aliases(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    # The alias index is cached per store; a relink that rewrites one entity's aliases (same
    # number of entities) must show. ALIAS_REFRESH bounds how late on SQLite (0 here).
    import kroniek.store.sql as sql

    monkeypatch.setattr(sql, "ALIAS_REFRESH", 0.0)
    idx = SearchIndex(store)
    _add(store, idx, "w-1", "Suleimani werd gedood.")
    store.replace_entities([Entity("e-1", "PER", "Qassem Soleimani", ["Soleimani"], [])])
    assert idx.search("Soleimani").total == 0
    store.replace_entities([Entity("e-1", "PER", "Qassem Soleimani", ["Soleimani", "Suleimani"], [])])
    assert idx.search("Soleimani").total == 1


def test_store_search_new_store_is_not_outdated(store: Store) -> None:
    # A store filled by this kroniek needs no reindex; one indexed before INDEX_VERSION does.
    idx = SearchIndex(store)
    assert not idx.outdated()
    _add(store, idx, "n-1", "De eerste zin.")
    _add(store, idx, "n-2", "De tweede zin.")
    assert not SearchIndex(store).outdated()
