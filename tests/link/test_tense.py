"""The linker's one tense reading (``link/tense.py``) on hand-parsed sentences written for these tests."""

from __future__ import annotations

import pytest

from kroniek.link.tense import tense, told_as_past
from kroniek.model import Document, Token

# (word, lemma, CGN tag, head index or -1, relation)
Parse = list[tuple[str, str, str, int, str]]

STILGELEGD: Parse = [("De", "de", "LID(bep)", 1, "det"), ("zagerij", "zagerij", "N(soort,ev)", 2, "su"),
                     ("is", "zijn", "WW(pv,tgw,ev)", -1, "ROOT"),
                     ("stilgelegd", "stilleggen", "WW(vd,vrij,zonder)", 2, "vc")]
BEROOFD: Parse = [("De", "de", "LID(bep)", 1, "det"), ("apotheek", "apotheek", "N(soort,ev)", 2, "su"),
                  ("werd", "worden", "WW(pv,verl,ev)", -1, "ROOT"), ("beroofd", "beroven", "WW(vd,vrij,zonder)", 2, "vc")]
WORDT_BEROOFD: Parse = [("De", "de", "LID(bep)", 1, "det"), ("apotheek", "apotheek", "N(soort,ev)", 2, "su"),
                        ("wordt", "worden", "WW(pv,tgw,met-t)", -1, "ROOT"),
                        ("beroofd", "beroven", "WW(vd,vrij,zonder)", 2, "vc")]
DUURT: Parse = [("De", "de", "LID(bep)", 1, "det"), ("blokkade", "blokkade", "N(soort,ev)", 2, "su"),
                ("duurt", "duren", "WW(pv,tgw,met-t)", -1, "ROOT"), ("voort", "voort", "VZ(fin)", 2, "svp")]
ZAL: Parse = [("De", "de", "LID(bep)", 1, "det"), ("wethouder", "wethouder", "N(soort,ev)", 2, "su"),
              ("zal", "zullen", "WW(pv,tgw,ev)", -1, "ROOT"), ("aftreden", "aftreden", "WW(inf,vrij,zonder)", 2, "vc")]
SLOOTTE: Parse = [("De", "de", "LID(bep)", 1, "det"), ("bakker", "bakker", "N(soort,ev)", 2, "su"),
                  ("sloot", "sluiten", "WW(pv,verl,ev)", -1, "ROOT"), ("zijn", "zijn", "VNW(bez)", 4, "det"),
                  ("winkel", "winkel", "N(soort,ev)", 2, "obj1")]
VERTROKKEN: Parse = [("De", "de", "LID(bep)", 2, "det"), ("vertrokken", "vertrekken", "WW(vd,prenom,zonder)", 2, "mod"),
                     ("trainer", "trainer", "N(soort,ev)", 3, "su"), ("lacht", "lachen", "WW(pv,tgw,met-t)", -1, "ROOT")]


def _doc(parse: Parse) -> Document:
    text, tokens = "", []
    for word, lemma, tag, head, rel in parse:
        text += (" " if text else "") + word
        tokens.append(Token(len(text) - len(word), len(text), lemma, tag, head=head, deprel=rel))
    return Document(id="t", text=text + ".", source="test", tokens=tokens)


@pytest.mark.parametrize(
    ("parse", "word", "clause", "done"),
    [
        pytest.param(STILGELEGD, "stilgelegd", "past", True, id="perfect-under-zijn"),
        pytest.param(BEROOFD, "beroofd", "past", True, id="past-passive-werd"),
        pytest.param(WORDT_BEROOFD, "beroofd", "present", False, id="present-passive-wordt"),
        pytest.param(DUURT, "blokkade", "present", False, id="noun-takes-its-verbs-tense-but-is-no-verb-told-as-done"),
        pytest.param(ZAL, "aftreden", "future", False, id="infinitive-under-zullen"),
        pytest.param(SLOOTTE, "sloot", "past", True, id="finite-past"),
        pytest.param(VERTROKKEN, "vertrokken", "present", True, id="attributive-participle-is-done-in-a-present-clause"),
    ],
)
def test_tense_clause_and_told_as_done(parse: Parse, word: str, clause: str, done: bool) -> None:
    doc = _doc(parse)
    start = next(t.start for t in doc.tokens if doc.text[t.start : t.end] == word)
    assert tense(doc, start) == clause
    assert told_as_past(doc.tokens, 0, start) is done
