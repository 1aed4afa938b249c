"""Government documents: title and date from the text, headers/footers/address blocks out of the
body, the same motion as PDF and HTML, on PDFs set the way the real ones are (tests/ingest/govdocs.py)."""

from __future__ import annotations

import copy
import sys
from pathlib import Path

import pytest

from kroniek.ingest import iter_inputs
from kroniek.ingest.official import (
    is_publication_line,
    official_title,
    split_front,
    usable_metadata_title,
)
from kroniek.model import Document
from kroniek.settings import Settings

sys.path.insert(0, str(Path(__file__).resolve().parent))
import govdocs  # noqa: E402

MAKERS = {
    "motie.pdf": govdocs.motie,
    "motie_1p.pdf": lambda: govdocs.motie(pages=1),
    "motie.html": govdocs.motie_html,
    "motie_split.html": lambda: govdocs.motie_html(split=True),
    "kamerbrief.pdf": govdocs.kamerbrief,
    "aanhangsel.pdf": govdocs.aanhangsel,
}


@pytest.fixture(scope="module")
def gov(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("govdocs")
    for name, make in MAKERS.items():
        data = make()
        if isinstance(data, str):
            (folder / name).write_text(data, encoding="utf-8")
        else:
            (folder / name).write_bytes(data)
    return folder


def one(path: Path) -> Document:
    (item,) = list(iter_inputs([str(path)], Settings()))
    assert isinstance(item, Document), item
    return item


_READ: dict[Path, Document] = {}


def gov_doc(path: Path) -> Document:
    """One of the module's generated documents, read once per module (PDF reading takes most of this
    module's time) and handed out as a copy."""
    if path not in _READ:
        _READ[path] = one(path)
    return copy.deepcopy(_READ[path])


# ------------------------------------------------------------------ title, date, genre


@pytest.mark.parametrize(
    ("name", "title", "date", "raw", "genre"),
    [
        pytest.param(
            "motie.pdf", govdocs.MOTIE_TITLE, "2021-07-06", "Voorgesteld 6 juli 2021", "other",
            id="motion: 'Voorgesteld', not the PDF's creation day (7 July) nor its Word title",
        ),
        pytest.param(
            "motie_1p.pdf", govdocs.MOTIE_TITLE, "2021-07-06", "Voorgesteld 6 juli 2021", "other",
            id="one-page motion: footer on the only page",
        ),
        pytest.param(
            "motie.html", govdocs.MOTIE_TITLE, "2021-07-06", "Voorgesteld 6 juli 2021", "other",
            id="motion page: the text's date over DCTERMS.issued, the heading over DC.title",
        ),
        pytest.param(
            "motie_split.html", govdocs.MOTIE_TITLE, "2021-07-06", "Voorgesteld 6 juli 2021",
            "other", id="motion page with the numbers in elements of their own",
        ),
        pytest.param(
            "kamerbrief.pdf", "Stand van zaken Irak", "2020-01-06", "Datum 6 januari 2020",
            "letter", id="letter: 'Betreft' is the title, 'Datum' the date; not 'Microsoft Word -'",
        ),
        pytest.param(
            "aanhangsel.pdf", govdocs.AH_QUESTIONS, "2021-07-06", "ontvangen 6 juli 2021", "other",
            id="written questions: the answer's day of receipt, the questions' description",
        ),
    ],
)  # fmt: skip
def test_official_title_and_date_from_the_text(
    gov: Path, name: str, title: str, date: str, raw: str, genre: str
) -> None:
    doc = gov_doc(gov / name)
    assert doc.title == title
    assert doc.published is not None
    assert (doc.published.value, doc.published.granularity, doc.published.source) == (
        date,
        "day",
        "text",
    )
    assert doc.published.raw == raw
    assert doc.genre == genre


# ------------------------------------------------------------------ what is not body text

NEVER_IN_BODY = [
    "kst-", "ah-tk-", "ISSN", "’s-Gravenhage", "vergaderjaar", "Vergaderjaar",
    "Staten-Generaal", "Microsoft", "Retouradres", "Postbus", "Aan de Voorzitter", "Binnenhof",
    "2513 AA", "Rijnstraat", "BZDOC", "Onze referentie", "Pagina", "Datum", "Betreft",
    "Voorgesteld", "MOTIE", "Aanhangsel", "3235\n",
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "starts", "ends"),
    [
        pytest.param("motie.pdf", "De Kamer,\n\n", "Van der Graaf\n\nAmhaouch", id="motion"),
        pytest.param("motie_1p.pdf", "De Kamer,\n\n", "\n\nAmhaouch", id="one-page motion"),
        pytest.param("motie.html", "De Kamer,\n\n", "\n\nAmhaouch", id="motion page"),
        pytest.param(
            "kamerbrief.pdf", "Geachte voorzitter,\n\nHierbij", "A.Th.B. Bijleveld-Schouten",
            id="letter: address block, reference fields and every page's sidebar gone",
        ),
        pytest.param(
            "aanhangsel.pdf", "Vragen van het lid Sjoerdsma", "Antwoord 4\n\nJa.",
            id="questions: header gone, footer and running head not inside an answer",
        ),
    ],
)  # fmt: skip
def test_official_body_has_no_header_footer_or_address(
    gov: Path, name: str, starts: str, ends: str
) -> None:
    doc = gov_doc(gov / name)
    text = doc.text
    assert text.startswith(starts) and text.endswith(ends)
    assert doc.warnings == []  # ending on the signatories ("Amhaouch") is not a truncation
    for piece in NEVER_IN_BODY:
        assert piece not in text, piece


def test_official_footnotes_leave_the_body(gov: Path) -> None:
    doc = gov_doc(gov / "aanhangsel.pdf")
    # the raised reference numbers no longer stick to the words they follow
    assert "op een afspraak moeten wachten?\n\nAntwoord 1" in doc.text
    assert "de haven van Beiroet en de maatregelen" in doc.text
    # the notes at the foot of page 1 are metadata, not part of the answer that runs on
    assert "NOS, 12 juni" not in doc.text and "nr. 3810" not in doc.text
    assert doc.meta["footnotes"].split("\n") == govdocs.AH_NOTES
    assert doc.meta["header"]["number"] == "3235"  # from the margin beside the questions


def test_official_page_break_inside_a_paragraph_rejoins(gov: Path) -> None:
    # The footer and running head sat between "de gemiddelde" and "wachttijd" (page 1 | page 2).
    text = gov_doc(gov / "aanhangsel.pdf").text
    assert "De gemiddelde wachttijd voor een afspraak" in text
    letter = gov_doc(gov / "kamerbrief.pdf").text
    assert "de gevolgen voor de Nederlandse bijdrage aan de coalitie tegen ISIS." in letter


@pytest.mark.parametrize(
    ("name", "key", "expected"),
    [
        pytest.param("motie.pdf", "identifier", "kst-35570-X-87", id="PDF footer"),
        pytest.param("motie.html", "identifier", "kst-35570-X-87", id="page's DC.identifier"),
        pytest.param("aanhangsel.pdf", "identifier", "ah-tk-20202021-3235", id="AH footer"),
    ],
)
def test_official_header_is_kept_as_metadata(gov: Path, name: str, key: str, expected: str) -> None:
    assert gov_doc(gov / name).meta[key] == expected


def test_official_letter_header_is_kept_as_metadata(gov: Path) -> None:
    header = gov_doc(gov / "kamerbrief.pdf").meta["header"]
    assert header["return_address"] == "Retouradres Postbus 20061 2500 EB Den Haag"
    assert header["address"].split("\n")[-1] == "2513 AA Den Haag"
    assert header["Betreft"] == "Stand van zaken Irak"


# ------------------------------------------------------------------ PDF and HTML alike


def test_official_motion_pdf_and_html_agree(gov: Path) -> None:
    pdf, html = gov_doc(gov / "motie.pdf"), gov_doc(gov / "motie.html")
    assert pdf.text == html.text
    assert pdf.title == html.title
    assert pdf.published == html.published
    assert pdf.genre == html.genre
    assert pdf.meta["identifier"] == html.meta["identifier"]
    assert pdf.publisher == html.publisher == "Tweede Kamer der Staten-Generaal"
    assert gov_doc(gov / "motie_1p.pdf").text == pdf.text
    split = gov_doc(gov / "motie_split.html")
    assert (split.text, split.title, split.published) == (pdf.text, pdf.title, pdf.published)


# ------------------------------------------------------------------ suspended hyphens


@pytest.mark.parametrize(
    ("wrapped", "expected"),
    [
        pytest.param("de wet-\nen regelgeving", "de wet- en regelgeving", id="wet- en"),
        pytest.param("de in-\nen uitvoer", "de in- en uitvoer", id="in- en"),
        pytest.param("de land-\nen tuinbouw", "de land- en tuinbouw", id="land- en"),
        pytest.param("de voor-\nof nadelen", "de voor- of nadelen", id="before 'of'"),
        pytest.param("Noord-\nen Zuid-Holland", "Noord- en Zuid-Holland", id="capital part"),
        pytest.param("verkeers-\nmaatregelen", "verkeersmaatregelen", id="a real break joins"),
        pytest.param("Zuid-\nHolland", "Zuid-Holland", id="a real hyphen stays"),
    ],
)
def test_official_suspended_hyphen_kept(wrapped: str, expected: str) -> None:
    from kroniek.ingest import dehyphenate, reflow

    assert dehyphenate(wrapped) == expected
    head, tail = wrapped.split("\n")
    long = "Het kabinet vindt dat de regels op dit punt duidelijker moeten worden voor"
    lines = f"{long} {head}\n{tail} en dat geldt voor iedereen in het land,\nook nu."
    assert reflow(lines) == f"{long} {expected} en dat geldt voor iedereen in het land, ook nu."


# ------------------------------------------------------------------ the pieces


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param("kst-35570-X-87", True, id="identifier"),
        pytest.param("ISSN 0921 - 7371", True, id="ISSN"),
        pytest.param("’s-Gravenhage 2021", True, id="place and year"),
        pytest.param(
            "ah-tk-20202021-3235 ISSN 0921 - 7398 ’s-Gravenhage 2021 Aanhangsel Handelingen II "
            "2020/2021, nr. 3235 1", True, id="the whole footer on one line",
        ),
        pytest.param("Tweede Kamer, vergaderjaar 2020–2021, 35 570 X, nr. 87 2", True,
                     id="running head with page number"),
        pytest.param("Staatscourant 2021 nr. 34567 3", True, id="Staatscourant running head"),
        pytest.param("’s-Gravenhage 2021 Tweede Kamer, vergaderjaar 2020–2021, Aanhangsel 1", True,
                     id="real Aanhangsel footer: place and year beside the running foot"),
        pytest.param("Tweede Kamer, vergaderjaar 2020–2021, Aanhangsel 2", True,
                     id="real Aanhangsel running foot with page number"),
        pytest.param("Tweede Kamer, vergaderjaar 2020–2021, Aanhangsel van de Handelingen", False,
                     id="a heading naming the Aanhangsel, not its foot"),
        pytest.param("De Kamer besprak in het vergaderjaar 2020–2021 de begroting.", False,
                     id="a sentence about the session"),
        pytest.param("’s-Gravenhage 2021 was een bewogen jaar voor de stad.", False,
                     id="a sentence starting like the footer"),
    ],
)  # fmt: skip
def test_official_publication_lines(line: str, expected: bool) -> None:
    assert is_publication_line(line) is expected


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        pytest.param("MOTIE VAN HET LID VAN DER STAAIJ", "Motie van het lid Van der Staaij",
                     id="a name with particles"),
        pytest.param("MOTIE VAN DE LEDEN AGEMA EN HIJINK OVER DE ZORGBONUS",
                     "Motie van de leden Agema en Hijink over de zorgbonus", id="two names"),
        pytest.param("MOTIE VAN HET LID BRUINS SLOT C.S. OVER DE NAVO-MISSIE IN IRAK",
                     "Motie van het lid Bruins Slot c.s. over de NAVO-missie in Irak",
                     id="c.s., an acronym, a country"),
        pytest.param("BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN",
                     "Brief van de minister van Buitenlandse Zaken", id="a ministry"),
        pytest.param("BRIEF VAN DE MINISTERS VAN VOLKSGEZONDHEID, WELZIJN EN SPORT EN VAN DEFENSIE",
                     "Brief van de ministers van Volksgezondheid, Welzijn en Sport en van Defensie",
                     id="two ministries"),
        pytest.param("Motie van het lid Omtzigt over de toeslagen",
                     "Motie van het lid Omtzigt over de toeslagen", id="mixed case is kept"),
    ],
)  # fmt: skip
def test_official_title_casing(heading: str, title: str) -> None:
    assert official_title(heading) == title


@pytest.mark.parametrize(
    ("heading", "body", "title"),
    [
        pytest.param("MOTIE VAN HET LID OMTZIGT OVER EEN BRIEF VAN DE RAAD VAN STATE",
                     "overwegende dat de Raad van State in een brief kritisch is;",
                     "Motie van het lid Omtzigt over een brief van de Raad van State",
                     id="a name the body writes with capitals"),
        pytest.param("MOTIE VAN HET LID KUIK OVER DE BELASTINGDIENST EN DE TOESLAGEN",
                     "constaterende dat de Belastingdienst de toeslagen\nheeft teruggevorderd;",
                     "Motie van het lid Kuik over de Belastingdienst en de toeslagen",
                     id="organisation capitalised, common noun not"),
        pytest.param("MOTIE VAN HET LID KUIK OVER DE ZORG",
                     "Zorg is duur. De zorg moet beter.",
                     "Motie van het lid Kuik over de zorg",
                     id="a capital at a sentence start says nothing"),
    ],
)  # fmt: skip
def test_official_title_casing_from_the_body(heading: str, body: str, title: str) -> None:
    assert official_title(heading, body) == title


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        pytest.param("Vaststelling van de begrotingsstaten van het Ministerie van Defensie (X) voor "
                     "het jaar 2021; Motie; Motie van het lid Kuik over de toeslagen",
                     "Motie van het lid Kuik over de toeslagen", id="dossier; kind; document"),
        pytest.param("Kamerstuk 35570-X, nr. 87 | Overheid.nl > Officiële bekendmakingen",
                     "Kamerstuk 35570-X, nr. 87", id="site suffix"),
        pytest.param("Motie van het lid Kuik", "Motie van het lid Kuik", id="already the title"),
    ],
)  # fmt: skip
def test_official_page_title(title: str, expected: str) -> None:
    from kroniek.ingest.official import official_page_title

    assert official_page_title(title) == expected


def test_official_page_without_header_in_its_main_text(tmp_path: Path) -> None:
    # The motion's page again, its header not in the main text: the document's title still
    # comes from the page's DC.title, not the whole "dossier; Motie; …" string.
    path = tmp_path / "motie.html"
    path.write_text(govdocs.motie_html(header=False), encoding="utf-8")
    doc = one(path)
    assert doc.title == govdocs.MOTIE_TITLE
    assert doc.meta["identifier"] == "kst-35570-X-87"
    assert doc.text.startswith("De Kamer,\n\n")


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        pytest.param("Microsoft Word - 20110301_5687928a draagmoederschap.doc", None,
                     id="word processor label"),
        pytest.param("20110301_kamerbrief.docx", None, id="a file name"),
        pytest.param("Untitled", None, id="no title"),
        pytest.param("Den Haag, 6 januari 2020", None, id="a letter's date heading"),
        pytest.param("Kamerbrief over de stand van zaken in Irak",
                     "Kamerbrief over de stand van zaken in Irak", id="a real title"),
    ],
)  # fmt: skip
def test_official_metadata_title_only_when_it_is_a_title(title: str, expected: str | None) -> None:
    assert usable_metadata_title(title) == expected


# ------------------------------------------------------------------ letters as text


KST_LETTER = """Tweede Kamer der Staten-Generaal
Vergaderjaar 2019–2020

29 521 Nederlandse deelname aan vredesmissies

Nr. 400 BRIEF VAN DE MINISTERS VAN BUITENLANDSE ZAKEN EN VAN DEFENSIE

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 6 januari 2020

Met deze brief informeren wij uw Kamer over de tijdelijke opschorting van de trainingsmissie in
Irak. De veiligheid van de Nederlandse militairen staat daarbij voorop.
"""

HOUSE_STYLE_LETTER = """> Retouradres Postbus 20350 2500 EJ Den Haag
Aan de Voorzitter van de Tweede Kamer
der Staten-Generaal
Postbus 20018
2500 EA DEN HAAG

Datum 12 maart 2021
Onderwerp Voortgang van de vaccinatiecampagne

Geachte voorzitter,

Met deze brief informeer ik uw Kamer over de voortgang van de vaccinatiecampagne. In de
afgelopen week zijn ruim driehonderdduizend prikken gezet.
"""

LABELS_ABOVE_VALUES = """Aan de Voorzitter van de Tweede Kamer der Staten-Generaal
Binnenhof 1a
2513 AA  'S-GRAVENHAGE

Datum
22 april 2021
Onderwerp:
Stand van zaken stikstofaanpak
Ons kenmerk: DGNVLG/21103415

Geachte voorzitter,

Met deze brief informeer ik uw Kamer over de voortgang van de stikstofaanpak in Gelderland.
"""

NEWS_LIKE = """Onderwerp van gesprek was de vaccinatiecampagne, die volgens de minister goed loopt.

Aan de overkant van de straat stonden tientallen demonstranten.
"""


@pytest.mark.parametrize(
    ("text", "title", "date", "genre", "starts"),
    [
        pytest.param(KST_LETTER, "Brief van de ministers van Buitenlandse Zaken en van Defensie",
                     "2020-01-06", "letter", "Den Haag, 6 januari 2020\n\nMet deze brief",
                     id="a letter printed as a Kamerstuk: addressee out, date heading kept"),
        pytest.param(HOUSE_STYLE_LETTER, "Voortgang van de vaccinatiecampagne", "2021-03-12",
                     "letter", "Geachte voorzitter,", id="house style: 'Onderwerp' is the title"),
        pytest.param(LABELS_ABOVE_VALUES, "Stand van zaken stikstofaanpak", "2021-04-22", "letter",
                     "Geachte voorzitter,", id="labels above their values, a colon, no return address"),
        pytest.param(NEWS_LIKE, None, None, "news", "Onderwerp van gesprek",
                     id="news that starts with 'Onderwerp' and 'Aan' keeps its first lines"),
    ],
)  # fmt: skip
def test_official_letters_as_text(
    tmp_path: Path, text: str, title: str | None, date: str | None, genre: str, starts: str
) -> None:
    path = tmp_path / "brief.txt"
    path.write_text(text, encoding="utf-8")
    doc = one(path)
    assert doc.title == title
    assert (doc.published.value if doc.published else None) == date
    assert doc.genre == genre
    assert doc.text.startswith(starts)
    assert "Postbus" not in doc.text and "Aan de Voorzitter" not in doc.text


@pytest.mark.parametrize(
    "lines",
    [
        pytest.param(["Tweede Kamer der Staten-Generaal", "2", "Vergaderjaar 2020–2021", "",
                      "35 570 X", "Vaststelling van de begrotingsstaten van het Ministerie van",
                      "Defensie (X) voor het jaar 2021", "Nr. 87",
                      "MOTIE VAN DE LEDEN VAN DER GRAAF EN AMHAOUCH OVER DE",
                      "OPLEIDINGSMISSIE IN IRAK", "Voorgesteld 6 juli 2021", "", "De Kamer,"],
                     id="the chamber's number on its own line, numbers apart from titles"),
        pytest.param(["Tweede Kamer der Staten-Generaal 2", "Vergaderjaar 2020–2021",
                      "35 570 X Vaststelling van de begrotingsstaten van het Ministerie van",
                      "Defensie (X) voor het jaar 2021",
                      "Nr. 87 MOTIE VAN DE LEDEN VAN DER GRAAF EN AMHAOUCH OVER DE",
                      "OPLEIDINGSMISSIE IN IRAK", "Voorgesteld 6 juli 2021", "De Kamer,"],
                     id="numbers beside their titles"),
    ],
)  # fmt: skip
def test_official_split_front_kamerstuk_layouts(lines: list[str]) -> None:
    front = split_front(lines)
    assert front.kind == "kamerstuk"
    assert front.title == govdocs.MOTIE_TITLE
    assert front.date is not None and front.date.value == "2021-07-06"
    assert front.meta["number"] == "87" and front.meta["dossier"].startswith("35 570 X Vast")
    assert front.body == ["De Kamer,"]


def test_official_split_front_leaves_a_plain_letter_alone() -> None:
    lines = ["Den Haag, 6 januari 2020", "", "Het kabinet veroordeelt de aanvallen."]
    front = split_front(lines)
    assert front.kind is None and front.body == lines


@pytest.mark.parametrize("name", ["kamerbrief.pdf", "kamerbrief_zijkolom.pdf"])
def test_official_seed_letter_title_is_never_its_date_line(fixtures_dir: Path, name: str) -> None:
    doc = one(fixtures_dir / "ingest" / name)
    assert doc.title is None or "6 januari 2020" not in doc.title
    assert doc.published is not None and doc.published.value == "2020-01-06"


def test_official_one_line_paragraphs_stay_apart(tmp_path: Path) -> None:
    # Most pitches in this motion are paragraph gaps; the line pitch must still be the unit.
    path = tmp_path / "motie.pdf"
    path.write_bytes(govdocs.short_motie())
    doc = one(path)
    assert doc.text == "\n\n".join(p[0] for p in govdocs.SHORT_MOTIE_BODY)
    assert doc.published is not None and doc.published.raw == "Voorgesteld 6 juli 2021"


@pytest.mark.parametrize(
    ("meta_title", "title"),
    [
        pytest.param("Microsoft Word - 20210302_kabinetsreactie rapport.docx", None,
                     id="the word processor's label is no title"),
        pytest.param("Kabinetsreactie op het rapport over de opleidingsmissie",
                     "Kabinetsreactie op het rapport over de opleidingsmissie",
                     id="a real metadata title is the fallback"),
        pytest.param(None, None, id="no title anywhere"),
    ],
)  # fmt: skip
def test_official_metadata_title_is_the_fallback(
    tmp_path: Path, meta_title: str | None, title: str | None
) -> None:
    path = tmp_path / "stuk.pdf"
    path.write_bytes(govdocs.plain_pdf(meta_title))
    doc = one(path)
    assert doc.title == title
    # no date in the text: the file's creation day is the fallback
    assert doc.published is not None and doc.published.source == "metadata"
    assert doc.published.value == "2021-03-02"


# ------------------------------------------------------------------ with Frog: no entities from headers

HEADER_WORDS = ["Retouradres", "Postbus", "Binnenhof", "Rijnstraat", "Staten-Generaal", "BZDOC",
                "Voorzitter", "Vergaderjaar", "ISSN", "Gravenhage", "NOS"]  # fmt: skip


@pytest.mark.frog
@pytest.mark.parametrize(
    ("name", "expected"),
    [
        pytest.param("kamerbrief.pdf", {"Bagdad", "Erbil", "NAVO"}, id="letter"),
        pytest.param("aanhangsel.pdf", {"Sjoerdsma", "Beiroet"}, id="written questions"),
        pytest.param("motie.pdf", {"Van der Graaf", "Amhaouch", "Anbar"}, id="motion"),
    ],
)
def test_official_entities_come_from_the_body_only(
    frog, gov: Path, name: str, expected: set[str]
) -> None:
    from kroniek.analyse.annotator import FrogAnnotator
    from kroniek.extract.docdate import DocDate
    from kroniek.extract.ner import CrfNer
    from kroniek.pipeline import Pipeline

    doc = Pipeline([DocDate(), FrogAnnotator(frog), CrfNer()])(gov_doc(gov / name))
    names = {doc.span_text(m) for m in doc.mentions}
    assert expected <= names, names
    for word in HEADER_WORDS:
        assert not any(word in n for n in names), (word, names)


# ------------------------------------------------------------------ a page carrying a letter


def _page(meta_date: str | None) -> str:
    meta = f'<meta property="article:published_time" content="{meta_date}">' if meta_date else ""
    return (
        f'<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">{meta}<title>Brief aan de raad</title></head>'
        "<body><main><p>Utrecht, 15 maart 2021</p><p>Geachte leden van de raad,</p>"
        "<p>Met deze brief informeren wij u over de werkzaamheden aan de Amsterdamsestraatweg, die op "
        "22 maart beginnen en tot de zomer duren.</p><p>Het college van burgemeester en wethouders</p>"
        "</main></body></html>"
    )


@pytest.mark.parametrize(
    ("meta_date", "value"),
    [
        pytest.param(None, "2021-03-15", id="no page date: the letter's heading"),
        pytest.param("2021-01-01", "2021-03-15", id="a page date before the letter is wrong"),
        pytest.param("2021-03-18", "2021-03-18", id="a later page date is kept: a page about the letter"),
    ],
)  # fmt: skip
@pytest.mark.usefixtures("warm_readers")  # a page without a date: its reader finds dateparser built
def test_official_page_date_or_the_letter_heading(tmp_path: Path, meta_date: str | None, value: str) -> None:
    path = tmp_path / "brief.html"
    path.write_text(_page(meta_date), encoding="utf-8")
    doc = one(path)
    assert doc.published is not None and doc.published.value[:10] == value
