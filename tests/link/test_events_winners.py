"""A contest has one winner: two wins whose winners (agents) are both named and share none are two
happenings, however alike the rest of the reports is ("Vos won de etappe" / "Wiebes won de etappe");
two reports naming the same winner stay one. Hand-made one-sentence documents with the winner as the
agent argument; sentences written for this test."""

from __future__ import annotations

import pytest

from kroniek.link.events import LinkWeights, link_events
from kroniek.model import Document, EventMention, Mention, PublishedDate, Sentence

DAY = "2019-08-23"


def _doc(doc_id: str, text: str, trigger: str, lemma: str, winner: str) -> Document:
    doc = Document(id=doc_id, text=text, source=doc_id, title=doc_id,
                   published=PublishedDate(DAY, "day", "metadata", DAY))
    doc.sentences = [Sentence(0, len(text), 0, 0)]
    for name, typ in ((winner, "PER"), ("Noorwegen", "LOC")):
        k = text.index(name)
        doc.mentions.append(Mention(k, k + len(name), typ))
    k, a = text.index(trigger), text.index(winner)
    doc.events.append(EventMention(k, k + len(trigger), "contest", lemma, when=DAY,
                                   arguments=(("agent", a, a + len(winner)),)))
    return doc


def _owners(rows: list[tuple[str, str, str, str, str]]) -> dict[str, str]:
    docs = [_doc(*row) for row in rows]
    names = {"Vos": "e-vos", "Wiebes": "e-wiebes", "Noorwegen": "e-no"}
    def entity(doc_id: str, s: int, e: int) -> str | None:
        d = next(d for d in docs if d.id == doc_id)
        return names.get(d.text[s:e])
    events = link_events(docs, entity, weights=LinkWeights())
    return {doc: e.id for e in events for doc, _, _ in e.mentions}


@pytest.mark.parametrize(
    "second, lemma, trigger, same",
    [
        pytest.param("Vos won vandaag de derde etappe van de ronde van Noorwegen.", "winnen", "won", True,
                     id="the-same-winner-is-one-win"),
        pytest.param("Wiebes won vandaag de derde etappe van de ronde van Noorwegen.", "winnen", "won", False,
                     id="another-winner-is-another-win"),
        pytest.param("De zege in Noorwegen was vandaag voor Wiebes.", "zege", "zege", False,
                     id="a-win-noun-with-another-winner"),
    ],
)
def test_events_wins_by_other_winners_stay_apart(second: str, lemma: str, trigger: str, same: bool) -> None:
    rows = [("d-1", "Vos won vandaag de derde etappe van de ronde van Noorwegen.", "won", "winnen", "Vos"),
            ("d-2", second, trigger, lemma, "Wiebes" if "Wiebes" in second else "Vos")]
    owner = _owners(rows)
    assert (owner["d-1"] == owner["d-2"]) is same
