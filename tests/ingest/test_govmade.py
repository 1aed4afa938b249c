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
from functools import cache
from pathlib import Path

import pytest

from kroniek.ingest import iter_inputs
from kroniek.model import Document
from kroniek.settings import Settings

sys.path.insert(0, str(Path(__file__).resolve().parent))
import govdocs  # noqa: E402
import govoffice  # noqa: E402

MADE = govoffice.FIXTURES


@cache
def read(name: str) -> Document:
    """A made document, read once (the PDFs take most of the time)."""
    if name.endswith(".html"):
        html = govoffice.kamerbrief_html() if name.startswith("kamerbrief") else govoffice.kamerstuk_html()
        (doc,) = govdocs.read_items(name, html.encode("utf-8"))
    else:
        (doc,) = list(iter_inputs([str(MADE / name)], Settings()))
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
    # OCR misreads a bullet here and there, and a raised note number as "!" or "?": the words are
    # the letter's (0.995 of them before the misread note numbers were taken out, session 11)
    words = difflib.SequenceMatcher(None, doc.text.split(), read("kamerbrief-lo.pdf").text.split())
    assert words.ratio() == 1.0


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


# ---------------------------------------------------------------- leftovers: page date, OCR lists and numerals


def test_govmade_web_page_day_from_its_item_line() -> None:
    """The rijksoverheid.nl page states its kind and day in a line page readers take as the date
    and leave out of the text; the day is the text's, as in the PDF, and the kind makes it a letter."""
    doc = read("kamerbrief-rijksoverheid.html")
    assert doc.published is not None
    assert (doc.published.value, doc.published.source) == ("2020-02-14", "text")
    assert doc.genre == read("kamerbrief-lo.pdf").genre == "letter"


def _page(item: str) -> Document:
    page = (
        "<!DOCTYPE html><html lang='nl'><head><title>Fietsparkeren bij stations | Rijksoverheid.nl"
        "</title></head><body><nav><a href='/'>Home</a> <a href='/actueel'>Actueel</a></nav>"
        "<main><h1>Fietsparkeren bij stations</h1>"
        f"<p class='meta'>{item}</p>"
        "<p>Bij de vijftien drukste stations komen tot 2024 ruim achtduizend plekken voor fietsen "
        "bij. Wie 's ochtends de trein neemt, zet zijn fiets nu vaak op de stoep.</p>"
        "<p>De gemeenten betalen een derde van de kosten. De eerste stallingen gaan in het najaar "
        "open, zo schrijft de staatssecretaris aan de Tweede Kamer.</p></main></body></html>"
    )
    (doc,) = govdocs.read_items("item.html", page.encode("utf-8"))
    assert isinstance(doc, Document)
    return doc


def test_govmade_item_line_kind_and_day() -> None:
    from kroniek.ingest.dates import find_item_line

    letter = _page("Kamerstuk: Kamerbrief | 3-11-2021")
    assert letter.published is not None
    assert (letter.published.value, letter.published.source) == ("2021-11-03", "text")
    assert letter.genre == "letter"
    news = _page("Nieuwsbericht | 12-05-2021 | 10:15")
    assert news.published is not None and news.published.value == "2021-05-12"
    assert news.genre == "news"
    assert find_item_line(["Home", "Persbericht | 31-02-2021"]) is None  # no such day
    assert find_item_line(["Het debat van 12-05-2021 | verslag"]) is None  # a sentence, not the line


def _glyphs(first: str, gap: float, rest: str = "de gemeente", size: float = 9.0) -> list[dict]:
    chars = [_glyph(first, 60.0, 64.0, size=size)]
    x = 64.0 + gap
    for ch in rest.replace(" ", ""):
        chars.append(_glyph(ch, x, x + 4.0, size=size))
        x += 4.5
    return chars


def test_govmade_ocr_bullet_read_as_a_letter_or_mark() -> None:
    from kroniek.ingest.pdf import _read_bullet

    assert _read_bullet("e de gemeente betaalt mee;", _glyphs("e", 14.0)) == "- de gemeente betaalt mee;"
    assert _read_bullet("« de provincie int de heffing;", _glyphs("«", 13.0)) == "- de provincie int de heffing;"
    assert _read_bullet("o de raad beslist;", _glyphs("o", 10.0)) == "- de raad beslist;"
    # a word space after it: a word, or a mark that belongs to the text
    assert _read_bullet("e de gemeente", _glyphs("e", 2.5)) == "e de gemeente"
    assert _read_bullet("u krijgt bericht", _glyphs("u", 14.0)) == "u krijgt bericht"
    assert _read_bullet("8 procent meer", _glyphs("8", 14.0)) == "8 procent meer"


def test_govmade_ocr_chamber_numeral_in_references() -> None:
    from kroniek.ingest.pdf import chamber_numerals as fix

    assert fix("3Kamerstukken Il 2020/21, 29 383, nr. 7.") == "3Kamerstukken II 2020/21, 29 383, nr. 7."
    assert fix("Handelingen 1I 2019–2020, nr. 41") == "Handelingen II 2019–2020, nr. 41"
    assert fix("zie Kamerstukken l 2018/19, 35 000") == "zie Kamerstukken I 2018/19, 35 000"
    # no session year after it: nothing says what it must be
    assert fix("de Handelingen 11 keer nagelezen") == "de Handelingen 11 keer nagelezen"
    assert fix("Kamerstukken 11 en 12 van dit dossier") == "Kamerstukken 11 en 12 van dit dossier"


def test_govmade_scanned_letter_list_and_notes() -> None:
    doc = read("kamerbrief-ocr.pdf")
    paras = doc.text.split("\n\n")
    for kind, item in govoffice.BRIEF_BODY:
        if kind == "li":
            assert f"- {item}" in paras  # each item a paragraph, its misread bullet a "- "
    assert "2 Kamerstukken II 2018/19, 31 936, nr. 612." in doc.meta["footnotes"].split("\n")


def test_govmade_letter_saved_as_pdf_the_way_word_does() -> None:
    """The letter as Word's "Save as PDF" writes it (made with LibreOffice's tagged export):
    Word's label for an untitled file is no title, Word's Symbol bullets are list items, and
    title, day, body and notes are the letter's."""
    doc = read("kamerbrief-word.pdf")
    assert doc.meta.get("title") is None
    assert doc.title == govoffice.BRIEF_SUBJECT != govoffice.WORD_TITLE
    assert doc.published is not None
    assert (doc.published.value, doc.published.source) == ("2020-02-14", "text")
    assert doc.text == brief_body()
    assert doc.meta["footnotes"] == read("kamerbrief-lo.pdf").meta["footnotes"]


def test_govmade_paragraph_gap_of_half_a_line() -> None:
    """Lines 14 pt apart and 7 pt more after a paragraph (top to top exactly 1.5 lines): the
    extra half line is a paragraph gap; lines 14 or 15 pt apart are not."""
    from kroniek.ingest.pdf import _Line, _with_paragraph_gaps

    texts = ["De wethouder heeft de raad op de hoogte gebracht van de stand van zaken rond de",
             "nieuwe sporthal en van de kosten die de gemeente tot nu toe heeft gemaakt voor de",
             "aanbesteding, de grond en het ontwerp van het gebouw, en meldt dat zij verwacht,",
             "De raad besluit in de vergadering van maart over het krediet voor de bouw van de",
             "sporthal, zodat de aannemer in de zomer kan beginnen met het werk aan de fundering."]  # fmt: skip
    tops = [100.0, 114.0, 129.0, 150.0, 164.0]  # 14, 15, then 21 (= 1.5 x 14), then 14
    lines = [_Line(t, top, top + 10, 0, False, 10.0, 500.0, 60.0, 20.0) for t, top in zip(texts, tops, strict=True)]
    assert _with_paragraph_gaps([lines]).split("\n") == [*texts[:3], "", *texts[3:]]
