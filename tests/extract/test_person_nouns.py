"""One table of person nouns (``extract/person_nouns.py``), read by coreference (plurals) and by
the case linker (lemmas), on phrases written for these tests."""

from __future__ import annotations

import re

import pytest

from kroniek.extract.coref import GROUP_WORDS
from kroniek.extract.person_nouns import (
    PERSON_LEMMAS,
    PERSON_NOUNS,
    PERSON_PLURALS,
    is_person_noun,
    person_noun,
    word_gender,
)


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


@pytest.mark.parametrize(
    ("word", "source", "gender"),
    [
        pytest.param("gedetineerde", "table", "", id="table-word-without-a-person-ending"),
        pytest.param("Vakbondsbestuurder,", "ending", "", id="ending-only-word-any-case-and-comma"),
        pytest.param("woordvoerster", "gender", "f", id="female-ending"),
        pytest.param("oud-presentatrice", "gender", "f", id="female-ending-after-a-hyphen"),
        pytest.param("moeder", "table", "f", id="table-word-with-its-gender"),
        pytest.param("minister", "table", "", id="ster-word-that-is-no-female-form"),
        pytest.param("burgemeester", "office", "", id="office-ending-in-meester"),
        pytest.param("orkester", None, "", id="guard-thing-with-a-person-ending"),
        pytest.param("handelsregister", None, "", id="guard-compound-thing-with-a-person-ending"),
        pytest.param("raming", None, "", id="guard-no-person-ending"),
    ],
)
def test_person_nouns_one_lookup(word: str, source: str | None, gender: str) -> None:
    noun = person_noun(word)
    assert (noun.source if noun else None) == source
    assert is_person_noun(word) == (source is not None)
    assert word_gender(word) == gender
    assert noun is None or noun.gender == gender


def test_person_nouns_lookup_keeps_the_plural() -> None:
    noun = person_noun("bewindsman")
    assert noun is not None and noun.plural == "bewindslieden"
