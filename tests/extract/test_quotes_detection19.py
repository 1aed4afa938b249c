"""Quote detection rules of session 15 on sentences written for these tests: a "nog" or "ook"
between a cue and its te-infinitive group belongs to the reported words ("zei ook niet blij te
zijn"), the time words and adverbs of the saying itself do not ("zei gisteren al … te …")."""

from __future__ import annotations

import pytest
from quote_rows import found as _found
from quote_rows import frog_doc as _frog_doc

from kroniek.model import Document

ROWS = [
    # "nog" and "ook" before the infinitive group are part of what is said
    pytest.param(
        "De woningcorporatie zegt nog geld te verwachten van de provincie.",
        {"R nog geld te verwachten van de provincie": "woningcorporatie"},
        id="nog-before-the-group",
    ),
    pytest.param(
        "De vakbond zei al ook niet tevreden te zijn met het nieuwe rooster.",
        {"R ook niet tevreden te zijn met het nieuwe rooster": "vakbond"},
        id="ook-after-al",
    ),
    # guards: a time word and an adverb of the saying stay outside the reported words
    pytest.param(
        "De burgemeester zei gisteren de brug in het voorjaar te willen openen.",
        {"R de brug in het voorjaar te willen openen": "burgemeester"},
        id="guard-time-word-of-the-saying",
    ),
    pytest.param(
        "De trainer zei al de selectie pas na het weekend te zullen bekendmaken.",
        {"R de selectie pas na het weekend te zullen bekendmaken": "trainer"},
        id="guard-al-of-the-saying",
    ),
]


@pytest.mark.parametrize(("text", "found"), ROWS)
def test_quotes_detection19_rules(text: str, found: dict[str, str]) -> None:
    assert _found(Document(id="t", text=text, source="test")) == found


@pytest.mark.frog
@pytest.mark.parametrize(("text", "found"), ROWS)
def test_quotes_detection19_rules_real_frog(frog, text: str, found: dict[str, str]) -> None:
    assert _found(_frog_doc(frog, text)) == found
