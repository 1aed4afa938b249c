"""Fragments of the past-tense rule that are no happenings: light-verb idioms, state
participles under "zijn", reflexive verbs of how someone sees their position, and saying or
opinion verbs outside the event lexicon (a saying is folded, never a happening of type other).
Real Frog; the sentences are written for these tests, in the style of Dutch news."""

from __future__ import annotations

import pytest
from frog_sentences import analysed, triggers

from kroniek.model import Document

pytestmark = [pytest.mark.frog, pytest.mark.slow]

SENTENCES = [
    "De burgemeester speelde een grote rol bij de sluiting van het buurthuis.",  # 0
    "De vakbond heeft aandacht gevraagd voor de werkdruk in de zorg.",  # 1
    "De gemeente heeft met de bezwaren van de buren rekening gehouden.",  # 2
    "De provincie zette vorige week een eerste stap richting een nieuw busnet.",  # 3
    "Ze wees op de rol die hij heeft gespeeld in de crisis.",  # 4
    "Het onderzoek is gebaseerd op gegevens van het CBS.",  # 5
    "Het beleid van de stad is gericht op jonge gezinnen.",  # 6
    "Drie agenten zijn betrokken bij het onderzoek naar de schietpartij.",  # 7
    "De boeren zagen zich genoodzaakt hun vee te verkopen.",  # 8
    "De directeur verwees naar een eerder rapport van de inspectie.",  # 9
    '"Dit is pas het begin", klonk het uit de zaal.',  # 10
    "Hij wees erop dat de regels al jaren gelden.",  # 11
    "De wethouder meende dat de kosten te hoog waren.",  # 12
    "De veerpont is dinsdagochtend in Rotterdam gezonken.",  # 13
    "De brug is zaterdag na twee jaar werk heropend.",  # 14
    "Het museum is vrijdag met een feest begonnen aan de verbouwing.",  # 15
    "De speler speelde zondag zijn laatste wedstrijd voor de club.",  # 16
    "De rechter heeft de vordering van de huurders afgewezen.",  # 17
    "Het is bekend dat de bond daar een belangrijke rol in speelde.",  # 18
    "De minister beloofde dinsdag extra geld voor de wijkagenten.",  # 19
    "Het lichaam van de vermiste wandelaar is zondag in het bos gevonden.",  # 20
]


@pytest.fixture(scope="module")
def doc(frog) -> Document:
    return analysed(frog, "idioms", SENTENCES)


def _triggers(doc: Document, k: int) -> dict[str, str]:
    return triggers(doc, SENTENCES[k])


@pytest.mark.parametrize(
    "k, word",
    [
        pytest.param(0, "speelde", id="een-rol-spelen-is-an-idiom"),
        pytest.param(1, "gevraagd", id="aandacht-vragen-is-no-request"),
        pytest.param(2, "gehouden", id="rekening-houden-noun-misattached-by-frog"),
        pytest.param(3, "zette", id="een-stap-zetten-is-an-idiom"),
        pytest.param(4, "gespeeld", id="idiom-noun-is-the-relative-clause-antecedent"),
        pytest.param(18, "speelde", id="stranded-preposition-taken-for-a-particle"),
        pytest.param(5, "gebaseerd", id="is-gebaseerd-op-is-a-state"),
        pytest.param(6, "gericht", id="is-gericht-op-is-a-state"),
        pytest.param(7, "betrokken", id="zijn-betrokken-bij-is-a-state"),
        pytest.param(8, "zagen", id="zich-genoodzaakt-zien-verb"),
        pytest.param(8, "genoodzaakt", id="zich-genoodzaakt-zien-participle"),
    ],
)
def test_events_fragment_is_no_happening(doc: Document, k: int, word: str) -> None:
    assert word not in _triggers(doc, k)


@pytest.mark.parametrize(
    "k, word",
    [
        pytest.param(9, "verwees", id="verwijzen-is-saying"),
        pytest.param(10, "klonk", id="klinken-after-a-quote-is-saying"),
        pytest.param(11, "wees", id="wijzen-op-is-saying"),
        pytest.param(12, "meende", id="menen-is-an-opinion-folded-like-saying"),
    ],
)
def test_events_saying_verb_outside_lexicon_is_a_statement(doc: Document, k: int, word: str) -> None:
    assert _triggers(doc, k).get(word) == "statement"


@pytest.mark.parametrize(
    "k, word, typ",
    [
        pytest.param(13, "gezonken", "other", id="perfect-with-zijn-and-a-time-happened"),
        pytest.param(14, "heropend", "other", id="dated-passive-perfect-happened"),
        pytest.param(15, "begonnen", "other", id="dated-perfect-with-a-pc-happened"),
        pytest.param(16, "speelde", "other", id="spelen-without-its-idiom-noun-stays"),
        pytest.param(17, "afgewezen", "reject", id="listed-verb-untouched"),
        pytest.param(19, "beloofde", "other", id="a-promise-commits-it-is-no-plain-saying"),
        pytest.param(20, "gevonden", "other", id="found-is-no-opinion-of-vinden"),
    ],
)
def test_events_happening_beside_the_fragment_rules_stays(doc: Document, k: int, word: str, typ: str) -> None:
    assert _triggers(doc, k).get(word) == typ
