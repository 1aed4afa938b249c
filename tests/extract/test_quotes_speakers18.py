"""Session 18 (qspk18): speakers of uncued quotes after a sentence whose subject is an unnamed,
indefinite person or group (extract/quotes/focus.unnamed_subject), on sentences written for
these tests with a hand-made parse of the subject sentence (the rule reads Frog's subject)."""

from __future__ import annotations

import re

import pytest

from kroniek.extract.quotes import find_quotes
from kroniek.model import Document, Sentence, Token

Parse = list[tuple[str, str, int, str]]  # word, CGN tag, head (index in the sentence, -1), relation

_WORD = re.compile(r"\w+(?:[-’']\w+)*|[^\w\s]")
LAST = "„De zomer hier is saai”, zei Jan de Vries."
QUOTE = "„Er komt bijna niemand meer langs.”"


def _flat(text: str, start: int, end: int, first: int) -> list[Token]:
    """Tokens without a parse for the sentences the rule does not read."""
    out = []
    for m in _WORD.finditer(text, start, end):
        w = m.group()
        tag = "LET()" if not w[0].isalnum() else "SPEC(deeleigen)" if w[0].isupper() else "N(soort,ev,basis,zijd,stan)"
        out.append(Token(m.start(), m.end(), w.lower(), tag, head=-1, deprel="", sent=first))
    return out


def _doc(subject_sentence: str, parse: Parse) -> Document:
    """LAST, the subject sentence with its parse, then QUOTE, as one paragraph; a subject
    sentence ending in a colon holds the quote (Frog's sentence runs on over it)."""
    text = f"{LAST} {subject_sentence} {QUOTE}"
    tokens = _flat(text, 0, len(LAST), 0)
    base, pos = len(tokens), len(LAST)
    for w, tag, head, rel in parse:
        start = text.index(w, pos)
        tokens.append(Token(start, start + len(w), w.lower(), tag, head=-1 if head < 0 else base + head, deprel=rel, sent=1))
        pos = start + len(w)
    mid = len(tokens)
    joined = subject_sentence.endswith(":")
    tokens += _flat(text, pos, len(text), 1 if joined else 2)
    bounds = [(0, base), (base, len(tokens))] if joined else [(0, base), (base, mid), (mid, len(tokens))]
    sentences = [Sentence(tokens[a].start, tokens[b - 1].end, a, b) for a, b in bounds]
    return Document(id="t", text=text, source="test", tokens=tokens, sentences=sentences)


def _speaker(doc: Document) -> str | None:
    t = doc.text
    for q in find_quotes(doc):
        if t[q.start : q.end].startswith("Er komt"):
            return None if q.speaker_start is None else t[q.speaker_start : q.speaker_end]
    raise AssertionError("quote not found")


N_PL = "N(soort,mv,basis)"
N_EV = "N(soort,ev,basis,zijd,stan)"
N_ONZ = "N(soort,ev,basis,onz,stan)"
LID = "LID(onbep,stan,agr)"
WW_MV = "WW(pv,tgw,mv)"
WW_EV = "WW(pv,tgw,met-t)"

ROWS = [
    pytest.param(
        "Winkeliers in de binnenstad maken zich zorgen.",
        [
            ("Winkeliers", N_PL, 4, "su"),
            ("in", "VZ(init)", 0, "mod"),
            ("de", "LID(bep,stan,rest)", 3, "det"),
            ("binnenstad", N_EV, 1, "obj1"),
            ("maken", WW_MV, -1, "ROOT"),
            ("zich", "VNW(refl,pron,obl,red,3,getal)", 4, "se"),
            ("zorgen", "WW(inf,vrij,zonder)", 4, "vc"),
            (".", "LET()", 6, "punct"),
        ],
        "Winkeliers",
        id="bare-plural-person-noun-subject-speaks",
    ),
    pytest.param(
        "Een ander ziet daar juist een risico in.",
        [
            ("Een", LID, 1, "det"),
            ("ander", "ADJ(nom,basis,zonder,zonder-n)", 2, "su"),
            ("ziet", WW_EV, -1, "ROOT"),
            ("daar", "VNW(aanw,adv-pron,obl,vol,3o,getal)", 2, "mod"),
            ("juist", "BW()", 2, "mod"),
            ("een", LID, 6, "det"),
            ("risico", N_ONZ, 2, "su"),  # Frog's second subject of the same verb
            ("in", "VZ(fin)", 2, "pc"),
            (".", "LET()", 7, "punct"),
        ],
        "Een ander",
        id="een-ander-speaks-though-the-parse-has-a-second-subject-of-its-verb",
    ),
    pytest.param(
        "Sommigen zien in een nieuwe markt een uitweg.",
        [
            ("Sommigen", "VNW(onbep,det,stan,nom,met-e,mv-n)", 1, "obj1"),  # misparsed opener
            ("zien", "WW(inf,vrij,zonder)", -1, "ROOT"),
            ("in", "VZ(init)", 1, "mod"),
            ("een", LID, 5, "det"),
            ("nieuwe", "ADJ(prenom,basis,met-e,stan)", 5, "mod"),
            ("markt", N_EV, 2, "obj1"),
            ("een", LID, 7, "det"),
            ("uitweg", N_EV, 1, "obj1"),
            (".", "LET()", 7, "punct"),
        ],
        "Sommigen",
        id="sommigen-opening-the-sentence-speaks-whatever-the-parse",
    ),
    pytest.param(
        "Een criticus van de krant formuleert het scherper:",
        [
            ("Een", LID, 1, "det"),
            ("criticus", N_EV, 5, "su"),
            ("van", "VZ(init)", 1, "mod"),
            ("de", "LID(bep,stan,rest)", 4, "det"),
            ("krant", N_EV, 2, "obj1"),
            ("formuleert", WW_EV, -1, "ROOT"),
            ("het", "VNW(pers,pron,stan,red,3,ev,onz)", 5, "obj1"),
            ("scherper", "ADJ(vrij,comp,zonder)", 5, "predc"),
            (":", "LET()", 7, "punct"),
        ],
        "Een criticus",
        id="before-a-colon-any-indefinite-noun-of-common-gender-speaks",
    ),
    # guards: the named speaker goes on
    pytest.param(
        "Een rapport van de gemeente is er duidelijk over:",
        [
            ("Een", LID, 1, "det"),
            ("rapport", N_ONZ, 5, "su"),
            ("van", "VZ(init)", 1, "mod"),
            ("de", "LID(bep,stan,rest)", 4, "det"),
            ("gemeente", N_EV, 2, "obj1"),
            ("is", WW_EV, -1, "ROOT"),
            ("er", "VNW(aanw,adv-pron,stan,red,3,getal)", 8, "obj1"),
            ("duidelijk", "ADJ(vrij,basis,zonder)", 5, "predc"),
            ("over", "VZ(fin)", 7, "mod"),
            (":", "LET()", 8, "punct"),
        ],
        "Jan de Vries",
        id="guard-before-a-colon-a-neuter-noun-is-no-person",
    ),
    pytest.param(
        "De winkeliers maken zich zorgen.",
        [
            ("De", "LID(bep,stan,rest)", 1, "det"),
            ("winkeliers", N_PL, 2, "su"),
            ("maken", WW_MV, -1, "ROOT"),
            ("zich", "VNW(refl,pron,obl,red,3,getal)", 2, "se"),
            ("zorgen", "WW(inf,vrij,zonder)", 2, "vc"),
            (".", "LET()", 4, "punct"),
        ],
        "Jan de Vries",
        id="guard-a-definite-subject-may-be-somebody-named-before",
    ),
    pytest.param(
        "Een jaar duurt de verbouwing nog.",
        [
            ("Een", LID, 1, "det"),
            ("jaar", N_ONZ, 2, "su"),  # misparsed time phrase
            ("duurt", WW_EV, -1, "ROOT"),
            ("de", "LID(bep,stan,rest)", 4, "det"),
            ("verbouwing", N_EV, 2, "obj1"),
            ("nog", "BW()", 2, "mod"),
            (".", "LET()", 5, "punct"),
        ],
        "Jan de Vries",
        id="guard-a-neuter-noun-is-no-person-by-its-ending",
    ),
    pytest.param(
        "Nu doet een buurman open en mag ze naar binnen.",
        [
            ("Nu", "BW()", 1, "mod"),
            ("doet", WW_EV, 5, "cnj"),
            ("een", LID, 3, "det"),
            ("buurman", N_EV, 1, "su"),
            ("open", "BW()", 1, "svp"),
            ("en", "VG(neven)", -1, "ROOT"),
            ("mag", WW_EV, 5, "cnj"),
            ("ze", "VNW(pers,pron,stan,red,3,ev,fem)", 6, "su"),
            ("naar", "VZ(init)", 6, "mod"),
            ("binnen", "BW()", 8, "obj1"),
            (".", "LET()", 9, "punct"),
        ],
        "Jan de Vries",
        id="guard-two-clauses-with-their-own-subjects",
    ),
]


@pytest.mark.parametrize(("sentence", "parse", "speaker"), ROWS)
def test_uncued_quote_after_an_unnamed_indefinite_subject(sentence: str, parse: Parse, speaker: str) -> None:
    assert _speaker(_doc(sentence, parse)) == speaker
