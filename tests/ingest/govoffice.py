"""Government documents set by a word processor (LibreOffice), the way the real ones are made.

The PDFs of tests/ingest/govdocs.py are drawn line by line with fpdf2. Real letters come out of
Word's house-style template, real official publications out of a typesetting pipeline: text
boxes, frames, tables, fields, automatic hyphenation and footnotes, each with its own order of
text in the file. This module writes such documents as flat OpenDocument (``.fodt``) and
``make()`` has LibreOffice turn them into PDF:

- ``kamerbrief_fodt()``: a letter to parliament in the central government's house style: the
  ministry's logo block at the top (a blue band and the ministry's name in a frame), the return
  address line and the addressee's block in a frame, "Datum" and "Betreft" in a borderless
  table, the right-hand colophon column in a frame (the directorate's address, "Ons kenmerk",
  "Uw kenmerk", "Bijlage(n)"), on later pages the column again in the page header with "Datum"
  and "Ons kenmerk", the foot "Pagina 1 van 3" in every page's footer, a footnote, a list.
- ``kamerstuk_fodt()``: a letter as officielebekendmakingen.nl publishes it (a Kamerstuk "Brief
  van de minister"): the chamber's head, the dossier and number, then the text in two columns
  with automatic Dutch hyphenation, footnotes, the running head "Tweede Kamer, vergaderjaar
  2019–2020, 35 300 VII, nr. 12" with the page number on later pages, and the
  "kst-35300-VII-12 ISSN 0921 - 7371 ’s-Gravenhage 2020" foot on the first page.

The made PDFs are kept small in tests/fixtures/govmade (``python3 tests/ingest/govoffice.py``
makes them again; LibreOffice and the hyphen-nl dictionary are needed only for that). The text
is written here; the layouts follow the real ones. ``kamerbrief_html()`` and
``kamerstuk_html()`` are the same documents as a rijksoverheid.nl page and as
officielebekendmakingen.nl's HTML.
"""

from __future__ import annotations

import html
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from govdocs import bekendmaking_html

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "govmade"

MINISTRY = "Ministerie van Infrastructuur en Waterstaat"
BRIEF_DATE = "14 februari 2020"
BRIEF_SUBJECT = "Voortgang aanpak geluidshinder rond regionale luchthavens"
RETOUR = "> Retouradres Postbus 20901 2500 EX Den Haag"
ADDRESS = [
    "Aan de Voorzitter van de Tweede Kamer",
    "der Staten-Generaal",
    "Binnenhof 4",
    "2513 AA  DEN HAAG",
]
COLOPHON = [
    ("bold", "Directoraat-Generaal Luchtvaart en Maritieme Zaken"),
    ("", ""),
    ("", "Rijnstraat 8"),
    ("", "2515 XP  Den Haag"),
    ("", "Postbus 20901"),
    ("", "2500 EX  Den Haag"),
    ("", ""),
    ("", "T 070-456 0000"),
    ("", "F 070-456 1111"),
    ("", ""),
    ("label", "Ons kenmerk"),
    ("", "IENW/BSK-2020/28113"),
    ("", ""),
    ("label", "Uw kenmerk"),
    ("", "2019Z24517"),
    ("", ""),
    ("label", "Bijlage(n)"),
    ("", "2"),
]
# (kind, text): "p" a paragraph, "li" a list item; "^note^" marks where a footnote is cited.
BRIEF_BODY: list[tuple[str, str]] = [
    ("p", "Geachte voorzitter,"),
    ("p", "Tijdens het commissiedebat over de luchtvaart van 18 december 2019 heb ik toegezegd uw "
          "Kamer voor het voorjaar te informeren over de aanpak van geluidshinder rond de regionale "
          "luchthavens. Met deze brief doe ik die toezegging gestand. Ik ga in op de metingen die "
          "de provincies het afgelopen jaar hebben laten doen, op de afspraken met de luchthavens "
          "en op de vervolgstappen die ik dit jaar zet."),
    ("p", "Omwonenden van de luchthavens Eelde, Maastricht en Lelystad ervaren al jaren hinder van "
          "laagvliegende toestellen en van nachtvluchten. Het Rijksinstituut voor Volksgezondheid "
          "en Milieu heeft op mijn verzoek onderzocht hoe de gemeten geluidsbelasting zich "
          "verhoudt tot de berekende^De resultaten van het onderzoek zijn als bijlage 1 bij deze "
          "brief gevoegd.^. Uit dat onderzoek blijkt dat de berekeningen de hinder in de avond "
          "onderschatten, vooral bij oostenwind."),
    ("p", "Ik heb daarom met de provincies en de luchthavens de volgende afspraken gemaakt:"),
    ("li", "de luchthavens publiceren vanaf 1 april 2020 elke maand de gemeten geluidsniveaus;"),
    ("li", "de provincies stellen per luchthaven een klankbordgroep van omwonenden in;"),
    ("li", "er komt een onafhankelijke toets van de rekenmodellen, die voor de zomer is afgerond."),
    ("p", "Daarnaast wil ik de regels voor nachtvluchten aanscherpen. Op regionale luchthavens mag "
          "tussen 23.00 uur en 07.00 uur alleen nog worden gevlogen voor spoedeisend medisch "
          "vervoer, voor de politie en voor de krijgsmacht. Een ontwerp van de wijziging van het "
          "Besluit burgerluchthavens leg ik na de zomer voor aan uw Kamer, zodat de nieuwe regels "
          "op 1 januari 2021 kunnen ingaan."),
    ("p", "De luchthaven Lelystad vraagt bijzondere aandacht. Ik heb eerder besloten dat de "
          "luchthaven niet voor de herziening van het luchtruim wordt opengesteld voor groot "
          "handelsverkeer^Kamerstukken II 2018/19, 31 936, nr. 612.^. Aan dat besluit verandert "
          "deze brief niets. Wel zal ik met de provincie Flevoland bespreken hoe de laagvliegroutes "
          "boven Gelderland en Overijssel kunnen worden verlegd."),
    ("p", "De kosten van de metingen en van de klankbordgroepen worden gedragen door de luchthavens "
          "zelf. Voor de onafhankelijke toets van de rekenmodellen is in de begroting voor 2020 een "
          "bedrag van 1,2 miljoen euro gereserveerd. De provincies hebben laten weten dat zij de "
          "afspraken steunen en dat zij de uitvoering in hun eigen omgevingsbeleid zullen opnemen."),
    ("p", "Ik zal uw Kamer in het najaar opnieuw informeren over de uitkomsten van de toets en over "
          "de eerste resultaten van de maandelijkse metingen. Daarbij betrek ik ook de ervaringen "
          "van de klankbordgroepen en de reacties die ik van omwonenden heb ontvangen op de "
          "internetconsultatie die in maart begint."),
    ("p", "Hoogachtend,"),
    ("p", "DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT,"),
    ("p", "mr. drs. H.J. Dijkgraaf-Verhoeven"),
]
BRIEF_PAGES = 3

KST_IDENT = "kst-35300-VII-12"
KST_RUNNING = "Tweede Kamer, vergaderjaar 2019–2020, 35 300 VII, nr. 12"
KST_DOSSIER = ("35 300 VII", "Vaststelling van de begrotingsstaten van het Ministerie van Binnenlandse "
               "Zaken en Koninkrijksrelaties (VII) voor het jaar 2020")
KST_NR = ("Nr. 12", "BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES")
KST_TITLE = "Brief van de Minister van Binnenlandse Zaken en Koninkrijksrelaties"
KST_DATE = "4 november 2019"
KST_ADDRESSEE = "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal"
KST_BODY: list[str] = [
    "Op 12 september jongstleden heeft uw Kamer mij gevraagd hoe het staat met de "
    "informatiebeveiliging bij gemeenten en waterschappen. In deze brief geef ik daarop antwoord. "
    "Ik beschrijf de uitkomsten van de verantwoordingsronde over 2018, de maatregelen die "
    "gemeenten sindsdien hebben genomen en de ondersteuning die het Rijk biedt.",
    "Alle gemeenten hebben over 2018 verantwoording afgelegd over hun informatiebeveiliging^De "
    "verantwoording verloopt via de zogeheten ENSIA-systematiek, waarin gemeenten één keer per "
    "jaar rapporteren.^. Negentig procent van de gemeenten voldoet aan de basisnormen; bij de "
    "overige gemeenten ontbreekt vooral een actueel beveiligingsplan. De waterschappen scoren "
    "gemiddeld hoger, omdat zij hun automatisering grotendeels hebben ondergebracht bij een "
    "gezamenlijke uitvoeringsorganisatie.",
    "De afgelopen maanden is gebleken dat gijzelsoftware een groeiende bedreiging vormt voor "
    "decentrale overheden. In augustus werd een middelgrote gemeente in het oosten van het land "
    "getroffen, waardoor de dienstverlening aan inwoners ruim een week stillag. De gemeente heeft "
    "geen losgeld betaald en heeft de systemen met hulp van de Informatiebeveiligingsdienst "
    "hersteld. De schade wordt geraamd op enkele tonnen.",
    "Naar aanleiding van dit incident heb ik met de Vereniging van Nederlandse Gemeenten "
    "afgesproken dat alle gemeenten voor 1 juli 2020 een oefening houden waarin het uitvallen van "
    "de belangrijkste systemen wordt nagespeeld. De Informatiebeveiligingsdienst ontwikkelt "
    "daarvoor een draaiboek, dat gemeenten kosteloos kunnen gebruiken^Het draaiboek wordt in het "
    "eerste kwartaal van 2020 gepubliceerd.^.",
    "Daarnaast stel ik in 2020 eenmalig 3 miljoen euro beschikbaar voor kleine gemeenten die hun "
    "beveiligingsplan moeten vernieuwen. Gemeenten met minder dan twintigduizend inwoners kunnen "
    "een bijdrage aanvragen voor het inhuren van deskundigheid. De regeling wordt uitgevoerd door "
    "de Rijksdienst voor Ondernemend Nederland en staat open vanaf 1 februari 2020.",
    "Ten slotte merk ik op dat informatiebeveiliging niet alleen een zaak is van techniek, maar "
    "ook van bewustzijn bij medewerkers. Het merendeel van de geslaagde aanvallen begint met een "
    "valse e-mail die een medewerker opent. Ik moedig gemeenten en waterschappen daarom aan om "
    "hun medewerkers regelmatig te trainen en de resultaten van die trainingen in de "
    "verantwoording op te nemen. Over de voortgang bericht ik uw Kamer voor de zomer van 2020.",
    "In het bestuurlijk overleg met de koepels van gemeenten, provincies en waterschappen is "
    "verder afgesproken dat de informatiebeveiligingsdiensten van de drie bestuurslagen nauwer "
    "gaan samenwerken. Zij delen voortaan dreigingsinformatie binnen vierentwintig uur en stemmen "
    "hun adviezen aan aangesloten organisaties op elkaar af. Een gezamenlijke meldkamer is "
    "vooralsnog niet nodig; de bestaande voorzieningen worden eerst beter benut.",
    "Tot slot wijs ik op de verplichtingen die voortvloeien uit de Europese richtlijn over de "
    "beveiliging van netwerk- en informatiesystemen. Gemeenten die drinkwater, afvalverwerking of "
    "vervoer in eigen beheer uitvoeren, vallen mogelijk onder de meldplicht voor ernstige "
    "incidenten. Mijn ministerie inventariseert samen met de Vereniging van Nederlandse Gemeenten "
    "om welke gemeenten het gaat en welke ondersteuning zij daarbij nodig hebben. De uitkomst "
    "van die inventarisatie verwacht ik in het voorjaar.",
    "De Minister van Binnenlandse Zaken en Koninkrijksrelaties,",
    "K.H. Ollongren",
]

_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/"'
)
_FONT = '<style:font-face style:name="DejaVu Sans" svg:font-family="\'DejaVu Sans\'"/>'
_GRAPHIC = (  # a text box or shape placed on the page, text flowing past it untouched
    '<style:style style:name="box" style:family="graphic"><style:graphic-properties '
    'fo:border="none" fo:padding="0cm" style:wrap="run-through" style:run-through="foreground" '
    'style:vertical-pos="from-top" style:vertical-rel="page" style:horizontal-pos="from-left" '
    'style:horizontal-rel="page"/></style:style>'
    '<style:style style:name="band" style:family="graphic"><style:graphic-properties '
    'draw:fill="solid" draw:fill-color="#154273" draw:stroke="none" style:wrap="run-through" '
    'style:run-through="foreground" style:vertical-pos="from-top" style:vertical-rel="page" '
    'style:horizontal-pos="from-left" style:horizontal-rel="page"/></style:style>'
)


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _para_style(name: str, size: float, *, extra: str = "", text: str = "", parent: str = "") -> str:
    inherit = f' style:parent-style-name="{parent}"' if parent else ""
    return (
        f'<style:style style:name="{name}" style:family="paragraph"{inherit}>'
        f"<style:paragraph-properties {extra}/>"
        f'<style:text-properties fo:font-size="{size}pt" {text}/></style:style>'
    )


def _with_notes(text: str, first: int) -> tuple[str, int]:
    """A paragraph's text as ODF, each "^note^" a footnote numbered from ``first``."""
    pieces = text.split("^")
    out = [_esc(pieces[0])]
    n = first
    for i in range(1, len(pieces), 2):
        out.append(
            f'<text:note text:id="ftn{n}" text:note-class="footnote"><text:note-citation>{n}'
            f'</text:note-citation><text:note-body><text:p text:style-name="Note">'
            f"{_esc(pieces[i])}</text:p></text:note-body></text:note>"
        )
        out.append(_esc(pieces[i + 1]) if i + 1 < len(pieces) else "")
        n += 1
    return "".join(out), n


def _document(title: str, created: str, styles: str, automatic: str, masters: str, body: str) -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {_NS} office:version="1.3" '
        'office:mimetype="application/vnd.oasis.opendocument.text">'
        f"<office:meta><dc:title>{_esc(title)}</dc:title>"
        f"<meta:creation-date>{created}</meta:creation-date></office:meta>"
        f"<office:font-face-decls>{_FONT}</office:font-face-decls>"
        '<office:styles><style:default-style style:family="paragraph"><style:text-properties '
        'style:font-name="DejaVu Sans" fo:font-size="9pt" fo:language="nl" fo:country="NL"/>'
        f"</style:default-style>{styles}</office:styles>"
        f"<office:automatic-styles>{automatic}</office:automatic-styles>"
        f"<office:master-styles>{masters}</office:master-styles>"
        f"<office:body><office:text>{body}</office:text></office:body></office:document>\n"
    )


def _page_layout(name: str, top: float, bottom: float, left: float, right: float, extra: str = "") -> str:
    return (
        f'<style:page-layout style:name="{name}"><style:page-layout-properties fo:page-width="21cm" '
        f'fo:page-height="29.7cm" fo:margin-top="{top}cm" fo:margin-bottom="{bottom}cm" '
        f'fo:margin-left="{left}cm" fo:margin-right="{right}cm" {extra}/>'
        '<style:header-style><style:header-footer-properties fo:min-height="0cm" '
        'fo:margin-bottom="0.4cm"/></style:header-style>'
        '<style:footer-style><style:header-footer-properties fo:min-height="0cm" '
        'fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>'
    )


def _frame(name: str, x: float, y: float, width: float, paras: str, page: int = 1) -> str:
    return (
        f'<draw:frame draw:style-name="box" draw:name="{name}" text:anchor-type="page" '
        f'text:anchor-page-number="{page}" svg:x="{x}cm" svg:y="{y}cm" svg:width="{width}cm" '
        f'draw:z-index="0"><draw:text-box fo:min-height="0.5cm">{paras}</draw:text-box></draw:frame>'
    )


_BODY_RIGHT = ""  # the page's right margin holds the colophon column
_BRIEF_STYLES = "".join([
    _para_style("Body", 9, extra=f'{_BODY_RIGHT} fo:line-height="13.5pt" fo:margin-bottom="13.5pt"'),
    _para_style("Item", 9, extra=f'{_BODY_RIGHT} fo:margin-left="0.6cm" fo:text-indent="-0.6cm" '
                'fo:line-height="13.5pt" fo:margin-bottom="0cm"'),
    _para_style("Note", 7, extra=f'{_BODY_RIGHT} fo:line-height="9pt"'),
    _para_style("Small", 6.5, extra='fo:line-height="9pt"'),
    _para_style("Label", 6.5, extra='fo:line-height="9pt"', text='fo:font-weight="bold"'),
    _para_style("Return", 6, extra='fo:line-height="9pt" fo:margin-bottom="4pt"'),
    _para_style("Address", 9, extra='fo:line-height="13.5pt"'),
    _para_style("Logo", 9.5, extra='fo:line-height="12pt"'),
    _para_style("Side", 6.5, extra='fo:line-height="9pt"'),
    _para_style("SideLabel", 6.5, extra='fo:line-height="9pt"', text='fo:font-weight="bold"'),
    '<text:list-style style:name="Bullets"><text:list-level-style-bullet text:level="1" '
    'text:bullet-char="•"><style:list-level-properties '
    'text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment '
    'text:label-followed-by="listtab" text:list-tab-stop-position="0.6cm"/></style:list-level-properties></text:list-level-style-bullet>'
    "</text:list-style>",
    _GRAPHIC,
])  # fmt: skip


def _side_frame(name: str, y: float, paras: str) -> str:
    """A header's or footer's paragraph holding a text box in the colophon column."""
    return (
        f'<text:p text:style-name="Small"><draw:frame draw:style-name="box" draw:name="{name}" '
        f'text:anchor-type="paragraph" svg:x="15.5cm" svg:y="{y}cm" svg:width="4.6cm" '
        f'draw:z-index="2"><draw:text-box fo:min-height="0.3cm">{paras}</draw:text-box>'
        "</draw:frame></text:p>"
    )


def _colophon() -> str:
    style = {"bold": "Label", "label": "Label", "": "Small"}
    return "".join(f'<text:p text:style-name="{style[k]}">{_esc(t)}</text:p>' for k, t in COLOPHON)


def _brief_table() -> str:
    rows = "".join(
        f'<table:table-row><table:table-cell><text:p text:style-name="Small">{label}</text:p>'
        f'</table:table-cell><table:table-cell><text:p text:style-name="Address">{_esc(value)}'
        "</text:p></table:table-cell></table:table-row>"
        for label, value in (("Datum", BRIEF_DATE), ("Betreft", BRIEF_SUBJECT))
    )
    return (
        '<table:table table:name="Kenmerken" table:style-name="Tab">'
        '<table:table-column table:style-name="TabA"/><table:table-column table:style-name="TabB"/>'
        f"{rows}</table:table>"
    )


def _brief_body() -> str:
    out: list[str] = []
    note = 1
    items: list[str] = []
    for kind, text in [*BRIEF_BODY, ("end", "")]:
        if kind != "li" and items:
            out.append(f'<text:list text:style-name="Bullets">{"".join(items)}</text:list>')
            out.append('<text:p text:style-name="Body"/>')
            items = []
        if kind == "end":
            break
        body, note = _with_notes(text, note)
        if kind == "li":
            items.append(f'<text:list-item><text:p text:style-name="Item">{body}</text:p></text:list-item>')
        else:
            out.append(f'<text:p text:style-name="Body">{body}</text:p>')
    return "".join(out)


def kamerbrief_fodt() -> str:
    """The house-style letter as flat OpenDocument (see the module docstring)."""
    automatic = "".join([
        _page_layout("PFirst", 7.6, 1.0, 2.2, 6.8),
        _page_layout("PNext", 1.0, 1.0, 2.2, 6.8),
        '<style:style style:name="Tab" style:family="table"><style:table-properties '
        'style:width="12cm" table:align="left" fo:margin-bottom="0.8cm"/></style:style>',
        '<style:style style:name="TabA" style:family="table-column"><style:table-column-properties '
        'style:column-width="2.2cm"/></style:style>',
        '<style:style style:name="TabB" style:family="table-column"><style:table-column-properties '
        'style:column-width="9.8cm"/></style:style>',
        '<style:style style:name="Start" style:family="paragraph" style:parent-style-name="Body" '
        'style:master-page-name="First"/>',
    ])  # fmt: skip
    page_foot = _side_frame("Paginering", 28.2, (
        '<text:p text:style-name="Side">Pagina <text:page-number text:select-page="current">1'
        "</text:page-number> van <text:page-count>3</text:page-count></text:p>"
    ))
    later = _side_frame("Kolom", 1.0, "".join(
        f'<text:p text:style-name="{s}">{_esc(t)}</text:p>'
        for s, t in (("SideLabel", "Directoraat-Generaal Luchtvaart en Maritieme Zaken"), ("Side", ""),
                     ("SideLabel", "Datum"), ("Side", BRIEF_DATE), ("Side", ""),
                     ("SideLabel", "Ons kenmerk"), ("Side", "IENW/BSK-2020/28113"))
    ))  # fmt: skip
    masters = (
        '<style:master-page style:name="First" style:page-layout-name="PFirst" '
        f'style:next-style-name="Next"><style:footer>{page_foot}</style:footer></style:master-page>'
        '<style:master-page style:name="Next" style:page-layout-name="PNext">'
        f"<style:header>{later}</style:header><style:footer>{page_foot}</style:footer>"
        "</style:master-page>"
    )
    logo = (
        '<draw:rect draw:style-name="band" text:anchor-type="page" text:anchor-page-number="1" '
        'svg:x="10.1cm" svg:y="0cm" svg:width="0.8cm" svg:height="2.6cm" draw:z-index="1"/>'
        + _frame("Logo", 11.1, 1.3, 6.5, "".join(
            f'<text:p text:style-name="Logo">{_esc(t)}</text:p>'
            for t in ("Ministerie van Infrastructuur", "en Waterstaat")))
    )  # fmt: skip
    address = _frame(
        "Adres", 2.2, 4.3, 9.0,
        f'<text:p text:style-name="Return">{_esc(RETOUR)}</text:p>'
        + "".join(f'<text:p text:style-name="Address">{_esc(t)}</text:p>' for t in ADDRESS),
    )  # fmt: skip
    body = (
        logo + address + _frame("Colofon", 15.5, 4.3, 4.6, _colophon())
        + '<text:p text:style-name="Start"/>' + _brief_table() + _brief_body()
    )
    name = f"{MINISTRY} - {BRIEF_SUBJECT}"
    return _document(name, "2020-02-14T11:02:00", _BRIEF_STYLES, automatic, masters, body)


_KST_STYLES = "".join([
    _para_style("Chamber", 14, extra='fo:line-height="18pt"', text='fo:font-weight="bold"'),
    _para_style("Session", 9, extra='fo:line-height="12pt" fo:margin-bottom="0.9cm"'),
    _para_style("Head", 9, extra='fo:line-height="12pt" fo:margin-bottom="0.3cm"'),
    _para_style("Body", 10, extra='fo:text-align="justify" fo:line-height="14pt" fo:margin-bottom="8pt" '
                'fo:hyphenation-ladder-count="no-limit"',
                text='fo:hyphenate="true" fo:hyphenation-remain-char-count="3" '
                     'fo:hyphenation-push-char-count="3" fo:language="nl" fo:country="NL"'),
    _para_style("Note", 7, extra='fo:line-height="9pt"'),
    _para_style("Foot", 6.5, extra='fo:line-height="8pt"'),
    _para_style("Running", 7, extra='fo:line-height="9pt"', text='fo:font-style="italic"'),
])  # fmt: skip


def kamerstuk_fodt() -> str:
    """The Kamerstuk letter as flat OpenDocument (see the module docstring)."""
    automatic = "".join([
        _page_layout("KFirst", 1.8, 1.2, 2.3, 2.3),
        _page_layout("KNext", 1.2, 1.2, 2.3, 2.3),
        '<style:style style:name="KStart" style:family="paragraph" style:parent-style-name="Chamber" '
        'style:master-page-name="KFirst"/>',
        '<style:style style:name="Cols" style:family="section"><style:section-properties>'
        '<style:columns fo:column-count="2" fo:column-gap="0.7cm"/></style:section-properties>'
        "</style:style>",
        '<style:style style:name="KTab" style:family="table"><style:table-properties '
        'style:width="16.4cm" table:align="left" fo:margin-bottom="0.3cm"/></style:style>',
        '<style:style style:name="KTabA" style:family="table-column"><style:table-column-properties '
        'style:column-width="2.6cm"/></style:style>',
        '<style:style style:name="KTabB" style:family="table-column"><style:table-column-properties '
        'style:column-width="13.8cm"/></style:style>',
    ])  # fmt: skip
    number = '<text:page-number text:select-page="current">1</text:page-number>'
    first_foot = (
        "".join(f'<text:p text:style-name="Foot">{_esc(t)}</text:p>'
                for t in (KST_IDENT, "ISSN 0921 - 7371", "’s-Gravenhage 2019"))
        + f'<text:p text:style-name="Running">{_esc(KST_RUNNING)} {number}</text:p>'
    )  # fmt: skip
    masters = (
        '<style:master-page style:name="KFirst" style:page-layout-name="KFirst" '
        f'style:next-style-name="KNext"><style:footer>{first_foot}</style:footer></style:master-page>'
        '<style:master-page style:name="KNext" style:page-layout-name="KNext"><style:header>'
        f'<text:p text:style-name="Running">{_esc(KST_RUNNING)} {number}</text:p></style:header>'
        "</style:master-page>"
    )
    rows = "".join(
        f'<table:table-row><table:table-cell><text:p text:style-name="Head">{_esc(a)}</text:p>'
        f'</table:table-cell><table:table-cell><text:p text:style-name="Head">{_esc(b)}</text:p>'
        "</table:table-cell></table:table-row>"
        for a, b in (KST_DOSSIER, KST_NR)
    )
    head = (
        '<text:p text:style-name="KStart">Tweede Kamer der Staten-Generaal</text:p>'
        '<text:p text:style-name="Session">Vergaderjaar 2019–2020</text:p>'
        '<table:table table:name="Dossier" table:style-name="KTab"><table:table-column '
        f'table:style-name="KTabA"/><table:table-column table:style-name="KTabB"/>{rows}</table:table>'
        f'<text:p text:style-name="Head">{_esc(KST_ADDRESSEE)}</text:p>'
        f'<text:p text:style-name="Head">Den Haag, {KST_DATE}</text:p>'
    )
    paras, note = [], 1
    for text in KST_BODY:
        body, note = _with_notes(text, note)
        paras.append(f'<text:p text:style-name="Body">{body}</text:p>')
    body = head + f'<text:section text:style-name="Cols" text:name="Tekst">{"".join(paras)}</text:section>'
    return _document(KST_IDENT, "2019-11-05T08:30:00", _KST_STYLES, automatic, masters, body)


def _html_notes(text: str, first: int, notes: list[str]) -> tuple[str, int]:
    """A paragraph as HTML, each "^note^" a linked raised number; the notes go to ``notes``."""
    pieces = text.split("^")
    out = [_esc(pieces[0])]
    n = first
    for i in range(1, len(pieces), 2):
        out.append(f'<sup><a class="nootnum" id="ref-n{n}" href="#n{n}">{n}</a></sup>')
        notes.append(
            f'<div class="voet noot" id="n{n}"><p><sup><a href="#ref-n{n}">{n}</a></sup> '
            f"{_esc(pieces[i])}</p></div>"
        )
        out.append(_esc(pieces[i + 1]) if i + 1 < len(pieces) else "")
        n += 1
    return "".join(out), n


def kamerstuk_html() -> str:
    """The Kamerstuk letter as officielebekendmakingen.nl serves it (notes after the text)."""
    notes: list[str] = []
    paras, n = [], 1
    for text in KST_BODY[:-2]:
        body, n = _html_notes(text, n, notes)
        paras.append(f'      <p class="tekst">{body}</p>')
    sign = "\n".join(f'      <p class="ondertekening">{_esc(t)}</p>' for t in KST_BODY[-2:])
    meta = {"DC.title": f"{_esc(KST_DOSSIER[1])}; Brief regering; {KST_TITLE}", "DC.identifier": KST_IDENT,
            "DC.creator": "Tweede Kamer der Staten-Generaal", "DC.type": "Kamerstuk", "DCTERMS.issued": "2019-11-05"}
    stuk = f"""      <p class="kamer">Tweede Kamer der Staten-Generaal</p>
      <p class="vergaderjaar">Vergaderjaar 2019–2020</p>
      <div class="dossiertitel"><p>{KST_DOSSIER[0]} {_esc(KST_DOSSIER[1])}</p></div>
      <div class="stuktitel"><p>{KST_NR[0]} {KST_NR[1]}</p></div>
      <p class="aanhef">{_esc(KST_ADDRESSEE)}</p>
      <p class="plaats-datum">Den Haag, {KST_DATE}</p>
{chr(10).join(paras)}
{sign}
      <div class="noten">
        {"".join(notes)}
      </div>"""
    return bekendmaking_html("Kamerstuk 35300-VII, nr. 12 | Overheid.nl &gt; Officiële bekendmakingen", meta, stuk,
                             breadcrumb="Kamerstuk 35300-VII, nr. 12", published="5 november 2019")


def kamerbrief_html() -> str:
    """The house-style letter as a ministry's web page (rijksoverheid.nl): the letter's text
    under the page's kind and day, the same notes after it, menus and links around."""
    notes: list[str] = []
    parts, n, items = [], 1, []
    for kind, text in [*BRIEF_BODY, ("end", "")]:
        if kind != "li" and items:
            parts.append(f"<ul>{''.join(items)}</ul>")
            items = []
        if kind == "end":
            break
        body, n = _html_notes(text, n, notes)
        if kind == "li":
            items.append(f"<li>{body}</li>")
        else:
            parts.append(f"<p>{body}</p>")
    return f"""<!DOCTYPE html>
<html lang="nl">
<head>
  <meta charset="utf-8">
  <title>{_esc(BRIEF_SUBJECT)} | Kamerstuk | Rijksoverheid.nl</title>
  <meta name="DCTERMS.identifier" content="https://www.rijksoverheid.nl/documenten/kamerstukken/2020/02/14/geluidshinder">
  <meta name="DCTERMS.type" content="kamerstuk">
</head>
<body>
  <header><a href="/">Rijksoverheid</a><nav><a href="/onderwerpen">Onderwerpen</a> <a href="/ministeries">Ministeries</a> <a href="/documenten">Documenten</a> <a href="/actueel">Actueel</a></nav></header>
  <div class="breadcrumb"><a href="/">Home</a> › <a href="/documenten">Documenten</a> › Kamerstuk</div>
  <main id="content">
    <div class="article content">
      <h1>{_esc(BRIEF_SUBJECT)}</h1>
      <p class="article-meta">Kamerstuk: Kamerbrief | 14-02-2020</p>
      {"".join(parts)}
      <div class="noten">{"".join(notes)}</div>
    </div>
    <div class="download"><a href="/binaries/kamerbrief.pdf">Kamerbrief over geluidshinder (PDF | 2 pagina's | 104 kB)</a></div>
  </main>
  <footer><p>Rijksoverheid.nl is de website van de Nederlandse rijksoverheid.</p><a href="/privacy">Privacy</a> <a href="/toegankelijkheid">Toegankelijkheid</a></footer>
</body>
</html>
"""


WORD_TITLE = "Microsoft Word - 20200214 Kamerbrief geluidshinder.docx"
# LibreOffice's PDF export as Word's "Save as PDF" sets it: a tagged PDF (structure tree, marked
# content, the document's language), bookmarks from headings.
_WORD_EXPORT = ('pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"},'
                '"ExportBookmarks":{"type":"boolean","value":"true"}}')


def kamerbrief_word_fodt() -> str:
    """The house-style letter as Word saves it as PDF: the file's title is Word's label for an
    untitled document ("Microsoft Word - <file>.docx") and the list bullets are Word's Symbol
    bullet (U+F0B7, the private-use code Word's PDFs carry for "•")."""
    fodt = kamerbrief_fodt().replace(
        f"<dc:title>{_esc(f'{MINISTRY} - {BRIEF_SUBJECT}')}</dc:title>", f"<dc:title>{_esc(WORD_TITLE)}</dc:title>"
    )
    return fodt.replace('text:bullet-char="•"', 'text:bullet-char="\uf0b7"')


def _convert(fodt: str, out: Path, export: str = "pdf:writer_pdf_Export") -> None:
    """Have LibreOffice turn a flat OpenDocument into a PDF at ``out``."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("LibreOffice (soffice) is needed to make the PDFs")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"{out.stem}.fodt"
        src.write_text(fodt, encoding="utf-8")
        profile = Path(tmp) / "profile"
        subprocess.run(
            [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
             export, "--outdir", tmp, str(src)],
            check=True, capture_output=True, timeout=180,
        )  # fmt: skip
        shutil.copyfile(Path(tmp) / f"{out.stem}.pdf", out)


def scanned(pdf: Path, out: Path) -> None:
    """Print a PDF, scan it and OCR it, as a letter that came in on paper: each page rendered at
    200 dpi in grey, turned a little (0.7 and -0.5 degrees), blurred, with specks; then Tesseract
    (Dutch) writes its text layer as a PDF. Only the text layer is kept (``textonly_pdf``): the
    reader never looks at the image, and the fixture stays small."""
    import random

    from PIL import Image, ImageFilter

    random.seed(7)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", str(pdf), str(folder / "p")],
                       check=True, timeout=120)  # fmt: skip
        pages = sorted(folder.glob("p-*.png"))
        for n, page in enumerate(pages):
            image = Image.open(page).convert("L")
            image = image.rotate((0.7, -0.5)[n % 2], resample=Image.BICUBIC, fillcolor=255)
            image = image.filter(ImageFilter.GaussianBlur(0.6))
            pixels = image.load()
            for _ in range(image.width * image.height // 20000):
                pixels[random.randrange(image.width), random.randrange(image.height)] = 0
            image.save(folder / f"s-{n}.png", dpi=(200, 200))
        listing = folder / "pages.txt"
        listing.write_text("\n".join(str(folder / f"s-{n}.png") for n in range(len(pages))) + "\n")
        subprocess.run(["tesseract", str(listing), str(folder / "ocr"), "-l", "nld", "-c",
                        "textonly_pdf=1", "pdf"], check=True, capture_output=True, timeout=600)  # fmt: skip
        shutil.copyfile(folder / "ocr.pdf", out)


MADE = {"kamerbrief-lo.pdf": kamerbrief_fodt, "kamerstuk-2col.pdf": kamerstuk_fodt}
SCANNED = {"kamerbrief-ocr.pdf": "kamerbrief-lo.pdf"}


def make(names: list[str] | None = None) -> None:
    """Make the PDFs of tests/fixtures/govmade again (LibreOffice; poppler, Pillow and
    Tesseract with its Dutch data for the scanned one)."""
    FIXTURES.mkdir(parents=True, exist_ok=True)
    for name, build in MADE.items():
        if not names or name in names:
            _convert(build(), FIXTURES / name)
            print(FIXTURES / name)
    if not names or "kamerbrief-word.pdf" in names:
        _convert(kamerbrief_word_fodt(), FIXTURES / "kamerbrief-word.pdf", _WORD_EXPORT)
        print(FIXTURES / "kamerbrief-word.pdf")
    for name, source in SCANNED.items():
        if not names or name in names:
            scanned(FIXTURES / source, FIXTURES / name)
            print(FIXTURES / name)


if __name__ == "__main__":
    make(sys.argv[1:])
