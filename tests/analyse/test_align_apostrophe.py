"""Words Frog cuts at an apostrophe before a suffix are one token again (``analyse.align``).

Frog's tokenizer (checked with Frog 0.20 on these sentences, written for the test) returns "VVD’er"
as "VVD" + "’" + "er" — the suffix tagged as the pronoun "er", the stem as a name — with a
straight apostrophe as with a curly one; it keeps "cd’tje" whole. Ingest's quote normalisation
only turns the apostrophe into ’ and splits nothing."""

from __future__ import annotations

import pytest

from kroniek.analyse.align import align
from kroniek.analyse.frog import FrogToken
from kroniek.ingest.clean import normalize_quotes

VNW_ER = "VNW(aanw,adv-pron,stan,red,3,getal)"


def ft(word: str, lemma: str, pos: str, head: int, deprel: str = "", ner: str = "O") -> FrogToken:
    return FrogToken(word, lemma, f"[{lemma}]", pos, 0.9, ner, "O", head, deprel)


# "De VVD’er en de tbs’er spraken met een A’dammer over een cd’tje." as Frog cuts it (heads 1-based)
SENTENCE = [
    ft("De", "de", "LID(bep,stan,rest)", 2, "det"),
    ft("VVD", "VVD", "SPEC(deeleigen)", 10, "su", "B-ORG"),
    ft("’", "'", "LET()", 2, "punct"),
    ft("er", "er", VNW_ER, 2, "mod"),
    ft("en", "en", "VG(neven)", 2, "crd"),
    ft("de", "de", "LID(bep,stan,rest)", 7, "det"),
    ft("tbs", "tbs", "N(soort,ev,basis,zijd,stan)", 5, "cnj"),
    ft("’", "'", "LET()", 7, "punct"),
    ft("er", "er", VNW_ER, 7, "mod"),
    ft("spraken", "spreken", "WW(pv,verl,mv)", 0, "ROOT"),
    ft("met", "met", "VZ(init)", 10, "mod"),
    ft("een", "een", "LID(onbep,stan,agr)", 13, "det"),
    ft("A", "a", "N(soort,ev,basis,zijd,stan)", 11, "obj1", "B-LOC"),
    ft("’", "'", "LET()", 13, "punct"),
    ft("dammer", "dammer", "N(soort,ev,basis,zijd,stan)", 13, "mod"),
    ft("over", "over", "VZ(init)", 10, "mod"),
    ft("een", "een", "LID(onbep,stan,agr)", 18, "det"),
    ft("cd’tje", "cd", "N(soort,ev,dim,onz,stan)", 16, "obj1"),
    ft(".", ".", "LET()", 10, "punct"),
]


@pytest.mark.parametrize("apostrophe", ["’", "'"])
def test_align_joins_words_cut_at_an_apostrophe(apostrophe: str) -> None:
    text = "De VVD’er en de tbs’er spraken met een A’dammer over een cd’tje.".replace("’", apostrophe)
    sents, toks = align(text, [SENTENCE])
    words = [text[t.start : t.end] for t in toks]
    a = apostrophe
    assert words == ["De", f"VVD{a}er", "en", "de", f"tbs{a}er", "spraken", "met", "een", f"A{a}dammer",
                     "over", "een", f"cd{a}tje", "."]
    vvd, tbs, adammer = toks[1], toks[4], toks[8]
    assert (vvd.lemma, tbs.lemma, adammer.lemma) == ("VVD'er", "tbs'er", "a'dammer")
    assert {vvd.pos, tbs.pos, adammer.pos} == {"N(soort,ev,basis,zijd,stan)"}
    assert vvd.ner == "O" and adammer.ner == "O", "a party member and a townsman are no names"
    # heads follow the joined tokens: "De" -> "VVD’er", "VVD’er" -> "spraken", "een" -> "A’dammer"
    assert toks[0].head == 1 and vvd.head == 5 and vvd.deprel == "su"
    assert toks[7].head == 8 and adammer.head == 6 and toks[-1].head == 5
    assert sents[0].first_token == 0 and sents[0].last_token == len(toks) == 13


def test_align_joined_plural_and_diminutive() -> None:
    text = "Twee zzp’ers en een R’dammertje."
    sentence = [
        ft("Twee", "twee", "TW(hoofd,prenom,stan)", 2, "det"),
        ft("zzp", "zzp", "N(soort,ev,basis,zijd,stan)", 0, "ROOT"),
        ft("’", "'", "LET()", 2, "punct"),
        ft("ers", "ers", "N(soort,mv,basis)", 2, "mod"),
        ft("en", "en", "VG(neven)", 2, "crd"),
        ft("een", "een", "LID(onbep,stan,agr)", 7, "det"),
        ft("R", "r", "SPEC(symb)", 5, "cnj"),
        ft("’", "'", "LET()", 7, "punct"),
        ft("dammertje", "dammertje", "N(soort,ev,dim,onz,stan)", 7, "mod"),
        ft(".", ".", "LET()", 2, "punct"),
    ]
    _, toks = align(text, [sentence])
    assert [text[t.start : t.end] for t in toks] == ["Twee", "zzp’ers", "en", "een", "R’dammertje", "."]
    assert (toks[1].lemma, toks[1].pos) == ("zzp'er", "N(soort,mv,basis)")
    assert toks[1].head == -1, "the root stays the root"
    assert toks[0].head == 1 and toks[-1].head == 1


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("de Giro d’Italia", ["de", "Giro", "d", "’", "Italia"]),  # a name after the apostrophe
        ("zei hij ’er is niets’", ["zei", "hij", "’", "er", "is", "niets", "’"]),  # a quote opens
        ("de VVD’ er", ["de", "VVD", "’", "er"]),  # a space: two words
        ("het woord ’t", ["het", "woord", "’", "t"]),  # no noun suffix
    ],
)
def test_align_keeps_other_apostrophes_apart(text: str, words: list[str]) -> None:
    _, toks = align(text, [[ft(w, w.lower(), "N(soort,ev,basis,zijd,stan)", 0) for w in words]])
    assert [text[t.start : t.end] for t in toks] == words


def test_align_ingest_normalisation_keeps_the_word_whole() -> None:
    """Where the cut is not: ingest turns the apostrophe curly and leaves the word one word."""
    assert normalize_quotes("De tbs'er en de A'dammer kochten een cd'tje.") == (
        "De tbs’er en de A’dammer kochten een cd’tje."
    )


def test_align_real_frog_cuts_and_alignment_joins(frog) -> None:
    """Real Frog cuts "tbs’er" at the apostrophe; after alignment it is one noun, and "VVD’er"
    gives no name "VVD" (if Frog stops cutting, the join is never needed and this still holds)."""
    from kroniek.analyse.annotator import FrogAnnotator
    from kroniek.model import Document

    text = "De tbs’er sprak zaterdag met een VVD’er over de A’dammers."
    raw = [t.word for s in frog.analyse(text) for t in s]
    doc = FrogAnnotator(frog)(Document(id="f", text=text, source="test"))
    words = [text[t.start : t.end] for t in doc.tokens]
    assert "tbs’er" in words and "VVD’er" in words and "A’dammers" in words, (raw, words)
    assert "er" not in words
    assert not any(text[m.start : m.end] in ("VVD", "A") for m in doc.mentions)
    joined = [t for t in doc.tokens if "’" in text[t.start : t.end]]
    assert [t.lemma for t in joined] == ["tbs'er", "VVD'er", "a'dammer"]
    assert [t.pos for t in joined] == ["N(soort,ev,basis,zijd,stan)"] * 2 + ["N(soort,mv,basis)"]
