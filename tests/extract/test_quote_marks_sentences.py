"""The quote finder and coref read the document's sentence layer (Frog's where Frog ran),
repaired where Frog cuts a quote from its cue; without Frog, quote_marks.split_sentences."""

from __future__ import annotations

import pytest

from kroniek.extract import quote_marks as qm
from kroniek.extract.quotes import find_quotes
from kroniek.extract.quotes.names import read_context
from kroniek.model import Document, Sentence


def _doc(text: str, cuts: list[str]) -> Document:
    """A document whose sentence layer ends right after each of ``cuts`` (as Frog would)."""
    spans, start = [], 0
    for c in cuts:
        end = text.index(c, start) + len(c)
        while start < end and text[start].isspace():
            start += 1
        spans.append((start, end))
        start = end
    if text[start:].strip():
        spans.append((start + len(text[start:]) - len(text[start:].lstrip()), len(text)))
    sents = [Sentence(start=s, end=e, first_token=0, last_token=0) for s, e in spans]
    return Document(id="s", text=text, source="test", sentences=sents)


ROWS = [
    pytest.param(
        "„Ik ga niet”, verklaarde K. „De rechtbank erken ik niet.” Daarna zweeg hij.",
        ["niet.”", "hij."],
        ["„Ik ga niet”, verklaarde K.", "„De rechtbank erken ik niet.”", "Daarna zweeg hij."],
        id="quote-opening-after-an-initials-period-starts-a-new-sentence",
    ),
    pytest.param(
        "„Gaat het door?”, vraagt Anna de Vries. Ze twijfelt.",
        ["door?", "Vries."],
        ["„Gaat het door?”, vraagt Anna de Vries.", "Ze twijfelt."],
        id="comma-after-question-in-quote-continues-the-sentence",
    ),
    pytest.param(
        "„Wat een dag!” zucht de burgemeester. Hij gaat naar huis.",
        ["dag!", "burgemeester."],
        ["„Wat een dag!” zucht de burgemeester.", "Hij gaat naar huis."],
        id="lower-case-cue-after-exclamation-continues-the-sentence",
    ),
    pytest.param(
        "Hij zei dat de bus „te laat kwam.” Daarna vertrok hij.",
        ["kwam.", "hij."],
        ["Hij zei dat de bus „te laat kwam.”", "Daarna vertrok hij."],
        id="closing-mark-frog-put-in-the-next-sentence-goes-back",
    ),
    pytest.param(
        "„Het klopt.” Pieter Smit knikt. Hij lacht.",
        ["klopt.”", "knikt."],
        ["„Het klopt.”", "Pieter Smit knikt.", "Hij lacht."],
        id="capital-after-closing-mark-is-a-new-sentence",
    ),
    pytest.param(
        "Het bedrijf bouwt in de V. S. voor verkoop in Amerika, zei hij. Daarna ging hij.",
        ["V. S.", "hij.", "ging hij."],
        ["Het bedrijf bouwt in de V. S. voor verkoop in Amerika, zei hij.", "Daarna ging hij."],
        id="lower-case-after-an-initial-continues-the-sentence",
    ),
    pytest.param(
        "Het gaat om ca. twintig woningen, meldt de gemeente. Ze worden gesloopt.",
        ["ca.", "gemeente."],
        ["Het gaat om ca. twintig woningen, meldt de gemeente.", "Ze worden gesloopt."],
        id="lower-case-after-an-abbreviation-continues-the-sentence",
    ),
    pytest.param(
        "Ze bouwen auto's in de V. S., wat de kosten drukt, zei hij. Daarna ging hij.",
        ["V. S.", "hij.", "ging hij."],
        ["Ze bouwen auto's in de V. S., wat de kosten drukt, zei hij.", "Daarna ging hij."],
        id="no-sentence-opens-with-a-comma",
    ),
]


@pytest.mark.parametrize(("text", "cuts", "want"), ROWS)
def test_quote_marks_document_sentences_repairs_frog_cuts(
    text: str, cuts: list[str], want: list[str]
) -> None:
    got = qm.document_sentences(_doc(text, cuts))
    assert [text[s:e] for s, e in got] == want


def test_quote_marks_document_sentences_without_layer_splits_the_text() -> None:
    text = "„Het klopt”, zegt Smit. Hij lacht."
    doc = Document(id="s", text=text, source="test")
    assert qm.document_sentences(doc) == qm.split_sentences(text)


def test_quote_marks_quotes_read_the_document_layer() -> None:
    # a layer that keeps two sentences together is the one the quote finder reads
    # (no quote opens after the period: that would start a new sentence, see ROWS)
    text = "Het regent. Het klopt, zegt Smit."
    doc = _doc(text, ["Smit."])
    assert read_context(doc).sents == [(0, len(text))]


@pytest.mark.frog
def test_quote_marks_real_frog_question_quote_keeps_its_cue(frog) -> None:
    from kroniek.analyse.annotator import FrogAnnotator

    text = (
        "De gemeente opent volgende week een nieuwe brug over de Maas. "
        "„Waarom duurde het zo lang?”, vraagt bewoner Karel Jansen zich af. "
        "„Eindelijk!”, roept buurvrouw Els Bakker."
    )
    doc = FrogAnnotator(frog)(Document(id="f", text=text, source="test"))
    spans = [text[s:e] for s, e in qm.document_sentences(doc)]
    assert any(s.startswith("„Waarom") and "Karel Jansen" in s for s in spans)
    said = {
        text[q.start : q.end]: text[q.speaker_start : q.speaker_end]
        for q in find_quotes(doc)
        if q.speaker_start is not None
    }
    assert said.get("Waarom duurde het zo lang?") == "Karel Jansen"
    assert said.get("Eindelijk!") == "Els Bakker"
