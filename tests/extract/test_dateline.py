"""One dateline reader (``extract/dateline.py``) on lines written for these tests."""

from __future__ import annotations

import pytest

from kroniek.extract.dateline import dateline_at, is_dateline_place


@pytest.mark.parametrize(
    ("text", "place", "dateline"),
    [
        pytest.param("HARDERWIJK - Een fietser is gewond.", "HARDERWIJK", True, id="place-before-a-dash"),
        pytest.param("DEN BOSCH – De raad stemt in.", "DEN BOSCH", True, id="two-words-en-dash"),
        pytest.param("TIEL (ANP) - Een dijk is hersteld.", "TIEL", True, id="agency-between-place-and-dash"),
        pytest.param("Harderwijk - Een fietser is gewond.", "Harderwijk", False, id="not-in-capitals"),
        pytest.param("Het bericht uit TIEL - kort.", "TIEL", False, id="not-opening-its-line"),
        pytest.param("DEN BOSCH – De raad stemt in.", "BOSCH", False, id="part-of-the-place"),
    ],
)
def test_dateline_place_is_the_whole_capitals_before_the_dash(text: str, place: str, dateline: bool) -> None:
    start = text.index(place)
    assert is_dateline_place(text, start, start + len(place)) is dateline


def test_dateline_at_ends_where_the_sentence_begins() -> None:
    text = "Nieuws\nZUTPHEN - Een brug is dicht."
    start = text.index("ZUTPHEN")
    assert dateline_at(text, start) == (start, start + 7, text.index("Een"))
