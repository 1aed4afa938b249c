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


# with Frog's tags: a sentence opened by "volgens X" has its finite verb right after the whole
# phrase, so the reported words start there, not inside a long speaker phrase
FROG_ROWS = [
    pytest.param(
        "Volgens de trainer van de jonge en onervaren Belgische ploeg is de finale nog niet "
        "verloren.",
        {"R is de finale nog niet verloren": "ploeg"},
        id="volgens-a-long-phrase-up-to-the-finite-verb",
    ),
    pytest.param(
        "Volgens de burgemeester, die het dorp gisteren bezocht, zijn de bewoners erg geschrokken.",
        {"R zijn de bewoners erg geschrokken": "burgemeester"},
        id="volgens-x-with-a-relative-clause-between-commas",
    ),
    pytest.param(
        "Volgens de politie is de man gisteren in Zwolle aangehouden.",
        {"R is de man gisteren in Zwolle aangehouden": "politie"},
        id="guard-volgens-with-the-verb-right-after",
    ),
]


@pytest.mark.parametrize(("text", "found"), ROWS)
def test_quotes_detection15_rules(text: str, found: dict[str, str]) -> None:
    assert _found(Document(id="t", text=text, source="test")) == found


@pytest.mark.frog
@pytest.mark.parametrize(("text", "found"), ROWS + FROG_ROWS)
def test_quotes_detection15_rules_real_frog(frog, text: str, found: dict[str, str]) -> None:
    assert _found(_frog_doc(frog, text)) == found
