"""Note references misread in a PDF's text: OCR reads a raised "¹" as "!" and a "²" as "?"
(swallowing the full stop), or glues the digit to the word. The scanned letter of
tests/fixtures/govmade (LibreOffice, printed, scanned and OCRed by Tesseract) and sentences
written here."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kroniek.ingest import iter_inputs
from kroniek.ingest.pdf_notes import misread_references, note_numbers
from kroniek.model import Document
from kroniek.settings import Settings

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "govmade"
sys.path.insert(0, str(Path(__file__).resolve().parent))


def _read(name: str) -> Document:
    (doc,) = list(iter_inputs([str(FIXTURES / name)], Settings()))
    assert isinstance(doc, Document)
    return doc


def test_scanned_letter_note_marks_read_as_the_printed_letter() -> None:
    scanned, printed = _read("kamerbrief-ocr.pdf"), _read("kamerbrief-lo.pdf")
    sentences = [s for s in printed.text.replace("\n\n", " ").split(". ") if "berekende" in s or "handelsverkeer" in s]
    assert len(sentences) == 2
    for s in sentences:
        assert s in scanned.text.replace("\n\n", " ")
    assert "!" not in scanned.text and "?" not in scanned.text  # the letter asks nothing


def test_note_numbers() -> None:
    assert note_numbers(["1 Zie de bijlage.", "2 Kamerstukken II 2019/20, 35 300, nr. 4.", "geen nummer"]) == [1, 2]


@pytest.mark.parametrize(
    ("text", "scanned", "want"),
    [
        # a mark before other punctuation is a note wherever the PDF came from
        ("De kosten vallen hoger uit dan geraamd!. Dat meld ik u.", False, "De kosten vallen hoger uit dan geraamd. Dat meld ik u."),
        ("Het rapport?, dat vorige week verscheen, is helder.", False, "Het rapport, dat vorige week verscheen, is helder."),
        # a scan: a sentence that opens on a subject asks nothing; its "?" was "²." read as one mark
        ("Ik heb de gemeenten om een reactie gevraagd? Zij antwoorden voor juni.", True,
         "Ik heb de gemeenten om een reactie gevraagd. Zij antwoorden voor juni."),
        # a real question stays: it opens on a verb or a question word
        ("Deelt u de mening dat dit te lang duurt? Ik wel.", True, "Deelt u de mening dat dit te lang duurt? Ik wel."),
        ("Wanneer komt de brief? Ik verwacht hem in mei.", True, "Wanneer komt de brief? Ik verwacht hem in mei."),
        # a glued digit that is the next note's number goes; another number stays
        ("De regeling geldt voor boeren1 in de grensstreek.", True, "De regeling geldt voor boeren in de grensstreek."),
        ("De regeling geldt voor boeren7 in de grensstreek.", True, "De regeling geldt voor boeren7 in de grensstreek."),
        # not in a born-digital PDF: there the references were found raised
        ("Ik heb de gemeenten om een reactie gevraagd? Zij antwoorden voor juni.", False,
         "Ik heb de gemeenten om een reactie gevraagd? Zij antwoorden voor juni."),
    ],
)  # fmt: skip
def test_misread_references(text: str, scanned: bool, want: str) -> None:
    assert misread_references(text, [1], scanned) == want


def test_misread_references_as_many_as_the_notes() -> None:
    text = "Ik vraag het de provincie? Het wordt duur? De raad is er tegen?"
    assert misread_references(text, [1], True) == "Ik vraag het de provincie. Het wordt duur? De raad is er tegen?"
    assert misread_references(text, [], True) == text  # no notes, nothing to misread
