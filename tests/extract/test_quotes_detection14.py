"""Quote detection rules of session 11 (dev batch 14) on sentences written for these tests: which
quotations and reported clauses are found, with the last word of their speaker."""

from __future__ import annotations

import pytest
from quote_rows import found as _found
from quote_rows import frog_doc as _frog_doc

from kroniek.extract import quote_marks as qm
from kroniek.model import Document

ROWS = [
    # a mark after a word ending in "s" is a possessive only when a better closer follows
    # before a new quote opens: here it closes the epithet, the later marks are another pair
    pytest.param(
        "Woensdag verscheen ook minister Sanne ‘voor de zoveelste keer nors’ Bakker in de zaal. "
        "Zij sprak over de ‘kleine’ boeren.",
        {},
        id="closer-after-s-before-a-new-single-quote",
    ),
    # "om … te" after a participle cue is a purpose clause (or a noun's complement), not the
    # reported infinitive
    pytest.param(
        "De wethouder heeft een brief geschreven aan de minister in een poging om hem van "
        "gedachten te laten veranderen.",
        {},
        id="om-te-after-a-participle-is-a-purpose-clause",
    ),
    pytest.param(
        "De club heeft aangegeven in de zomer een nieuwe trainer te willen aanstellen.",
        {"R in de zomer een nieuwe trainer te willen aanstellen": "club"},
        id="guard-te-infinitive-after-a-participle",
    ),
    # a generic "je" with a modal: what one could say, not what anybody said
    pytest.param(
        "Als het plan mislukt kun je als wethouder nog altijd zeggen dat je het geprobeerd hebt.",
        {},
        id="generic-je-with-a-modal-says-nothing",
    ),
    pytest.param(
        "De wethouder zei dat je als bewoner altijd kunt bellen.",
        {"R je als bewoner altijd kunt bellen": "wethouder"},
        id="guard-je-inside-the-reported-clause",
    ),
    # a quoted word followed by "zoals X het noemt" is X's word
    pytest.param(
        "De ploeg begint met een ’proefronde’, zoals trainer Bas Vos het noemt. Daarna volgt de "
        "competitie.",
        {"D proefronde": "Vos"},
        id="zoals-x-het-noemt-after-a-quoted-word",
    ),
    pytest.param(
        "De ploeg begint met een ‘proefronde’. Daarna volgt de competitie, zoals gepland.",
        {},
        id="guard-zoals-without-a-cue-is-no-speaker",
    ),
    # "noemt zij het ‘X’": "het" is the naming verb's object, not the article of a term
    pytest.param(
        "Ze gooit vaak effectballen. Zelf noemt zij het ‘tolballen’. Het publiek juicht.",
        {"D tolballen": "zij"},
        id="noemt-het-quoted-word-is-named",
    ),
    pytest.param(
        "De gemeente begon vorig jaar met het ‘wijkbudget’ voor bewoners.",
        {},
        id="guard-het-before-a-quoted-term",
    ),
    # "adviseren" with a te-infinitive reports advice like "aanraden"; it has no separable
    # particle, so a "voor" in the group stays in it; the quoted phrase is part of the clause
    pytest.param(
        "De commissie adviseert de ‘strenge eisen’ voor nieuwe scholen minder streng toe te "
        "passen.",
        {"R de ‘strenge eisen’ voor nieuwe scholen minder streng toe te passen": "commissie"},
        id="adviseert-with-a-te-infinitive",
    ),
    pytest.param(
        "De huisarts adviseert al twintig jaar patiënten in de wijk.",
        {},
        id="guard-adviseert-without-a-te-infinitive",
    ),
    # a passive cue before a quoted phrase: the "door X" agent uses the words
    pytest.param(
        "Ze wordt door de omroeper in de hal aangekondigd als ‘de goochelaar’. Ze gooit zo goed.",
        {"D de goochelaar": "omroeper"},
        id="passive-cue-with-door-agent-before-a-phrase",
    ),
    pytest.param(
        "Ze wordt in de hal aangekondigd als ‘de goochelaar’. Ze gooit zo goed.",
        {},
        id="guard-passive-cue-without-agent-names-nobody",
    ),
]

# rules that read Frog's tags (without Frog the surface keeps its older reading)
FROG_ROWS = [
    # "zei dat" with only a te-infinitive adjunct after it: "dat" is the object, no clause
    pytest.param(
        "De trainer zei dat na drie nederlagen op rij te hebben geleden.",
        {},
        id="dat-before-a-te-infinitive-adjunct-is-an-object",
    ),
    pytest.param(
        "De trainer zei dat de ploeg „niets te vrezen heeft” van de rivaal.",
        {"R de ploeg „niets te vrezen heeft” van de rivaal": "trainer"},
        id="guard-te-infinitive-with-a-finite-verb",
    ),
]


@pytest.mark.parametrize(("text", "found"), ROWS)
def test_quotes_detection14_rules(text: str, found: dict[str, str]) -> None:
    assert _found(Document(id="t", text=text, source="test")) == found


@pytest.mark.frog
@pytest.mark.parametrize(("text", "found"), ROWS + FROG_ROWS)
def test_quotes_detection14_rules_real_frog(frog, text: str, found: dict[str, str]) -> None:
    assert _found(_frog_doc(frog, text)) == found


def test_quotes_marks_closer_after_s_before_a_new_quote() -> None:
    text = "Toen kwam Daan ‘met al zijn praatjes’ Smit binnen en hij had het over de ‘echte’ fans."
    pairs, _ = qm.pair_marks(text, 0, len(text), None)
    assert [text[s:e] for s, e, _c in pairs] == ["met al zijn praatjes", "echte"]


def test_quotes_marks_possessive_s_still_skipped() -> None:
    text = "‘Het boek van Kees’ broer is dik’, zei ze."
    pairs, _ = qm.pair_marks(text, 0, len(text), None)
    assert [text[s:e] for s, e, _c in pairs] == ["Het boek van Kees’ broer is dik"]
