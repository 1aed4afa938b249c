"""Kinds of news happening the lexicon names (kroniek/data/event_types.tsv), so that outlets telling
one happening with different words have an event mention on each: a race told as a named event
("de Grand Prix van ..."), a win told as a crowning or triumph or "op zijn naam geschreven"; an
auction; a dismissal, also "de laan uitgestuurd". Real Frog; sentences written for these tests."""

from __future__ import annotations

import pytest
from frog_sentences import analysed, triggers

from kroniek.model import Document

pytestmark = [pytest.mark.frog, pytest.mark.slow]

SENTENCES = [
    "De Belgische wielrenner werd in Luik gekroond tot wereldkampioen.",  # 0
    "De Spanjaard zegevierde zondag voor de twaalfde keer in Parijs.",  # 1
    "Het schilderij is dinsdag op een veiling in New York geveild.",  # 2
    "De voetbalclub heeft de trainer uit zijn functie ontheven.",  # 3
    "Verstappen werd zondag tweede in de Grand Prix van Oostenrijk.",  # 4
    "Hamilton won vorige week de Grand Prix van Hongarije.",  # 5
    "De acteur Russell Brand trad op in Amsterdam.",  # 6
    "De coach werd na drie nederlagen de laan uitgestuurd.",  # 7
    "De club stuurde de trainer maandag de laan uit.",  # 8
    "De Spaanse tennisser schreef de titel voor de twaalfde keer op zijn naam.",  # 9
    "Zij schreef zaterdag haar eerste grandslamtitel op haar naam.",  # 10
    "De gemeente heeft een persbericht uitgestuurd over de werkzaamheden.",  # 11
    "De minister schreef op zijn website dat het plan niet doorgaat.",  # 12
]


@pytest.fixture(scope="module")
def doc(frog) -> Document:
    return analysed(frog, "news-kinds", SENTENCES)


@pytest.mark.parametrize(
    "k, word, typ",
    [
        pytest.param(0, "gekroond", "contest", id="crowned-champion-is-a-win"),
        pytest.param(1, "zegevierde", "contest", id="a-triumph-is-a-win"),
        pytest.param(2, "veiling", "economy", id="an-auction-is-a-sale"),
        pytest.param(2, "geveild", "economy", id="auctioned-is-sold"),
        pytest.param(3, "ontheven", "withdraw", id="relieved-of-a-post-is-a-departure"),
    ],
)
def test_events_news_kinds_types(doc: Document, k: int, word: str, typ: str) -> None:
    assert triggers(doc, SENTENCES[k]).get(word) == typ, triggers(doc, SENTENCES[k])


@pytest.mark.parametrize(
    "k, word",
    [
        pytest.param(4, "Grand Prix", id="a-named-race-is-a-contest"),
        pytest.param(5, "Grand Prix", id="a-named-race-won-is-a-contest-too"),
    ],
)
def test_events_news_kinds_named_race(doc: Document, k: int, word: str) -> None:
    """Frog tags "Grand Prix" as a named event (SPEC(deeleigen), EVE): the name is the race."""
    assert triggers(doc, SENTENCES[k]).get(word) == "contest", triggers(doc, SENTENCES[k])


@pytest.mark.parametrize(
    "k, word, typ",
    [
        pytest.param(7, "uitgestuurd", "withdraw", id="sent-down-the-lane-passive-is-a-dismissal"),
        pytest.param(8, "stuurde", "withdraw", id="sent-down-the-lane-split-particle"),
        pytest.param(9, "schreef", "contest", id="wrote-the-title-on-his-name-is-a-win"),
        pytest.param(10, "schreef", "contest", id="on-her-name-too"),
        pytest.param(12, "schreef", "statement", id="wrote-on-his-website-stays-a-statement"),
    ],
)
def test_events_news_kinds_verb_idioms(doc: Document, k: int, word: str, typ: str) -> None:
    """Idioms Frog parses word by word ("de laan uitsturen", "op zijn naam schrijven")."""
    assert triggers(doc, SENTENCES[k]).get(word) == typ, triggers(doc, SENTENCES[k])


def test_events_news_kinds_sending_out_is_no_dismissal(doc: Document) -> None:
    """"uitsturen" without "de laan" sends something out."""
    assert triggers(doc, SENTENCES[11]).get("uitgestuurd") != "withdraw", triggers(doc, SENTENCES[11])


def test_events_news_kinds_person_name_is_no_event(doc: Document) -> None:
    """A person's name that spells a listed noun ("Brand") stays a name."""
    assert "Brand" not in triggers(doc, SENTENCES[6]), triggers(doc, SENTENCES[6])
