"""A listed event noun written as a foreign word, alone or as two ("poleposition", "pole position"),
is an event mention: Frog tags English words SPEC(vreemd) and never reads them as nouns. Pole
position is the qualifying's result, a contest. A foreign word in a name, or one that is no listed
noun, gives nothing. Real Frog; sentences written for this test (the document is dated 14 March 2024)."""

from __future__ import annotations

import pytest
from frog_sentences import analysed, mentions_in

from kroniek.model import Document

pytestmark = [pytest.mark.frog, pytest.mark.slow]

# (sentence, expected {trigger text: type} of the foreign words, reason)
ROWS = [
    ("Hamilton veroverde zaterdag de pole position voor de race in Monaco.", {"pole position": "contest"},
     "two foreign words joined"),
    ("Leclerc pakte in de kwalificatie de poleposition.", {"poleposition": "contest"},
     "one word (Frog may tag it a noun: the noun path)"),
    ("De band speelde een nieuwe single op het festival.", {}, "a foreign word that is no listed noun"),
]


@pytest.fixture(scope="module")
def doc(frog) -> Document:
    return analysed(frog, "foreign-noun", [r[0] for r in ROWS])


@pytest.mark.parametrize(("sentence", "expected", "reason"), ROWS, ids=[r[2] for r in ROWS])
def test_events_foreign_noun_is_a_mention(doc: Document, sentence: str, expected: dict[str, str], reason: str) -> None:
    got = {doc.text[e.start:e.end]: e.type for e in mentions_in(doc, sentence) if e.type == "contest"
           or "pole" in doc.text[e.start:e.end] or "single" in doc.text[e.start:e.end]}
    assert got == expected, reason
