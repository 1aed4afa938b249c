"""The speaker of a te-infinitive frame is the reporting clause's subject, never a time word,
determiner or adverb after the cue (``extract/quotes/reported.py``), on sentences written for
these tests."""

from __future__ import annotations

import pytest
from quote_rows import found as _found
from quote_rows import frog_doc as _frog_doc

from kroniek.model import Document

ROWS = [
    # a finite cue opening a clause after "maar" shares the sentence's subject; the time
    # adjunct after the cue ("eerder deze maand") is no subject
    pytest.param(
        "Zij speelde drie jaar in een bekende serie, maar kondigde eerder deze maand aan daarmee "
        "te stoppen.",
        {"R daarmee te stoppen": "Zij"},
        id="coordinated-finite-cue-shares-the-subject",
    ),
    pytest.param(
        "De trainer bleef nog een seizoen bij de club, maar zei afgelopen zomer volgend jaar "
        "iets anders te willen doen.",
        {"R volgend jaar iets anders te willen doen": "trainer"},
        id="coordinated-cue-after-a-time-adjunct",
    ),
    # "volgens X" over a frame whose subject names no one who speaks: X is the speaker
    pytest.param(
        "Volgens de vakbond wijzen de cijfers van dit voorjaar erop dat de lonen te langzaam stijgen.",
        {"R de lonen te langzaam stijgen": "vakbond"},
        id="volgens-over-a-subject-that-cannot-speak",
    ),
    pytest.param(
        "Volgens de krant zei de minister dat hij het plan nog wil aanpassen.",
        {"R hij het plan nog wil aanpassen": "minister"},
        id="guard-volgens-over-a-person-subject",
    ),
    # an infinitive cue after "te": the subject of the verb before "te" speaks
    pytest.param(
        "De buurvrouw probeerde uit te leggen dat de kat ‘gewoon weg’ was.",
        {"D gewoon weg": "buurvrouw"},
        id="guard-infinitive-cue-with-a-particle",
    ),
    pytest.param(
        "Het werd pas echt stil in de zaal toen Karin na de lunch begon te vertellen over haar "
        "‘verloren zomer’.",
        {"D verloren zomer": "Karin"},
        id="infinitive-cue-after-te-takes-the-subject-of-the-verb-before",
    ),
    # a verb-final cue after a subordinator: its subject follows the subordinator
    pytest.param(
        # (a verb of saying: "beloofde" governs no reported clause since session 15)
        "De bibliotheek gaat toch dicht, hoewel de wethouder in het voorjaar zei geen "
        "filialen meer te sluiten.",
        {"R geen filialen meer te sluiten": "wethouder"},
        id="verb-final-cue-after-a-comma-and-subordinator",
    ),
]

# with Frog's lemmas "aankondigde" is known as a cue at the end of its subordinate clause: the
# subject follows the subordinator, the word after the cue ("geen") is no speaker
FROG_ROWS = [
    pytest.param(
        "De bibliotheek gaat toch dicht, terwijl de wethouder in het voorjaar aankondigde geen "
        "filialen meer te sluiten.",
        {"R geen filialen meer te sluiten": "wethouder"},
        id="verb-final-cue-after-a-subordinator",
    ),
]


@pytest.mark.parametrize(("text", "found"), ROWS)
def test_reporting_subject_rules(text: str, found: dict[str, str]) -> None:
    assert _found(Document(id="t", text=text, source="test")) == found


@pytest.mark.frog
@pytest.mark.parametrize(("text", "found"), ROWS + FROG_ROWS)
def test_reporting_subject_rules_real_frog(frog, text: str, found: dict[str, str]) -> None:
    assert _found(_frog_doc(frog, text)) == found
