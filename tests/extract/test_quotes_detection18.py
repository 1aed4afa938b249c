"""Quote detection rules of session 14 on sentences written for these tests: a quoted phrase
that a verb qualifies somebody or something "als" ("roemt hem als „…”", "heeft … afgedaan als
„…”") is its subject's words, not a term."""

from __future__ import annotations

import pytest
from quote_rows import found as _found
from quote_rows import frog_doc as _frog_doc

from kroniek.model import Document

ROWS = [
    # a verb of qualifying "als" a quoted phrase: the subject's words
    pytest.param(
        "Het museum roemt de schilder als “de meester van het licht”, die veel leerlingen had.",
        {"D de meester van het licht": "museum"},
        id="roemen-als",
    ),
    pytest.param(
        "De wethouder heeft de klachten van de bewoners steeds afgedaan als “overdreven en "
        "ongegrond”.",
        {"D overdreven en ongegrond": "wethouder"},
        id="afdoen-als-participle",
    ),
    pytest.param(
        "De bond bestempelde het nieuwe rooster als ‘onwerkbaar voor gezinnen’.",
        {"D onwerkbaar voor gezinnen": "bond"},
        id="bestempelen-als",
    ),
    # guards: a quoted term after an article, a capitalised name after "noemen … de", and a
    # verb that qualifies without "als" before the quote
    pytest.param(
        "Hij sliep die zomer in de ‘hut’ achter het huis van zijn tante.",
        {},
        id="guard-term-after-an-article",
    ),
    pytest.param(
        "De supporters noemen de ‘Schaal van de Stad’ hun mooiste prijs.",
        {},
        id="guard-capitalised-name-after-noemen-de",
    ),
    pytest.param(
        "De recensent prees de ‘rauwe’ stem van de zangeres.",
        {},
        id="guard-qualifying-verb-without-als",
    ),
]


@pytest.mark.parametrize(("text", "found"), ROWS)
def test_quotes_detection18_rules(text: str, found: dict[str, str]) -> None:
    assert _found(Document(id="t", text=text, source="test")) == found


@pytest.mark.frog
@pytest.mark.parametrize(("text", "found"), ROWS)
def test_quotes_detection18_rules_real_frog(frog, text: str, found: dict[str, str]) -> None:
    assert _found(_frog_doc(frog, text)) == found
