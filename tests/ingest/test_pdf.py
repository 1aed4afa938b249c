"""PDF layout reading on pages that real PDFs make."""

from __future__ import annotations

import datetime as dt

import pytest

from kroniek.ingest.pdf import pdf_to_text

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
LINES = [
    "Het kabinet heeft besloten de bijdrage aan de missie in Irak voorlopig op te schorten.",
    "De militairen blijven op hun basis in Erbil totdat de veiligheidssituatie verbetert.",
    "Over een hervatting beslist het kabinet in overleg met de bondgenoten in de coalitie.",
    "De Kamer wordt voor het einde van de maand opnieuw over de stand van zaken geïnformeerd.",
]


@pytest.mark.parametrize(
    ("x", "overflow"),
    [
        pytest.param(
            185.0, "een regel die over de rechterrand van de pagina heen loopt", id="right"
        ),
        pytest.param(-30.0, "een regel die links buiten de pagina begint en doorloopt", id="left"),
    ],
)
def test_pdf_text_past_the_page_edge_is_read(x: float, overflow: str) -> None:
    # A real manual (libtasn1, shared-mime-info) has words past the page edge; they once made
    # the column finder index past its array and the whole PDF was refused as "damaged".
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="mm")
    pdf.set_creation_date(dt.datetime(2021, 3, 2, 11, 0))
    pdf.add_font("DejaVu", "", FONT)
    pdf.set_font("DejaVu", size=10)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    for n, line in enumerate(LINES):
        pdf.set_xy(20, 60 + 6 * n)
        pdf.cell(0, 5, line)
    pdf.set_xy(x, 100)
    pdf.cell(0, 5, overflow)
    text, _ = pdf_to_text(bytes(pdf.output()), "rand.pdf")
    assert text.split("\n")[:4] == LINES


FORM = [
    "Agendapunt: Verzoek om een rondetafelgesprek over de opvang",
    "Besluit: De commissie stemt in met het verzoek en vraagt de griffie om een voorstel voor de",
    "opzet van het gesprek, met de gemeenten, de provincies en de uitvoeringsorganisaties erbij.",
    "De commissie heeft de staatssecretaris bij de vorige vergadering gevraagd om een brief en",
    "Besluit: de brief is er nog niet, dus het punt komt terug op de agenda van de volgende week.",
    "De voorzitter gaf daarna het woord aan",
    "Rutte: zo staat het in het verslag dat de commissie van de griffie heeft ontvangen en gelezen.",
    "Noot: Het verslag van het gesprek wordt later aan de leden van de commissie toegestuurd.",
]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("over de opvang\n\nBesluit: De commissie",
                     id="a field label after a line that left room for it opens a paragraph"),
        pytest.param("om een brief en\nBesluit: de brief",
                     id="after a full line the label word did not fit above: the line runs on"),
        pytest.param("het woord aan\nRutte: zo staat",
                     id="a name before a colon is no field label"),
    ],
)  # fmt: skip
def test_pdf_form_fields_set_without_a_gap(text: str) -> None:
    # A committee's decision list sets "Agendapunt:", "Besluit:" one under the other, no gap
    # (a real one: tests/fixtures/govpdf/besluitenlijst_example4.pdf).
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="mm")
    pdf.set_creation_date(dt.datetime(2021, 3, 2, 11, 0))
    pdf.add_font("DejaVu", "", FONT)
    pdf.set_font("DejaVu", size=10)
    pdf.add_page()
    for n, line in enumerate(FORM):
        pdf.set_xy(20, 60 + 5 * n)
        pdf.cell(0, 5, line)
    got, _ = pdf_to_text(bytes(pdf.output()), "besluitenlijst.pdf")
    assert text in got, got
