"""The CRF NER component on recorded Frog output of real Dutch sentences, and on Documents."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from kroniek.errors import AnalysisError
from kroniek.evaluation.ner import entities
from kroniek.extract.ner import CrfNer
from kroniek.model import Document, Sentence, Token


@dataclass(frozen=True)
class T:
    word: str
    lemma: str
    pos: str
    ner: str


# Recorded with `frog --skip=tmpac -n` (Frog 0.20), the modules the model was trained with.
VERHOFSTADT = [
    T("Premier", "premier", "N(soort,ev,basis,zijd,stan)", "O"),
    T("Guy", "Guy", "SPEC(deeleigen)", "B-PER"),
    T("Verhofstadt", "Verhofstadt", "SPEC(deeleigen)", "I-PER"),
    T("ontmoette", "ontmoeten", "WW(pv,verl,ev)", "O"),
    T("gisteren", "gisteren", "BW()", "O"),
    T("in", "in", "VZ(init)", "O"),
    T("Brussel", "Brussel", "SPEC(deeleigen)", "B-LOC"),
    T("de", "de", "LID(bep,stan,rest)", "O"),
    T("Amerikaanse", "amerikaanse", "ADJ(prenom,basis,met-e,stan)", "B-LOC"),
    T("president", "president", "N(soort,ev,basis,zijd,stan)", "O"),
    T("George", "George", "SPEC(deeleigen)", "B-PER"),
    T("Bush", "Bush", "SPEC(deeleigen)", "I-PER"),
    T(".", ".", "LET()", "O"),
]
COMMISSIE = [
    T("Volgens", "volgens", "VZ(init)", "O"),
    T("de", "de", "LID(bep,stan,rest)", "O"),
    T("Europese", "Europese", "SPEC(deeleigen)", "B-ORG"),
    T("Commissie", "Commissie", "SPEC(deeleigen)", "I-ORG"),
    T("groeit", "groeien", "WW(pv,tgw,met-t)", "O"),
    T("de", "de", "LID(bep,stan,rest)", "O"),
    T("economie", "economie", "N(soort,ev,basis,zijd,stan)", "O"),
    T("in", "in", "VZ(init)", "O"),
    T("Duitsland", "Duitsland", "SPEC(deeleigen)", "B-LOC"),
    T("en", "en", "VG(neven)", "O"),
    T("Frankrijk", "Frankrijk", "SPEC(deeleigen)", "B-LOC"),
    T(".", ".", "LET()", "O"),
]
REGEN = [
    T("Het", "het", "VNW(pers,pron,stan,red,3,ev,onz)", "O"),
    T("regent", "regenen", "WW(pv,tgw,met-t)", "O"),
    T("vandaag", "vandaag", "BW()", "O"),
    T("de", "de", "LID(bep,stan,rest)", "O"),
    T("hele", "heel", "ADJ(prenom,basis,met-e,stan)", "O"),
    T("dag", "dag", "N(soort,ev,basis,zijd,stan)", "O"),
    T("in", "in", "VZ(init)", "O"),
    T("het", "het", "LID(bep,stan,evon)", "O"),
    T("hele", "heel", "ADJ(prenom,basis,met-e,stan)", "O"),
    T("land", "land", "N(soort,ev,basis,onz,stan)", "O"),
    T(".", ".", "LET()", "O"),
]
NEYTS = [
    T("Minister", "minister", "N(soort,ev,basis,zijd,stan)", "O"),
    T("Annemie", "Annemie", "SPEC(deeleigen)", "B-PER"),
    T("Neyts", "Neyts", "SPEC(deeleigen)", "I-PER"),
    T("van", "van", "VZ(init)", "O"),
    T("de", "de", "LID(bep,stan,rest)", "O"),
    T("VLD", "VLD", "SPEC(deeleigen)", "B-ORG"),
    T("sprak", "spreken", "WW(pv,verl,ev)", "O"),
    T("in", "in", "VZ(init)", "O"),
    T("Antwerpen", "Antwerpen", "SPEC(deeleigen)", "B-LOC"),
    T("over", "over", "VZ(init)", "O"),
    T("de", "de", "LID(bep,stan,rest)", "O"),
    T("Olympische", "Olympische", "SPEC(deeleigen)", "B-EVE"),
    T("Spelen", "Spelen", "SPEC(deeleigen)", "I-EVE"),
    T(".", ".", "LET()", "O"),
]


@pytest.fixture(scope="module")
def ner() -> CrfNer:
    return CrfNer()


def _named(sent, tags):
    return {(" ".join(t.word for t in sent[a:b]), typ) for a, b, typ in entities(tags)}


@pytest.mark.parametrize(
    ("sent", "expected"),
    [
        pytest.param(
            VERHOFSTADT,
            {
                ("Guy Verhofstadt", "PER"),
                ("Brussel", "LOC"),
                ("Amerikaanse", "MISC"),
                ("George Bush", "PER"),
            },
            id="nationality adjective is MISC in CoNLL where Frog says LOC",
        ),
        pytest.param(
            COMMISSIE,
            {("Europese Commissie", "ORG"), ("Duitsland", "LOC"), ("Frankrijk", "LOC")},
            id="institution and two countries",
        ),
        pytest.param(REGEN, set(), id="no names, sentence-initial Het is no entity"),
        pytest.param(
            NEYTS,
            {
                ("Annemie Neyts", "PER"),
                ("VLD", "ORG"),
                ("Antwerpen", "LOC"),
                ("Olympische Spelen", "MISC"),
            },
            id="party acronym and an event, which CoNLL calls MISC",
        ),
    ],
)
def test_ner_tag_real_sentences(ner, sent, expected):
    tags = ner.tag([sent])[0]
    assert len(tags) == len(sent)
    assert _named(sent, tags) == expected


def test_ner_tag_empty_sentence_list(ner):
    assert ner.tag([]) == []


def test_ner_missing_model_is_an_analysis_error(tmp_path):
    with pytest.raises(AnalysisError):
        CrfNer(tmp_path / "missing.crfsuite")


def _document(sents: list[list[T]]) -> Document:
    """A Document whose text is the sentences joined by spaces, with Frog-like token layers."""
    text_parts: list[str] = []
    tokens: list[Token] = []
    sentences: list[Sentence] = []
    pos = 0
    for si, sent in enumerate(sents):
        first = len(tokens)
        start = pos
        for t in sent:
            tokens.append(Token(pos, pos + len(t.word), t.lemma, t.pos, ner=t.ner, sent=si))
            text_parts.append(t.word)
            pos += len(t.word) + 1
        sentences.append(Sentence(start, pos - 1, first, len(tokens)))
    doc = Document(id="d-test", text=" ".join(text_parts), source="test")
    doc.tokens, doc.sentences, doc.processed = tokens, sentences, ["frog"]
    return doc


def test_ner_component_replaces_mentions_with_offsets(ner):
    doc = _document([NEYTS, COMMISSIE])
    out = ner(doc)
    found = {(out.text[m.start : m.end], m.type, m.source, m.subtype) for m in out.mentions}
    assert ("Annemie Neyts", "PER", "crf", "") in found
    assert ("Europese Commissie", "ORG", "crf", "") in found
    # Frog said "eve" over the same tokens: the CoNLL type is MISC, the subtype keeps Frog's word.
    assert ("Olympische Spelen", "MISC", "crf", "eve") in found
    assert all(m.source == "crf" for m in out.mentions)
    assert [m.start for m in out.mentions] == sorted(m.start for m in out.mentions)


def test_ner_component_in_pipeline_requires_frog(ner):
    from kroniek.pipeline import Pipeline

    doc = _document([REGEN])
    doc.processed = []
    with pytest.raises(ValueError):
        Pipeline([ner])(doc)
