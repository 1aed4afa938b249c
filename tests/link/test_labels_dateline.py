"""A regional dateline in capitals that the parse took for the subject ("ASSEN - Op hoge leeftijd
is de schilder overleden": "ASSEN" as subject of "is") is no subject of the clause label: the
label never reads "ASSEN overleden". Hand-made parse (no Frog); sentence written for this test."""

from __future__ import annotations

from kroniek.link.label_parse import in_dateline
from kroniek.link.labels import Names, clause_label
from kroniek.model import Document, Event, EventMention, Sentence, Token

# (word, lemma, pos, deprel, head)
ROWS = [
    ("ASSEN", "ASSEN", "SPEC(deeleigen)", "su", 5), ("-", "-", "LET()", "punct", 0),
    ("Op", "op", "VZ(init)", "mod", 5), ("hoge", "hoog", "ADJ(prenom,basis,met-e,stan)", "mod", 4),
    ("leeftijd", "leeftijd", "N(soort,ev,basis,zijd,stan)", "obj1", 2), ("is", "zijn", "WW(pv,tgw,ev)", "ROOT", -1),
    ("de", "de", "LID(bep,stan,rest)", "det", 7), ("schilder", "schilder", "N(soort,ev,basis,zijd,stan)", "predc", 5),
    ("overleden", "overlijden", "WW(vd,vrij,zonder)", "vc", 5),
]


def _doc() -> Document:
    tokens, at = [], 0
    for word, lemma, pos, deprel, head in ROWS:
        tokens.append(Token(at, at + len(word), lemma, pos, head=head, deprel=deprel))
        at += len(word) + 1
    text = " ".join(r[0] for r in ROWS)
    doc = Document("d", text, "d", sentences=[Sentence(0, len(text), 0, len(tokens))], tokens=tokens)
    v, place = tokens[8], tokens[0]
    doc.events.append(EventMention(v.start, v.end, "death", v.lemma, arguments=(("place", place.start, place.end),)))
    return doc


def test_labels_dateline_is_no_subject() -> None:
    doc = _doc()
    assert in_dateline(doc, 0) and not in_dateline(doc, doc.text.index("schilder"))
    ev = Event("v", "death", "v", mentions=[("d", doc.events[0].start, doc.events[0].end)])
    label = clause_label(ev, {"d": doc}, Names.of([]))
    assert label is None or "ASSEN" not in label
