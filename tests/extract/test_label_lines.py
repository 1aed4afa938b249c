"""Label and heading lines ("Vraag 1", "Antwoord 1", "Belangen") are no sentences for events and
no entities; names alone on a line stay names. Fast cases on made lines; real Frog on two real
government publications (tests/fixtures/govpdf/SOURCE.md)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kroniek.extract.label_lines import common_word_label, is_label_line
from kroniek.model import Document, Mention

REAL = Path(__file__).resolve().parent.parent / "fixtures" / "govpdf"


def _line_span(text: str, line: str) -> tuple[int, int]:
    start = text.index(line)
    return start, start + len(line)


@pytest.mark.parametrize(
    ("text", "line", "expected"),
    [
        pytest.param("Vragen.\n\nVraag 1\n\nKlopt het dat de regeling stopt?", "Vraag 1", True,
                     id="a numbered question label"),
        pytest.param("Vraag 12\n\nKunt u dat toelichten?", "Vraag 12", True, id="two digits, first line"),
        pytest.param("Ja.\n\nAntwoord 3\n\nNee.", "Antwoord 3", True, id="an answer label"),
        pytest.param("De brief.\n\nBelangen\n\nHet belang van het kind.", "Belangen", True,
                     id="a one-word section heading"),
        pytest.param("Zie hieronder.\n\nBijlage II\n", "Bijlage II", True, id="a Roman numeral"),
        pytest.param("Lijst.\n\nBesluit:\n\nDe commissie stemt in.", "Besluit:", True,
                     id="a field label with a colon"),
        pytest.param("Hij kwam.\n\nJa.\n\nZij ging.", "Ja.", False,
                     id="a one-word sentence with its full stop is a sentence"),
        pytest.param("Vraag 1 Klopt het dat de regeling stopt?", "Vraag 1", False,
                     id="a label on a line with its question is part of a sentence"),
        pytest.param("Intro.\n\nNieuwe sancties\n\nDe EU besloot.", "Nieuwe sancties", False,
                     id="two words: a heading, but not a one-word label (events.heading covers it)"),
        pytest.param("Intro.\n\nKabinet valt\n\nHet kabinet viel.", "Kabinet valt", False,
                     id="a headline with a verb is not a label"),
        pytest.param("Intro.\n\nVraag 1 2 3\n\nTekst.", "Vraag 1 2 3", False, id="more than one number"),
    ],
)  # fmt: skip
def test_label_lines_is_label_line(text: str, line: str, expected: bool) -> None:
    assert is_label_line(text, *_line_span(text, line)) is expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        pytest.param("De brief.\n\nBelangen\n\nHet belang.", "Belangen", True,
                     id="a common noun capitalised as the line's start"),
        pytest.param("Ja.\n\nAntwoord 1\n\nNee.", "Antwoord 1", True, id="a label with its number"),
        pytest.param("Verzoekt de regering.\n\nGrinwis\n", "Grinwis", False,
                     id="a surname alone under a motion stays a name"),
        pytest.param("Landen.\n\nOekraïne\n\nIn Oekraïne mag het.", "Oekraïne", False,
                     id="a place the word list knows only capitalised"),
        pytest.param("Landen.\n\nZweden\n\nIn Zweden niet.", "Zweden", False,
                     id="the list knows 'Zweden' capitalised too (and 'zweden' as Swedes)"),
        pytest.param("ASSEN\n\nDe TT trok veel bezoekers.", "ASSEN", False,
                     id="a dateline in capitals is a place, though 'assen' is a common word"),
        pytest.param("Het ging over Belangen en meer.", "Belangen", False,
                     id="inside a sentence the NER decides, not this rule"),
    ],
)  # fmt: skip
def test_label_lines_common_word_label(text: str, name: str, expected: bool) -> None:
    start = text.index(name)
    assert common_word_label(text, Mention(start, start + len(name), "MISC")) is expected


@pytest.fixture(scope="module")
def real_docs(frog) -> dict[str, Document]:
    """The real written questions with answers and the real Kamerbrief, read as `kroniek ingest`
    reads them and run through the whole analysis with real Frog."""
    from kroniek.analyse.annotator import FrogAnnotator
    from kroniek.extract.coref import Coreference
    from kroniek.extract.docdate import DocDate
    from kroniek.extract.events import EventExtractor
    from kroniek.extract.ner import CrfNer
    from kroniek.extract.quotes import QuoteExtractor
    from kroniek.extract.timex import TimexTagger
    from kroniek.ingest import iter_inputs
    from kroniek.pipeline import Pipeline
    from kroniek.settings import Settings

    pipe = Pipeline([DocDate(), FrogAnnotator(frog), CrfNer(), Coreference(), TimexTagger(), QuoteExtractor(),
                     EventExtractor()])
    out = {}
    for name in ("ah-tk-20202021-3235.pdf", "20110301-5687928a-draagmoederschap.pdf"):
        (doc,) = list(iter_inputs([str(REAL / name)], Settings()))
        assert isinstance(doc, Document), doc
        out[name] = pipe(doc)
    return out


@pytest.mark.frog
def test_label_lines_real_questions_give_no_label_events_or_entities(real_docs: dict[str, Document]) -> None:
    doc = real_docs["ah-tk-20202021-3235.pdf"]
    labels = re.findall(r"^(Vraag|Antwoord) \d$", doc.text, flags=re.M)
    assert len(labels) == 18, labels  # the labels stay in the text
    triggers = [doc.span_text(e) for e in doc.events]
    assert [t for t in triggers if t in ("Vraag", "Antwoord")] == [], triggers
    names = {doc.span_text(m) for m in doc.mentions}
    assert [n for n in names if n.startswith(("Vraag", "Antwoord"))] == [], names
    assert {"Koolmees", "Qredits"} <= names, names  # the body's names are still found
    assert len(triggers) > 10, triggers  # the answers' happenings are still found


@pytest.mark.frog
def test_label_lines_real_letter_heading_is_no_entity(real_docs: dict[str, Document]) -> None:
    doc = real_docs["20110301-5687928a-draagmoederschap.pdf"]
    assert "\nBelangen\n" in doc.text
    names = {doc.span_text(m) for m in doc.mentions}
    assert "Belangen" not in names and "Vrijwilligheid" not in names, names
    assert {"UCERF", "VUmc", "Oekraïne"} <= names, names
