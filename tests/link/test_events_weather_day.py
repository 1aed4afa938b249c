"""Weather covers a region: two reports of a storm, thunder or heavy showers on one day are one
happening even when they share no name ("het noodweer" in one outlet, "onweersbuien" in another,
neither naming the same town); another day, or two different places named, keep them apart. Hand-made
one-sentence documents; sentences written for this test."""

from __future__ import annotations

import pytest

from kroniek.link.events import LinkWeights, link_events
from kroniek.model import Document, EventMention, Mention, PublishedDate, Sentence

FIRST = ("d-1", "Het noodweer trok zondagavond over Nederland.", "noodweer", "noodweer",
         "2019-05-19", "2019-05-19", "Nederland")
PLACES = {"Nederland": "e-nl", "Griekenland": "e-gr"}


def _doc(doc_id: str, text: str, trigger: str, lemma: str, published: str, when: str | None,
         place: str | None) -> Document:
    doc = Document(id=doc_id, text=text, source=doc_id, title=doc_id,
                   published=PublishedDate(published, "day", "metadata", published))
    doc.sentences = [Sentence(0, len(text), 0, 0)]
    args: tuple[tuple[str, int, int], ...] = ()
    if place:
        a = text.index(place)
        doc.mentions.append(Mention(a, a + len(place), "LOC"))
        args = (("place", a, a + len(place)),)
    k = text.index(trigger)
    doc.events.append(EventMention(k, k + len(trigger), "accident", lemma, when=when, arguments=args))
    return doc


def _one_event(second: tuple) -> bool:
    docs = [_doc(*FIRST), _doc(*second)]

    def entity(doc_id: str, s: int, e: int) -> str | None:
        d = next(d for d in docs if d.id == doc_id)
        return PLACES.get(d.text[s:e])

    events = link_events(docs, entity, weights=LinkWeights())
    owner = {doc: e.id for e in events for doc, _, _ in e.mentions}
    return owner["d-1"] == owner["d-2"]


@pytest.mark.parametrize(
    "second, same",
    [
        pytest.param(("d-2", "Zware onweersbuien zorgden voor veel overlast.", "onweersbuien", "onweersbui",
                      "2019-05-19", None, None), True, id="another-weather-word-the-same-report-day"),
        pytest.param(("d-2", "Het noodweer van gisteren zorgde voor veel schade.", "noodweer", "noodweer",
                      "2019-05-20", None, None), True, id="the-next-morning-undated"),
        pytest.param(("d-2", "Stortbuien zorgden zondagavond voor ondergelopen straten.", "Stortbuien", "stortbui",
                      "2019-05-20", "2019-05-19TEV", None), True, id="dated-the-same-evening"),
        pytest.param(("d-2", "Zware onweersbuien zorgden dinsdag voor veel overlast.", "onweersbuien", "onweersbui",
                      "2019-05-21", "2019-05-21", None), False, id="another-day"),
        pytest.param(("d-2", "Het noodweer trok zondagavond over Griekenland.", "noodweer", "noodweer",
                      "2019-05-19", "2019-05-19", "Griekenland"), False, id="another-country-named"),
        pytest.param(("d-2", "Een brand zorgde voor veel overlast.", "brand", "brand",
                      "2019-05-19", None, None), False, id="no-weather-no-day-rule"),
    ],
)
def test_events_weather_day_one_happening(second: tuple, same: bool) -> None:
    assert _one_event(second) is same


def test_events_weather_day_off_keeps_nameless_reports_apart() -> None:
    """The guard: without the weather term the first row's nameless reports stay two happenings."""
    docs = [_doc(*FIRST), _doc("d-2", "Zware onweersbuien zorgden voor veel overlast.", "onweersbuien",
                               "onweersbui", "2019-05-19", None, None)]
    events = link_events(docs, lambda *a: None, weights=LinkWeights(weather_day=0.0))
    assert len(events) == 2
