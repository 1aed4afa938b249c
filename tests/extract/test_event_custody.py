"""The prosecution and escape rows of the event lexicon and the happening families: every way of
telling a charge or an absconding names one kind of happening, and persecution or a discharge from
prosecution is none (no Frog: the lexicon and families only)."""

from __future__ import annotations

import pytest

from kroniek.extract.events import lexicon
from kroniek.link.events.words import family_of


@pytest.mark.parametrize(
    "noun, expected",
    [
        pytest.param("vervolging", ("prosecute", "vervolging"), id="the-noun"),
        pytest.param("strafvervolging", ("prosecute", "vervolging"), id="a-compound-on-it"),
        pytest.param("aanklacht", ("prosecute", "aanklacht"), id="the-charge"),
        pytest.param("dagvaarding", ("prosecute", "dagvaarding"), id="the-summons"),
        pytest.param("ontsnapping", ("escape", "ontsnapping"), id="an-escape"),
        pytest.param("jodenvervolging", None, id="persecution-is-no-prosecution"),
        pytest.param("rechtsvervolging", None, id="discharge-from-prosecution-is-the-verdict-s"),
    ],
)
def test_event_custody_noun_types(noun: str, expected: tuple[str, str] | None) -> None:
    assert lexicon().noun_type(noun) == expected


@pytest.mark.parametrize(
    "lemma, family",
    [
        pytest.param("vervolgen", "prosecute", id="the-planned-and-passive-verb"),
        pytest.param("strafvervolging", "prosecute", id="a-compound-noun"),
        pytest.param("te last leggen", "prosecute", id="ten-laste-leggen-as-frog-lemmatises-it"),
        pytest.param("niet terugkeren", "escape", id="a-negated-return-from-leave"),
        pytest.param("niet terugkomen", "escape", id="its-other-verb"),
        pytest.param("aan toezicht onttrekken", "escape", id="withdrawn-from-supervision"),
        pytest.param("ontsnappen", "escape", id="the-plain-verb"),
        pytest.param("terugkeren", "", id="a-return-is-no-escape"),
    ],
)
def test_event_custody_families(lemma: str, family: str) -> None:
    assert family_of(lemma) == family
