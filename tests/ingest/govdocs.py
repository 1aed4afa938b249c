"""Government documents made for the tests, set the way the real ones are (text written here).

- ``kamerbrief()``: a letter to parliament in the central government's house style: a return
  address line and the addressee's block at the top left, "Datum"/"Betreft" beside their
  labels, the ministry's sidebar on the right of every page with "Pagina n van m", and a PDF
  title from the word processor ("Microsoft Word - 20200106_...docx").
- ``motie()``: a motion as officielebekendmakingen.nl prints it: the chamber header, the
  dossier number and title, "Nr. 87 MOTIE VAN ...", "Voorgesteld 6 juli 2021", the body, the
  signatures, and the "kst-… ISSN 0921 - 7371 ’s-Gravenhage 2021 …" footer on every page, with
  a running head on the second page. ``motie_html()`` is the same motion as the site's HTML page.
- ``aanhangsel()``: written questions with the minister's answers (Aanhangsel Handelingen),
  footer "ah-tk-20202021-3235 ISSN 0921 - 7398 …", the page break falling inside an answer.
- ``handelingen()``: one agenda item of the plenary report, in two columns, the item's number
  and title on top, the running foot "Tweede Kamer | <item> | 6 juli 2021" over "TK 94 | 94-7-n"
  at the foot of every page, "h-tk-… ISSN 0921 - 7088 ’s-Gravenhage 2021" under page 1's text.
- ``staatscourant()``: a ministerial regulation in the Staatscourant: "STAATSCOURANT", "Officiële
  uitgave van het Koninkrijk der Nederlanden sinds 1814.", number and day of issue, the heading
  in bold; "Staatscourant 2021 nr. … <day>" on every page with the page number in the outer
  margin; "stcrt-… ISSN 0920 - 2064 …" under page 1's text. ``staatscourant_html()`` is the same
  regulation as the site's HTML page.

The Handelingen and Staatscourant layouts are written from how those publications are set (not
measured on a real file: none was at hand); the text is written here.

Every body is a list of paragraphs, each a list of the lines it is set in: the line breaks
(including the hyphenated ones, "wet-" then "en regelgeving") are where a typesetter put them.
"""

from __future__ import annotations

import datetime as dt
import re
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
Para = list[str]

MOTIE_TITLE = "Motie van de leden Van der Graaf en Amhaouch over de opleidingsmissie in Irak"
MOTIE_BODY: list[Para] = [
    ["De Kamer,"],
    ["gehoord de beraadslaging,"],
    [
        "overwegende dat de Nederlandse bijdrage aan de opleidingsmissie in Irak sinds",
        "januari is opgeschort en dat onduidelijk is wanneer de training van Iraakse",
        "militairen kan worden hervat;",
    ],
    [
        "overwegende dat de wet-",
        "en regelgeving voor de inzet van militairen in het buitenland op onderdelen",
        "verouderd is en dat de in- en uitvoer van militair materieel naar de regio",
        "strenger wordt gecontroleerd dan voorheen;",
    ],
    [
        "constaterende dat de land-",
        "en tuinbouw in de regio zwaar te lijden heeft onder het geweld en dat de",
        "wederopbouw van de provincie Anbar daardoor stilvalt;",
    ],
    [
        "verzoekt de regering, de Kamer voor 1 oktober 2021 te informeren over de",
        "voorwaarden waaronder de missie kan worden hervat, en daarbij aan te geven of",
        "de bescherming van de Nederlandse militairen voldoende is gewaarborgd,",
    ],
    ["en gaat over tot de orde van de dag."],
    ["Van der Graaf"],
    ["Amhaouch"],
]
MOTIE_HEAD = [
    "Tweede Kamer der Staten-Generaal",
    "Vergaderjaar 2020–2021",
]
# Number in the margin column, title in the body column, on the same baseline.
MOTIE_DOSSIER = (
    "35 570 X",
    [
        "Vaststelling van de begrotingsstaten van het Ministerie van",
        "Defensie (X) voor het jaar 2021",
    ],
)
MOTIE_NR = (
    "Nr. 87",
    [
        "MOTIE VAN DE LEDEN VAN DER GRAAF EN AMHAOUCH OVER DE",
        "OPLEIDINGSMISSIE IN IRAK",
    ],
)
MOTIE_VOORGESTELD = "Voorgesteld 6 juli 2021"

BRIEF_BODY: list[Para] = [
    ["Geachte voorzitter,"],
    [
        "Hierbij informeren wij uw Kamer over de stand van zaken in Irak na de aanval",
        "op de Amerikaanse ambassade in Bagdad. Het kabinet volgt de ontwikkelingen",
        "nauwgezet en staat in nauw contact met de bondgenoten in de coalitie.",
    ],
    [
        "De trainingsmissie in Noord-Irak is tijdelijk stilgelegd. De Nederlandse",
        "militairen in Erbil zijn ongedeerd en bevinden zich op een beschermde locatie.",
        "Over de hervatting van de missie beslist het kabinet in overleg met de NAVO",
        "en de Iraakse autoriteiten.",
    ],
    [
        "De minister van Defensie heeft gisteren met haar Duitse ambtgenoot gesproken",
        "over de veiligheid van de militairen. Beide ministers benadrukten dat de strijd",
        "tegen ISIS niet mag worden opgegeven. Het kabinet blijft de situatie volgen en",
        "zal uw Kamer informeren zodra daar aanleiding toe is.",
    ],
    [
        "Daarnaast vraagt het kabinet aandacht voor de humanitaire situatie. De",
        "Nederlandse ambassade in Bagdad blijft open, maar het personeel is tijdelijk",
        "teruggebracht tot het minimum dat voor de consulaire taken nodig is.",
    ],
    [
        "Het kabinet zal de Kamer voor het algemeen overleg van 15 januari aanstaande",
        "opnieuw schriftelijk informeren over de ontwikkelingen en de gevolgen voor de",
        "Nederlandse bijdrage aan de coalitie tegen ISIS.",
    ],
    ["De Minister van Buitenlandse Zaken,"],
    ["S.A. Blok"],
    ["De Minister van Defensie,"],
    ["A.Th.B. Bijleveld-Schouten"],
]
BRIEF_ADDRESS = [
    "Aan de Voorzitter van de Tweede Kamer",
    "der Staten-Generaal",
    "Binnenhof 4",
    "2513 AA Den Haag",
]
BRIEF_SIDEBAR = [
    "Ministerie van Buitenlandse Zaken",
    "Rijnstraat 8",
    "2515 XP Den Haag",
    "Postbus 20061",
    "Nederland",
    "www.rijksoverheid.nl",
    "",
    "Onze referentie",
    "BZDOC-1427789183-11",
    "",
    "Bijlage(n)",
    "1",
]

AH_QUESTIONS = (
    "Vragen van het lid Sjoerdsma (D66) aan de Minister van Buitenlandse Zaken over de "
    "vertraging bij de afgifte van visa in Beiroet"
)
AH_BODY: list[Para] = [
    [
        "Vragen van het lid Sjoerdsma (D66) aan de Minister van Buitenlandse Zaken",
        "over de vertraging bij de afgifte van visa in Beiroet (ingezonden 14 juni 2021).",
    ],
    [
        "Antwoord van Minister Kaag (Buitenlandse Zaken) (ontvangen 6 juli 2021).",
    ],
    ["Vraag 1"],
    [
        "Bent u bekend met de berichten dat aanvragers van een visum in Beiroet",
        "maandenlang op een afspraak moeten wachten?^1",
    ],
    ["Antwoord 1"],
    [
        "Ja. Door de explosie in de haven van Beiroet^2 en de maatregelen tegen het",
        "coronavirus kon de ambassade lange tijd slechts een beperkt aantal aanvragen",
        "in behandeling nemen. Sinds mei is de capaciteit weer uitgebreid.",
    ],
    ["Vraag 2"],
    [
        "Hoeveel aanvragen liggen er op dit moment op behandeling te wachten, en hoe",
        "lang duurt het gemiddeld voordat een aanvrager een afspraak krijgt?",
    ],
    ["Antwoord 2"],
    [
        "Op 1 juli 2021 stonden er ruim vierhonderd aanvragen open. De gemiddelde",
        "wachttijd voor een afspraak bedraagt op dit moment zes weken. De ambassade",
        "werkt met de externe dienstverlener aan een verdere verkorting van die",
        "termijn, onder meer door extra openingstijden op zaterdag.",
    ],
    ["Vraag 3"],
    [
        "Bent u bereid om in overleg met de externe dienstverlener de wachttijden",
        "voor gezinsherenigingen te verkorten?",
    ],
    ["Antwoord 3"],
    [
        "Ja. Aanvragen voor gezinshereniging krijgen sinds juni voorrang. Het",
        "ministerie heeft daarnaast twee extra medewerkers naar Beiroet gestuurd om",
        "de achterstand weg te werken. Ik verwacht dat de wachttijd voor deze",
        "aanvragen na de zomer is teruggebracht tot enkele weken.",
    ],
    ["Vraag 4"],
    [
        "Kunt u deze vragen beantwoorden voor het commissiedebat over consulaire",
        "zaken?",
    ],
    ["Antwoord 4"],
    ["Ja."],
]
AH_NOTES = [
    "1 NOS, 12 juni 2021, «Visumaanvragers in Beiroet wachten maanden op een afspraak»",
    "2 Zie ook Aanhangsel Handelingen II 2019/20, nr. 3810",
]
AH_HEAD = [
    "Tweede Kamer der Staten-Generaal",
    "Vergaderjaar 2020–2021",
    "Aanhangsel van de Handelingen",
    "Vragen gesteld door de leden der Kamer,",
    "met de daarop door de regering gegeven antwoorden",
]


def _pdf(title: str | None, created: dt.datetime) -> object:
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="mm")
    pdf.set_creation_date(created)
    if title:
        pdf.set_title(title)
    pdf.add_font("DejaVu", "", FONT)
    pdf.set_auto_page_break(False)
    return pdf


def _text(pdf: object, x: float, y: float, line: str, size: float) -> None:
    """Set a line; "^3" in it is a raised footnote number in small print, as Word sets it."""
    for n, piece in enumerate(re.split(r"\^(\d+)", line)):
        raised = n % 2 == 1
        pdf.set_font("DejaVu", size=size * 0.6 if raised else size)  # type: ignore[attr-defined]
        pdf.set_xy(x, y - 1.0 if raised else y)  # type: ignore[attr-defined]
        pdf.cell(0, size * 0.45, piece)  # type: ignore[attr-defined]
        x += pdf.get_string_width(piece)  # type: ignore[attr-defined]


def _flow(
    pdf: object,
    paras: list[Para],
    *,
    x: float,
    y: float,
    bottom: float,
    pitch: float,
    size: float,
    new_page: Callable[[], float],
) -> None:
    """Set paragraphs line by line (a blank line between them), turning pages at ``bottom``."""
    for n, para in enumerate(paras):
        if n:
            y += pitch
        for line in para:
            if y > bottom:
                y = new_page()
            _text(pdf, x, y, line, size)
            y += pitch


MARGIN_X, BODY_X = 20.0, 55.0  # a Kamerstuk's margin column and body column


def _motie_head(pdf: object) -> float:
    """The chamber, session, dossier and heading as a Kamerstuk sets them; returns the next y."""
    _text(pdf, MARGIN_X, 20, MOTIE_HEAD[0], 9)
    _text(pdf, 180, 18, "2", 20)  # the chamber's big number at the top right
    _text(pdf, MARGIN_X, 25, MOTIE_HEAD[1], 9)
    y = 40.0
    for number, title in (MOTIE_DOSSIER, MOTIE_NR):
        _text(pdf, MARGIN_X, y, number, 9)
        for line in title:
            _text(pdf, BODY_X, y, line, 9)
            y += 4.5
        y += 6
    _text(pdf, BODY_X, y - 5, MOTIE_VOORGESTELD, 8)
    return y + 6


def _kst_footer(pdf: object, ident: str, running: str, page: int) -> None:
    """The footer: identifier and ISSN in the margin column on page 1, the running foot on all."""
    if page == 1:
        _text(pdf, MARGIN_X, 265, ident, 6.5)
        _text(pdf, MARGIN_X, 268.5, "ISSN 0921 - 7371", 6.5)
        _text(pdf, MARGIN_X, 272, "’s-Gravenhage 2021", 6.5)
    _text(pdf, BODY_X, 272, running, 6.5)
    _text(pdf, 185, 272, str(page), 6.5)


def motie(pages: int = 2) -> bytes:
    """The motion as a PDF; ``pages=2`` makes it break across two pages."""
    pdf = _pdf("Microsoft Word - motie 87 opleidingsmissie.docx", dt.datetime(2021, 7, 7, 9, 12))
    running = "Tweede Kamer, vergaderjaar 2020–2021, 35 570 X, nr. 87"

    def new_page() -> float:
        _kst_footer(pdf, "kst-35570-X-87", running, pdf.page_no())  # type: ignore[attr-defined]
        pdf.add_page()  # type: ignore[attr-defined]
        return 20.0

    pdf.add_page()  # type: ignore[attr-defined]
    y = _motie_head(pdf)
    bottom = 130.0 if pages == 2 else 255.0
    _flow(pdf, MOTIE_BODY, x=BODY_X, y=y, bottom=bottom, pitch=4.5, size=8.5, new_page=new_page)
    _kst_footer(pdf, "kst-35570-X-87", running, pdf.page_no())  # type: ignore[attr-defined]
    return bytes(pdf.output())  # type: ignore[attr-defined]


def bekendmaking_html(title: str, meta: dict[str, str], stuk: str, *, help_link: bool = True,
                      breadcrumb: str | None = None, published: str | None = None) -> str:
    """A page of officielebekendmakingen.nl around one publication (navigation and all): the
    ``meta`` tags in the head, the publication's own lines ``stuk`` in ``div#broodtekst``, a
    breadcrumb and the "Gegevens" box with the day ``published`` where given."""
    tags = "\n".join(f'  <meta name="{k}" content="{v}">' for k, v in meta.items())
    nav = '<a href="/">Home</a> <a href="/zoeken">Zoeken</a>' + (' <a href="/help">Help</a>' if help_link else "")
    crumb = f'  <div class="breadcrumb"><a href="/">Home</a> › {breadcrumb}</div>\n' if breadcrumb else ""
    data = ('    <div class="metadata"><h2>Gegevens</h2><dl><dt>Publicatiedatum</dt>'
            f"<dd>{published}</dd></dl></div>\n") if published else ""
    return f"""<!DOCTYPE html>
<html lang="nl">
<head>
  <meta charset="utf-8">
  <title>{title}</title>
{tags}
</head>
<body>
  <header><nav>{nav}</nav></header>
{crumb}  <main>
    <div id="broodtekst" class="stuk">
{stuk}
    </div>
{data}  </main>
  <footer><p>Dit is een officiële publicatie van de Staat der Nederlanden.</p></footer>
</body>
</html>
"""


def motie_html(split: bool = False, header: bool = True) -> str:
    """The same motion as officielebekendmakingen.nl serves it (navigation and all).

    ``split`` puts the dossier number and "Nr. 87" in elements of their own, apart from the
    titles they head, as a page may.
    """
    sep = "</p>\n      <p>" if split else " "
    if not header:  # a page whose main text holds only the body
        html = motie_html(split)
        start = html.index('      <p class="kamer">')
        end = html.index('      <p class="tekst">')
        return html[:start] + html[end:]
    body = "\n".join(f'      <p class="tekst">{" ".join(p)}</p>' for p in MOTIE_BODY[:-2])
    sign = "\n".join(f'      <p class="ondertekening">{p[0]}</p>' for p in MOTIE_BODY[-2:])
    meta = {
        "DC.title": "Vaststelling van de begrotingsstaten van het Ministerie van Defensie (X) voor het jaar "
                    "2021; Motie; Motie van de leden Van der Graaf en Amhaouch over de opleidingsmissie in Irak",
        "DC.identifier": "kst-35570-X-87", "DC.creator": "Tweede Kamer der Staten-Generaal",
        "DC.type": "Kamerstuk", "DCTERMS.issued": "2021-07-07", "OVERHEIDop.vergaderjaar": "2020-2021",
        "OVERHEIDop.dossiernummer": "35570-X", "OVERHEIDop.ondernummer": "87",
    }
    stuk = f"""      <p class="kamer">Tweede Kamer der Staten-Generaal</p>
      <p class="vergaderjaar">Vergaderjaar 2020–2021</p>
      <div class="dossiertitel"><p>35 570 X{sep}Vaststelling van de begrotingsstaten van het Ministerie van Defensie (X) voor het jaar 2021</p></div>
      <div class="stuktitel"><p>Nr. 87{sep}MOTIE VAN DE LEDEN VAN DER GRAAF EN AMHAOUCH OVER DE OPLEIDINGSMISSIE IN IRAK</p></div>
      <p class="motie-voorgesteld">Voorgesteld 6 juli 2021</p>
{body}
{sign}"""
    return bekendmaking_html("Kamerstuk 35570-X, nr. 87 | Overheid.nl &gt; Officiële bekendmakingen", meta, stuk,
                             breadcrumb="Kamerstuk 35570-X, nr. 87", published="7 juli 2021")


def kamerbrief() -> bytes:
    """A letter to parliament in the government's house style, two pages, word-processor title."""
    pdf = _pdf(
        "Microsoft Word - 20200106_kamerbrief stand van zaken irak.docx",
        dt.datetime(2020, 1, 7, 16, 40),
    )
    pages = 2

    def sidebar(page: int) -> None:
        lines = BRIEF_SIDEBAR if page == 1 else [
            "Ministerie van Buitenlandse Zaken", "", "Datum", "6 januari 2020",
            "Onze referentie", "BZDOC-1427789183-11",
        ]  # fmt: skip
        y = 50.0 if page == 1 else 25.0
        for line in lines:
            if line:
                _text(pdf, 160, y, line, 6.5)
            y += 3.5
        _text(pdf, 160, 270, f"Pagina {page} van {pages}", 6.5)

    def new_page() -> float:
        pdf.add_page()  # type: ignore[attr-defined]
        sidebar(pdf.page_no())  # type: ignore[attr-defined]
        return 30.0

    pdf.add_page()  # type: ignore[attr-defined]
    sidebar(1)
    _text(pdf, 20, 46, "> Retouradres Postbus 20061 2500 EB Den Haag", 6)
    y = 52.0
    for line in BRIEF_ADDRESS:
        _text(pdf, 20, y, line, 9)
        y += 4.5
    y += 14
    for label, value in (("Datum", "6 januari 2020"), ("Betreft", "Stand van zaken Irak")):
        _text(pdf, 20, y, label, 7)
        _text(pdf, 40, y, value, 9)
        y += 5
    y += 10
    _flow(pdf, BRIEF_BODY, x=20, y=y, bottom=200.0, pitch=4.5, size=9, new_page=new_page)
    return bytes(pdf.output())  # type: ignore[attr-defined]


def aanhangsel() -> bytes:
    """Written questions with answers, the page break inside the second answer."""
    pdf = _pdf(None, dt.datetime(2021, 7, 9, 10, 0))
    running = "Aanhangsel Handelingen II 2020/2021, nr. 3235"

    def footer(page: int) -> None:
        if page == 1:
            for k, note in enumerate(AH_NOTES):
                _text(pdf, BODY_X, 255 + 3.5 * k, note, 6.5)
        _text(pdf, 20, 272, "ah-tk-20202021-3235", 6.5)
        _text(pdf, 20, 275, "ISSN 0921 - 7398", 6.5)
        _text(pdf, 20, 278, "’s-Gravenhage 2021", 6.5)
        _text(pdf, 100, 278, f"{running}          {page}", 6.5)

    def new_page() -> float:
        footer(pdf.page_no())  # type: ignore[attr-defined]
        pdf.add_page()  # type: ignore[attr-defined]
        _text(pdf, 20, 15, f"{running}          {pdf.page_no()}", 6.5)  # type: ignore[attr-defined]
        return 30.0

    pdf.add_page()  # type: ignore[attr-defined]
    y = 20.0
    for line in AH_HEAD:
        _text(pdf, MARGIN_X, y, line, 9)
        y += 5
    y += 10
    _text(pdf, MARGIN_X, y, "3235", 9)  # the number in the margin column, beside the questions
    _flow(pdf, AH_BODY, x=BODY_X, y=y, bottom=175.0, pitch=4.5, size=8.5, new_page=new_page)
    footer(pdf.page_no())  # type: ignore[attr-defined]
    return bytes(pdf.output())  # type: ignore[attr-defined]


SHORT_MOTIE_BODY: list[Para] = [
    ["De Kamer,"],
    ["gehoord de beraadslaging,"],
    ["verzoekt de regering, de opleidingsmissie in Irak zo snel mogelijk te hervatten,"],
    ["en gaat over tot de orde van de dag."],
    ["Van der Graaf"],
]


def short_motie() -> bytes:
    """A motion of one-line paragraphs only: the gaps between them are most of the pitches."""
    pdf = _pdf(None, dt.datetime(2021, 7, 7, 9, 12))
    pdf.add_page()  # type: ignore[attr-defined]
    y = _motie_head(pdf)
    _flow(pdf, SHORT_MOTIE_BODY, x=BODY_X, y=y, bottom=255.0, pitch=5, size=9, new_page=lambda: 0.0)
    _kst_footer(pdf, "kst-35570-X-88", "Tweede Kamer, vergaderjaar 2020–2021, 35 570 X, nr. 88", 1)
    return bytes(pdf.output())  # type: ignore[attr-defined]


PLAIN_BODY: list[Para] = [
    [
        "Het kabinet heeft kennisgenomen van het rapport over de opleidingsmissie in Irak",
        "en neemt de aanbevelingen grotendeels over. De minister van Defensie zal de",
        "Kamer voor de zomer informeren over de uitvoering daarvan.",
    ],
    [
        "De aanbevelingen over de veiligheid van de militairen worden direct uitgevoerd.",
        "Voor de overige aanbevelingen volgt een plan van aanpak in het najaar.",
    ],
]


def plain_pdf(title: str | None) -> bytes:
    """A document without any header the text states, with a given metadata title."""
    pdf = _pdf(title, dt.datetime(2021, 3, 2, 11, 0))
    pdf.add_page()  # type: ignore[attr-defined]
    _flow(pdf, PLAIN_BODY, x=20, y=30, bottom=255.0, pitch=5, size=10, new_page=lambda: 0.0)
    return bytes(pdf.output())  # type: ignore[attr-defined]


# ---------------------------------------------------------------- Handelingen and Staatscourant

BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def _bold(pdf: object, x: float, y: float, line: str, size: float) -> None:
    """Set a line in the bold face (a heading)."""
    pdf.set_font("DejaVu", "B", size=size)  # type: ignore[attr-defined]
    pdf.set_xy(x, y)  # type: ignore[attr-defined]
    pdf.cell(0, size * 0.45, line)  # type: ignore[attr-defined]


def _with_bold(title: str | None, created: dt.datetime) -> object:
    pdf = _pdf(title, created)
    pdf.add_font("DejaVu", "B", BOLD)  # type: ignore[attr-defined]
    return pdf


HAND_ITEM = "7"
HAND_TITLE = "Opleidingsmissie in Irak"
HAND_DAY = "6 juli 2021"
# The plenary report of one agenda item, set in two columns; speakers head their turns.
HAND_BODY: list[Para] = [
    ["Aan de orde is het debat over de", "opleidingsmissie in Irak."],
    ["De voorzitter:"],
    [
        "Ik heet de minister van Defensie van harte",
        "welkom. De eerste spreker is de heer Van der",
        "Graaf van de ChristenUnie. Hij heeft vier",
        "minuten spreektijd.",
    ],
    ["De heer Van der Graaf (ChristenUnie):"],
    [
        "Voorzitter. Sinds januari ligt de training van",
        "Iraakse militairen stil. De Nederlandse",
        "instructeurs in Erbil wachten op een besluit",
        "over de hervatting, en de Kamer wacht met",
        "hen. Mijn fractie wil weten wanneer de",
        "minister dat besluit neemt en welke",
        "voorwaarden zij daarbij stelt.",
    ],
    [
        "Daarnaast vraag ik aandacht voor de wet-",
        "en regelgeving die de inzet van militairen in",
        "het buitenland regelt. Die is op onderdelen",
        "verouderd. Is de minister bereid die regels",
        "voor het einde van het jaar te herzien?",
    ],
    ["De voorzitter:"],
    ["Dank u wel. Dan geef ik het woord aan de", "minister van Defensie."],
    ["Minister Bijleveld-Schouten:"],
    [
        "Voorzitter. Ik dank de heer Van der Graaf voor",
        "zijn vragen. Het kabinet neemt na de zomer",
        "een besluit over de hervatting van de missie.",
        "Dat doen wij in overleg met de NAVO en de",
        "Iraakse autoriteiten. De veiligheid van onze",
        "militairen gaat daarbij voor alles.",
    ],
    [
        "Over de regels voor de inzet in het",
        "buitenland ben ik het met de heer Van der",
        "Graaf eens. Ik stuur de Kamer voor 1 oktober",
        "een brief over de herziening ervan.",
    ],
    ["De voorzitter:"],
    ["Dank u wel. Daarmee is een einde gekomen", "aan dit debat."],
    ["De vergadering wordt van 15.42 uur tot", "15.50 uur geschorst."],
]
HAND_IDENT = "h-tk-20202021-94-7"
HAND_FOOT = f"Tweede Kamer {HAND_TITLE} {HAND_DAY}"  # the running foot, with the meeting number below
COL_X = (20.0, 110.0)  # a Handelingen page's two columns
COL_BOTTOM = 255.0


def handelingen(pages: int = 2) -> bytes:
    """One agenda item of the plenary report (Handelingen), two columns over ``pages`` pages: the item's
    number and title on top, the running foot ("Tweede Kamer | title | day", "TK 94 | 94-7-n")
    at the foot of every page, the identifier, ISSN and place in the margin under page 1's columns."""
    pdf = _with_bold(None, dt.datetime(2021, 7, 7, 6, 0))
    # (x, top, page, bottom) of each column in turn
    first = 120.0 if pages == 2 else 140.0  # one page: the item fills both columns
    spots = [(COL_X[0], 45.0, 1, first), (COL_X[1], 45.0, 1, first), (COL_X[0], 25.0, 2, COL_BOTTOM),
             (COL_X[1], 25.0, 2, COL_BOTTOM)]
    slot = 0

    def foot(page: int) -> None:
        if page == 1:
            for k, line in enumerate([HAND_IDENT, "ISSN 0921 - 7088", "’s-Gravenhage 2021"]):
                _text(pdf, COL_X[0], 262 + 3.2 * k, line, 6)
        _text(pdf, COL_X[0], 276, "Tweede Kamer", 7)
        _text(pdf, 70, 276, HAND_TITLE, 7)
        _text(pdf, 150, 276, HAND_DAY, 7)
        _text(pdf, 150, 280, f"TK 94    94-7-{page}", 7)

    def next_column() -> float:
        nonlocal slot
        slot += 1
        _x, y, page, _bottom = spots[slot]
        if page != pdf.page_no():  # type: ignore[attr-defined]
            foot(pdf.page_no())  # type: ignore[attr-defined]
            pdf.add_page()  # type: ignore[attr-defined]
        return y

    pdf.add_page()  # type: ignore[attr-defined]
    _bold(pdf, COL_X[0], 22, f"{HAND_ITEM}  {HAND_TITLE}", 14)
    y = spots[0][1]
    for n, para in enumerate(HAND_BODY):
        if n:
            y += 4.2
        for line in para:
            if y > spots[slot][3]:
                y = next_column()
            _text(pdf, spots[slot][0], y, line, 8.5)
            y += 4.2
    foot(pdf.page_no())  # type: ignore[attr-defined]
    return bytes(pdf.output())  # type: ignore[attr-defined]


STC_NR, STC_DAY = "34567", "1 juli 2021"
STC_TITLE = (
    "Regeling van de Minister van Infrastructuur en Waterstaat van 28 juni 2021, nr. "
    "IENW/BSK-2021/118765, houdende wijziging van de Regeling tijdelijke maatregelen "
    "binnenvaart in verband met het herstel van de sluis bij Terneuzen"
)
STC_HEAD = [
    "Regeling van de Minister van Infrastructuur en Waterstaat van 28 juni 2021, nr.",
    "IENW/BSK-2021/118765, houdende wijziging van de Regeling tijdelijke maatregelen",
    "binnenvaart in verband met het herstel van de sluis bij Terneuzen",
]
STC_BODY: list[Para] = [
    ["De Minister van Infrastructuur en Waterstaat,"],
    ["Gelet op artikel 5, eerste lid, van de Binnenvaartwet;"],
    ["Besluit:"],
    ["ARTIKEL I"],
    ["De Regeling tijdelijke maatregelen binnenvaart wordt als volgt gewijzigd:"],
    [
        "In artikel 3 wordt „1 augustus 2021” vervangen door „1 november 2021”. Schepen met een",
        "lengte van meer dan 110 meter mogen de sluis tot die datum alleen bij daglicht passeren,",
        "na toestemming van de sluismeester.",
    ],
    ["ARTIKEL II"],
    [
        "Deze regeling treedt in werking met ingang van de dag na de datum van uitgifte van de",
        "Staatscourant waarin zij wordt geplaatst.",
    ],
    ["Deze regeling zal met de toelichting in de Staatscourant worden geplaatst."],
    ["De Minister van Infrastructuur en Waterstaat,"],
    ["C. van Nieuwenhuizen Wijbenga"],
    ["TOELICHTING"],
    [
        "Bij de sluis bij Terneuzen wordt sinds maart gewerkt aan het herstel van de",
        "sluisdeuren. De werkzaamheden lopen vertraging op doordat onderdelen later worden",
        "geleverd dan verwacht. Daarom wordt de termijn van de tijdelijke maatregelen met drie",
        "maanden verlengd.",
    ],
    [
        "De regeling is opgesteld in overleg met de vertegenwoordigers van de binnenvaart en de",
        "havenbedrijven. Zij past binnen de wet-",
        "en regelgeving voor de scheepvaart op de Westerschelde en het kanaal van Gent naar",
        "Terneuzen, en vraagt van de schippers geen nieuwe administratieve handelingen.",
    ],
    [
        "Voor de beroepsvaart betekent de verlenging dat de beperkingen voor lange schepen tot",
        "november blijven gelden. De sluismeester kan in bijzondere gevallen ontheffing verlenen,",
        "bijvoorbeeld voor een schip dat hulpgoederen vervoert of dat bij noodweer beschutting",
        "zoekt. De recreatievaart kan de sluis onbeperkt blijven gebruiken.",
    ],
    ["De Minister van Infrastructuur en Waterstaat,"],
    ["C. van Nieuwenhuizen Wijbenga"],
]
STC_IDENT = f"stcrt-2021-{STC_NR}"


def staatscourant() -> bytes:
    """A regulation as the Staatscourant publishes it: the paper's name, "Officiële uitgave …",
    number and day on top of page 1, the regulation's heading in bold, and on every page the
    running foot "Staatscourant 2021 nr. 34567 1 juli 2021" with the page number in the outer
    margin; the identifier, ISSN and place under page 1's text."""
    pdf = _with_bold(None, dt.datetime(2021, 6, 30, 17, 5))
    foot = f"Staatscourant 2021 nr. {STC_NR}    {STC_DAY}"

    def footer(page: int) -> None:
        if page == 1:
            for k, line in enumerate([STC_IDENT, "ISSN 0920 - 2064", "’s-Gravenhage 2021"]):
                _text(pdf, 20, 262 + 3.2 * k, line, 6)
        _text(pdf, 60, 280, foot, 7)
        _text(pdf, 185 if page % 2 else 15, 280, str(page), 7)  # the outer margin

    def new_page() -> float:
        footer(pdf.page_no())  # type: ignore[attr-defined]
        pdf.add_page()  # type: ignore[attr-defined]
        return 25.0

    pdf.add_page()  # type: ignore[attr-defined]
    _bold(pdf, 20, 18, "STAATSCOURANT", 16)
    _text(pdf, 20, 26, "Officiële uitgave van het Koninkrijk der Nederlanden sinds 1814.", 7)
    _text(pdf, 160, 18, f"Nr. {STC_NR}", 9)
    _text(pdf, 160, 23, STC_DAY, 9)
    y = 42.0
    for line in STC_HEAD:
        _bold(pdf, 20, y, line, 9.5)
        y += 4.8
    y += 6
    _flow(pdf, STC_BODY, x=20, y=y, bottom=140.0, pitch=4.5, size=8.5, new_page=new_page)
    footer(pdf.page_no())  # type: ignore[attr-defined]
    return bytes(pdf.output())  # type: ignore[attr-defined]


def staatscourant_html() -> str:
    """The same regulation as officielebekendmakingen.nl serves it (navigation and all)."""
    body = "\n".join(f'      <p>{" ".join(p)}</p>' for p in STC_BODY)
    meta = {"DC.title": STC_TITLE, "DC.identifier": STC_IDENT, "DC.creator": "Infrastructuur en Waterstaat",
            "DC.type": "Staatscourant", "DCTERMS.issued": "2021-07-01"}
    stuk = f"""      <p class="staatscourant">STAATSCOURANT</p>
      <p class="uitgave">Officiële uitgave van het Koninkrijk der Nederlanden sinds 1814.</p>
      <p class="nummer">Nr. {STC_NR}</p>
      <p class="datum">{STC_DAY}</p>
      <h1>{STC_TITLE}</h1>
{body}"""
    return bekendmaking_html(f"Staatscourant 2021, {STC_NR} | Overheid.nl &gt; Officiële bekendmakingen", meta, stuk,
                             help_link=False)


def columns_to_the_foot() -> bytes:
    """A page of two columns that run into the bottom margin (a tight layout), no running foot."""
    pdf = _with_bold(None, dt.datetime(2021, 7, 7, 6, 0))
    pdf.add_page()  # type: ignore[attr-defined]
    for x, side in zip(COL_X, ("linker", "rechter"), strict=True):
        for n in range(52):
            _text(pdf, x, 40 + 4.6 * n, f"In de {side}kolom staat hier regel {n + 1} van", 8.5)
    return bytes(pdf.output())  # type: ignore[attr-defined]


# A ministry's report set ragged-right in two columns under a head set across the page (the
# title and a lead paragraph), as a brochure or a "Verslag" is set; the text is written here.
RAGGED_TITLE = "Verslag van de werkbezoeken aan de waterschappen"
RAGGED_LEAD = (
    "In het voorjaar bezocht de minister vijf waterschappen. Dit verslag geeft weer wat de "
    "bestuurders en medewerkers vertelden over droogte, dijken en de kosten van het beheer."
)
RAGGED_BODY: list[str] = [
    "Het eerste bezoek ging naar het noorden, waar de dijken langs de kust worden versterkt. De "
    "bestuurders lieten zien hoe de nieuwe bekleding van basalt wordt aangebracht en waarom het "
    "werk twee jaar langer duurt dan gepland. De levering van steen loopt achter, en in het "
    "broedseizoen mag langs een deel van de kust niet worden gewerkt.",
    "In het oosten stond de droogte centraal. Boeren mogen daar in droge zomers steeds vaker geen "
    "water uit de sloten halen. Het waterschap wil meer water vasthouden in de winter, met stuwen "
    "die hoger worden gezet en met beken die weer mogen slingeren door het land.",
    "Het derde waterschap liet de zuivering van afvalwater zien. Medicijnresten en microplastics "
    "komen nog grotendeels in het oppervlaktewater terecht. Een extra zuiveringsstap kost veel "
    "geld, en de vraag wie dat betaalt bleef tijdens het bezoek open.",
    "Bij de laatste twee bezoeken ging het over de lasten voor inwoners. De belasting van de "
    "waterschappen stijgt de komende jaren, omdat de opgaven groeien terwijl het aantal betalers "
    "gelijk blijft. De minister zegde toe de verdeling van de kosten met de provincies te bespreken.",
]


def _wrap(pdf: object, text: str, width: float) -> list[str]:
    """Greedy line breaks of a ragged-right column: as many words as fit, no hyphenation."""
    lines, line = [], ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if line and pdf.get_string_width(trial) > width:  # type: ignore[attr-defined]
            lines.append(line)
            trial = word
        line = trial
    return [*lines, line] if line else lines


def ragged_columns() -> bytes:
    """The report: a bold title and a lead paragraph across the page, then two ragged-right
    columns (about 80 mm each, a 10 mm gutter), the left read to its end before the right."""
    pdf = _with_bold(None, dt.datetime(2023, 5, 12, 9, 0))
    pdf.add_page()  # type: ignore[attr-defined]
    _bold(pdf, 20, 22, RAGGED_TITLE, 14)
    pdf.set_font("DejaVu", size=9.5)  # type: ignore[attr-defined]
    y = 34.0
    for line in _wrap(pdf, RAGGED_LEAD, 170):
        _text(pdf, 20, y, line, 9.5)
        y += 5.0
    pdf.set_font("DejaVu", size=9)  # type: ignore[attr-defined]
    for x, paras in ((20.0, RAGGED_BODY[:2]), (110.0, RAGGED_BODY[2:])):
        yy = y + 6.0
        for para in paras:
            for line in _wrap(pdf, para, 80):
                _text(pdf, x, yy, line, 9)
                yy += 4.6
            yy += 4.6
    return bytes(pdf.output())  # type: ignore[attr-defined]


def agenda_table() -> bytes:
    """A head across the page over a two-column table (a day, then what happens that day), read
    row by row: short cells on the left, not a column of prose."""
    pdf = _with_bold(None, dt.datetime(2023, 5, 12, 9, 0))
    pdf.add_page()  # type: ignore[attr-defined]
    _bold(pdf, 20, 22, "Agenda van de commissie voor Infrastructuur en Waterstaat", 14)
    _text(pdf, 20, 34, "De commissie vergadert in de week van 15 mei in de Thorbeckezaal, steeds vanaf tien uur.", 9.5)
    days = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"] * 2
    for n, day in enumerate(days):
        _text(pdf, 20, 46 + 6 * n, f"{day} {15 + n % 5} mei", 9)
        _text(pdf, 110, 46 + 6 * n, f"Overleg over punt {n + 1} van de lijst met de staatssecretaris", 9)
    return bytes(pdf.output())  # type: ignore[attr-defined]


def read_items(name: str, data: bytes) -> list[Any]:
    """What kroniek reads (documents or input errors) from ``data`` saved as ``name`` in a folder
    of its own, which is removed afterwards (a made document leaves nothing in the temp dir)."""
    from kroniek.ingest import iter_inputs
    from kroniek.settings import Settings

    with tempfile.TemporaryDirectory(prefix="kroniek-made-") as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        return list(iter_inputs([str(path)], Settings()))
