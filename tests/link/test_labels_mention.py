"""Which mention a clause label is built from, on hand-made parses (no Frog): the parse of one
outlet's sentence may make the wrong phrase the subject; the label reads the mention whose
agent is an entity, not simply the earliest one."""

from __future__ import annotations

import pytest

from kroniek.link.labels import Names, clause_label
from kroniek.model import Document, Entity, Event, EventMention, Sentence, Token

# (word, lemma, pos, deprel, head)
Row = tuple[str, str, str, str, int]
MISPARSED: list[Row] = [  # "De FNV, heeft het contact verbroken": Frog took "het contact" for the subject
    ("De", "de", "LID(bep,stan,rest)", "det", 1), ("FNV", "FNV", "SPEC(deeleigen)", "mod", 3),
    (",", ",", "LET()", "punct", 1), ("heeft", "hebben", "WW(pv,tgw,met-t)", "ROOT", -1),
    ("het", "het", "LID(bep,stan,evon)", "det", 5), ("contact", "contact", "N(soort,ev,basis,onz,stan)", "su", 3),
    ("verbroken", "verbreken", "WW(vd,vrij,zonder)", "vc", 3), (".", ".", "LET()", "punct", 6),
]
PARSED: list[Row] = [  # "Toen heeft de FNV het contact verbroken"
    ("Toen", "toen", "BW()", "mod", 1), ("heeft", "hebben", "WW(pv,tgw,met-t)", "ROOT", -1),
    ("de", "de", "LID(bep,stan,rest)", "det", 3), ("FNV", "FNV", "SPEC(deeleigen)", "su", 1),
    ("het", "het", "LID(bep,stan,evon)", "det", 5), ("contact", "contact", "N(soort,ev,basis,onz,stan)", "obj1", 1),
    ("verbroken", "verbreken", "WW(vd,vrij,zonder)", "vc", 1), (".", ".", "LET()", "punct", 6),
]


def _doc(doc_id: str, rows: list[Row], agent: tuple[int, int]) -> tuple[Document, tuple[int, int], tuple[int, int]]:
    """A parsed document, the span of its "verbroken" and of its FNV."""
    tokens, at = [], 0
    for word, lemma, pos, deprel, head in rows:
        tokens.append(Token(at, at + len(word), lemma, pos, head=head, deprel=deprel))
        at += len(word) + 1
    text = " ".join(r[0] for r in rows)
    doc = Document(doc_id, text, doc_id, sentences=[Sentence(0, len(text), 0, len(tokens))], tokens=tokens)
    verb = next(t for t in tokens if t.lemma == "verbreken")
    fnv = next(t for t in tokens if t.lemma == "FNV")
    role = ("agent", tokens[agent[0]].start, tokens[agent[1] - 1].end)
    doc.events.append(EventMention(verb.start, verb.end, "suspend", "verbreken", arguments=(role,)))
    return doc, (verb.start, verb.end), (fnv.start, fnv.end)


@pytest.mark.parametrize(
    "first, second",
    [
        pytest.param((MISPARSED, (4, 6)), (PARSED, (2, 4)), id="misparsed-subject-told-first"),
        pytest.param((PARSED, (2, 4)), (MISPARSED, (4, 6)), id="entity-subject-told-first"),
    ],
)
def test_labels_mention_whose_agent_is_an_entity(first, second):
    a, va, fa = _doc("a", *first)
    b, vb, fb = _doc("b", *second)
    fnv = Entity("e-fnv", "ORG", "FNV", mentions=[("a", *fa), ("b", *fb)])
    ev = Event("v-1", "suspend", "verbroken", participants=[("agent", "e-fnv")],
               mentions=[("a", *va), ("b", *vb)])
    assert clause_label(ev, {"a": a, "b": b}, Names.of([fnv])) == "contact verbroken door FNV"
