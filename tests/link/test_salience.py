"""Salience arithmetic on hand-made events over a small Dutch document (no Frog needed: only
sentence boundaries are read)."""

from __future__ import annotations

import pytest

from kroniek.link.salience import (
    SHOWN,
    by_salience,
    order_stories,
    salience,
    shown,
    signals,
    visible,
)
from kroniek.model import Document, Event, Sentence, Story

TEXT = ("Kabinet stuurt fregat naar Golf\n"
        "Het kabinet stuurt een fregat naar de Golf. De minister zegt dat de missie een half jaar duurt. "
        "De Kamer debatteert volgende week. Het schip vertrekt vanuit Den Helder. Er zijn zorgen over de kosten. "
        "De oppositie stelt vragen. De marine bevestigt het vertrek. Het fregat heeft 150 bemanningsleden. "
        "De kosten lopen op. De minister benadrukt het belang. Een woordvoerder zegt niets meer.")


def _doc(doc_id: str) -> Document:
    d = Document(id=doc_id, text=TEXT, source="test")
    bounds, start = [], 0
    for k, ch in enumerate(TEXT):
        if ch in ".\n":
            bounds.append((start, k + 1))
            start = k + 2
    d.sentences = [Sentence(a, b, 0, 0) for a, b in bounds]
    return d


DOCS = {d: _doc(d) for d in ("d1", "d2", "d3", "d4")}


def _at(word: str, nth: int = 0) -> tuple[int, int]:
    k = -1
    for _ in range(nth + 1):
        k = TEXT.index(word, k + 1)
    return k, k + len(word)


def _event(eid: str, typ: str, word: str, docs: list[str], *, nth: int = 0, participants: int = 0,
           when: str | None = None, factuality: str = "asserted") -> Event:
    a, b = _at(word, nth)
    return Event(id=eid, type=typ, label=word, factuality=factuality,
                 when={"value": when, "granularity": "day" if when and len(when) == 10 else "year"} if when else None,
                 participants=[("agent", f"e-{k}") for k in range(participants)],
                 mentions=[(d, a, b) for d in docs])


@pytest.mark.parametrize(
    "kwargs, expected",
    [
        pytest.param({"docs": ["d1"]}, {"sources": 0.0, "mentions": 0.0, "participants": 0.0, "time": 0.0},
                     id="one-report-nothing-else"),
        pytest.param({"docs": ["d1", "d2", "d3", "d4"]}, {"sources": 1.0, "mentions": 2 / 3},
                     id="four-sources-four-mentions"),
        pytest.param({"docs": ["d1"], "participants": 4, "when": "2024-05-02"}, {"participants": 1.0, "time": 1.0},
                     id="named-and-dated-to-the-day"),
        pytest.param({"docs": ["d1"], "when": "2024"}, {"time": 0.5}, id="coarse-date-half"),
    ],
)
def test_salience_signals(kwargs, expected):
    sig = signals(_event("v", "deploy", "stuurt", **kwargs), DOCS)
    for k, v in expected.items():
        assert sig[k] == pytest.approx(v), k


@pytest.mark.parametrize(
    "word, nth, position",
    [
        pytest.param("stuurt", 0, 1.0, id="headline"),
        pytest.param("stuurt", 1, 0.9, id="lead-sentence"),
        pytest.param("zegt", 1, 0.0, id="eleventh-sentence"),
    ],
)
def test_salience_position(word, nth, position):
    assert signals(_event("v", "deploy", word, ["d1"], nth=nth), DOCS)["position"] == pytest.approx(position)


@pytest.mark.parametrize(
    "typ, factuality, factor",
    [
        pytest.param("deploy", "asserted", 1.0, id="a-happening"),
        pytest.param("statement", "asserted", 0.4, id="saying-is-not-a-happening-on-its-own"),
        pytest.param("other", "asserted", 0.6, id="untyped-verb"),
        pytest.param("deploy", "future", 0.6, id="not-yet-happened"),
        pytest.param("deploy", "negated", 0.6, id="did-not-happen"),
    ],
)
def test_salience_kind_factor(typ, factuality, factor):
    base = salience(_event("v", "deploy", "stuurt", ["d1", "d2"]), DOCS)
    ev = _event("v", typ, "stuurt", ["d1", "d2"], factuality=factuality)
    assert salience(ev, DOCS) == pytest.approx(base * factor, abs=1e-3)


def test_salience_lists_salient_first_and_hides_the_tail():
    big = _event("v-big", "deploy", "stuurt", ["d1", "d2", "d3"], participants=2, when="2024-05-02")
    said = _event("v-said", "statement", "zegt", ["d1"], nth=1)
    old = _event("v-old", "deploy", "vertrekt", ["d1"])
    for ev in (big, said):
        ev.attributes["salience"] = salience(ev, DOCS)
    assert shown(big) and not shown(said) and big.attributes["salience"] >= SHOWN
    assert shown(old), "an event stored before salience existed stays visible"
    assert [e.id for e in by_salience([said, big])] == ["v-big", "v-said"]
    assert [e.id for e in visible([said, big])] == ["v-big"]
    assert [e.id for e in visible([said, big], show_all=True)] == ["v-said", "v-big"]
    story = Story(id="s", label="fregat", events=["v-said", "v-big"])
    order_stories([story], [said, big])
    assert story.events == ["v-big", "v-said"]


def test_salience_a_one_document_story_shows_its_main_happening():
    """One source scores 0 on sources: the story still shows its best typed, asserted happening
    (one lead for its one document: the second stays in the tail)."""
    head = _event("v-head", "deploy", "stuurt", ["d1"])
    second = _event("v-second", "meet", "debatteert", ["d1"])
    said = _event("v-said", "statement", "zegt", ["d1"], nth=1)
    future = _event("v-future", "deploy", "vertrekt", ["d1"], factuality="future")
    late = _event("v-late", "deploy", "zegt", ["d1"], nth=1)
    evs = [head, second, said, future, late]
    for ev in evs:
        ev.attributes["salience"] = salience(ev, DOCS)
    assert not any(shown(e) for e in evs), "below the cut on their own"
    story = Story(id="s", label="fregat", documents=["d1"], events=[e.id for e in evs])
    order_stories([story], evs)
    assert [e.id for e in visible(evs)] == ["v-head"]
    assert story.events[:2] == ["v-head", "v-second"]


def test_salience_a_story_marks_at_most_its_lead_events():
    evs = [_event(f"v-{k}", "deploy", "stuurt", ["d1"], participants=1) for k in range(5)]
    for ev in evs:
        ev.attributes["salience"] = salience(ev, DOCS)
    order_stories([Story(id="s", label="x", documents=["d1", "d2", "d3", "d4"], events=[e.id for e in evs])], evs)
    assert sum(bool(e.attributes.get("lead")) for e in evs) == 3
