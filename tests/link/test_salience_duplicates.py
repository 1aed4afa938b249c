"""Salience counts independent reports: the same wire copy stored twice (a document marked
``duplicate_of`` another) is one source (hand-made documents, no Frog: only sentences are read)."""

from __future__ import annotations

import pytest

from kroniek.link.salience import signals
from kroniek.model import Document, Event, Sentence

TEXT = "Oppositie wijst aanbod af\nDe oppositie heeft het aanbod van de militaire raad afgewezen."


def _doc(doc_id: str, duplicate_of: str | None = None) -> Document:
    head = TEXT.index("\n")
    return Document(id=doc_id, text=TEXT, source="test", duplicate_of=duplicate_of,
                    sentences=[Sentence(0, head, 0, 0), Sentence(head + 1, len(TEXT), 0, 0)])


@pytest.mark.parametrize(
    "duplicates, sources",
    [
        pytest.param({}, 2 / 3, id="three-outlets-are-three-sources"),
        pytest.param({"d2": "d1"}, 1 / 3, id="a-wire-copy-in-a-second-outlet-is-no-second-source"),
        pytest.param({"d2": "d1", "d3": "d1"}, 0.0, id="one-text-in-three-outlets-is-one-source"),
    ],
)
def test_salience_duplicates_count_once(duplicates, sources):
    docs = {d: _doc(d, duplicates.get(d)) for d in ("d1", "d2", "d3")}
    a = TEXT.index("afgewezen")
    ev = Event(id="v1", type="reject", label="aanbod afgewezen", mentions=[(d, a, a + 9) for d in docs])
    assert signals(ev, docs)["sources"] == pytest.approx(sources)
