"""The CRF NER component on a real seed document analysed by real Frog."""

from __future__ import annotations

import pytest

from kroniek.analyse.annotator import FrogAnnotator
from kroniek.extract.ner import CrfNer
from kroniek.model import Document, document_id
from kroniek.pipeline import Pipeline

pytestmark = [pytest.mark.frog, pytest.mark.slow]


@pytest.fixture(scope="module")
def seed_doc(frog, seeds_dir) -> Document:
    path = seeds_dir / "001_810796f6d30d5d5a.txt"
    raw = path.read_bytes()
    doc = Document(id=document_id(raw), text=raw.decode("utf-8"), source=str(path))
    pipeline = Pipeline([FrogAnnotator(backend=frog), CrfNer()])
    return pipeline(doc)


def test_ner_frog_seed_mentions_are_crf_and_aligned(seed_doc):
    assert seed_doc.processed == ["frog", "ner"]
    assert seed_doc.mentions, "a news article about Iraq has named entities"
    starts = {t.start for t in seed_doc.tokens}
    ends = {t.end for t in seed_doc.tokens}
    for m in seed_doc.mentions:
        assert m.source == "crf"
        assert m.type in ("PER", "LOC", "ORG", "MISC")
        # Mentions cover whole Frog tokens of the cleaned text.
        assert m.start in starts and m.end in ends
        assert seed_doc.text[m.start : m.end].strip() == seed_doc.text[m.start : m.end]


@pytest.mark.parametrize(
    ("text", "typ"),
    [
        pytest.param("Irak", "LOC", id="country"),
        pytest.param("Erbil", "LOC", id="Iraqi city"),
        pytest.param("Qassem Soleimani", "PER", id="full name of a person"),
        pytest.param("Iraanse", "MISC", id="nationality adjective is MISC, not Frog's LOC"),
        pytest.param("Amerikaanse", "MISC", id="another nationality adjective"),
    ],
)
def test_ner_frog_seed_finds(seed_doc, text, typ):
    found = {(seed_doc.text[m.start : m.end], m.type) for m in seed_doc.mentions}
    assert (text, typ) in found
