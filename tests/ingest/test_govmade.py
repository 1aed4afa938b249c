"""Government documents made the way the real ones are made (tests/ingest/govoffice.py): a
house-style letter from a word processor (frames, text boxes, a table, header and footer
fields, notes, a list), a Kamerstuk letter set in two hyphenated columns with notes and running
heads, and the letter printed, scanned and OCRed. Each is read as ``kroniek ingest`` reads it:
title and date as the text states them, the body without the letter's header, colophon, page
numbers, running heads or notes, the columns in reading order, and the same body, title and date
from the PDF and from the web page of the same document."""

from __future__ import annotations

import difflib
import re
import sys
import tempfile
from functools import cache
from pathlib import Path

import pytest

from kroniek.ingest import iter_inputs
from kroniek.model import Document
from kroniek.settings import Settings

sys.path.insert(0, str(Path(__file__).resolve().parent))
import govoffice  # noqa: E402

MADE = govoffice.FIXTURES


@cache
def read(name: str) -> Document:
    """A made document, read once (the PDFs take most of the time)."""
    if name.endswith(".html"):
        html = govoffice.kamerbrief_html() if name.startswith("kamerbrief") else govoffice.kamerstuk_html()
        path = Path(tempfile.mkdtemp(prefix="govmade-")) / name
        path.write_text(html, encoding="utf-8")
    else:
        path = MADE / name
    (doc,) = list(iter_inputs([str(path)], Settings()))
    assert isinstance(doc, Document), doc
    return doc


def _plain(text: str) -> str:
    """A paragraph as written in govoffice, its notes taken out."""
    return re.sub(r"\^[^^]*\^", "", text)


def brief_body() -> str:
    """The letter's body as the reader should give it: paragraphs, each list item one."""
    paras = [f"- {_plain(t)}" if kind == "li" else _plain(t) for kind, t in govoffice.BRIEF_BODY]
    return "\n\n".join(paras)


def kamerstuk_body() -> str:
    return "\n\n".join([f"Den Haag, {govoffice.KST_DATE}", *(_plain(t) for t in govoffice.KST_BODY)])


def test_govmade_letter_from_word_processor_title_date_body() -> None:
    doc = read("kamerbrief-lo.pdf")
    assert doc.title == govoffice.BRIEF_SUBJECT
    assert doc.published is not None
    assert (doc.published.value, doc.published.source) == ("2020-02-14", "text")
    assert doc.text == brief_body()  # reference numbers, notes and bullets as on the web page


@pytest.mark.parametrize(
    "left_out",
    [
        "Retouradres",  # the return address line
        "Binnenhof",  # the addressee's block, in a frame
        "Ministerie van Infrastructuur",  # the logo block above the letter, across the column edge
        "Rijnstraat",  # the colophon column, a text box
        "Ons kenmerk",  # later pages repeat the column in the page header
        "14 februari 2020",  # "Datum" in the table, and in the later pages' header
        "Pagina",  # "Pagina 1 van 2" in the footer
        "De resultaten van het onderzoek",  # a footnote at the page's foot
    ],
)
def test_govmade_letter_from_word_processor_leaves_out(left_out: str) -> None:
    assert left_out not in read("kamerbrief-lo.pdf").text


def test_govmade_letter_from_word_processor_metadata() -> None:
    meta = read("kamerbrief-lo.pdf").meta
    assert meta["header"]["sender"] == "Ministerie van Infrastructuur en Waterstaat"
    assert meta["header"]["address"].startswith("Aan de Voorzitter van de Tweede Kamer")
    assert "Ons kenmerk" in meta["sidebar"] and "Ministerie" not in meta["sidebar"]
    assert meta["footnotes"].split("\n") == [
        "1 De resultaten van het onderzoek zijn als bijlage 1 bij deze brief gevoegd.",
        "2 Kamerstukken II 2018/19, 31 936, nr. 612.",
    ]


def test_govmade_kamerstuk_two_columns_in_reading_order() -> None:
    doc = read("kamerstuk-2col.pdf")
    assert doc.title == govoffice.KST_TITLE
    assert doc.published is not None
    assert (doc.published.value, doc.published.source) == ("2019-11-04", "text")
    # Left column, then right, page after page; hyphenated words whole ("informatie-" at a
    # column's foot, "systemen" atop the next page), "netwerk- en" kept; no running head.
    assert doc.text == kamerstuk_body()
    assert doc.meta["identifier"] == govoffice.KST_IDENT
    assert doc.meta["footnotes"].startswith("1 De verantwoording verloopt")


@pytest.mark.parametrize("pdf, html", [
    ("kamerbrief-lo.pdf", "kamerbrief-rijksoverheid.html"),
    ("kamerstuk-2col.pdf", "kamerstuk-officielebekendmakingen.html"),
])  # fmt: skip
def test_govmade_pdf_and_web_page_alike(pdf: str, html: str) -> None:
    a, b = read(pdf), read(html)
    assert a.text == b.text
    assert a.title == b.title
    assert a.published and b.published and a.published.value == b.published.value
    assert a.meta["footnotes"] == b.meta["footnotes"]


def test_govmade_scanned_letter() -> None:
    doc = read("kamerbrief-ocr.pdf")
    assert doc.title == govoffice.BRIEF_SUBJECT
    assert doc.published is not None and doc.published.value == "2020-02-14"
    assert doc.text.startswith("Geachte voorzitter,\n\n")
    for left_out in ("Retouradres", "Binnenhof", "Rijnstraat", "Pagina", "De resultaten van"):
        assert left_out not in doc.text
    # OCR misreads a bullet here and there; the words are the letter's.
    words = difflib.SequenceMatcher(None, doc.text.split(), read("kamerbrief-lo.pdf").text.split())
    assert words.ratio() >= 0.98


# ---------------------------------------------------------------- the rules, on sentences written here


def test_govmade_split_notes_takes_references_and_notes_out() -> None:
    from kroniek.ingest.html_notes import split_notes

    page = (
        "<html><body><main><p>Het college heeft de subsidie verlaagd"
        '<sup><a href="#n1">1</a></sup>. De raad stemt volgende week.</p>'
        '<div id="n1"><p>1 Raadsvoorstel 2021-044.</p></div></main></body></html>'
    )
    html, notes = split_notes(page)
    assert notes == ["1 Raadsvoorstel 2021-044."]
    assert "verlaagd. De raad" in html and "Raadsvoorstel" not in html
    plain = "<html><body><p>Het water staat 10<sup>3</sup> keer hoger.</p></body></html>"
    assert split_notes(plain) == (plain, [])  # a power of ten is no reference


def _glyph(text: str, x0: float, x1: float, top: float = 100.0, size: float = 9.0) -> dict:
    return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": top + size, "size": size}


def test_govmade_close_mark_gaps() -> None:
    from kroniek.ingest.pdf_notes import close_mark_gaps

    chars = [_glyph("d", 10, 15), _glyph("e", 15, 20), _glyph(".", 23.5, 26)]
    mark = {(20.0, 100.2, "1")}  # "de¹." read without its raised "1"
    assert close_mark_gaps("de .", chars, mark) == "de."
    assert close_mark_gaps("de .", chars, set()) == "de ."  # no reference: left as read
    chars = [_glyph("j", 10, 13), _glyph("a", 13, 18), _glyph("?", 18, 22), _glyph("H", 30, 36)]
    assert close_mark_gaps("ja? H", chars, {(23.0, 100.2, "2")}) == "ja? H"  # a word follows


def test_govmade_note_number_set_against_its_note() -> None:
    from kroniek.ingest.pdf_notes import note_texts, split_footnotes

    class Line:
        def __init__(self, text: str, top: float, size: float) -> None:
            self.text, self.top, self.size = text, top, size

    lines = [Line("De gemeente betaalt de helft.", 500, 9), Line("1Zie de begroting van 2021.", 780, 7)]
    body, notes = split_footnotes(lines, 9.0, 842.0, cited=True)
    assert [ln.text for ln in body] == ["De gemeente betaalt de helft."]
    assert note_texts(notes) == ["1 Zie de begroting van 2021."]


LETTER_TOP = [
    "Ministerie van Volksgezondheid, Welzijn en Sport",
    "> Retouradres Postbus 20350 2500 EJ Den Haag",
    "Aan de Voorzitter van de Tweede Kamer",
    "der Staten-Generaal",
    "Postbus 20018",
    "2500 EA  DEN HAAG",
    "",
    "Datum 3 maart 2021",
    "Betreft Stand van zaken vaccinatie",
    "",
    "Geachte voorzitter,",
]


def test_govmade_letter_sender_above_the_return_address() -> None:
    from kroniek.ingest.official import split_front

    front = split_front(LETTER_TOP)
    assert front.kind == "letter" and front.title == "Stand van zaken vaccinatie"
    assert front.meta["sender"] == "Ministerie van Volksgezondheid, Welzijn en Sport"
    assert [ln for ln in front.body if ln.strip()] == ["Geachte voorzitter,"]
    split = split_front(["Ministerie van Infrastructuur", "en Waterstaat", *LETTER_TOP[1:]])
    assert split.meta["sender"] == "Ministerie van Infrastructuur en Waterstaat"


@pytest.mark.parametrize("lines", [
    ["Gemeente Utrecht sluit de Amsterdamsestraatweg", "", "De weg gaat maandag dicht."],
    ["Ministerie van Defensie onderzoekt ongeluk", "", "Bij een oefening raakte een militair gewond."],
])  # fmt: skip
def test_govmade_sender_alone_is_no_letter(lines: list[str]) -> None:
    from kroniek.ingest.official import split_front

    assert split_front(lines).kind is None  # a news headline that names a ministry stays


@pytest.mark.parametrize("line, read", [
    ("\uf0b7 de provincie betaalt de helft;", "- de provincie betaalt de helft;"),  # Word's Symbol bullet
    ("• de gemeente de rest.", "- de gemeente de rest."),
    ("‘ Binnenhof 4", "Binnenhof 4"),  # a scan's speck read as a quotation mark
    ("« de waterschappen doen mee;", "de waterschappen doen mee;"),  # a scanned bullet
    ("‘Dat is goed nieuws’, zei de wethouder.", "‘Dat is goed nieuws’, zei de wethouder."),
])  # fmt: skip
def test_govmade_line_start_marks(line: str, read: str) -> None:
    from kroniek.ingest.pdf import _BULLET_GLYPH, _SPECK

    assert _SPECK.sub("", _BULLET_GLYPH.sub("- ", line)) == read


def test_govmade_line_runs_across_column_edge() -> None:
    from kroniek.ingest.pdf import _runs_across

    logo = [_glyph(c, 300 + 6 * i, 306 + 6 * i) for i, c in enumerate("Infrastructuur")]
    assert _runs_across(logo, 340.0)  # one word over the edge: read whole
    apart = [_glyph("2020", 60, 80), _glyph("Ministerie", 420, 470)]
    assert not _runs_across(apart, 400.0)  # a date heading and the sidebar's first line


# ---------------------------------------------------------------- with Frog: no entities from headers

HEADER_WORDS = ["Retouradres", "Postbus", "Binnenhof", "Rijnstraat", "Directoraat", "Maritieme",
                "IENW", "Staten-Generaal", "Voorzitter", "Vergaderjaar", "ISSN", "Gravenhage",
                "Pagina", "kenmerk"]  # fmt: skip


@pytest.mark.frog
@pytest.mark.parametrize("name", ["kamerbrief-lo.pdf", "kamerbrief-ocr.pdf", "kamerstuk-2col.pdf"])
def test_govmade_entities_come_from_the_body_only(frog, name: str) -> None:
    from kroniek.analyse.annotator import FrogAnnotator
    from kroniek.extract.docdate import DocDate
    from kroniek.extract.ner import CrfNer
    from kroniek.pipeline import Pipeline

    doc = Pipeline([DocDate(), FrogAnnotator(frog), CrfNer()])(read(name))
    names = {doc.span_text(m) for m in doc.mentions}
    expected = {"Lelystad", "Flevoland"} if name.startswith("kamerbrief") else {"K.H. Ollongren"}
    assert expected <= names, names
    assert [w for w in HEADER_WORDS if any(w in n for n in names)] == [], names
