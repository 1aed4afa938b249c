"""Alerts: entity, query and event-type questions matched against new documents, each match once."""

from __future__ import annotations

import pytest

from kroniek.alerts import (
    AlertError,
    add_alert,
    alert_listing,
    alert_page,
    check_alerts,
    make_alert,
)
from kroniek.model import Document, Entity, Event, EventMention, Mention
from kroniek.store import Store, open_store

# Short news texts written for these tests, with the layers the extractors would give them.
DEFENSIE = "Minister Bijleveld bezocht dinsdag de mariniers in Erbil. De missie gaat door, zei ze."
STAKING = "Buschauffeurs in Friesland staken donderdag. De vakbond wil meer loon."
AANSLAG = "Bij een aanslag in Kabul zijn zondag zeker tien doden gevallen."


def _span(text: str, words: str) -> tuple[int, int]:
    i = text.index(words)
    return i, i + len(words)


def doc(doc_id: str, text: str, title: str | None = None) -> Document:
    d = Document(id=doc_id, text=text, source=f"{doc_id}.txt", raw_hash="r-" + doc_id, title=title)
    if "Bijleveld" in text:
        s, e = _span(text, "Bijleveld")
        d.mentions = [Mention(s, e, "PER", "crf")]
        vs, ve = _span(text, "bezocht")
        d.events = [EventMention(vs, ve, "meet", "bezoeken", arguments=(("agent", s, e),))]
    if "aanslag" in text:
        s, e = _span(text, "aanslag")
        d.events = [EventMention(s, e, "attack", "aanslag")]
    return d


# The cross-document event each test event mention is linked to, by its lemma.
EVENT_OF = {"bezoeken": ("ev-bezoek", "meet"), "aanslag": ("ev-kabul", "attack")}


@pytest.fixture
def store() -> Store:
    s = open_store("memory:")
    s.replace_entities([Entity("e-bijleveld", "PER", "Ank Bijleveld", ["Bijleveld", "Bijleveld-Schouten"], [])])
    return s


def _ingest(store: Store, *docs: Document) -> None:
    for d in docs:
        assert store.add_document(d, text_hash="h-" + d.id)
    # what linking writes: the document's mentions under their entities and events
    stored = list(store.iter_documents())
    store.replace_entities([Entity("e-bijleveld", "PER", "Ank Bijleveld", ["Bijleveld", "Bijleveld-Schouten"],
                                   [(d.id, m.start, m.end) for d in stored for m in d.mentions])])
    store.replace_events([Event(ev, typ, lemma, mentions=[(d.id, m.start, m.end) for d in stored
                                                           for m in d.events if m.lemma == lemma])
                          for lemma, (ev, typ) in EVENT_OF.items()])


@pytest.mark.parametrize(("kind", "value", "matches", "why"), [
    ("entity", "Ank Bijleveld", {"d-defensie"}, "entity Ank Bijleveld: 1 mention"),  # canonical name
    ("entity", "bijleveld-schouten", {"d-defensie"}, "entity bijleveld-schouten"),  # an alias, any case
    ("query", "mariniers", {"d-defensie"}, "query mariniers: Minister Bijleveld bezocht"),  # stemmed word
    ("query", "staking*", set(), ""),  # a prefix is matched unstemmed: "staken" is not "staking"
    ("query", "stak*", {"d-staking"}, "query stak*: Buschauffeurs in Friesland staken"),
    ("query", '"meer loon"', {"d-staking"}, "query \"meer loon\""),  # a phrase
    ("query", "vakbond Bijleveld", set(), ""),  # every word in one sentence
    ("event_type", "attack", {"d-kabul"}, "event type attack: aanslag"),
])
def test_alerts_match_new_documents(store: Store, kind: str, value: str, matches: set[str], why: str) -> None:
    add_alert(store, make_alert("a1", kind, value))
    _ingest(store, doc("d-defensie", DEFENSIE), doc("d-staking", STAKING), doc("d-kabul", AANSLAG))
    assert check_alerts(store) == len(matches)
    page = alert_page(store, "a1", limit=10, offset=0)
    assert {m["doc"] for m in page["matches"]} == matches
    if matches:
        assert page["matches"][0]["why"].startswith(why)


def test_alerts_keep_the_matching_events(store: Store) -> None:
    add_alert(store, make_alert("bijleveld", "entity", "Ank Bijleveld"))
    add_alert(store, make_alert("aanslagen", "event_type", "attack"))
    _ingest(store, doc("d-defensie", DEFENSIE), doc("d-kabul", AANSLAG))
    check_alerts(store)
    assert alert_page(store, "bijleveld", limit=5, offset=0)["matches"][0]["events"] == ["ev-bezoek"]
    assert alert_page(store, "aanslagen", limit=5, offset=0)["matches"][0]["events"] == ["ev-kabul"]


def test_alerts_fire_once_and_only_for_documents_after_the_alert(store: Store) -> None:
    _ingest(store, doc("d-oud", DEFENSIE.replace("dinsdag", "maandag")))
    add_alert(store, make_alert("bijleveld", "entity", "Bijleveld"))
    _ingest(store, doc("d-nieuw", DEFENSIE))
    assert check_alerts(store) == 1
    assert check_alerts(store) == 0  # a second check records nothing again
    assert alert_listing(store)["alerts"][0]["matches"] == 1
    assert [m["doc"] for m in alert_page(store, "bijleveld", limit=5, offset=0)["matches"]] == ["d-nieuw"]


def test_alerts_added_later_do_not_take_the_earlier_alerts_documents(store: Store) -> None:
    add_alert(store, make_alert("eerste", "query", "missie"))
    _ingest(store, doc("d-defensie", DEFENSIE))  # stored, not yet checked (e.g. through the API)
    add_alert(store, make_alert("tweede", "query", "missie"))  # checks the pending ones for "eerste" first
    assert {a["name"]: a["matches"] for a in alert_listing(store)["alerts"]} == {"eerste": 1, "tweede": 0}


@pytest.mark.parametrize(("name", "kind", "value", "says"), [
    ("met spatie", "query", "kabinet", "alert name"),  # the name goes into URLs
    ("leeg", "query", "  ", "empty"),
    ("leestekens", "query", "!!!", "no words"),
    ("onbekend", "event_type", "explosie", "unknown event type"),
    ("soort", "keyword", "kabinet", "one of"),
])
def test_alerts_refuse_bad_alerts(name: str, kind: str, value: str, says: str) -> None:
    with pytest.raises(AlertError, match=says):
        make_alert(name, kind, value)


def test_alerts_name_taken_is_refused(store: Store) -> None:
    add_alert(store, make_alert("x", "query", "kabinet"))
    with pytest.raises(AlertError, match="exists"):
        add_alert(store, make_alert("x", "query", "minister"))
