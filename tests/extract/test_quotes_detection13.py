"""Quote detection rules of session 11 (dev batch 13) on sentences written for these tests: which
quotations and reported clauses are found, with the last word of their speaker."""

from __future__ import annotations

import pytest
from quote_rows import found as _found
from quote_rows import frog_doc as _frog_doc

from kroniek.extract import quote_marks as qm
from kroniek.model import Document

ROWS = [
    # a colon that opens a direct quote ends the "dat" clause before it
    pytest.param(
        "De wethouder zegt dat het plan gewoon doorgaat: “We wachten niet langer op de provincie.”",
        {"R het plan gewoon doorgaat": "wethouder", "D We wachten niet langer op de provincie.": "wethouder"},
        id="colon-and-quote-end-the-dat-clause",
    ),
    pytest.param(
        "De wethouder zegt dat er twee dingen moeten gebeuren: de weg gaat open en de brug blijft dicht.",
        {"R er twee dingen moeten gebeuren: de weg gaat open en de brug blijft dicht": "wethouder"},
        id="guard-colon-without-a-quote-stays-in-the-clause",
    ),
    # a closing double mark glued between a sentence end and a capital opens the next quote
    pytest.param(
        "“Dit is een schande voor het hele land”, twitterde Kamerlid Joost Peters. "
        "Volgens hem handelt de minister in strijd met de wet.”Hij moet direct vertrekken.”",
        {
            "D Dit is een schande voor het hele land": "Peters",
            "R handelt de minister in strijd met de wet": "Peters",
            "D Hij moet direct vertrekken.": "Peters",
        },
        id="glued-closing-mark-opens-a-quote",
    ),
    # "Maar, zo waarschuwt X, …": a frame opening the sentence reports the clause after it
    pytest.param(
        "Maar, zo waarschuwt de brandweer, de dijk is nog lang niet veilig voor wandelaars en fietsers.",
        {"R de dijk is nog lang niet veilig voor wandelaars en fietsers": "brandweer"},
        id="leading-zo-frame-after-a-conjunction",
    ),
    pytest.param(
        "Zo vertelt de gids, die al dertig jaar rondleidingen geeft, over het kasteel.",
        {},
        id="guard-leading-zo-without-its-own-comma-after-the-speaker",
    ),
    # a time adjunct between the cue and its te-infinitive; "vertellen" takes one too
    pytest.param(
        "De zangeres vertelde eerder deze week veel plezier te beleven aan haar nieuwe rol in de serie.",
        {"R veel plezier te beleven aan haar nieuwe rol in de serie": "zangeres"},
        id="te-infinitive-after-a-time-adjunct-and-vertellen",
    ),
    pytest.param(
        "De trainer zei vorige maand nog geen nieuwe spelers te willen halen.",
        # "nog" begins the reported words since session 15 (the gold keeps "nog"/"ook" there)
        {"R nog geen nieuwe spelers te willen halen": "trainer"},
        id="te-infinitive-after-a-time-adjunct-and-nog",
    ),
    # "geeft … toe dat": admitting is a frame; "Toegegeven," opening a sentence is none
    pytest.param(
        "Ik geef meteen toe dat ik die fout zelf ook wel eens gemaakt heb.",
        {"R ik die fout zelf ook wel eens gemaakt heb": "Ik"},
        id="separable-toegeven-with-dat",
    ),
    pytest.param(
        "Toegegeven, dat was niet de slimste zet van de club.",
        {},
        id="guard-toegegeven-as-a-sentence-adverb",
    ),
    pytest.param(
        "De regering gaf uiteindelijk toe aan de eisen van de boeren.",
        {},
        id="guard-toegeven-without-a-clause",
    ),
    # "In de woorden van X" attributes its sentence as "volgens X" does
    pytest.param(
        "In de woorden van de ombudsman is het loket voor burgers een doolhof geworden.",
        {"R is het loket voor burgers een doolhof geworden": "ombudsman"},
        id="in-de-woorden-van",
    ),
]

# rules that read Frog's tags (verbs, relative pronouns, conjunctions)
FROG_ROWS = [
    # a subject with its apposition before the verb is no fronted clause of a ", noemt X" frame
    pytest.param(
        "Piet Jansen, woordvoerder van de bond, noemt het besluit van de rechter onbegrijpelijk.",
        {},
        id="verbless-apposition-is-no-fronted-clause",
    ),
    # a relative clause in the adjunct after the speaker does not stop the clause-final frame
    pytest.param(
        "Het lege, half vergane pakhuis aan de oude haven moet een museum en een concertzaal "
        "worden, zei de burgemeester bij de opening van het nieuwe, moderne station dat naast de "
        "haven is gebouwd.",
        {"R Het lege, half vergane pakhuis aan de oude haven moet een museum en een concertzaal worden": "burgemeester"},
        id="final-cue-with-a-relative-clause-in-the-adjunct",
    ),
    # a cue inside a noun's complement ("het feit dat") reports nothing of its own
    pytest.param(
        "De rechter noemde het feit dat de man pas na maanden heeft toegegeven dat hij had gedronken zorgelijk.",
        {},
        id="cue-inside-a-noun-complement",
    ),
]


@pytest.mark.parametrize(("text", "found"), ROWS)
def test_quotes_detection13_rules(text: str, found: dict[str, str]) -> None:
    assert _found(Document(id="t", text=text, source="test")) == found


@pytest.mark.frog
@pytest.mark.parametrize(("text", "found"), ROWS + FROG_ROWS)
def test_quotes_detection13_rules_real_frog(frog, text: str, found: dict[str, str]) -> None:
    assert _found(_frog_doc(frog, text)) == found


def test_quotes_marks_glued_opener() -> None:
    text = "Hij was boos.”Dat pik ik niet.” Daarna ging hij weg."
    pairs, _ = qm.pair_marks(text, 0, len(text), None)
    assert [text[s:e] for s, e, _c in pairs] == ["Dat pik ik niet."]


def test_quotes_marks_closer_after_a_sentence_end_still_closes() -> None:
    text = "“Hij was boos.” Daarna ging hij weg."
    pairs, _ = qm.pair_marks(text, 0, len(text), None)
    assert [text[s:e] for s, e, _c in pairs] == ["Hij was boos."]
