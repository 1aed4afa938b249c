"""Salience of background: an event whose own date lies well before its reports is what they
recall ("the downing of the plane in 2014" in reports of 2019), not their news (hand-made
documents and events written for this test, no Frog: only dates and sentences are read)."""

from __future__ import annotations

import pytest

from kroniek.link.salience import (
    annotate,
    background,
    by_salience,
    order_stories,
    salience,
    visible,
)
from kroniek.model import Document, Event, PublishedDate, Sentence, Story

# An agency report on a prosecution, with the disaster it is about recalled in its lead.
TEXT = ("Justitie vervolgt vier verdachten voor het neerhalen van een vliegtuig in 2014. "
        "Het vliegtuig werd op 17 juli 2014 boven Oekraïne neergeschoten.")


def _doc(doc_id: str, published: str | None = "2019-06-19") -> Document:
    cut = TEXT.index(". ") + 1
    return Document(id=doc_id, text=TEXT, source="test",
                    published=PublishedDate(published, "day") if published else None,
                    sentences=[Sentence(0, cut, 0, 0), Sentence(cut + 1, len(TEXT), 0, 0)])


def _event(ev_id: str, word: str, when: dict | None, docs: list[str]) -> Event:
    a = TEXT.index(word)
    return Event(id=ev_id, type="kill" if word == "neergeschoten" else "other", label=word,
                 mentions=[(d, a, a + len(word)) for d in docs], when=when,
                 participants=[("patient", "e-vliegtuig")])


@pytest.mark.parametrize(
    "when, published, expected",
    [
        pytest.param({"value": "2014-07-17", "granularity": "day"}, "2019-06-19", True, id="a-day-five-years-before"),
        pytest.param({"value": "2014", "granularity": "year"}, "2019-06-19", True, id="a-year-before-the-reports"),
        pytest.param({"value": "2019-05", "granularity": "month"}, "2019-06-19", False,
                     id="last-month-ends-within-the-window"),
        pytest.param({"value": "2019-06-15", "granularity": "day"}, "2019-06-19", False, id="four-days-before-is-news"),
        pytest.param(None, "2019-06-19", False, id="undated-is-no-background"),
        pytest.param({"value": "2014-07-17", "granularity": "day"}, None, False, id="an-undated-report-tells-nothing"),
    ],
)
def test_salience_background_is_dated_well_before_its_reports(when, published, expected):
    docs = {d: _doc(d, published) for d in ("d1", "d2")}
    assert background(_event("v", "neergeschoten", when, ["d1", "d2"]), docs) is expected


def test_salience_background_ranks_below_the_news_it_is_recalled_in():
    docs = {d: _doc(d) for d in ("d1", "d2")}
    recalled = _event("v-2014", "neergeschoten", {"value": "2014-07-17", "granularity": "day"}, ["d1", "d2"])
    news = _event("v-news", "vervolgt", {"value": "2019-06-19", "granularity": "day"}, ["d1", "d2"])
    annotate([recalled, news], docs)
    assert [e.id for e in by_salience([recalled, news])] == ["v-news", "v-2014"]
    assert salience(recalled, docs) < salience(news, docs)  # a typed killing recalled, below untyped news


def test_salience_background_never_leads_and_stays_in_the_tail():
    """A one-document story whose typed happening is recalled from 2014 shows the news it is
    recalled in, not the recall; and the recall stays behind "toon alles" however it scores."""
    docs = {"d1": _doc("d1")}
    recalled = _event("v-2014", "neergeschoten", {"value": "2014-07-17", "granularity": "day"}, ["d1"])
    news = _event("v-news", "vervolgt", {"value": "2019-06-19", "granularity": "day"}, ["d1"])
    news.type = "prosecute"
    annotate([recalled, news], docs)
    recalled.attributes["salience"] = 0.9  # as if told by many sources: above the news and SHOWN
    order_stories([Story(id="s", label="x", documents=["d1"], events=["v-2014", "v-news"])], [recalled, news])
    assert recalled.attributes.get("background") and not recalled.attributes.get("lead")
    assert news.attributes.get("lead")
    assert [e.id for e in visible([recalled, news])] == ["v-news"]
