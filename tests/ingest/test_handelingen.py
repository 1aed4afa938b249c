"""The Handelingen (plenary minutes) read as turns: the page as officielebekendmakingen.nl serves
it (tests/ingest/govdebate.py, an invented debate) and the two-column PDF (tests/ingest/govdocs.py)
give the meeting, its day and the item's title from the header, and every turn with its speaker
(name, party, role) and the speaker it interrupts; the quote finder makes each turn a quote
with that speaker. The sentences here are written for these tests."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

import pytest

from kroniek.extract.quotes.component import find_quotes
from kroniek.ingest.handelingen import PART_CHARS, find_turns, split_meeting
from kroniek.model import Document

sys.path.insert(0, str(Path(__file__).resolve().parent))
import govdebate  # noqa: E402
import govdocs  # noqa: E402


@cache
def _read(name: str) -> Document:
    if name.endswith(".html"):
        data = govdebate.handelingen_html().encode("utf-8")
    elif name.endswith(".xml"):
        data = govdebate.handelingen_xml()
    else:
        data = govdocs.handelingen()
    (doc,) = govdocs.read_items(name, data)
    assert isinstance(doc, Document), doc
    return doc


def test_handelingen_page_header_meeting_day_title() -> None:
    doc = _read("h-tk.html")
    assert doc.title == govdebate.TITLE
    assert doc.published is not None
    assert (doc.published.value, doc.published.source) == (govdebate.DAY, "text")
    assert doc.meta["kind"] == "handelingen"
    assert doc.meta["identifier"] == govdebate.IDENT
    assert doc.meta["header"]["meeting"] == govdebate.MEETING
    assert doc.text.startswith("De voorzitter:\n\nAan de orde is")  # no meeting line, no title
    assert govdebate.TITLE not in doc.text.split("\n\n")


def test_handelingen_page_turns_with_speakers_and_interruptions() -> None:
    doc = _read("h-tk.html")
    turns = doc.meta["turns"]
    assert [(t["label"], t["name"], t["party"], t["role"]) for t in turns] == [
        (label, name or None, party, role) for label, name, party, role, _ in govdebate.TURNS
    ]
    assert {k: t["interrupts"] for k, t in enumerate(turns) if "interrupts" in t} == govdebate.INTERRUPTIONS
    # the chair gave the floor to the minister by office: both the minister's turns hold it
    assert {k: t["office"] for k, t in enumerate(turns) if "office" in t} == {
        8: "minister van Infrastructuur en Waterstaat", 10: "minister van Infrastructuur en Waterstaat"}
    for turn, (_l, name, _p, _r, paras) in zip(turns, govdebate.TURNS, strict=True):
        spoken = [p for p in paras if not p.startswith("(")]  # the stage direction is no one's
        words = doc.text[turn["start"] : turn["end"]]
        assert words.startswith(spoken[0][:30]) and words.endswith(spoken[-1][-20:])
        assert doc.text[turn["speaker_start"] : turn["speaker_end"]] == (name or "voorzitter")


def test_handelingen_page_end_to_end_quotes_with_speakers() -> None:
    """ingest -> quotes: one quote per spoken paragraph of a turn, its speaker the name in the
    turn's label; an interruption is its own quote."""
    doc = _read("h-tk.html")
    quotes = [q for q in find_quotes(doc) if q.cue == "turn"]
    said = [(doc.text[q.speaker_start : q.speaker_end], doc.text[q.start : q.end].replace("’", "'")) for q in quotes
            if q.speaker_start is not None and q.speaker_end is not None]  # fmt: skip
    spoken = [(name or "voorzitter", p) for _l, name, _p, _r, paras in govdebate.TURNS for p in paras
              if not p.startswith("(")]  # fmt: skip
    assert said == spoken
    assert said[3] == ("Bakkal-Smit", govdebate.TURNS[2][4][0])  # the interruption, a quote of its own
    assert not any("Geroffel" in words for _s, words in said)


@pytest.mark.parametrize("name", ["h-tk.html", "h-tk.xml"])
def test_handelingen_quotes_keep_speaker_and_party(name: str) -> None:
    """Every part of a turn is a quote of the same speaker: its span lies inside the turn."""
    doc = _read(name)
    for turn in doc.meta["turns"]:
        assert turn["parts"][0][0] == turn["start"] and turn["parts"][-1][1] == turn["end"]
        assert all(turn["start"] <= s < e <= turn["end"] for s, e in turn["parts"])


def test_handelingen_xml_reads_as_the_page() -> None:
    """The XML form gives the page's title, day, body and turns; its <functie> gives the office
    and its <interrumpant> the interruptions (the same the page's order gives)."""
    page, xml = _read("h-tk.html"), _read("h-tk.xml")
    assert (xml.title, xml.published, xml.text) == (page.title, page.published, page.text)
    assert xml.meta["kind"] == "handelingen" and xml.meta["identifier"] == govdebate.IDENT
    assert xml.meta["header"] == page.meta["header"]
    assert xml.meta["turns"] == page.meta["turns"]
    assert xml.meta["turns"][8]["office"] == govdebate.OFFICE


def test_handelingen_pdf_turns() -> None:
    doc = _read("h-tk.pdf")
    turns = doc.meta["turns"]
    assert [(t["name"], t["party"], t["role"]) for t in turns] == [
        (None, None, "voorzitter"), ("Van der Graaf", "ChristenUnie", "lid"), (None, None, "voorzitter"),
        ("Bijleveld-Schouten", None, "minister"), (None, None, "voorzitter"),
    ]  # fmt: skip
    assert turns[3]["office"] == "minister van Defensie"
    last = doc.text[turns[-1]["start"] : turns[-1]["end"]]
    assert "geschorst" not in last  # the minutes' own voice is no one's turn


# ---------------------------------------------------------------- the rules, on sentences written here

DEBATE = "\n\n".join([
    "De voorzitter:",
    "Ik geef het woord aan mevrouw Van den Heuvel-Aksoy.",
    "Mevrouw Van den Heuvel-Aksoy (GroenLinks-PvdA):",
    "Voorzitter. De wachtlijsten in de jeugdzorg worden elk jaar langer.",
    "De heer Zwart (D66): Is mevrouw Van den Heuvel-Aksoy het met mij eens dat gemeenten meer geld nodig hebben?",
    "Mevrouw Van den Heuvel-Aksoy (GroenLinks-PvdA):",
    "Zeker. Staatssecretaris De Wit: dat was zijn antwoord vorige week ook al, en er gebeurde niets.",
    "(Hilariteit)",
    "De voorzitter:",
    "Dan is nu het woord aan de staatssecretaris.",
    "Staatssecretaris De Wit:",
    "Ik kom voor de begroting met een plan.",
    "De vergadering wordt van 12.10 uur tot 12.20 uur geschorst.",
])  # fmt: skip


def test_handelingen_find_turns_labels_roles_interruptions() -> None:
    turns = find_turns(DEBATE)
    assert [(t["name"], t["party"], t["role"], t.get("interrupts")) for t in turns] == [
        (None, None, "voorzitter", None),
        ("Van den Heuvel-Aksoy", "GroenLinks-PvdA", "lid", None),
        ("Zwart", "D66", "lid", "Van den Heuvel-Aksoy"),  # the label before the words, on one line
        ("Van den Heuvel-Aksoy", "GroenLinks-PvdA", "lid", None),
        (None, None, "voorzitter", None),
        ("De Wit", None, "staatssecretaris", None),  # the chair gave the floor: no interruption
    ]
    words = [DEBATE[t["start"] : t["end"]] for t in turns]
    assert words[2].startswith("Is mevrouw") and words[3].endswith("er gebeurde niets.")  # no "(Hilariteit)"
    assert words[5] == "Ik kom voor de begroting met een plan."  # the suspension is no one's
    assert not any("office" in t for t in turns)  # "het woord aan de staatssecretaris": no office named
    # a name and a colon inside a sentence is no label
    assert not any(t["label"].startswith("Staatssecretaris") for t in turns[:4])


def test_handelingen_find_turns_none_in_prose() -> None:
    prose = "De minister sprak de Kamer toe. Minister Brouwers: een naam met een dubbele punt."
    assert find_turns(prose) == []


@pytest.mark.parametrize(
    ("first", "meeting", "day"),
    [
        ("12e vergadering, dinsdag 4 oktober 2022", "12e vergadering", "2022-10-04"),
        ("3e vergadering, 21 september 2021", "3e vergadering", "2021-09-21"),
    ],
)
def test_handelingen_split_meeting(first: str, meeting: str, day: str) -> None:
    body, meta, date = split_meeting(f"{first}\n\nZorg in de wijk\n\nDe voorzitter:\n\nWelkom.", "Zorg in de wijk")
    assert body == "De voorzitter:\n\nWelkom."
    assert meta == {"meeting": meeting}
    assert date is not None and (date.value, date.source) == (day, "text")


def test_handelingen_split_meeting_needs_the_meeting_line() -> None:
    body = "Op 4 oktober 2022 vergaderde de raad.\n\nDe voorzitter:\n\nWelkom."
    assert split_meeting(body, None) == (body, {}, None)


@pytest.mark.frog
def test_handelingen_turn_speakers_are_the_named_members(frog) -> None:
    """With Frog: each member's or minister's turn is a quote whose speaker span lies on the
    person Frog and the tagger find in the label."""
    from kroniek.analyse.annotator import FrogAnnotator
    from kroniek.extract.coref import Coreference
    from kroniek.extract.docdate import DocDate
    from kroniek.extract.ner import CrfNer
    from kroniek.extract.quotes import QuoteExtractor
    from kroniek.pipeline import Pipeline

    doc = Pipeline([DocDate(), FrogAnnotator(frog), CrfNer(), Coreference(), QuoteExtractor()])(
        _read("h-tk.html")
    )
    people = [(m.start, m.end) for m in doc.mentions if m.type == "PER"]
    named = {
        doc.text[q.speaker_start : q.speaker_end]
        for q in doc.quotes
        if q.cue == "turn" and q.speaker_start is not None and q.speaker_end is not None
        and any(s < q.speaker_end and q.speaker_start < e for s, e in people)
    }  # fmt: skip
    assert named == {"Veldhoen", "Bakkal-Smit", "Brouwers"}


# ------------------------------------------------------------- turns as quotes a reader can use

_LONG = " ".join(
    f"Punt {k} van mijn betoog gaat over de dijken langs de rivier, die op veel plekken te laag "
    f"zijn voor het water dat de komende jaren wordt verwacht." for k in range(1, 13)
)


def test_handelingen_turn_parts_per_paragraph_and_sentence_group() -> None:
    text = "\n\n".join([
        "Mevrouw Öztürk (DENK):",  # a capital with an accent opens a surname
        "Voorzitter. Ik begin bij de gemeenten.",
        "(Hilariteit)",  # the minutes' own voice in the middle of a turn is no one's words
        _LONG,
        "Tot slot de provincies.",
    ])  # fmt: skip
    (turn,) = find_turns(text)
    assert (turn["name"], turn["party"]) == ("Öztürk", "DENK")
    parts = [text[s:e] for s, e in turn["parts"]]
    assert parts[0] == "Voorzitter. Ik begin bij de gemeenten."
    assert parts[-1] == "Tot slot de provincies."
    assert not any("Hilariteit" in p for p in parts)
    long_parts = parts[1:-1]
    assert len(long_parts) >= 2 and "".join(long_parts).replace(" ", "") == _LONG.replace(" ", "")
    assert all(len(p) <= PART_CHARS and p.startswith("Punt") and p.endswith("verwacht.") for p in long_parts)


def test_handelingen_one_long_sentence_stays_whole() -> None:
    sentence = "Ik vraag de minister " + ", en ".join(["of de regeling voor boeren die aan de grens wonen ook geldt"] * 12) + "."
    (turn,) = find_turns(f"De heer Kuipers (BBB):\n\n{sentence}")
    assert len(turn["parts"]) == 1


def _xml(turns: str) -> bytes:
    meta = '<meta name="DC.identifier" content="h-tk-20232024-12-3"/><meta name="DC.title" content="Dijkversterking"/>'
    return (f'<?xml version="1.0" encoding="UTF-8"?><officiele-publicatie><metadata>{meta}</metadata>'
            f"<handelingen><agendapunt><item-titel>Dijkversterking</item-titel>{turns}</agendapunt>"
            "</handelingen></officiele-publicatie>").encode()  # fmt: skip


def _turn(prefix: str, name: str, words: str, party: str = "", office: str = "") -> str:
    extra = (f"<politiek>{party}</politiek>" if party else "") + (f"<functie>{office}</functie>" if office else "")
    return (f"<spreekbeurt><spreker><voorvoegsels>{prefix}</voorvoegsels><naam><achternaam>{name}</achternaam>"
            f"</naam>{extra}</spreker><tekst><al>{words}</al></tekst></spreekbeurt>")  # fmt: skip


def test_handelingen_xml_structure_gives_office_and_interruptions() -> None:
    """The XML's <functie> names the office though the chair never does, and <interrumpant>
    says who interrupts even where the chair's words would mislead the guess (here the chair
    promises the floor mid-speech: "het woord")."""
    xml = _xml("".join([
        _turn("Staatssecretaris", "Mulder", "Ik begin bij de planning van de versterking.",
              office="staatssecretaris van Infrastructuur en Waterstaat"),
        f"<interrumpant>{_turn('De heer', 'Smit', 'Mag ik daar iets over vragen?', party='JA21')}</interrumpant>",
        _turn("De", "voorzitter", "U krijgt zo het woord, meneer Smit. Gaat u verder."),
        f"<interrumpant>{_turn('De heer', 'Smit', 'Het gaat om de kosten.', party='JA21')}</interrumpant>",
        _turn("Staatssecretaris", "Mulder", "Die kosten staan in de brief van maart."),
    ]))  # fmt: skip
    (doc,) = govdocs.read_items("h-tk-20232024-12-3.xml", xml)
    assert isinstance(doc, Document) and doc.title == "Dijkversterking"
    got = [(t["name"], t["role"], t.get("office"), t.get("interrupts")) for t in doc.meta["turns"]]
    office = "staatssecretaris van Infrastructuur en Waterstaat"
    assert got == [
        ("Mulder", "staatssecretaris", office, None),
        ("Smit", "lid", None, "Mulder"),
        (None, "voorzitter", None, None),
        ("Smit", "lid", None, "Mulder"),  # the chair's "het woord" does not hand Smit the floor
        ("Mulder", "staatssecretaris", office, None),
    ]


def test_handelingen_xml_sniffed_apart_from_feeds_and_guarded() -> None:
    from kroniek.ingest.readers import sniff

    assert sniff(_xml(""), "h.xml") == "officialxml"
    assert sniff(b'<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>', "f.xml") == "feed"
    bomb = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><officiele-publicatie>&a;</officiele-publicatie>'
    (item,) = govdocs.read_items("bomb.xml", bomb)
    assert not isinstance(item, Document)  # refused, as a feed declaring entities is


def test_handelingen_quote_gold_gate() -> None:
    """eval/handelingen: the invented debate's spoken paragraphs, as page and as XML, each a quote
    with its speaker and party (20/20 each form; 14/20 and unread before, session 11)."""
    import importlib.util
    import json

    path = Path(__file__).resolve().parents[2] / "eval" / "handelingen" / "score.py"
    spec = importlib.util.spec_from_file_location("handelingen_gold_score", path)
    assert spec is not None and spec.loader is not None
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    gold = json.loads((Path(score.__file__).with_name("debate_dev.json")).read_text(encoding="utf-8"))
    for name, data in (("h.html", score.page(gold).encode("utf-8")), ("h.xml", score.xml(gold))):
        (doc,) = govdocs.read_items(name, data)
        assert isinstance(doc, Document)
        result = score.score(doc, gold)
        assert (result["speaker"], result["party"], result["own_quotes"]) == ("20/20", "20/20", "20/20"), name
        assert result["own_voice_quoted"] == 0 and result["interruptions"] == "15/15"
