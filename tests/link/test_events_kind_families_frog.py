"""Happening families for news kinds the linker met split across outlets: a dismissal ("ontslagen",
"de laan uitgestuurd", "uit zijn functie ontheven") is one with a resignation's "vertrek"; an
auction ("geveild", "bracht … op"); a win told as "zegevierde" or "kroonde zich"; an
agreement whose sentence or headline tells of a takeover or merger is that takeover; reaching a
final or a round is the win that took the player there. An agreement on pensions stays outside
these families. Real Frog; sentences written for this test."""

from __future__ import annotations

import pytest
from frog_sentences import analysed

from kroniek.link.events import read_mentions
from kroniek.model import Document

pytestmark = [pytest.mark.frog, pytest.mark.slow]

# (sentence, trigger, family, reason)
ROWS = [
    ("Het Britse bedrijf en zijn Duitse rivaal hebben een principeakkoord bereikt over een fusie.",
     "principeakkoord", "takeover", "an agreement on a merger"),
    ("De bonden en de werkgevers hebben dinsdag een principeakkoord bereikt over de pensioenen.",
     "principeakkoord", "", "an agreement on pensions"),
    ("De Spaanse tennisster bereikte zondag de halve finale van het toernooi in Madrid.",
     "bereikte", "result", "reaching a semi-final is a win"),
    ("De voetbalclub uit Enschede heeft de trainer dinsdag ontslagen.", "ontslagen", "resignation",
     "a coach dismissed"),
    ("Het schilderij van de Franse schilder werd dinsdag in New York geveild.", "geveild", "sale",
     "a painting auctioned"),
    ("De Spanjaard zegevierde zondag in vier sets in Parijs.", "zegevierde", "result", "a win told as zegevieren"),
]


@pytest.fixture(scope="module")
def doc(frog) -> Document:
    return analysed(frog, "kind-families", [r[0] for r in ROWS])


@pytest.mark.parametrize(("sentence", "trigger", "family", "reason"), ROWS, ids=[r[3] for r in ROWS])
def test_events_kind_families(doc: Document, sentence: str, trigger: str, family: str, reason: str) -> None:
    start = doc.text.index(sentence)
    ms = [m for m in read_mentions([doc], lambda *a: None) if start <= m.em.start < start + len(sentence)]
    m = next(m for m in ms if doc.text[m.em.start:m.em.end] == trigger)
    assert m.family == family, reason
