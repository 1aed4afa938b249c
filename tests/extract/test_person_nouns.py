"""One table of person nouns (``extract/person_nouns.py``), read by coreference (plurals) and by
the case linker (lemmas), on phrases written for these tests."""

from __future__ import annotations

import re

import pytest

from kroniek.extract.coref import GROUP_WORDS
from kroniek.extract.person_nouns import PERSON_LEMMAS, PERSON_NOUNS, PERSON_PLURALS


@pytest.mark.parametrize(
    ("text", "group"),
    [
        pytest.param("De twee ministers gaven een toelichting.", "De twee", id="two-ministers"),
        pytest.param("Volgens beide bewindslieden is het plan haalbaar.", "beide bewindslieden", id="both-office-holders"),
        pytest.param("Beide verdachten ontkennen.", "Beide verdachten", id="both-suspects"),
        pytest.param("Beide gedetineerden zijn teruggebracht.", "Beide gedetineerden", id="plural-from-the-case-nouns"),
        pytest.param("Beide fabrieken sluiten.", None, id="guard-no-person-noun"),
    ],
)
def test_person_nouns_plurals_make_a_group(text: str, group: str | None) -> None:
    m = GROUP_WORDS.search(text)
    assert (m.group(0) if m else None) == group


def test_person_nouns_one_table_for_both_readers() -> None:
    assert {"minister", "gedetineerde", "bewoner"} <= PERSON_LEMMAS
    plurals = re.compile(rf"(?:{PERSON_PLURALS})")
    assert all(plurals.fullmatch(p) for p in PERSON_NOUNS.values())
