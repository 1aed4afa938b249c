"""Session 19 (qspk19): a personal pronoun speaker right after a sentence about an unnamed person
("een buurvrouw", "een medewerker", "de moeder van …") stands for that person
(extract/quotes/pronouns.unnamed_antecedent), on sentences written for these tests with a
hand-made parse of the sentence before the pronoun (the rule reads Frog's subject and predicate)."""

from __future__ import annotations

import re

import pytest

from kroniek.extract.quotes import find_quotes
from kroniek.model import Document, Sentence, Token

Parse = list[tuple[str, str, int, str]]  # word, CGN tag, head (index in the sentence, -1), relation

_WORD = re.compile(r"\w+(?:[-’']\w+)*|[^\w\s]")
LAST = "„Het plein is weer open”, zei Anna de Vries."
_PRONOUN_TAGS = {
    "hij": "VNW(pers,pron,nomin,vol,3,ev,masc)",
    "zij": "VNW(pers,pron,nomin,vol,3v,ev,fem)",
    "ze": "VNW(pers,pron,stan,red,3,ev,fem)",
}


def _tag(w: str) -> str:
    if not w[0].isalnum():
        return "LET()"
    if w.lower() in _PRONOUN_TAGS:
        return _PRONOUN_TAGS[w.lower()]
    return "SPEC(deeleigen)" if w[0].isupper() else "N(soort,ev,basis,zijd,stan)"


def _flat(text: str, start: int, end: int, sent: int) -> list[Token]:
    """Tokens without a parse for the sentences the rule does not read."""
    return [
        Token(m.start(), m.end(), m.group().lower(), _tag(m.group()), head=-1, deprel="", sent=sent)
        for m in _WORD.finditer(text, start, end)
    ]


def _doc(person_sentence: str, parse: Parse, said: str) -> Document:
    """LAST, the sentence about a person with its parse, then the sentence with the pronoun
    speaker, as one paragraph."""
    text = f"{LAST} {person_sentence} {said}"
    tokens = _flat(text, 0, len(LAST), 0)
    base, pos = len(tokens), len(LAST)
    for w, tag, head, rel in parse:
        start = text.index(w, pos)
        tokens.append(Token(start, start + len(w), w.lower(), tag, head=-1 if head < 0 else base + head, deprel=rel, sent=1))
        pos = start + len(w)
    mid = len(tokens)
    tokens += _flat(text, pos, len(text), 2)
    bounds = [(0, base), (base, mid), (mid, len(tokens))]
    sentences = [Sentence(tokens[a].start, tokens[b - 1].end, a, b) for a, b in bounds]
    return Document(id="t", text=text, source="test", tokens=tokens, sentences=sentences)


def _speaker(doc: Document, opening: str) -> str | None:
    t = doc.text
    for q in find_quotes(doc):
        if t[q.start : q.end].startswith(opening):
            return None if q.speaker_start is None else t[q.speaker_start : q.speaker_end]
    raise AssertionError("quote not found")


N_EV = "N(soort,ev,basis,zijd,stan)"
N_ONZ = "N(soort,ev,basis,onz,stan)"
EEN = "LID(onbep,stan,agr)"
DE = "LID(bep,stan,rest)"
WW_EV = "WW(pv,verl,ev)"

BUURVROUW: Parse = [
    ("Een", EEN, 1, "det"),
    ("buurvrouw", N_EV, 2, "su"),
    ("keek", WW_EV, -1, "ROOT"),
    ("vanaf", "VZ(init)", 2, "mod"),
    ("haar", "VNW(bez,det,stan,vol,3,ev,prenom,zonder,agr)", 5, "det"),
    ("balkon", N_ONZ, 3, "obj1"),
    ("toe", "VZ(fin)", 2, "svp"),
    (".", "LET()", 6, "punct"),
]
MEDEWERKER: Parse = [
    ("De", DE, 1, "det"),
    ("man", N_EV, 5, "su"),
    ("achter", "VZ(init)", 1, "mod"),
    ("het", "LID(bep,stan,evon)", 4, "det"),
    ("loket", N_ONZ, 2, "obj1"),
    ("is", "WW(pv,tgw,ev)", -1, "ROOT"),
    ("een", EEN, 7, "det"),
    ("medewerker", N_EV, 5, "predc"),
    ("van", "VZ(init)", 7, "mod"),
    ("de", DE, 10, "det"),
    ("vervoerder", N_EV, 8, "obj1"),
    (".", "LET()", 10, "punct"),
]
MOEDER: Parse = [
    ("Ook", "BW()", 5, "mod"),
    ("de", DE, 2, "det"),
    ("moeder", N_EV, 6, "su"),
    ("van", "VZ(init)", 2, "mod"),
    ("de", DE, 5, "det"),
    ("scholier", N_EV, 3, "obj1"),
    ("zat", WW_EV, -1, "ROOT"),
    ("in", "VZ(init)", 6, "mod"),
    ("de", DE, 9, "det"),
    ("zaal", N_EV, 7, "obj1"),
    (".", "LET()", 9, "punct"),
]
NAMED: Parse = [
    ("Marieke", "SPEC(deeleigen)", 2, "su"),
    ("Bos", "SPEC(deeleigen)", 0, "mwp"),
    ("is", "WW(pv,tgw,ev)", -1, "ROOT"),
    ("een", EEN, 4, "det"),
    ("lerares", N_EV, 2, "predc"),
    ("uit", "VZ(init)", 4, "mod"),
    ("Zwolle", "SPEC(deeleigen)", 5, "obj1"),
    (".", "LET()", 6, "punct"),
]
PRONOUN_SUBJECT: Parse = [
    ("Zij", "VNW(pers,pron,nomin,vol,3v,ev,fem)", 1, "su"),
    ("is", "WW(pv,tgw,ev)", -1, "ROOT"),
    ("een", EEN, 3, "det"),
    ("lerares", N_EV, 1, "predc"),
    ("uit", "VZ(init)", 3, "mod"),
    ("Zwolle", "SPEC(deeleigen)", 4, "obj1"),
    (".", "LET()", 5, "punct"),
]
NAMED_OBJECT: Parse = [
    ("Een", EEN, 1, "det"),
    ("agent", N_EV, 2, "su"),
    ("hield", WW_EV, -1, "ROOT"),
    ("Piet", "SPEC(deeleigen)", 2, "obj1"),
    ("Smit", "SPEC(deeleigen)", 3, "mwp"),
    ("staande", "WW(od,vrij,zonder)", 2, "svp"),
    (".", "LET()", 5, "punct"),
]
BUURMAN: Parse = [(w.replace("buurvrouw", "buurman"), tag, h, r) for w, tag, h, r in BUURVROUW]

ROWS = [
    pytest.param(
        "Een buurvrouw keek vanaf haar balkon toe.",
        BUURVROUW,
        "Zij zegt dat de vlammen hoog opliepen.",
        "de vlammen",
        "Een buurvrouw",
        id="indefinite-subject-before-reported-pronoun",
    ),
    pytest.param(
        "De man achter het loket is een medewerker van de vervoerder.",
        MEDEWERKER,
        "Hij vertelt dat de laatste bus is geschrapt.",
        "de laatste",
        "een medewerker",
        id="indefinite-predicate-of-an-unnamed-subject",
    ),
    pytest.param(
        "Ook de moeder van de scholier zat in de zaal.",
        MOEDER,
        "„Dit had ik niet verwacht”, zei ze.",
        "Dit had",
        "de moeder",
        id="kinship-noun-before-van-and-a-quote-cued-after",
    ),
    pytest.param(
        "Marieke Bos is een lerares uit Zwolle.",
        NAMED,
        "Zij zegt dat de lessen weer beginnen.",
        "de lessen",
        "Marieke Bos",
        id="guard-a-named-subject-is-the-antecedent",
    ),
    pytest.param(
        "Zij is een lerares uit Zwolle.",
        PRONOUN_SUBJECT,
        "Zij zegt dat de lessen weer beginnen.",
        "de lessen",
        "Anna de Vries",
        id="guard-a-pronoun-subject-has-its-own-antecedent",
    ),
    pytest.param(
        "Een agent hield Piet Smit staande.",
        NAMED_OBJECT,
        "Hij zegt dat hij niets heeft gedaan.",
        "hij niets",
        "Piet Smit",
        id="guard-a-person-named-in-that-sentence",
    ),
    pytest.param(
        "Een buurman keek vanaf haar balkon toe.",
        BUURMAN,
        "Zij zegt dat de vlammen hoog opliepen.",
        "de vlammen",
        "Anna de Vries",
        id="guard-other-gender",
    ),
]


@pytest.mark.parametrize(("person_sentence", "parse", "said", "opening", "want"), ROWS)
def test_quotes_pronoun_after_unnamed_person(
    person_sentence: str, parse: Parse, said: str, opening: str, want: str
) -> None:
    assert _speaker(_doc(person_sentence, parse, said), opening) == want
