"""An event's date is the one most sources give; a part of a day ("dinsdagmiddag", TIMEX3 "…TAF")
and its day ("dinsdag") back each other. Three outlets that date a stage win on Tuesday (one of them
"dinsdagmiddag", one "dinsdagochtend") outweigh two that give Monday, the day another rider won (a
mention the cluster took in). Hand-made one-sentence documents made one event (the vote only, not
the linking); sentences written for this test."""

from __future__ import annotations

import pytest

from kroniek.link.events import read_mentions, to_event
from kroniek.model import Document, EventMention, Mention, Sentence


def _doc(doc_id: str, text: str, when: str) -> Document:
    doc = Document(id=doc_id, text=text, source=doc_id, title=doc_id)
    doc.sentences = [Sentence(0, len(text), 0, 0)]
    k = text.index("Jansen")
    doc.mentions.append(Mention(k, k + len("Jansen"), "PER"))
    t = text.index("won")
    doc.events.append(EventMention(t, t + 3, "economy", "winnen", when=when))
    return doc


@pytest.mark.parametrize(
    "dates, expected",
    [
        pytest.param(["2019-08-27TAF", "2019-08-27TMO", "2019-08-27", "2019-08-26", "2019-08-26"], "2019-08-27",
                     id="a-day-and-its-parts-outweigh-another-day"),
        pytest.param(["2019-08-27TAF", "2019-08-27"], "2019-08-27TAF", id="the-part-stays-when-its-day-agrees"),
        pytest.param(["2019-08-27TEV", "2019-08-26", "2019-08-26"], "2019-08-26", id="more-sources-still-win"),
        pytest.param(["2019-08-27", "2019-08-26", "2019-08-26"], "2019-08-26", id="plain-days-as-before"),
    ],
)
def test_events_day_votes(dates: list[str], expected: str) -> None:
    docs = [_doc(f"d-{n}", f"Wielrenner Jansen won de etappe in Spanje, melding {n}.", when)
            for n, when in enumerate(dates)]
    event = to_event(read_mentions(docs, lambda doc_id, s, e: "e-jansen"))  # the mentions of one cluster
    assert event.when is not None and event.when["value"] == expected
