"""Typed happenings form first; untyped mentions (past-tense verbs outside the lexicon, type
"other") join them after. An untyped mention that shares more names with one report than the two
typed reports of the verdict share with each other must not pull that report away from the other:
the two verdict reports stay one event. Hand-made one-sentence documents; sentences written for
this test."""

from __future__ import annotations

from kroniek.link.events import LinkWeights, link_events
from kroniek.model import Document, EventMention, Mention, PublishedDate, Sentence

DAY = "2019-07-11"


def _doc(doc_id: str, text: str, trigger: str, typ: str, names: dict[str, str], when: str | None) -> Document:
    doc = Document(id=doc_id, text=text, source=doc_id, title=doc_id,
                   published=PublishedDate(DAY, "day", "metadata", DAY))
    doc.sentences = [Sentence(0, len(text), 0, 0)]
    for name in names:
        k = text.index(name)
        doc.mentions.append(Mention(k, k + len(name), "PER"))
    k = text.index(trigger)
    doc.events.append(EventMention(k, k + len(trigger), typ, "veroordelen", when=when))
    return doc


def _docs() -> tuple[list[Document], dict[tuple[str, int, int], str]]:
    rows = [
        ("d-1", "De rechtbank heeft de verdachte vandaag veroordeeld, zegt advocaat Vermeulen.", "veroordeeld",
         "verdict", {"Vermeulen": "e-v"}, DAY),
        ("d-2", "Pietersen en Bakker zijn vandaag veroordeeld, zegt Vermeulen.", "veroordeeld", "verdict",
         {"Pietersen": "e-p", "Bakker": "e-b", "Vermeulen": "e-v"}, DAY),
        ("d-3", "Ook Pietersen en Bakker werden veroordeeld.", "veroordeeld", "other",
         {"Pietersen": "e-p", "Bakker": "e-b"}, None),
    ]
    docs = [_doc(i, t, trig, typ, names, when) for i, t, trig, typ, names, when in rows]
    entity = {}
    for d, row in zip(docs, rows, strict=True):
        for m in d.mentions:
            entity[(d.id, m.start, m.end)] = row[4][d.text[m.start:m.end]]
    return docs, entity


def test_events_typed_reports_join_before_an_untyped_one() -> None:
    docs, entity = _docs()
    events = link_events(docs, lambda doc_id, s, e: entity.get((doc_id, s, e)), weights=LinkWeights())
    owner = {doc: e.id for e in events for doc, _, _ in e.mentions}
    assert owner["d-1"] == owner["d-2"], [(e.type, e.mentions) for e in events]
