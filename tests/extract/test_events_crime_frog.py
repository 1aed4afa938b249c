"""Offences of the Dutch Criminal Code are happenings of type crime (kroniek/data/event_types.tsv):
the noun alone or as the head of a compound, and the verb; robbery and assault stay attack, a
police chase is an arrest's. Real Frog; sentences written for these tests."""

from __future__ import annotations

import pytest
from frog_sentences import analysed, triggers

from kroniek.model import Document

pytestmark = [pytest.mark.frog, pytest.mark.slow]

SENTENCES = [
    "Na een achtervolging over de snelweg werd de bestuurder aangehouden.",  # 0
    "De politie onderzoekt een ladingdiefstal op een parkeerplaats bij Venlo.",  # 1
    "Bij de inbraak in de juwelierszaak is voor duizenden euro's buitgemaakt.",  # 2
    "De oud-wethouder staat terecht voor valsheid in geschrifte en omkoping.",  # 3
    "De directeur heeft jarenlang geld van de stichting verduisterd.",  # 4
    "Onbekenden hebben vannacht drie auto's gestolen in de wijk.",  # 5
    "De belastingfraude kwam aan het licht bij een controle.",  # 6
    "De overval op de supermarkt duurde maar een minuut.",  # 7
]


@pytest.fixture(scope="module")
def doc(frog) -> Document:
    return analysed(frog, "crime", SENTENCES)


@pytest.mark.parametrize(
    "k, word, typ",
    [
        pytest.param(0, "achtervolging", "arrest", id="a-police-chase-pursues-an-arrest"),
        pytest.param(1, "ladingdiefstal", "crime", id="a-compound-on-diefstal-is-a-theft"),
        pytest.param(2, "inbraak", "crime", id="a-burglary"),
        pytest.param(3, "valsheid", "crime", id="forgery-the-code-title"),
        pytest.param(3, "omkoping", "crime", id="bribery"),
        pytest.param(4, "verduisterd", "crime", id="embezzlement-as-a-verb"),
        pytest.param(5, "gestolen", "crime", id="stealing-as-a-verb"),
        pytest.param(6, "belastingfraude", "crime", id="a-compound-on-fraude"),
        pytest.param(7, "overval", "attack", id="a-robbery-stays-an-assault"),
    ],
)
def test_events_crime_offences(doc: Document, k: int, word: str, typ: str) -> None:
    assert triggers(doc, SENTENCES[k]).get(word) == typ, triggers(doc, SENTENCES[k])
