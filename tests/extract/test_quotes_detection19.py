"""Quote detection rules of session 15 on sentences written for these tests: a "nog" or "ook"
between a cue and its te-infinitive group belongs to the reported words ("zei ook niet blij te
zijn"), the time words and adverbs of the saying itself do not ("zei gisteren al … te …"); a
verb of promising or threatening governs no reported clause ("beloofde … te bouwen", "werd
beloofd dat …") but still attributes a direct quote."""

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
    # promising and threatening: a commitment, no reported clause
    pytest.param(
        "De trainer werd ontslagen en beloofde nog wel de spelers een brief te schrijven.",
        {},
        id="beloven-te",
    ),
    pytest.param(
        "De burgemeester belooft dat de brug voor de zomer weer opengaat.",
        {},
        id="beloven-dat",
    ),
    pytest.param(
        "Aan de huurders werd beloofd dat de lift binnen een week gerepareerd zou zijn.",
        {},
        id="beloven-dat-passive",
    ),
    pytest.param(
        "Het bedrijf heeft toegezegd de schade aan de huizen te vergoeden.",
        {},
        id="toezeggen-te",
    ),
    pytest.param(
        "De vissers hebben onder meer gedreigd de haven morgen opnieuw te blokkeren.",
        {},
        id="dreigen-te",
    ),
    # guards: the same verb attributes a direct quote, and a verb of saying keeps its clause
    pytest.param(
        "„Volgend jaar staan we hier weer”, beloofde de zanger na afloop.",
        {"D Volgend jaar staan we hier weer": "zanger"},
        id="guard-beloven-attributes-a-quote",
    ),
    pytest.param(
        "De wethouder zei de bewoners voor de zomer een nieuwe speeltuin te gunnen.",
        {"R de bewoners voor de zomer een nieuwe speeltuin te gunnen": "wethouder"},
        id="guard-zeggen-te",
    ),
]


@pytest.mark.parametrize(("text", "found"), ROWS)
def test_quotes_detection19_rules(text: str, found: dict[str, str]) -> None:
    assert _found(Document(id="t", text=text, source="test")) == found


@pytest.mark.frog
@pytest.mark.parametrize(("text", "found"), ROWS)
def test_quotes_detection19_rules_real_frog(frog, text: str, found: dict[str, str]) -> None:
    assert _found(_frog_doc(frog, text)) == found
