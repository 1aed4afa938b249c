"""Quote detection rules of session 13 on sentences written for these tests: an inverted frame
after a fronted clause and closed by a colon or a semicolon ("…, zegt X:", "…, oordeelt X;")
reports that clause; a fronted adverbial before such a frame is no reported clause."""

from __future__ import annotations

import pytest
from quote_rows import found as _found
from quote_rows import frog_doc as _frog_doc

from kroniek.model import Document

ROWS = [
    # a colon after the inverted frame closes it: the clause before the comma is reported
    pytest.param(
        "De brug blijft de hele zomer dicht, vertelt een woordvoerder van de gemeente:\n\n"
        "Daarna volgen de werkzaamheden aan de sluis.",
        {"R De brug blijft de hele zomer dicht": "gemeente"},
        id="inverted-frame-before-a-colon",
    ),
    # so does a semicolon, the next clause being the writer's again
    pytest.param(
        "De nieuwe plannen zijn veel beter dan de vorige, oordeelt de commissie; de kosten van "
        "de bouw blijven volgens de laatste raming van de gemeente wel erg hoog.",
        {"R De nieuwe plannen zijn veel beter dan de vorige": "commissie"},
        id="inverted-frame-before-a-semicolon",
    ),
    # a fronted adverbial (no main clause of its own) belongs to the frame's verb
    pytest.param(
        "Na drie verloren sets op rij, zegt trainer Bakker: „Dit was een slechte dag.”",
        {"D Dit was een slechte dag.": "Bakker"},
        id="guard-fronted-adverbial-before-a-colon-frame",
    ),
    pytest.param(
        "Op de vraag of hij denkt dat de kiezers hem missen, antwoordt de wethouder: „Nee.”",
        {"D Nee.": "wethouder"},
        id="guard-fronted-question-before-a-colon-frame",
    ),
]

# where a reported clause ends: at a colon that opens a direct quote, and at the end of the
# direct quote its cue is said in
END_ROWS = [
    pytest.param(
        "Volgens de directeur zou het helpen als de gemeente de regels versoepelt: „Dan kunnen we "
        "eindelijk verder bouwen.”",
        {
            "R zou het helpen als de gemeente de regels versoepelt": "directeur",
            "D Dan kunnen we eindelijk verder bouwen.": "directeur",
        },
        id="volgens-clause-ends-at-a-colon-quote",
    ),
    pytest.param(
        "„Hij beloofde ons dat hij de school zou verbouwen”, schreef de ouderraad vorige week in "
        "de krant.",
        {"D Hij beloofde ons dat hij de school zou verbouwen": "ouderraad"},
        id="dat-clause-ends-with-the-quote-its-cue-is-said-in",
    ),
    pytest.param(
        "De trainer zei dat de spelers moe waren, en dat de wedstrijd daarom verloren ging.",
        {"R de spelers moe waren, en dat de wedstrijd daarom verloren ging": "trainer"},
        id="guard-a-second-dat-clause-stays-reported",
    ),
]

# with Frog's tags: a fronted clause opened by an adverbial still has its finite verb, so it is
# reported; the colon's quote keeps the frame's speaker
FROG_ROWS = [
    pytest.param(
        "Bij de oudere bewoners maakte het nieuws veel emoties los, zegt dominee Van Dam: "
        "„Sommigen huilden.”",
        {
            "R Bij de oudere bewoners maakte het nieuws veel emoties los": "Dam",
            "D Sommigen huilden.": "Dam",
        },
        id="fronted-clause-opened-by-an-adverbial",
    ),
    pytest.param(
        "De dijk bij het dorp is nog altijd niet veilig genoeg, zegt dijkgraaf Anna de Boer: "
        "“We moeten het hele talud opnieuw ophogen.”",
        {
            "R De dijk bij het dorp is nog altijd niet veilig genoeg": "Boer",
            "D We moeten het hele talud opnieuw ophogen.": "Boer",
        },
        id="inverted-frame-before-a-colon-quote",
    ),
]


@pytest.mark.parametrize(("text", "found"), ROWS + END_ROWS)
def test_quotes_detection17_rules(text: str, found: dict[str, str]) -> None:
    assert _found(Document(id="t", text=text, source="test")) == found


@pytest.mark.frog
@pytest.mark.parametrize(("text", "found"), ROWS + END_ROWS + FROG_ROWS)
def test_quotes_detection17_rules_real_frog(frog, text: str, found: dict[str, str]) -> None:
    assert _found(_frog_doc(frog, text)) == found
