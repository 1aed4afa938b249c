"""NER repairs for streets, state institutions and hyphen pieces (kroniek.extract.ner_tidy).

Sentences written for these tests; the CRF's (wrong) mentions are placed by hand.
"""

from __future__ import annotations

import pytest

from kroniek.extract.ner_tidy import tidy_mentions
from kroniek.model import Mention


def _tidy(text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    ms = [Mention(text.index(s), text.index(s) + len(s), t) for s, t in spans]
    return [(text[m.start : m.end], m.type) for m in tidy_mentions(text, ms)]


@pytest.mark.parametrize(
    ("text", "crf", "want"),
    [
        pytest.param("Op het Jan Steenplein werd zaterdag een fietser geslagen.",
                     [("Jan Steenplein", "PER")], [("Jan Steenplein", "LOC")], id="square with a first name"),
        pytest.param("De Lindelaan blijft twee weken dicht.",
                     [("Lindelaan", "ORG")], [("Lindelaan", "LOC")], id="lane typed an organisation"),
        pytest.param("Bewoners van de Herengracht klagen over herrie.",
                     [("Herengracht", "MISC")], [("Herengracht", "LOC")], id="canal"),
        pytest.param("De brand woedde aan de Stationsweg in Soest.",
                     [("Stationsweg", "PER"), ("Soest", "LOC")], [("Stationsweg", "LOC"), ("Soest", "LOC")],
                     id="weak head after a locative preposition"),
        pytest.param("Het pand Molenkade 14 is verkocht.",
                     [("Molenkade", "ORG")], [("Molenkade", "LOC")], id="weak head before a house number"),
        pytest.param("Volgens Pieter Hogeweg is het plan te duur.",
                     [("Pieter Hogeweg", "PER")], [("Pieter Hogeweg", "PER")], id="surname on a weak head stays a person"),
        pytest.param("Trainer Verlaan was tevreden.",
                     [("Verlaan", "PER")], [("Verlaan", "PER")], id="short stem: a surname"),
        pytest.param("De Tweede Kamer stemde dinsdag in met het voorstel.",
                     [("Tweede Kamer", "PER")], [("Tweede Kamer", "ORG")], id="Tweede Kamer typed a person"),
        pytest.param("Ook de Raad van State heeft bezwaar.",
                     [("Raad van State", "LOC")], [("Raad van State", "ORG")], id="Raad van State typed a place"),
        pytest.param("Gisteren stuurde het ministerie van Justitie de gemeente een boze brief.",
                     [("ministerie van Justitie", "MISC")], [("ministerie van Justitie", "ORG")], id="a ministry"),
        pytest.param("De Wet- en regelgeving verandert volgend jaar.",
                     [("Wet-", "MISC")], [], id="a piece before a hyphen is no name"),
    ],
)
def test_ner_tidy_places_and_institutions(text, crf, want):
    assert _tidy(text, crf) == want
