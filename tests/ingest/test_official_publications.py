"""Handelingen and Staatscourant publications: title and date from the text, the official header,
running foot, page numbers and margin text out of the body on every page, "wet- en regelgeving"
kept, and the Staatscourant's PDF and HTML alike (documents made in tests/ingest/govdocs.py)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from kroniek.ingest import iter_inputs
from kroniek.ingest.official import is_publication_line, running_foot, split_front
from kroniek.model import Document
from kroniek.settings import Settings

sys.path.insert(0, str(Path(__file__).resolve().parent))
import govdocs  # noqa: E402

MAKERS = {
    "handelingen.pdf": govdocs.handelingen,
    "handelingen_1p.pdf": lambda: govdocs.handelingen(pages=1),
    "staatscourant.pdf": govdocs.staatscourant,
    "staatscourant.html": govdocs.staatscourant_html,
}
_READ: dict[str, Document] = {}


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("publications")
    for name, make in MAKERS.items():
        data = make()
        (out / name).write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return out


def read(folder: Path, name: str) -> Document:
    """A made document, read once per module (reading a PDF takes most of the time here)."""
    if name not in _READ:
        (item,) = list(iter_inputs([str(folder / name)], Settings()))
        assert isinstance(item, Document), item
        _READ[name] = item
    return _READ[name]


@pytest.mark.parametrize(
    ("name", "title", "date", "publisher"),
    [
        pytest.param("handelingen.pdf", govdocs.HAND_TITLE, "2021-07-06", "Tweede Kamer der Staten-Generaal",
                     id="Handelingen: the running foot's item and meeting day, not the file's day (7 July)"),
        pytest.param("handelingen_1p.pdf", govdocs.HAND_TITLE, "2021-07-06", "Tweede Kamer der Staten-Generaal",
                     id="one-page Handelingen: a foot that does not repeat"),
        pytest.param("staatscourant.pdf", govdocs.STC_TITLE, "2021-07-01", "Staatscourant",
                     id="Staatscourant: day of issue and heading, not the file's day (30 June)"),
        pytest.param("staatscourant.html", govdocs.STC_TITLE, "2021-07-01", "Staatscourant",
                     id="Staatscourant page: the text's head over the page's metadata"),
    ],
)  # fmt: skip
def test_official_publication_title_and_date_from_the_text(
    folder: Path, name: str, title: str, date: str, publisher: str
) -> None:
    doc = read(folder, name)
    assert doc.title == title
    assert doc.published is not None
    assert (doc.published.value, doc.published.granularity, doc.published.source) == (date, "day", "text")
    assert doc.genre == "other"
    assert doc.publisher == publisher
    assert doc.warnings == []


NEVER_IN_BODY = [
    "h-tk-", "stcrt-", "ISSN", "’s-Gravenhage", "TK 94", "94-7-", "Tweede Kamer Opleidingsmissie",
    "Staatscourant 2021", "STAATSCOURANT", "Officiële uitgave", "Nr. 34567", "6 juli 2021",
    "1 juli 2021", "Regeling van de Minister", "7 Opleidingsmissie",
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "starts", "ends"),
    [
        pytest.param("handelingen.pdf", "Aan de orde is het debat", "15.50 uur geschorst.",
                     id="Handelingen: heading, foot on both pages and page 1's margin gone"),
        pytest.param("handelingen_1p.pdf", "Aan de orde is het debat", "15.50 uur geschorst.", id="one page"),
        pytest.param("staatscourant.pdf", "De Minister van Infrastructuur en Waterstaat,\n\nGelet op",
                     "C. van Nieuwenhuizen Wijbenga", id="Staatscourant: head, foot, page numbers gone"),
        pytest.param("staatscourant.html", "De Minister van Infrastructuur en Waterstaat,\n\nGelet op",
                     "C. van Nieuwenhuizen Wijbenga", id="Staatscourant page"),
    ],
)  # fmt: skip
def test_official_publication_body_has_no_header_footer_or_margin(
    folder: Path, name: str, starts: str, ends: str
) -> None:
    text = read(folder, name).text
    assert text.startswith(starts) and text.endswith(ends)
    for piece in NEVER_IN_BODY:
        assert piece not in text, piece
    assert not [ln for ln in text.split("\n") if re.fullmatch(r"\s*\d{1,4}\s*", ln)]  # no page number
    assert "wet- en regelgeving" in text


@pytest.mark.parametrize(
    ("name", "joined"),
    [
        pytest.param("handelingen.pdf", "wanneer de minister dat besluit neemt en welke voorwaarden zij daarbij",
                     id="left column into the right one"),
        pytest.param("handelingen.pdf", "van de missie. Dat doen wij in overleg met de NAVO",
                     id="page 1's right column into page 2"),
        pytest.param("staatscourant.pdf", "Terneuzen, en vraagt van de schippers", id="wet- en over a line end"),
    ],
)  # fmt: skip
def test_official_publication_body_reads_on(folder: Path, name: str, joined: str) -> None:
    assert joined in read(folder, name).text


def test_official_publication_header_is_kept_as_metadata(folder: Path) -> None:
    hand, stc = read(folder, "handelingen.pdf"), read(folder, "staatscourant.pdf")
    assert (hand.meta["identifier"], hand.meta["kind"], hand.meta["header"]["item"]) == (
        govdocs.HAND_IDENT, "handelingen", "7")
    assert (stc.meta["identifier"], stc.meta["kind"], stc.meta["header"]["number"]) == (
        govdocs.STC_IDENT, "staatscourant", "34567")
    assert "footnotes" not in hand.meta and "footnotes" not in stc.meta  # the feet are no notes


def test_official_publication_staatscourant_pdf_and_html_agree(folder: Path) -> None:
    pdf, html = read(folder, "staatscourant.pdf"), read(folder, "staatscourant.html")
    assert pdf.text == html.text
    assert (pdf.title, pdf.published, pdf.genre, pdf.publisher) == (
        html.title, html.published, html.genre, html.publisher)
    assert pdf.meta["identifier"] == html.meta["identifier"]
    assert pdf.meta["header"] == html.meta["header"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param("TK 94 94-7-2", True, id="Handelingen meeting and page"),
        pytest.param("Staatscourant 2021 nr. 34567 1 juli 2021 3", True, id="Staatscourant foot, page after"),
        pytest.param("2 Staatscourant 2021 nr. 34567 1 juli 2021", True, id="page number on the outer side"),
        pytest.param("De Staatscourant 2021 nr. 34567 van 1 juli 2021 meldt het besluit.", False,
                     id="a sentence citing the Staatscourant"),
        pytest.param("TK 94 werd gisteren besproken", False, id="a sentence starting like the foot"),
    ],
)  # fmt: skip
def test_official_publication_lines_of_the_new_kinds(line: str, expected: bool) -> None:
    assert is_publication_line(line) is expected


@pytest.mark.parametrize(
    ("line", "title"),
    [
        pytest.param("Tweede Kamer Opleidingsmissie in Irak 6 juli 2021", "Opleidingsmissie in Irak", id="foot"),
        pytest.param("Eerste Kamer Wet open overheid 12 oktober 2021 EK 3 3-5-2", "Wet open overheid",
                     id="the Senate's, the meeting's numbers after"),
        pytest.param("Tweede Kamer debatteerde over Irak op 6 juli 2021.", None, id="a sentence: a full stop"),
        pytest.param("Tweede Kamer Opleidingsmissie in Irak", None, id="no day"),
    ],
)  # fmt: skip
def test_official_publication_running_foot(line: str, title: str | None) -> None:
    m = running_foot(line)
    assert (m["title"] if m else None) == title


@pytest.mark.parametrize(
    "head",
    [
        pytest.param(["STAATSCOURANT Nr. 34567", "1 juli 2021", "Officiële uitgave van het Koninkrijk der Nederlanden "
                      "sinds 1814."], id="PDF: the number beside the name"),
        pytest.param(["STAATSCOURANT", "", "Officiële uitgave van het Koninkrijk der Nederlanden sinds 1814.", "",
                      "Nr. 34567", "", "1 juli 2021"], id="page: a paragraph each"),
        pytest.param(["STAATSCOURANT", "Nr. 34567 | 1 juli 2021"], id="number and day on one line"),
    ],
)  # fmt: skip
def test_official_publication_staatscourant_head_in_any_order(head: list[str]) -> None:
    front = split_front([*head, "", "Besluit van 28 juni 2021 houdende regels over", "de sluis", "",
                         "Artikel 1", "Deze regeling geldt tot 1 november."])
    assert (front.kind, front.title, front.meta.get("number")) == (
        "staatscourant", "Besluit van 28 juni 2021 houdende regels over de sluis", "34567")
    assert front.date is not None and front.date.value == "2021-07-01"
    assert front.body == ["", "Artikel 1", "Deze regeling geldt tot 1 november."]


def test_official_publication_columns_in_the_margin_stay_columns(tmp_path: Path) -> None:
    """Only a publication's running foot is read across both columns: a column that runs into the
    bottom margin keeps its lines, the left column before the right one."""
    path = tmp_path / "kolommen.pdf"
    path.write_bytes(govdocs.columns_to_the_foot())
    (doc,) = list(iter_inputs([str(path)], Settings()))
    assert isinstance(doc, Document)
    text = doc.text
    assert "linkerkolom staat hier regel 52 van In de rechterkolom staat hier regel 1 van" in text
    assert not re.search(r"linkerkolom[^I]*In de rechterkolom staat hier regel (?:[2-9]|\d\d)\b", text)
