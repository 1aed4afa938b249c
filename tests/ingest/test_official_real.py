"""Government documents on REAL publications: a motion, written questions with answers (both as
PDF and as the HTML officielebekendmakingen publishes next to it) and a Kamerbrief, taken unchanged
from a public repository (tests/fixtures/govpdf/SOURCE.md). No Frog: this is the reading only."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from kroniek.ingest import iter_inputs
from kroniek.model import Document
from kroniek.settings import Settings

REAL = Path(__file__).resolve().parent.parent / "fixtures" / "govpdf"
MOTION = "Motie van de leden Inge van Dijk en Grinwis"
FICHE = "fiche-5-herziening-verordening-en-richtlijn-markten-voor-financiele-instrumenten.pdf"
QUESTIONS = (
    "Vragen van de leden Van Weyenberg, Romke de Jong en Kat (allen D66) aan de Minister van "
    "Sociale Zaken en Werkgelegenheid over de TOZO"
)
_READ: dict[str, Document] = {}


def real(name: str) -> Document:
    """A real fixture read once per module and handed out as a copy (PDF reading is slow)."""
    if name not in _READ:
        (item,) = list(iter_inputs([str(REAL / name)], Settings()))
        assert isinstance(item, Document), item
        _READ[name] = item
    return copy.deepcopy(_READ[name])


@pytest.mark.parametrize(
    ("name", "title", "date", "raw", "genre"),
    [
        pytest.param(
            "kst-32545-143.pdf", MOTION, "2021-07-06", "Voorgesteld 6 juli 2021", "other",
            id="motion PDF: 'Voorgesteld', not the file's creation day (7 July)",
        ),
        pytest.param(
            "kst-32545-143.html", MOTION, "2021-07-06", "Voorgesteld 6 juli 2021", "other",
            id="motion HTML: the text's heading and date, as in the PDF, not DC.title/DCTERMS",
        ),
        pytest.param(
            "ah-tk-20202021-3235.pdf", QUESTIONS, "2021-06-21", "ontvangen 21 juni 2021", "other",
            id="questions PDF: session and 'Aanhangsel' share a line; not the file date 22 July",
        ),
        pytest.param(
            "ah-tk-20202021-3235.html", QUESTIONS, "2021-06-21", "ontvangen 21 juni 2021",
            "other", id="questions HTML: no chamber heading in the page, the questions first",
        ),
        pytest.param(
            "20110301-5687928a-draagmoederschap.pdf", "Draagmoederschap", "2011-03-01",
            "Datum 1 maart 2011", "letter",
            id="letter: 'Onderwerp' and 'Datum', not 'Microsoft Word - 20110301_…doc'",
        ),
    ],
)  # fmt: skip
def test_official_real_title_and_date_from_the_text(
    name: str, title: str, date: str, raw: str, genre: str
) -> None:
    doc = real(name)
    assert doc.title == title
    assert doc.published is not None
    assert (doc.published.value, doc.published.source, doc.published.raw) == (date, "text", raw)
    assert doc.genre == genre


@pytest.mark.parametrize(
    ("name", "absent"),
    [
        pytest.param("kst-32545-143.pdf", ["ISSN", "Gravenhage", "vergaderjaar", "kst-"],
                     id="motion: footer"),
        pytest.param("kst-32545-143.html", ["Voorgesteld", "32 545", "Nr. 143"],
                     id="motion HTML: header"),
        pytest.param("ah-tk-20202021-3235.pdf",
                     ["ISSN", "Gravenhage", "vergaderjaar", "Aanhangsel", "ah-tk-", "3235",
                      "gegeven antwoorden"],
                     id="questions: footer on every page, page numbers, the header"),
        pytest.param("20110301-5687928a-draagmoederschap.pdf",
                     ["Retouradres", "Postbus", "DEN HAAG", "Pagina", "Ons kenmerk",
                      "5687928", "Schedeldoekshaven", "hoogtechnologisch draagmoederschap wordt"],
                     id="letter: address block, sidebar, page numbers, the footnote"),
    ],
)  # fmt: skip
def test_official_real_body_has_no_header_footer_or_margin(name: str, absent: list[str]) -> None:
    text = real(name).text
    assert [a for a in absent if a in text] == []


@pytest.mark.parametrize(
    ("name", "joined"),
    [
        pytest.param("ah-tk-20202021-3235.pdf", "Antwoord 3\n\nBij de hoogte van de rente",
                     id="page break after a question: the answer starts its own paragraph"),
        pytest.param("20110301-5687928a-draagmoederschap.pdf",
                     "vanuit het belang van het kind wordt benaderd",
                     id="page break inside a sentence, a footnote between: the sentence whole"),
        pytest.param("20110301-5687928a-draagmoederschap.pdf",
                     "aan het licht komen.\n\nHet UCERF concludeert",
                     id="no gap, but 'Het' would have fitted on the sentence's line: a new paragraph"),
        pytest.param("ah-tk-20202021-3235.pdf",
                     "tot concurrentievervalsing.\n\nBovendien kent het Bbz",
                     id="a second paragraph in an answer, set without a gap"),
        pytest.param("20110301-5687928a-draagmoederschap.pdf", "Tot slot wordt wet- en regelgeving",
                     id="'wet-' at a line end before 'en' stays a suspended compound"),
        pytest.param("20110301-5687928a-draagmoederschap.pdf",
                     "ideëel hoogtechnologisch draagmoederschap. Het VUmc",
                     id="the footnote's reference number is not glued to the word"),
        pytest.param(FICHE, "met systematische internalisatie\n\nWat betreft het speelveld",
                     id="an italic heading set without a gap below it stays apart"),
        pytest.param(FICHE, "voor rijksoverheid en/ of medeoverheden\n\nHet voorstel heeft geen",
                     id="an italic field label over its text stays apart"),
        pytest.param("besluitenlijst_example4.pdf",
                     "militairen in Libië\n\nBesluit: 1. de commissie wacht",
                     id="a decision list's 'Besluit:' under a short 'Agendapunt:' line, no gap: apart"),
        pytest.param("besluitenlijst_example3.pdf",
                     "om de minister-president uit te nodigen voor het AO",
                     id="a field's text that runs on a line without a label stays joined"),
    ],
)  # fmt: skip
def test_official_real_body_reads_on(name: str, joined: str) -> None:
    assert joined in real(name).text


def test_official_real_footnote_is_metadata() -> None:
    doc = real("20110301-5687928a-draagmoederschap.pdf")
    assert doc.meta["footnotes"].startswith("1 Bij hoogtechnologisch draagmoederschap")
    assert doc.meta["footnotes"].endswith("De draagmoeder is dan de genetische moeder.")


@pytest.mark.parametrize(
    "stem",
    [
        pytest.param("kst-32545-143", id="motion"),
        pytest.param("ah-tk-20202021-3235", id="written questions with answers"),
    ],
)
def test_official_real_pdf_and_html_agree(stem: str) -> None:
    pdf, html = real(f"{stem}.pdf"), real(f"{stem}.html")
    assert html.text == pdf.text
    assert (html.title, html.published, html.genre) == (pdf.title, pdf.published, pdf.genre)
    assert html.publisher == pdf.publisher == "Tweede Kamer der Staten-Generaal"
    assert html.meta["identifier"] == pdf.meta["identifier"] == stem
    assert html.meta["kind"] == pdf.meta["kind"]


def test_official_real_heading_over_a_template_title() -> None:
    # The fiche's PDF title is its template's ("Toelichting invullen fiche mededeling"); the
    # text opens with its own bold heading. It states no date of its own: the file's date stays.
    doc = real(FICHE)
    assert doc.title == (
        "Fiche 5: Herziening verordening en richtlijn markten voor financiële instrumenten"
    )
    assert doc.published is not None and doc.published.source == "metadata"


def test_official_real_note_reference_after_a_space() -> None:
    # "… nr. 182/2011. ¹³ Het kabinet …": the raised 13 stands after a space; it is a reference
    # all the same, so its page cites a note and the 8 pt note under 9 pt text leaves the body.
    doc = real(FICHE)
    assert "182/2011. Het kabinet" in doc.text
    assert "182/2011. 13" not in doc.text
    assert "13 Verordening (EU) Nr. 182/2011" not in doc.text
    assert "13 Verordening (EU) Nr. 182/2011" in doc.meta["footnotes"]


@pytest.mark.parametrize(
    ("reads", "not_left"),
    [
        pytest.param("kapitaalmarktunie is benadrukt. Daarin is ook", "benadrukt. 0 Daarin",
                     id="note 10: both digits leave, not only the '1'"),
        pytest.param("neergelegde procedure. De Raad en het", "procedure. 2 De Raad",
                     id="note 12: both digits leave, not only the '1'"),
    ],
)  # fmt: skip
def test_official_real_two_digit_note_reference(reads: str, not_left: str) -> None:
    text = real(FICHE).text
    assert reads in text and not_left not in text


@pytest.mark.parametrize(
    ("name", "title", "date"),
    [
        pytest.param("besluitenlijst_example4.pdf",
                     "Besluitenlijst van de extra procedurevergadering van dinsdag 8 maart 2011",
                     "2011-03-08", id="2011 layout"),
        pytest.param("besluitenlijst_example3.pdf",
                     "Besluitenlijst van de e-mailprocedure van donderdag 26 maart 2015",
                     "2015-03-27", id="2015 layout: the list is dated the day after the meeting"),
    ],
)  # fmt: skip
def test_official_real_decision_list_names_itself(name: str, title: str, date: str) -> None:
    # A committee's decision list heads itself "Den Haag, <date>" and names itself in a
    # "Document:" field; its PDF title is a temporary file's ("Microsoft Word - 23309tmp3771~…").
    doc = real(name)
    assert doc.title == title
    assert doc.published is not None
    assert (doc.published.value, doc.published.source) == (date, "text")


# ------------------------------------------------------------------ with Frog: no entities from headers

HEADER_WORDS = ["Retouradres", "Postbus", "Schedeldoekshaven", "DEN HAAG", "Directoraat",
                "Jeugdbeleid", "DJJ", "Staten-Generaal", "Voorzitter", "Vergaderjaar", "ISSN",
                "Gravenhage", "Aanhangsel", "kenmerk", "Pagina"]  # fmt: skip


@pytest.mark.frog
@pytest.mark.parametrize(
    ("name", "expected"),
    [
        pytest.param("20110301-5687928a-draagmoederschap.pdf", {"UCERF", "VUmc"}, id="letter"),
        pytest.param("kst-32545-143.pdf", {"Inge van Dijk"}, id="motion"),
    ],
)
def test_official_real_entities_come_from_the_body_only(
    frog, name: str, expected: set[str]
) -> None:
    from kroniek.analyse.annotator import FrogAnnotator
    from kroniek.extract.docdate import DocDate
    from kroniek.extract.ner import CrfNer
    from kroniek.pipeline import Pipeline

    doc = Pipeline([DocDate(), FrogAnnotator(frog), CrfNer()])(real(name))
    names = {doc.span_text(m) for m in doc.mentions}
    assert expected <= names, names
    assert [w for w in HEADER_WORDS if any(w in n for n in names)] == [], names
