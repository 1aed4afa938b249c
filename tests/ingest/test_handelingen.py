"""The Handelingen (plenary minutes) read as turns: the page as officielebekendmakingen.nl serves
it (tests/ingest/govdebate.py, an invented debate) and the two-column PDF (tests/ingest/govdocs.py)
give the meeting, its day and the item's title from the header, and every turn with its speaker
(name, party, role) and the speaker it interrupts; the quote finder makes each turn a quote
with that speaker. The sentences here are written for these tests."""

from __future__ import annotations

import sys
import tempfile
from functools import cache
from pathlib import Path

import pytest

from kroniek.extract.quotes.component import find_quotes
from kroniek.ingest import iter_inputs
from kroniek.ingest.handelingen import find_turns, split_meeting
from kroniek.model import Document
from kroniek.settings import Settings

sys.path.insert(0, str(Path(__file__).resolve().parent))
import govdebate  # noqa: E402
import govdocs  # noqa: E402


@cache
def _read(name: str) -> Document:
    path = Path(tempfile.mkdtemp(prefix="handelingen-")) / name
    if name.endswith(".html"):
        path.write_text(govdebate.handelingen_html(), encoding="utf-8")
    else:
        path.write_bytes(govdocs.handelingen())
    (doc,) = list(iter_inputs([str(path)], Settings()))
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
    """ingest -> quotes: one quote per turn, its speaker the name in the turn's label."""
    doc = _read("h-tk.html")
    quotes = [q for q in find_quotes(doc) if q.cue == "turn"]
    said = [(doc.text[q.speaker_start : q.speaker_end], doc.text[q.start : q.end]) for q in quotes
            if q.speaker_start is not None and q.speaker_end is not None]  # fmt: skip
    assert len(said) == len(govdebate.TURNS)
    assert said[2][0] == "Bakkal-Smit" and said[2][1].startswith("Ik hoor de heer Veldhoen")
    assert said[8][0] == "Brouwers" and said[8][1].endswith("een gezamenlijke norm.")
    assert not any("Geroffel" in words for _s, words in said)


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
