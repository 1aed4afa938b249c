"""Quote speakers, second wave on real news (issue #11, item 2; qspeak13).

Every sentence here was written for these tests (none is taken from a corpus). The rows run on
the surface rules (no Frog); the coreference rows of this wave are in tests/extract/test_coref.py.
"""

from __future__ import annotations

import pytest

from kroniek.extract.quotes import find_quotes
from kroniek.model import Document


def _speaker(text: str, quoted: str) -> str | None:
    d = Document(id="t", text=text, source="test")
    hits = [q for q in find_quotes(d) if d.text[q.start : q.end].startswith(quoted)]
    assert hits, f"{quoted!r} not found"
    q = hits[0]
    return None if q.speaker_start is None else d.text[q.speaker_start : q.speaker_end]


ROWS = [
    # Dutch crime news names a suspect by first name and initial, then by the initial alone:
    # the initial is the person named with it before (cued and carried quotes alike)
    pytest.param(
        "In Zwolle moet sinds woensdag de 52-jarige Ronald K. zich verantwoorden voor een serie "
        "brandstichtingen. K. zegt dat hij die nachten bij zijn broer sliep.",
        "hij die nachten",
        "Ronald K.",
        id="an-initial-alone-is-the-suspect-named-with-his-first-name",
    ),
    pytest.param(
        "In Zwolle moet sinds woensdag de 52-jarige Ronald K. zich verantwoorden voor een serie "
        "brandstichtingen. K. zegt dat hij die nachten bij zijn broer sliep. „Ik rook niet "
        "eens.”",
        "Ik rook niet eens",
        "Ronald K.",
        id="the-initial-goes-on-to-the-uncued-quote-after-it",
    ),
    pytest.param(
        "De politie hield zondag een man aan in het park. „Ik deed niets verkeerd”, zegt K.",
        "Ik deed niets verkeerd",
        "K",
        id="guard-an-initial-without-a-name-before-stays",
    ),
    # a coordinator opening the clause stands outside the verb-second field: "Maar de partij laat
    # weten" keeps "de partij" as the subject (not the word after the verb)
    pytest.param(
        "De vakbond sprak dinsdag met de directie. Maar de bond laat weten dat er nog geen "
        "akkoord is.",
        "er nog geen akkoord",
        "bond",
        id="maar-before-the-subject-leaves-it-the-subject",
    ),
    pytest.param(
        "Het plan kost veel geld. En de wethouder zegt dat de gemeente het niet kan betalen.",
        "de gemeente het niet",
        "wethouder",
        id="en-before-the-subject-leaves-it-the-subject",
    ),
    pytest.param(
        "Het plan kost veel geld. Maar vorige week zei de wethouder dat de gemeente het kan "
        "betalen.",
        "de gemeente het kan",
        "wethouder",
        id="guard-maar-before-an-adverb-still-inverts",
    ),
    # a "volgens" that opens a reported dat clause names its source: the cue's subject passes
    # the claim on ("meldde dat volgens ingewijden …"), as with "Volgens X …, aldus Y"
    pytest.param(
        "Het persbureau Reuters meldde dat volgens ingewijden met de verkoop ruim een miljard "
        "euro is gemoeid.",
        "volgens ingewijden met de verkoop",
        "ingewijden",
        id="volgens-opening-the-dat-clause-names-its-source",
    ),
    pytest.param(
        "De minister zei dinsdag dat volgens hem alle regels zijn nageleefd.",
        "volgens hem alle regels",
        "minister",
        id="guard-volgens-a-pronoun-stays-the-subjects-own-view",
    ),
]


@pytest.mark.parametrize(("text", "quoted", "speaker"), ROWS)
def test_quotes_speakers13(text: str, quoted: str, speaker: str) -> None:
    said = _speaker(text, quoted)
    # surface names may leave the initial's full stop out
    assert said is not None and said.rstrip(".") == speaker.rstrip("."), said


# "Glunderend: „…”": one word before the colon that says how the answer was given (Frog tags it
# an adjective or a present participle) is nobody; the answer goes on with the one interviewed.
@pytest.mark.frog
def test_quotes_speakers13_manner_word_before_a_colon_real_frog(frog) -> None:
    from kroniek.analyse.annotator import FrogAnnotator

    text = (
        "Middenvelder Daan Roos (19) tekende deze week zijn eerste contract.\n\n"
        "Wat vond je van de eerste training?\n\n"
        "„Zwaar, maar ik heb genoten.”\n\n"
        "Lachend: „Morgen doe ik het weer.”"
    )
    doc = FrogAnnotator(frog)(Document(id="f", text=text, source="test"))
    hits = [q for q in find_quotes(doc) if doc.text[q.start : q.end].startswith("Morgen doe")]
    assert hits and hits[0].speaker_start is not None
    assert doc.text[hits[0].speaker_start : hits[0].speaker_end] == "Daan Roos"
