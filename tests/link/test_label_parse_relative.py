"""The noun a relative clause stands on (``label_parse.relative_antecedent``), on hand-made parses in
the shapes Frog gives (no Frog): the pronoun hung on the noun, the verb as its body."""

from __future__ import annotations

import pytest

from kroniek.link.label_parse import relative_antecedent
from kroniek.model import Document, Sentence, Token

# (word, pos, deprel, head, ner)
Row = tuple[str, str, str, int, str]
ROBBER: list[Row] = [  # "een man die een bank overviel"
    ("een", "LID(onbep,stan,agr)", "det", 1, "O"), ("man", "N(soort,ev,basis,zijd,stan)", "obj1", -1, "O"),
    ("die", "VNW(betr,pron,stan,vol,persoon,getal)", "mod", 1, "O"),
    ("een", "LID(onbep,stan,agr)", "det", 4, "O"), ("bank", "N(soort,ev,basis,zijd,stan)", "obj1", 5, "O"),
    ("overviel", "WW(pv,verl,ev)", "body", 2, "O"),
]
FROM_A_PLACE: list[Row] = [  # "een jongen uit Syrië die aanspoelde", the pronoun hung on the place
    ("een", "LID(onbep,stan,agr)", "det", 1, "O"), ("jongen", "N(soort,ev,basis,zijd,stan)", "obj1", -1, "O"),
    ("uit", "VZ(init)", "mod", 1, "O"), ("Syrië", "SPEC(deeleigen)", "obj1", 2, "B-LOC"),
    ("die", "VNW(betr,pron,stan,vol,persoon,getal)", "mod", 3, "O"), ("aanspoelde", "WW(pv,verl,ev)", "body", 4, "O"),
]


def _doc(rows: list[Row]) -> Document:
    tokens, at = [], 0
    for word, pos, deprel, head, ner in rows:
        tokens.append(Token(at, at + len(word), word.lower(), pos, ner=ner, head=head, deprel=deprel))
        at += len(word) + 1
    text = " ".join(r[0] for r in rows)
    return Document("d", text, "d", sentences=[Sentence(0, len(text), 0, len(tokens))], tokens=tokens)


@pytest.mark.parametrize(
    "rows, said",
    [
        pytest.param(ROBBER, "een man", id="the-relative-pronoun-is-the-subject-the-clause-stands-on-the-man"),
        pytest.param(FROM_A_PLACE, None, id="a-place-in-a-phrase-is-no-antecedent-the-parse-hung-it-on-the-nearest-noun"),
    ],
)
def test_label_parse_relative_antecedent(rows, said):
    doc = _doc(rows)
    span = relative_antecedent(doc, len(rows) - 1)
    assert (None if span is None else doc.text[span[0] : span[1]].strip()) == said

