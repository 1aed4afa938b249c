"""Quote detection rules of session 12 (causes found in three or more dev batches) on sentences
written for these tests: which quotations and reported clauses are found, with the last word of
their speaker."""

from __future__ import annotations

import pytest
from quote_rows import found as _found
from quote_rows import frog_doc as _frog_doc

from kroniek.model import Document

ROWS = [
    # a te-infinitive group coordinated with a second one ("… te bereiden en … te zoeken")
    # is one reported clause, not cut at "en"
    pytest.param(
        "De wethouder zei gisteren de begroting opnieuw te bekijken en de bewoners te horen.",
        {"R de begroting opnieuw te bekijken en de bewoners te horen": "wethouder"},
        id="coordinated-te-infinitives-are-one-clause",
    ),
    pytest.param(
        "De trainer zegt zijn ploeg te steunen en hij blijft tot het einde.",
        {"R zijn ploeg te steunen": "trainer"},
        id="guard-en-with-a-new-subject-ends-the-group",
    ),
    # an "of" right after the infinitive's verbs opens its indirect question: the reported
    # words run on to the end of the clause
    pytest.param(
        "De burgemeester zei vorige week te willen onderzoeken of de markt op zondag open kan "
        "blijven.",
        {"R te willen onderzoeken of de markt op zondag open kan blijven": "burgemeester"},
        id="of-after-the-infinitive-opens-its-question",
    ),
]


@pytest.mark.parametrize(("text", "found"), ROWS)
def test_quotes_detection15_rules(text: str, found: dict[str, str]) -> None:
    assert _found(Document(id="t", text=text, source="test")) == found


@pytest.mark.frog
@pytest.mark.parametrize(("text", "found"), ROWS)
def test_quotes_detection15_rules_real_frog(frog, text: str, found: dict[str, str]) -> None:
    assert _found(_frog_doc(frog, text)) == found
