"""A Handelingen item (the plenary minutes of the Tweede Kamer) as officielebekendmakingen.nl
serves it: the page's DC metadata, the ``#broodtekst`` element with the meeting's header, the
agenda item's title, and one ``div.spreekbeurt`` per turn whose first paragraph names the speaker
("De heer <strong>Veldhoen</strong> (CDA):", "Minister <strong>Brouwers</strong>:", "De
<strong>voorzitter</strong>:"), with interruptions by other members during a speech and a stage
direction ("(Geroffel op de bankjes)").

The debate is invented and written for these tests (names, words and figures); its layout follows
the real pages. TURNS lists the turns as the reader should give them.
"""

from __future__ import annotations

import html

IDENT = "h-tk-20212022-51-7"
TITLE = "Openbaar vervoer in de regio"
MEETING = "51e vergadering"
DAY = "2022-02-17"  # "donderdag 17 februari 2022"

# (label as printed, surname, party, role, paragraphs of the turn)
TURNS: list[tuple[str, str, str | None, str, list[str]]] = [
    ("De voorzitter", "", None, "voorzitter", [
        "Aan de orde is het debat over het openbaar vervoer in de regio. Ik geef als eerste het "
        "woord aan de heer Veldhoen namens het CDA.",
    ]),
    ("De heer Veldhoen (CDA)", "Veldhoen", "CDA", "lid", [
        "Voorzitter. In grote delen van het land rijdt na acht uur 's avonds geen bus meer. Wie "
        "geen auto heeft, zit in het weekend thuis. Dat is geen klein ongemak, dat is een gat in "
        "de verzorgingsstaat.",
        "Mijn fractie vraagt de minister om voor de zomer met de provincies een ondergrens af te "
        "spreken: elk dorp met meer dan duizend inwoners houdt ten minste elk uur een verbinding.",
    ]),
    ("Mevrouw Bakkal-Smit (SP)", "Bakkal-Smit", "SP", "lid", [
        "Ik hoor de heer Veldhoen mooie woorden spreken, maar zijn partij stemde vorig jaar tegen "
        "ons voorstel om de bezuiniging op de streekbussen terug te draaien. Hoe rijmt hij dat?",
    ]),
    ("De heer Veldhoen (CDA)", "Veldhoen", "CDA", "lid", [
        "Dat voorstel werd betaald uit het potje voor onderhoud van de spoorwegen. Wij willen de "
        "bus niet redden door het spoor te laten verslonzen.",
    ]),
    ("Mevrouw Bakkal-Smit (SP)", "Bakkal-Smit", "SP", "lid", [
        "Dan verwacht ik volgende week een eigen voorstel van het CDA, met een dekking die wel "
        "deugt.",
    ]),
    ("De voorzitter", "", None, "voorzitter", [
        "Gaat u verder, meneer Veldhoen.",
    ]),
    ("De heer Veldhoen (CDA)", "Veldhoen", "CDA", "lid", [
        "Dat voorstel komt er. Ik rond af, voorzitter. De regio verdient dezelfde kansen als de "
        "Randstad.",
        "(Geroffel op de bankjes)",
    ]),
    ("De voorzitter", "", None, "voorzitter", [
        "Dank u wel. Dan geef ik nu het woord aan de minister van Infrastructuur en Waterstaat.",
    ]),
    ("Minister Brouwers", "Brouwers", None, "minister", [
        "Voorzitter. Ik dank de leden voor hun inbreng. Ik deel de zorg over de dorpen waar de "
        "laatste bus al om half acht vertrekt.",
        "Een vaste ondergrens kan ik niet beloven, want de provincies gaan over de concessies. Wel "
        "ga ik dit voorjaar met hen in gesprek over een gezamenlijke norm.",
    ]),
    ("De heer Veldhoen (CDA)", "Veldhoen", "CDA", "lid", [
        "Wanneer hoort de Kamer wat dat gesprek heeft opgeleverd?",
    ]),
    ("Minister Brouwers", "Brouwers", None, "minister", [
        "Voor de zomer stuur ik de Kamer een brief over de uitkomst.",
    ]),
]
# The turns during another's speech: (index in TURNS, whom it interrupts)
INTERRUPTIONS = {2: "Veldhoen", 4: "Veldhoen", 9: "Brouwers"}


def _label(label: str, name: str) -> str:
    """The label as the page prints it: the surname (or "voorzitter") in bold."""
    word = name or "voorzitter"
    return html.escape(label).replace(word, f'<strong class="vet">{word}</strong>', 1) + ":"


def _turn(label: str, name: str, paras: list[str]) -> str:
    body = "".join(
        f'<p class="italic">{html.escape(p)}</p>' if p.startswith("(") else f"<p>{html.escape(p)}</p>"
        for p in paras
    )
    spoken = name or "voorzitter"
    return (
        f'<div class="spreekbeurt"><!--vlos:spreker {spoken} onderdrukt-->'
        f'<div class="alineagroep"><p>{_label(label, name)}</p>{body}</div></div>'
    )


def handelingen_html() -> str:
    """The item's page on officielebekendmakingen.nl."""
    turns = "\n".join(_turn(label, name, paras) for label, name, _p, _r, paras in TURNS)
    return f"""<!DOCTYPE html>
<html lang="nl">
<head>
  <meta charset="utf-8">
  <title>{TITLE} | Overheid.nl &gt; Officiële bekendmakingen</title>
  <meta name="DC.identifier" content="{IDENT}">
  <meta name="DC.type" content="Handelingen">
  <meta name="DC.creator" content="Tweede Kamer der Staten-Generaal">
  <meta name="DC.title" content="{TITLE}">
  <meta name="OVERHEIDop.datumVergadering" content="{DAY}">
  <meta name="DCTERMS.available" content="2022-02-22">
</head>
<body>
  <header><a href="/">Officiële bekendmakingen</a> <a href="/zoeken">Zoeken</a></header>
  <main>
    <div class="downloads"><a href="/{IDENT}.pdf">PDF (120 kB)</a> <a href="/{IDENT}.xml">XML</a></div>
    <div id="broodtekst" class="broodtekst">
      <div class="kop">
        <p>Tweede Kamer der Staten-Generaal</p>
        <p>Vergaderjaar 2021–2022</p>
        <p>{MEETING}, donderdag 17 februari 2022</p>
      </div>
      <h1>{TITLE}</h1>
      {turns}
    </div>
  </main>
  <footer><p>Dit is een officiële publicatie.</p></footer>
</body>
</html>
"""


# The XML form (officielebekendmakingen.nl's "<identifier>.xml"): the publication's metadata, then
# one <spreekbeurt> per turn, its <spreker> in parts (voorvoegsels, achternaam, politiek, functie)
# and its <tekst> of <al> paragraphs; a turn during another's speech inside <interrumpant>.
OFFICE = "minister van Infrastructuur en Waterstaat"


def _xml_speaker(label: str, name: str, party: str | None, role: str) -> str:
    if role == "voorzitter":
        return "<voorvoegsels>De</voorvoegsels><naam><achternaam>voorzitter</achternaam></naam>"
    prefix = label.split(name)[0].strip()
    extra = f"<politiek>{html.escape(party)}</politiek>" if party else f"<functie>{OFFICE}</functie>"
    return f"<voorvoegsels>{prefix}</voorvoegsels><naam><achternaam>{name}</achternaam></naam>{extra}"


def _xml_turn(k: int, label: str, name: str, party: str | None, role: str, paras: list[str]) -> str:
    als = "".join(f"<al>{html.escape(p)}</al>" for p in paras)
    turn = (f'<spreekbeurt nieuw="ja"><spreker>{_xml_speaker(label, name, party, role)}</spreker>'
            f'<tekst status="goed">{als}</tekst></spreekbeurt>')  # fmt: skip
    return f"<interrumpant>{turn}</interrumpant>" if k in INTERRUPTIONS else turn


def handelingen_xml() -> bytes:
    """The item as officielebekendmakingen.nl serves its XML."""
    turns = "\n".join(_xml_turn(k, *t) for k, t in enumerate(TURNS))
    meta = {"DC.identifier": IDENT, "DC.type": "Handelingen", "DC.creator": "Tweede Kamer der Staten-Generaal",
            "DC.title": TITLE, "OVERHEIDop.datumVergadering": DAY, "OVERHEIDop.vergadernummer": MEETING.split("e")[0],
            "OVERHEIDop.vergaderjaar": "2021-2022",
            "DCTERMS.available": "2022-02-22"}  # fmt: skip
    metas = "".join(f'<meta name="{k}" scheme="" content="{v}"/>' for k, v in meta.items())
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<officiele-publicatie xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<metadata>{metas}</metadata>
<handelingen>
<agendapunt>
<item-titel>{TITLE}</item-titel>
{turns}
</agendapunt>
</handelingen>
</officiele-publicatie>
""".encode()
