"""A deverbal noun's verb from Frog's morphemes, and the type it inherits (no Frog needed)."""

from __future__ import annotations

import pytest

from kroniek.extract.event_deverbal import deverbal_type, infinitives, verb_stem

VERBS = {"intrekken": "withdraw", "arresteren": "arrest", "verkiezen": "election", "melden": "statement",
         "betalen": "economy", "stellen": "statement", "stelen": "crime", "leven": "other"}


@pytest.mark.parametrize(
    "morph, stem",
    [("[in][trek][ing]", "intrek"), ("[arrest][eer][atie][s]", "arresteer"), ("[ver][kies][ing][en]", "verkies"),
     ("[win][st]", None), ("[titel]", None), ("[ing]", None)],
)
def test_verb_stem(morph: str, stem: str | None) -> None:
    assert verb_stem(morph) == stem


def test_infinitives_spelling() -> None:
    assert infinitives("intrek")[0] == "intrekken"
    assert infinitives("arresteer")[0] == "arresteren"
    assert infinitives("verkies")[0] == "verkiezen"
    assert infinitives("leef")[0] == "leven"
    assert infinitives("stel")[0] == "stellen"  # a short vowel: not "stelen"


@pytest.mark.parametrize(
    "morph, expected",
    [("[in][trek][ing]", ("withdraw", "intrekken")), ("[arrest][eer][atie]", ("arrest", "arresteren")),
     ("[ver][kies][ing][en]", ("election", "verkiezen")),
     ("[meld][ing]", None),  # a saying's noun
     ("[betaal][ing]", None),  # economy nouns are listed one by one
     ("[stel][ing]", None),  # "stellen" (a saying), never "stelen"
     ("[vergader][ing]", None)],  # an unlisted verb
)
def test_deverbal_type(morph: str, expected: tuple[str, str] | None) -> None:
    assert deverbal_type(morph, VERBS) == expected
