"""A noun trigger that is a name of several words is labelled by all of them, on a hand-made parse
(no Frog): "De Grand Prix van Hongarije …" is the "Grand Prix in Hongarije", never "Grand in
Hongarije"; a one-word noun trigger keeps its own word."""

from __future__ import annotations

import pytest

from kroniek.link.labels import Names, clause_label
from kroniek.model import Document, Entity, Event, EventMention, Sentence, Token

# (word, lemma, pos, deprel, head): "De Grand Prix van Hongarije was spannend"
RACE = [
    ("De", "de", "LID(bep,stan,rest)", "det", 1), ("Grand", "Grand", "SPEC(deeleigen)", "su", 5),
    ("Prix", "Prix", "SPEC(deeleigen)", "mwp", 1), ("van", "van", "VZ(init)", "mod", 1),
    ("Hongarije", "Hongarije", "SPEC(deeleigen)", "obj1", 3), ("was", "zijn", "WW(pv,verl,ev)", "ROOT", -1),
    ("spannend", "spannend", "ADJ(vrij,basis,zonder)", "predc", 5),
]
# "De race in Hongarije was spannend"
ONE_WORD = [
    ("De", "de", "LID(bep,stan,rest)", "det", 1), ("race", "race", "N(soort,ev,basis,zijd,stan)", "su", 4),
    ("in", "in", "VZ(init)", "mod", 1), ("Hongarije", "Hongarije", "SPEC(deeleigen)", "obj1", 2),
    ("was", "zijn", "WW(pv,verl,ev)", "ROOT", -1), ("spannend", "spannend", "ADJ(vrij,basis,zonder)", "predc", 4),
]


def _label(rows: list[tuple[str, str, str, str, int]], first: int, last: int) -> str | None:
    tokens, at = [], 0
    for word, lemma, pos, deprel, head in rows:
        tokens.append(Token(at, at + len(word), lemma, pos, head=head, deprel=deprel))
        at += len(word) + 1
    text = " ".join(r[0] for r in rows)
    doc = Document("d", text, "d", sentences=[Sentence(0, len(text), 0, len(tokens))], tokens=tokens)
    doc.events.append(EventMention(tokens[first].start, tokens[last].end, "contest", tokens[first].lemma))
    place = next(t for t in tokens if text[t.start:t.end] == "Hongarije")
    hungary = Entity("e-hu", "LOC", "Hongarije", mentions=[("d", place.start, place.end)])
    ev = Event("v", "contest", "v", where=["e-hu"], mentions=[("d", tokens[first].start, tokens[last].end)])
    return clause_label(ev, {"d": doc}, Names.of([hungary]))


@pytest.mark.parametrize(
    "rows, first, last, label",
    [
        pytest.param(RACE, 1, 2, "Grand Prix in Hongarije", id="a-name-of-two-words-whole"),
        pytest.param(ONE_WORD, 1, 1, "race in Hongarije", id="one-word-its-own"),
    ],
)
def test_labels_trigger_names(rows, first, last, label):
    assert _label(rows, first, last) == label
