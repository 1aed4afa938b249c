"""The store conformance suite: the same behaviour on SQLite, in memory and on a real PostgreSQL.

Every test takes ``backend`` (tests/store/conftest.py) and so runs three times. The PostgreSQL
server is started by the test session itself (initdb + pg_ctl in a temporary directory).
"""

from __future__ import annotations

import threading

import pytest

from kroniek.errors import InputError
from kroniek.model import (
    ChainMention,
    Document,
    Entity,
    Event,
    EventMention,
    Mention,
    PublishedDate,
    Quote,
    Sentence,
    Story,
    Timex,
    Token,
)
from kroniek.search import SearchIndex
from kroniek.store import Store

TEXT = 'Minister Bijleveld bezocht gisteren Erbil. "De missie gaat door", zei ze tegen de mariniers.'


def rich_doc(doc_id: str = "d-1", text: str = TEXT) -> Document:
    """A document with every layer filled, every optional field set somewhere."""
    d = Document(
        id=doc_id, text=text, source=f"{doc_id}.txt", raw_hash="r-" + doc_id, url="https://example.nl/a",
        title="Bijleveld in Erbil", publisher="NOS", genre="news", category="buitenland",
        published=PublishedDate("2020-01-06", "day", "metadata", "6 januari 2020"),
        duplicate_of=None, warnings=["truncated: 120 words"], meta={"author": "redactie", "n": 3},
        processed=["clean", "frog", "ner"],
    )
    d.sentences = [Sentence(0, 43, 0, 6), Sentence(44, len(text), 6, 16)]
    d.tokens = [Token(0, 8, "minister", "N(soort,ev,basis,zijd,stan)", "[minister]", "O", "B-NP", 1, "hd", 0, 0.99),
                Token(9, 18, "Bijleveld", "SPEC(deeleigen)", ner="B-PER", head=2, deprel="su")]
    d.mentions = [Mention(9, 18, "PER", "crf", "", {"title": "minister"}),
                  Mention(36, 41, "LOC", "frog", "")]
    d.timexes = [Timex(27, 35, "DATE", "2020-01-05", ("weekday-mismatch",), "2020-01-06")]
    d.quotes = [Quote(45, 63, 68, 70, "zei", True)]
    d.events = [EventMention(19, 26, "visit", "bezoeken", "asserted", "2020-01-05",
                             (("agent", 9, 18), ("place", 36, 41)))]
    d.chains = [ChainMention(9, 18, 0, "name", "PER"), ChainMention(68, 70, 0, "pronoun", "PER"),
                ChainMention(36, 41, 1, "name", "LOC")]
    return d


# --- round trips ---


def test_store_roundtrip_keeps_every_field_of_every_layer(backend) -> None:
    store = backend.open()
    doc = rich_doc()
    assert store.add_document(doc, text_hash="h1", signature=b"\x00\x01sig")
    again = backend.open()
    assert again.get_document("d-1") == doc
    assert [d.id for d in again.iter_documents()] == ["d-1"]
    bare = next(again.iter_documents(layers=False))
    assert bare.tokens == [] and bare.text == TEXT and bare.published == doc.published
    assert [(r.id, r.text_hash, r.signature) for r in again.dedup_rows()] == [("d-1", "h1", b"\x00\x01sig")]
    assert again.find_by_text_hash("h1") == "d-1" and again.find_by_text_hash("nope") is None
    stats = again.stats()
    assert (stats["documents"], stats["tokens"], stats["mentions"], stats["quotes"], stats["events"]) == (1, 2, 2, 1, 1)
    assert stats["chains"] == 3


def test_store_update_layers_rewrites_layers_and_metadata(store: Store) -> None:
    doc = rich_doc()
    store.add_document(doc, text_hash="h1")
    doc.published = PublishedDate("2020-01-05", "day", "inferred")
    doc.timexes = []
    store.update_layers(doc)
    got = store.get_document("d-1")
    assert got is not None and got.published == doc.published and got.timexes == [] and got.text == TEXT
    assert store.find_by_text_hash("h1") == "d-1"  # the hash is kept


@pytest.mark.parametrize(
    ("layers", "kept"),
    [
        pytest.param(["sentences", "quotes"], {"sentences", "quotes"}, id="only the layers asked for"),
        pytest.param(["quotes", "no-such-layer"], {"quotes"}, id="an unknown layer name is ignored"),
        pytest.param([], set(), id="no layers at all"),
        pytest.param(None, {"sentences", "tokens", "mentions", "timexes", "quotes", "events"}, id="all by default"),
    ],
)
def test_store_get_document_reads_only_the_layers_asked_for(store: Store, layers: list[str] | None,
                                                           kept: set[str]) -> None:
    full = rich_doc()
    store.add_document(full, text_hash="h1")
    doc = store.get_document("d-1", layers=layers)
    assert doc is not None and doc.text == full.text and doc.title == full.title and doc.published == full.published
    for name in ("sentences", "tokens", "mentions", "timexes", "quotes", "events"):
        assert getattr(doc, name) == (getattr(full, name) if name in kept else []), name


def test_store_cross_document_layers_roundtrip_and_replace(store: Store) -> None:
    store.add_document(rich_doc("d-1"), text_hash="h1")
    store.add_document(rich_doc("d-2", TEXT.replace("gisteren", "vandaag")), text_hash="h2")
    ents = [Entity("e-bijleveld", "PER", "Ank Bijleveld", ["Bijleveld"], [("d-1", 9, 18), ("d-2", 9, 18)], {"roles": ["minister"]}),
            Entity("e-erbil", "LOC", "Erbil", [], [("d-1", 36, 41)], {"lat": 36.19, "lon": 44.01})]
    evs = [Event("v-2", "visit", "bezoek", None, [], [], "asserted", [("d-2", 19, 26)], {}),
           Event("v-1", "visit", "Bijleveld bezoekt Erbil", {"value": "2020-01-05", "granularity": "day"},
                 ["e-erbil"], [("agent", "e-bijleveld")], "asserted", [("d-1", 19, 26), ("d-2", 19, 26)], {"documents": 2})]
    sts = [Story("s-1", "Bijleveld in Erbil", ["d-1", "d-2"], ["v-1"], "2020-01-06", "2020-01-06", {"size": 2})]
    store.replace_entities(ents)
    store.replace_events(evs)
    store.replace_stories(sts)
    assert store.entities() == ents
    assert [e.id for e in store.events()] == ["v-1", "v-2"]  # dated first, undated last
    assert store.events()[0] == evs[1]
    assert store.stories() == sts
    # By id, in the order asked, each as events() gives it; unknown ids are left out.
    assert store.get_events(["v-2", "nope", "v-1", "v-2"]) == [store.events()[1], store.events()[0]]
    assert store.get_events([]) == []
    store.replace_entities(ents[1:])
    assert store.entities() == ents[1:]
    assert store.stats()["entities"] == 1 and store.stats()["stories"] == 1


def test_store_read_model_answers_the_pages(store: Store) -> None:
    store.add_document(rich_doc("d-1"), text_hash="h1")
    d2 = rich_doc("d-2", "Het kabinet vergaderde in Den Haag.")
    d2.published = PublishedDate("2021-03-02", "day")
    d2.quotes, d2.events, d2.mentions = [], [], []
    store.add_document(d2, text_hash="h2")
    store.replace_entities([
        Entity("e-bijleveld", "PER", "Ank Bijleveld", ["Bijleveld"], [("d-1", 9, 18)]),
        Entity("e-erbil", "LOC", "Erbil", ["Arbil"], [("d-1", 36, 41)]),
    ])
    store.replace_events([Event("v-1", "visit", "bezoek", None, [], [], "asserted", [("d-1", 19, 26)])])
    store.replace_stories([Story("s-1", "Erbil", ["d-1"], ["v-1"], "2020-01-06", "2020-01-06"),
                           Story("s-2", "Kabinet", ["d-2", "d-1"], [], "2020-01-06", "2021-03-02")])
    links = store.document_links("d-1")
    assert links.entity_mentions == [("e-bijleveld", 9, 18), ("e-erbil", 36, 41)]
    assert links.entity_names == {"e-bijleveld": ("Ank Bijleveld", "PER"), "e-erbil": ("Erbil", "LOC")}
    assert links.event_mentions == [("v-1", 19, 26)] and links.stories == [("s-1", "Erbil"), ("s-2", "Kabinet")]
    assert store.document_ids() == ["d-1", "d-2"] and store.document_ids(with_layer="quotes") == ["d-1"]
    assert store.document_texts(["d-2", "nope"]) == {"d-2": "Het kabinet vergaderde in Den Haag."}
    assert [e.id for e in store.entities_named("ARBIL")] == ["e-erbil"]
    assert store.get_entity("e-erbil") == Entity("e-erbil", "LOC", "Erbil", ["Arbil"], [("d-1", 36, 41)])
    assert store.get_entity("nope") is None
    assert store.entity_dates("e-erbil") == ["2020-01-06"]
    assert store.related_entities("e-erbil") == [{"id": "e-bijleveld", "name": "Ank Bijleveld", "type": "PER", "documents": 1}]
    total, rows = store.entity_page(limit=10, offset=0, q="arb")
    assert total == 1 and rows[0]["mention_count"] == 1 and rows[0]["document_count"] == 1
    story = store.get_story("s-2")
    assert story is not None and story.documents == ["d-1", "d-2"]  # publication order
    assert store.story_page(limit=10, offset=0) == (2, ["s-2", "s-1"])
    assert store.get_stories(["s-2", "nope", "s-1"]) == [store.get_story("s-2"), store.get_story("s-1")]
    assert store.story_page(limit=10, offset=0, min_documents=2) == (1, ["s-2"])
    assert store.counts() == {"documents": 2, "entities": 2, "linked_events": 1, "stories": 2}
    total, docs = store.document_page(limit=10, offset=0, date_from="2020-01", date_to="2020-01")
    assert total == 1 and docs[0]["id"] == "d-1" and docs[0]["snippet"].startswith("Minister Bijleveld")


def test_store_meta_keys(store: Store) -> None:
    assert store.get_meta("relinked_at") is None
    store.set_meta("relinked_at", "2026-12-06T08:00:00Z")
    store.set_meta("relinked_at", "2026-12-06T09:00:00Z")
    store.set_meta("a", "1")
    assert store.get_meta("relinked_at") == "2026-12-06T09:00:00Z"
    assert store.meta_items() == {"a": "1", "relinked_at": "2026-12-06T09:00:00Z"}
    store.set_meta("relinked_at", None)
    assert store.get_meta("relinked_at") is None
    store.optimize()  # planner statistics after a bulk load: harmless at any time


# --- transactions ---


class _Unstorable:
    """A layer value JSON cannot encode: writing the layers fails after the document row went in."""


def test_store_failure_leaves_nothing_and_the_store_stays_writable(store: Store) -> None:
    store.add_document(rich_doc("d-0"), text_hash="h0")
    bad = rich_doc("d-1")
    bad.mentions = [Mention(9, 18, "PER", attributes={"broken": _Unstorable()})]
    with pytest.raises(TypeError):
        store.add_document(bad, text_hash="h1")
    assert not store.has_document("d-1") and store.find_by_text_hash("h1") is None
    assert store.stats()["documents"] == 1 and store.stats()["tokens"] == 2
    assert store.add_document(rich_doc("d-1"), text_hash="h1")  # the next run resumes


def test_store_failed_replace_keeps_the_previous_layer(store: Store) -> None:
    store.add_document(rich_doc(), text_hash="h")
    good = [Entity("e-1", "PER", "Ank Bijleveld", [], [("d-1", 9, 18)])]
    store.replace_entities(good)

    def broken():
        yield Entity("e-2", "PER", "Iemand", [], [])
        raise RuntimeError("linker crashed half way")

    with pytest.raises(RuntimeError):
        store.replace_entities(broken())
    assert store.entities() == good


def test_store_add_is_idempotent_and_reindexing_changes_nothing(store: Store) -> None:
    index = SearchIndex(store)
    doc = rich_doc()
    assert store.add_document(doc, text_hash="h")
    index.index_document(doc)
    before = (store.stats(), index.search("mariniers").total)
    assert not store.add_document(rich_doc(), text_hash="h")
    index.index_document(doc)
    assert (store.stats(), index.search("mariniers").total) == before == (before[0], 1)


# --- search ---

DOCS = [
    ("d-1", "De minister van Defensie bezocht Erbil. Daarna sprak zij met de mariniers.", "2020-01-06", "news", "NOS", "binnenland"),
    ("d-2", "Twee ministers stapten op na het debat over de aanvallen. Het kabinet viel niet.", "2021-03-02", "news", "NU.nl", "politiek"),
    ("d-3", "Hierbij informeren wij uw Kamer over de trainingsmissie in Irak.", "2020-01-06", "letter", "Rijksoverheid", None),
    ("d-4", "De minimumlonen stijgen volgend jaar. Een mini-camping opent in Drenthe.", "2019-05-15", "news", "NOS", "economie"),
]


@pytest.fixture
def index(store: Store) -> SearchIndex:
    idx = SearchIndex(store)
    for doc_id, text, date, genre, publisher, category in DOCS:
        d = Document(id=doc_id, text=text, source=f"{doc_id}.txt", genre=genre, publisher=publisher,
                     category=category, published=PublishedDate(date, "day"))
        if doc_id == "d-2":
            i = text.index("aanvallen")
            d.events = [EventMention(i, i + 9, "attack")]
        if doc_id == "d-1":
            d.mentions = [Mention(33, 38, "LOC")]
        store.add_document(d, text_hash=doc_id)
        idx.index_document(d)
    store.replace_entities([Entity("e-irak", "LOC", "Irak", ["Iraq"], [("d-3", 56, 60)])])
    return idx


@pytest.mark.parametrize(
    ("publisher", "expect"),
    [
        pytest.param("NOS", {"d-1", "d-4"}, id="a publisher keeps its documents only"),
        pytest.param("NO", set(), id="a publisher is matched whole, not as a prefix"),
        pytest.param("Rijksoverheid", {"d-3"}, id="the letter's publisher"),
        pytest.param("Nobody", set(), id="an unknown publisher keeps nothing"),
        pytest.param(None, {"d-1", "d-2", "d-3", "d-4"}, id="no filter keeps all"),
    ],
)
def test_store_document_page_filters_by_publisher(index: SearchIndex, store: Store, publisher: str | None,
                                                   expect: set[str]) -> None:
    total, rows = store.document_page(limit=10, offset=0, publisher=publisher)
    assert total == len(expect) and {r["id"] for r in rows} == expect


def test_store_document_page_without_count_gives_the_same_page(index: SearchIndex, store: Store) -> None:
    # The front page knows the number of documents from the store's counts: it asks for the page only.
    counted = store.document_page(limit=3, offset=1, publisher="NOS")
    uncounted = store.document_page(limit=3, offset=1, publisher="NOS", count=False)
    assert counted[0] == 2 and uncounted[0] is None and uncounted[1] == counted[1]


def test_store_publishers_counts_documents_most_first(index: SearchIndex, store: Store) -> None:
    counts = dict(store.publishers())
    assert counts["NOS"] >= 1 and counts["Rijksoverheid"] == 1 and None not in counts and "" not in counts
    assert [n for _, n in store.publishers()] == sorted(counts.values(), reverse=True)
    assert len(store.publishers(limit=1)) == 1


@pytest.mark.parametrize(
    ("query", "docs"),
    [
        pytest.param("ministers", {"d-1", "d-2"}, id="plural finds singular and plural"),
        pytest.param("mini", {"d-4"}, id="mini does not match minister"),
        pytest.param("aanval", {"d-2"}, id="singular finds plural with doubled consonant"),
        pytest.param("MARINIER", {"d-1"}, id="case folded, plural stripped"),
        pytest.param("trainingsmissies", {"d-3"}, id="-ies plural finds -ie singular"),
        pytest.param('"trainingsmissie in Irak"', {"d-3"}, id="phrase"),
        pytest.param('"Irak trainingsmissie"', set(), id="phrase order matters"),
        pytest.param("minist*", {"d-1", "d-2"}, id="prefix"),
        pytest.param("minister Erbil", {"d-1"}, id="words are AND-ed"),
        pytest.param('minister" ( * :', {"d-1", "d-2"}, id="query syntax in user text is dropped"),
        pytest.param("minister & ! |", {"d-1", "d-2"}, id="tsquery operators are not syntax"),
        pytest.param("*** ()", set(), id="no words at all"),
    ],
)
def test_store_search_dutch_stemming(index: SearchIndex, query: str, docs: set[str]) -> None:
    page = index.search(query, limit=50)
    assert {h.doc for h in page.hits} == docs
    assert page.total == len(page.hits)


def test_store_search_hit_is_the_sentence_with_offsets_and_highlights(index: SearchIndex) -> None:
    (hit,) = index.search("mariniers").hits
    text = DOCS[0][1]
    assert hit.sentence == "Daarna sprak zij met de mariniers." == text[hit.start:hit.end]
    assert [text[s:e] for s, e in hit.highlights] == ["mariniers"] and hit.score > 0


def test_store_search_ranks_the_denser_sentence_first(store: Store) -> None:
    idx = SearchIndex(store)
    for i, text in enumerate(["Het kabinet besprak de begroting en daarna het weer en nog veel meer zaken.",
                              "Kabinet na kabinet viel; het kabinet van nu staat."]):
        d = Document(id=f"r-{i}", text=text, source="x")
        store.add_document(d, text_hash=d.id)
        idx.index_document(d)
    assert [h.doc for h in idx.search("kabinet").hits] == ["r-1", "r-0"]


@pytest.mark.parametrize(
    ("filters", "docs"),
    [
        pytest.param({"genre": "letter"}, {"d-3"}, id="genre"),
        pytest.param({"category": "politiek"}, {"d-2"}, id="category"),
        pytest.param({"date_from": "2021"}, {"d-2"}, id="from a year"),
        pytest.param({"date_to": "2020-01"}, {"d-1", "d-3", "d-4"}, id="to a month includes its days"),
        pytest.param({"date_from": "2020-01-06", "date_to": "2020-01-06"}, {"d-1", "d-3"}, id="one day"),
        pytest.param({"source": "NU.nl"}, {"d-2"}, id="publisher"),
        pytest.param({"source": "d-3"}, {"d-3"}, id="source prefix"),
        pytest.param({"event_type": "attack"}, {"d-2"}, id="event type from the document layer"),
        pytest.param({"entity": "erbil"}, {"d-1"}, id="entity by mention words"),
        pytest.param({"entity": "Iraq"}, {"d-3"}, id="entity by a linked entity's alias"),
    ],
)
def test_store_search_filters(index: SearchIndex, filters: dict[str, str], docs: set[str]) -> None:
    hits: set[str] = set()
    for word in ("minister", "kamer", "stijgen"):  # between them every document matches one
        hits |= {h.doc for h in index.search(word, limit=50, **filters).hits}
    assert hits == docs


def test_store_search_facets_count_documents(index: SearchIndex) -> None:
    facets = index.facets("minister")
    assert dict(facets["genre"]) == {"news": 2}
    assert dict(facets["year"]) == {"2020": 1, "2021": 1}
    assert dict(facets["publisher"]) == {"NOS": 1, "NU.nl": 1}
    assert dict(facets["event_type"]) == {"attack": 1}


@pytest.mark.parametrize(
    ("filters", "expect"),
    [
        pytest.param({"genre": "news"}, {"publisher": {"NOS": 1, "NU.nl": 1}, "event_type": {"attack": 1}},
                     id="a filter that keeps both documents"),
        pytest.param({"date_from": "2021"}, {"year": {"2021": 1}, "event_type": {"attack": 1}},
                     id="a date filter counts the later document only"),
        pytest.param({"source": "NOS"}, {"publisher": {"NOS": 1}, "event_type": {}},
                     id="the publisher filter drops the event type of the other document"),
        pytest.param({"category": "politiek"}, {"category": {"politiek": 1}, "year": {"2021": 1}},
                     id="category"),
        pytest.param({"genre": "letter"}, {"genre": {}, "year": {}}, id="a filter that keeps nothing"),
        pytest.param({"entity": "erbil"}, {"year": {"2020": 1}}, id="an entity by its mention's words"),
        pytest.param({"date_from": "2020-01-06", "date_to": "2020-01-06"}, {"year": {"2020": 1}},
                     id="one day"),
    ],
)
def test_store_search_facets_follow_the_filters(index: SearchIndex, filters: dict[str, str],
                                                expect: dict[str, dict[str, int]]) -> None:
    facets = index.facets("minister", **filters)
    assert {name: dict(facets[name]) for name in expect} == expect


# Three documents, one year each, so the year facet names the documents counted.
FACET_DOCS = [
    ("f-1", "2019", "De politie zocht de hele nacht. Rond middernacht vond de politie de auto."),
    ("f-2", "2020", "De politie sloot de weg af. De brandweer blies het vuur uit."),
    ("f-3", "2021", "De brandweer en de politie werkten samen. Het vuur was snel uit."),
]


def _facet_docs(store: Store) -> SearchIndex:
    idx = SearchIndex(store)
    for doc_id, year, text in FACET_DOCS:
        d = Document(id=doc_id, text=text, source=doc_id, genre="news", category="binnenland",
                     published=PublishedDate(f"{year}-03-01", "day"))
        store.add_document(d, text_hash=doc_id)
        idx.index_document(d)
    return idx


@pytest.mark.parametrize(
    ("query", "years"),
    [
        pytest.param("politie", {"2019": 1, "2020": 1, "2021": 1},
                     id="a word in two sentences of one document counts that document once"),
        pytest.param("brandweer", {"2020": 1, "2021": 1}, id="one word"),
        pytest.param("pol*", {"2019": 1, "2020": 1, "2021": 1}, id="a prefix"),
        pytest.param("politie brandweer", {"2021": 1},
                     id="two words count only documents with a sentence holding both"),
        pytest.param("vuur politie", {}, id="words only in different sentences of a document do not count it"),
        pytest.param('"de politie"', {"2019": 1, "2020": 1, "2021": 1}, id="a phrase"),
        pytest.param("kabinet", {}, id="a word no document holds"),
    ],
)
def test_store_search_facets_count_each_matching_document_once(store: Store, query: str,
                                                               years: dict[str, int]) -> None:
    idx = _facet_docs(store)
    assert dict(idx.facets(query)["year"]) == years
    assert {h.date[:4] for h in idx.search(query, limit=50).hits if h.date} == set(years)


def test_store_search_facets_follow_a_reindexed_or_updated_document(store: Store) -> None:
    """The per-document index row follows the document: indexed again without the word, it is not
    counted any more; its metadata rewritten, the new category is counted."""
    idx = _facet_docs(store)
    idx.index_document(Document(id="f-1", text="De wethouder zocht de hele nacht.", source="f-1",
                                published=PublishedDate("2019-03-01", "day")))
    assert dict(idx.facets("politie")["year"]) == {"2020": 1, "2021": 1}
    assert dict(idx.facets("wethouder")["year"]) == {"2019": 1}
    idx.index_document(Document(id="f-1", text=FACET_DOCS[0][2], source="f-1",
                                published=PublishedDate("2019-03-01", "day")))
    assert dict(idx.facets("politie")["year"]) == {"2019": 1, "2020": 1, "2021": 1}
    assert dict(idx.facets("wethouder")["year"]) == {}
    doc = store.get_document("f-2")
    assert doc is not None
    doc.category = "regio"
    store.update_layers(doc)
    assert dict(idx.facets("politie")["category"]) == {"binnenland": 2, "regio": 1}
    assert dict(idx.facets("politie", category="regio")["year"]) == {"2020": 1}


def test_store_search_rejects_bad_dates(index: SearchIndex) -> None:
    with pytest.raises(InputError, match="not a date"):
        index.search("minister", date_from="gisteren")


def test_store_search_index_missing_catches_up(store: Store) -> None:
    store.add_document(Document(id="d-x", text="De premier reisde naar Brussel.", source="x"), text_hash="x")
    idx = SearchIndex(store)
    assert idx.unindexed() == ["d-x"] and idx.search("premier").total == 0
    assert idx.index_missing() == 1
    assert idx.search("premiers").total == 1 and idx.unindexed() == []


# --- pagination ---


def test_store_pages_partition_the_results(store: Store) -> None:
    idx = SearchIndex(store)
    undated = {0, 8, 16}  # documents and stories without a date come last, across page borders
    for i in range(23):
        d = Document(id=f"p-{i:02d}", text=f"De raad vergaderde op dag {i}. Het debat duurde lang.", source="x",
                     published=None if i in undated else PublishedDate(f"2020-02-{i + 1:02d}", "day"))
        store.add_document(d, text_hash=d.id)
        idx.index_document(d)
    store.replace_entities([Entity(f"e-{i:02d}", "PER", f"Persoon {i:02d}", [], [(f"p-{j:02d}", 0, 2) for j in range(i)])
                            for i in range(12)])
    store.replace_stories([Story(f"s-{i:02d}", "x", [f"p-{i:02d}"], [], None, None if i in undated else f"2020-02-{i + 1:02d}")
                           for i in range(23)])
    newest_first = [i for i in reversed(range(23)) if i not in undated] + sorted(undated)

    def pages(fetch, size):
        seen = []
        for off in range(0, 30, size):
            total, ids = fetch(size, off)
            seen += ids
        return total, seen

    total, seen = pages(lambda n, o: (lambda p: (p.total, [(h.doc, h.start) for h in p.hits]))(idx.search("raad", limit=n, offset=o)), 5)
    assert total == 23 and len(seen) == len(set(seen)) == 23
    total, seen = pages(lambda n, o: (lambda p: (p.total, [h.doc for h in p.hits]))(
        idx.search("raad", limit=n, offset=o, order="date")), 5)
    assert total == 23 and seen == [f"p-{i:02d}" for i in newest_first]
    total, seen = pages(lambda n, o: (lambda p: (p.total, [h.doc for h in p.hits]))(
        idx.search("raad", limit=n, offset=o, order="date", date_from="2020-02-05")), 4)
    assert total == 17 and seen == [f"p-{i:02d}" for i in newest_first if i >= 4 and i not in undated]
    total, seen = pages(lambda n, o: (lambda r: (r[0], [d["id"] for d in r[1]]))(store.document_page(limit=n, offset=o)), 7)
    assert total == 23 and seen == [f"p-{i:02d}" for i in newest_first]
    total, seen = pages(lambda n, o: (lambda r: (r[0], [e["id"] for e in r[1]]))(store.entity_page(limit=n, offset=o)), 4)
    assert total == 12 and seen == [f"e-{i:02d}" for i in reversed(range(12))]  # most mentioned first
    total, seen = pages(lambda n, o: store.story_page(limit=n, offset=o), 6)
    assert total == 23 and seen == [f"s-{i:02d}" for i in newest_first]


def test_store_search_pages_are_slices_of_the_whole_answer(store: Store) -> None:
    # Several matching sentences per document, documents sharing a date, two undated: every page
    # newest first, and every page by relevance within one section, is the slice of the whole answer
    # at its offset. (A one-word search reads the documents first and keeps those up to the page's
    # last one, its date and ties included.)
    idx = SearchIndex(store)
    extra = "Na de brand kwam de politie, want de brand bleef smeulen."
    for i in range(12):
        text = " ".join(["De brand in de loods was groot.", *[extra] * (i % 3), "Het weer was mooi."])
        d = Document(id=f"b-{i:02d}", text=text, source="x", category=("binnenland", "buitenland")[i % 2],
                     published=None if i in (3, 7) else PublishedDate(f"2021-03-{i // 2 + 1:02d}", "day"))
        store.add_document(d, text_hash=d.id)
        idx.index_document(d)
    matches = sum(1 + i % 3 for i in range(12))
    newest = idx.search("brand", limit=100, order="date")
    whole = [(h.doc, h.start) for h in newest.hits]
    dates = [h.date for h in newest.hits]
    assert newest.total == len(whole) == matches
    assert dates == sorted(dates[:-3], reverse=True) + [None] * 3  # b-03 and b-07 (one, two sentences) last
    for size in (1, 2, 5):
        for off in range(0, matches + 2, size):
            page = idx.search("brand", limit=size, offset=off, order="date")
            assert (page.total, [(h.doc, h.start) for h in page.hits]) == (matches, whole[off:off + size]), (size, off)
    ranked = idx.search("brand", limit=100).hits  # by relevance, no filter: every match ranked
    section = [(h.doc, h.start) for h in ranked if h.category == "binnenland"]
    for size in (1, 3, 7):
        for off in range(0, len(section) + 2, size):
            page = idx.search("brand", limit=size, offset=off, category="binnenland")
            assert (page.total, [(h.doc, h.start) for h in page.hits]) == (len(section), section[off:off + size])


# --- concurrency ---


def test_store_one_writer_and_several_readers(backend) -> None:
    """Readers on their own connections never see a document without its layers, nor an error."""
    writer = backend.open()
    n_docs = 25
    done = threading.Event()
    problems: list[str] = []

    def read() -> None:
        reader = backend.open()
        try:
            while not done.is_set():
                ids = reader.document_ids()
                for doc_id in ids[-3:]:
                    doc = reader.get_document(doc_id)
                    if doc is None or len(doc.tokens) != 2 or len(doc.quotes) != 1:
                        problems.append(f"{doc_id} read half-written")
        except Exception as e:  # any error in a reader fails the test
            problems.append(repr(e))

    readers = [threading.Thread(target=read) for _ in range(3)]
    for t in readers:
        t.start()
    try:
        for i in range(n_docs):
            assert writer.add_document(rich_doc(f"d-{i:02d}"), text_hash=f"h{i}")
    finally:
        done.set()
        for t in readers:
            t.join(timeout=60)
    assert problems == []
    assert backend.open().stats()["documents"] == n_docs


def test_store_two_writers_adding_one_document_store_it_once(backend) -> None:
    """The second writer waits for the first and is told the document is there: no error, no twin."""
    first, second = backend.open(), backend.open()
    inside = threading.Event()
    results: dict[str, object] = {}

    def slow_writer() -> None:
        with first._transaction():  # type: ignore[attr-defined]  # hold the first add's transaction open
            results["first"] = first.add_document(rich_doc(), text_hash="h")
            inside.set()
            threading.Event().wait(0.5)

    t = threading.Thread(target=slow_writer)
    t.start()
    inside.wait(30)
    try:
        results["second"] = second.add_document(rich_doc(), text_hash="h")
    except Exception as e:  # a unique-key error here is the failure this test is about
        results["second"] = e
    t.join(30)
    assert results == {"first": True, "second": False}
    assert backend.open().stats()["documents"] == 1


def test_store_iter_documents_keeps_order_and_layers_past_a_read_chunk(store: Store) -> None:
    ids = [f"c-{i:03d}" for i in range(205)]  # SQL stores read layers 200 documents at a time
    for i, doc_id in enumerate(reversed(ids)):
        d = Document(id=doc_id, text=f"Zin {i}.", source="x")
        d.sentences = [Sentence(0, len(d.text), 0, 0)]
        store.add_document(d, text_hash=doc_id)
    docs = list(store.iter_documents())
    assert [d.id for d in docs] == list(reversed(ids))  # ingest order, not id order
    assert all(len(d.sentences) == 1 for d in docs)
