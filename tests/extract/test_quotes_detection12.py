"""Quote detection rules of session 10 (dev batch 12) on sentences written for these tests: which
quotations and reported clauses are found, with the last word of their speaker."""

from __future__ import annotations

import pytest
from quote_rows import found as _found
from quote_rows import frog_doc as _frog_doc

from kroniek.model import Document

ROWS = [
    # a capitalised quoted phrase opened right after a lower-case word is a phrase, not a
    # sentence: it needs a cue of its own, no speaker carried from paragraphs before
    pytest.param(
        "„We beginnen volgende week met de bouw”, zei wethouder Anna Vos.\n\nHet plein krijgt "
        "nieuwe bomen. Op de markt staat een kraam met een bord „Verse Soep van de Dag” bij de ingang.",
        {"D We beginnen volgende week met de bouw": "Vos"},
        id="capitalised-phrase-inside-a-clause-is-a-phrase",
    ),
    # ... and it still takes the speaker of the sentence right before it
    pytest.param(
        "„Wat een prachtige avond was dit”, zei de zangeres. Daarna riep ze lachend „Tot Volgend "
        "Jaar” naar de zaal.",
        {"D Wat een prachtige avond was dit": "zangeres", "D Tot Volgend Jaar": "zangeres"},
        id="guard-capitalised-phrase-inside-a-clause-after-a-quote",
    ),
    # the sentence after a quote that ends its sentence (the end mark after the closing mark)
    # names its speaker with "Dat zegt X"
    pytest.param(
        "De nieuwe regeling voor huurders is „een flinke stap vooruit”. Dat zegt wethouder Piet "
        "Kramer.",
        {"D een flinke stap vooruit": "Kramer"},
        id="dat-zegt-after-a-phrase-and-its-end-mark",
    ),
    # a low double opening mark with a space after it still opens a quote
    pytest.param(
        "„ We hebben het seizoen netjes afgesloten”, aldus trainer Bram Dijk.",
        {"D We hebben het seizoen netjes afgesloten": "Dijk"},
        id="low-double-opener-with-a-space",
    ),
    # "volgens de normen": in accordance with, no source
    pytest.param(
        "De fabriek heeft haar afval jarenlang niet volgens de normen verwerkt.",
        {},
        id="volgens-de-normen-is-no-source",
    ),
    # a separable stem with another verb's particle is no cue: "maakt … uit" is no "maakt … bekend"
    pytest.param(
        "Het museum, dat vorig jaar werd verbouwd, maakt deel uit van een stichting.",
        {},
        id="stem-with-another-verbs-particle-is-no-cue",
    ),
    pytest.param(
        "Het nieuwe plan is klaar, maakt het college vandaag bekend.",
        {"R Het nieuwe plan is klaar": "college"},
        id="guard-stem-with-its-own-particle",
    ),
    # a one-word answer opening its sentence before a clause-final cue is what was said
    pytest.param(
        "Heeft de verdachte het geld gestolen? Nee, zegt zijn advocaat.",
        {"R Nee": "advocaat"},
        id="one-word-answer-before-a-final-cue",
    ),
    pytest.param(
        "Komt de brug op tijd af? Ja, aldus de aannemer.",
        {"R Ja": "aannemer"},
        id="two-letter-answer-before-aldus",
    ),
    # a verb-last cue in a relative clause: the words between "die" and the cue belong to the
    # reported infinitive group, and "die" speaks
    pytest.param(
        "Bij het station werd een agent aangesproken door een verwarde fietser die veel pijn zegt "
        "te voelen.",
        {"R veel pijn zegt te voelen": "fietser"},
        id="te-infinitive-after-a-cue-in-a-relative-clause",
    ),
    pytest.param(
        "De eigenaar zegt niets te weten van de inbraak.",
        {"R niets te weten van de inbraak": "eigenaar"},
        id="guard-te-infinitive-after-a-main-clause-cue",
    ),
]

# rules that read Frog's tags (without Frog the surface keeps its older reading)
FROG_ROWS = [
    # a finite verb between the cue and "dat": the clause is that verb's ("die vrezen dat")
    pytest.param(
        "Hij reageert op inwoners die vrezen dat de bibliotheek dichtgaat.",
        {},
        id="dat-of-a-finite-verb-after-the-cue",
    ),
    pytest.param(
        "De burgemeester zei gisteren tegen de raad dat de bibliotheek openblijft.",
        {"R de bibliotheek openblijft": "burgemeester"},
        id="guard-dat-after-the-cue-and-its-adjuncts",
    ),
    # after the dat clause's own verb, a comma and a clause with its verb second: the writer's
    # new main clause ends the reported one
    pytest.param(
        "De minister zei dat de wachtlijsten korter worden, de artsen zien dat heel anders.",
        {"R de wachtlijsten korter worden": "minister"},
        id="reported-clause-ends-before-a-second-main-clause",
    ),
    pytest.param(
        "De trainer zei dat zijn ploeg moe was, omdat de spelers drie duels in een week speelden.",
        {"R zijn ploeg moe was, omdat de spelers drie duels in een week speelden": "trainer"},
        id="guard-subordinate-clause-after-the-comma",
    ),
]


@pytest.mark.parametrize(("text", "found"), ROWS)
def test_quotes_detection12_rules(text: str, found: dict[str, str]) -> None:
    assert _found(Document(id="t", text=text, source="test")) == found


@pytest.mark.frog
@pytest.mark.parametrize(("text", "found"), ROWS + FROG_ROWS)
def test_quotes_detection12_rules_real_frog(frog, text: str, found: dict[str, str]) -> None:
    assert _found(_frog_doc(frog, text)) == found
