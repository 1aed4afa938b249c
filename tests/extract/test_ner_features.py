"""Feature extraction for the NER CRF, on hand-built Frog-like tokens of real Dutch sentences."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from kroniek import gazetteer
from kroniek.extract.ner_features import document_features, stacked_features, word_shape


@dataclass(frozen=True)
class T:
    word: str
    lemma: str = ""
    pos: str = "N(soort,ev,basis,zijd,stan)"
    ner: str = "O"


def sent(text: str, ner: dict[int, str] | None = None) -> list[T]:
    ner = ner or {}
    return [T(w, w.lower(), ner=ner.get(i, "O")) for i, w in enumerate(text.split())]


@pytest.mark.parametrize(
    ("word", "shape"),
    [
        pytest.param("Antwerpen", "Xx", id="capitalised name"),
        pytest.param("Noord-Korea", "Xx-Xx", id="hyphenated place keeps the hyphen"),
        pytest.param("F-16", "X-d", id="model number"),
        pytest.param("VLD", "X", id="acronym"),
        pytest.param("'s-Hertogenbosch", "'x-Xx", id="Dutch apostrophe place name"),
    ],
)
def test_ner_features_word_shape(word, shape):
    assert word_shape(word) == shape


@pytest.mark.parametrize(
    ("text", "index", "feature"),
    [
        pytest.param(
            "Premier Joop den Uyl sprak in Den Haag .",
            2,
            "particle.inname",
            id="particle between name parts",
        ),
        pytest.param(
            "Hij woont in de stad .", 3, None, id="article in running text is no particle-in-name"
        ),
        pytest.param(
            "De Verenigde Staten steunen Israël .",
            1,
            "g=Bcountry",
            id="multi-word Dutch country name opens",
        ),
        pytest.param(
            "De Verenigde Staten steunen Israël .",
            2,
            "g=Icountry",
            id="multi-word Dutch country name continues",
        ),
        pytest.param("Hij reisde naar Keulen .", 3, "g=Bplace", id="Dutch exonym of a German city"),
        pytest.param("De Franse regering zwijgt .", 1, "g=nat", id="nationality adjective"),
        pytest.param("Het bestuur van Fortis NV trad af .", 4, "g=org", id="company suffix"),
        pytest.param("Morgen komt de koning .", 0, "init", id="sentence-initial word"),
        pytest.param('" Morgen komt de koning .', 1, "init", id="sentence-initial after a quote"),
    ],
)
def test_ner_features_fire(text, index, feature):
    feats = document_features([sent(text)])[0][index]
    if feature is None:
        assert "particle.inname" not in feats
    else:
        assert feature in feats


def test_ner_features_context_window_reaches_two_tokens():
    feats = document_features([sent("gisteren zei Guy Verhofstadt niets")])[0][2]
    assert "-2w=gisteren" in feats and "-1w=zei" in feats
    assert "1w=verhofstadt" in feats and "2w=niets" in feats
    first = document_features([sent("Guy zei niets")])[0][0]
    assert "-1w=<s>" in first and "-2w=<s>" in first


def test_ner_features_document_context_carries_frog_type():
    # Frog tags "Clinton" PER in the first sentence only; the second occurrence hears about it.
    doc = [
        sent("President Bill Clinton landde in Brussel .", {1: "B-PER", 2: "I-PER", 5: "B-LOC"}),
        sent("Later sprak Clinton met de pers .", {}),
    ]
    feats = document_features(doc)
    assert "d.ft=PER" in feats[1][2]


def test_ner_features_document_context_sees_lowercase_use():
    # "Staat" capitalised at the start, "staat" lower-case later: probably not a name.
    doc = [sent("Staat de regering op springen ?"), sent("Het kabinet staat onder druk .")]
    assert "d.low" in document_features(doc)[0][0]


def test_ner_gazetteer_lists_are_dutch():
    assert ("duitsland",) in gazetteer.countries()
    assert ("verenigde", "staten") in gazetteer.countries()
    assert ("londen",) in gazetteer.places()
    assert "franse" in gazetteer.nationalities()
    # Function words that happen to be place names somewhere must not be places.
    assert ("het",) not in gazetteer.places()


def test_ner_features_stacked_pass_sees_first_pass_elsewhere():
    # First pass tagged "Dehaene" PER after "premier", missed it at the sentence start later.
    doc = [sent("Premier Jean-Luc Dehaene zweeg ."), sent("Dehaene vertrok gisteren .")]
    base = document_features(doc)
    first = [["O", "B-PER", "I-PER", "O", "O"], ["O", "O", "O", "O"]]
    second = stacked_features(doc, base, first)
    assert "s1=O" in second[1][0]
    assert "d1=PER" in second[1][0]
    assert "d1multi=PER" in second[1][0]
    # The base features are kept: the second pass adds, it does not replace.
    assert set(base[1][0]) <= set(second[1][0])
