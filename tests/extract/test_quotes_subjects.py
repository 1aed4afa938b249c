"""Who says it: the subject of a reporting verb (extract/quotes/subjects.py and the
te-infinitive frames of reported.py), on sentences written for these tests."""

from __future__ import annotations

import pytest

from kroniek.extract.quotes import find_quotes
from kroniek.model import Document


def _said(doc: Document) -> dict[str, str | None]:
    t = doc.text
    return {
        t[q.start : q.end]: None if q.speaker_start is None else t[q.speaker_start : q.speaker_end]
        for q in find_quotes(doc)
    }


def _speaker(doc: Document, quoted: str) -> str | None:
    said = _said(doc)
    hits = [s for q, s in said.items() if quoted in q]
    assert hits, f"{quoted!r} not found in {list(said)}"
    return hits[0]


SURFACE = [
    pytest.param(
        "Ook de verhuurder zegt zoiets nooit eerder te hebben gezien.",
        "nooit eerder te hebben gezien",
        "verhuurder",
        id="focus-particle-before-the-subject-is-no-inversion",
    ),
    pytest.param(
        "Zelfs Karin Mulder zegt niets van de plannen te weten.",
        "niets van de plannen te weten",
        "Karin Mulder",
        id="zelfs-before-a-name",
    ),
    pytest.param(
        "Veel buschauffeurs zeggen nog honderden euro’s achterstallig loon te krijgen.",
        "honderden euro’s achterstallig loon te krijgen",
        "buschauffeurs",
        id="quantified-subject-not-the-number-after-the-verb",
    ),
]


@pytest.mark.parametrize(("text", "quoted", "speaker"), SURFACE)
def test_quotes_subjects_surface(text: str, quoted: str, speaker: str) -> None:
    said = _speaker(Document(id="t", text=text, source="test"), quoted)
    assert said is not None and speaker in said


FROG = [
    pytest.param(
        "Hoewel de commissie nog altijd meent dat de wethouder ‘zijn werk uitstekend doet’, "
        "komt er een nieuw onderzoek.",
        "zijn werk uitstekend doet",
        "commissie",
        id="subordinate-clause-subject-not-the-conjunction-dat",
    ),
    pytest.param(
        "Ook de eigenaar van de garage zegt zoiets nooit te hebben meegemaakt.",
        "nooit te hebben meegemaakt",
        "eigenaar",
        id="frog-focus-particle-te-infinitive",
    ),
]


@pytest.mark.frog
def test_quotes_subjects_real_frog(frog) -> None:
    from kroniek.analyse.annotator import FrogAnnotator

    annotate = FrogAnnotator(frog)
    for row in FROG:
        text, quoted, speaker = row.values
        doc = annotate(Document(id="f", text=text, source="test"))
        said = _speaker(doc, quoted)
        assert said is not None and speaker in said, (row.id, said)
