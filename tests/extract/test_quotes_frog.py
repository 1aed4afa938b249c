"""Quotes on Frog-analysed documents: recorded Frog layers for a seed, and one run of real Frog."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kroniek.extract.quotes import find_quotes
from kroniek.model import Document

RECORDED = Path(__file__).with_name("test_quotes_frog_seed003.json")


def _recorded() -> Document:
    d = json.loads(RECORDED.read_text(encoding="utf-8"))
    return Document.from_dict({**d, "timexes": [], "quotes": [], "events": []})


def _speaker_of(doc: Document, quoted: str) -> str | None:
    for q in find_quotes(doc):
        if doc.text[q.start : q.end].startswith(quoted):
            return None if q.speaker_start is None else doc.text[q.speaker_start : q.speaker_end]
    raise AssertionError(f"{quoted!r} not found")


FROG_ROWS = [
    pytest.param(
        "Volgens Stoltenberg verhindert",
        "Stoltenberg",  # his view, passed on by his spokesman ("…, aldus woordvoerder Cazalet")
        id="volgens-source-wins-over-the-spokesman-who-relays-it",
    ),
    pytest.param("is de opleiding van lokale", "Stoltenberg", id="navo-baas-ner-role-resolved"),
    pytest.param("Iran moet afzien", "Stoltenberg", id="de-topman-resolved"),
    pytest.param(
        "De anti-IS-coalitie",
        "Goffin",  # "volgens Goffin" in the same sentence: the latest mention before the quote
        id="frog-tags-MR-minister-as-ORG-still-a-role",
    ),
    pytest.param("Het is aan de regering", "Goffin", id="curly-quote-aldus"),
    pytest.param("de resolutie", "Goffin", id="hij-wees-erop-resolved"),
]


@pytest.mark.parametrize(("quoted", "speaker"), FROG_ROWS)
def test_quotes_frog_recorded_seed_speakers(quoted: str, speaker: str) -> None:
    doc = _recorded()
    assert doc.tokens and doc.mentions, "recorded Frog layers missing"
    assert _speaker_of(doc, quoted) == speaker


def test_quotes_frog_recorded_layers_do_not_change_detection() -> None:
    doc = _recorded()
    bare = Document(id=doc.id, text=doc.text, source=doc.source)
    spans = {(q.start, q.end, q.direct) for q in find_quotes(doc)}
    assert spans == {(q.start, q.end, q.direct) for q in find_quotes(bare)}


@pytest.mark.frog
@pytest.mark.slow
def test_quotes_frog_real_analysis(frog) -> None:
    from kroniek.analyse.annotator import FrogAnnotator

    text = (
        "Jens Stoltenberg, de secretaris-generaal van de NAVO, bezocht Bagdad. "
        "Tegen journalisten zei hij dat de missie doorgaat. "
        "„We blijven in Irak”, aldus de NAVO-baas."
    )
    doc = FrogAnnotator(frog)(Document(id="f", text=text, source="test"))
    assert any(
        m.type == "PER" and text[m.start : m.end] == "Jens Stoltenberg" for m in doc.mentions
    )
    assert _speaker_of(doc, "de missie doorgaat") == "Jens Stoltenberg"
    assert _speaker_of(doc, "We blijven in Irak") == "Jens Stoltenberg"
