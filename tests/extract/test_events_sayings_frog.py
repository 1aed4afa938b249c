"""Speaking out, pleading and thanking are statements (kroniek/data/event_types.tsv), folded into
what they report like any saying, never a happening of type other. Real Frog; sentences written
for these tests."""

from __future__ import annotations

import pytest
from frog_sentences import analysed, triggers

from kroniek.model import Document

pytestmark = [pytest.mark.frog, pytest.mark.slow]

SENTENCES = [
    "De minister pleitte gisteren in de Kamer voor strengere regels.",  # 0
    "De zangeres bedankte na afloop haar fans voor de steun.",  # 1
    "De burgemeester heeft zich uitgesproken tegen het plan.",  # 2
]


@pytest.fixture(scope="module")
def doc(frog) -> Document:
    return analysed(frog, "sayings", SENTENCES)


@pytest.mark.parametrize(
    "k, word",
    [
        pytest.param(0, "pleitte", id="pleading-for-something-is-saying-it"),
        pytest.param(1, "bedankte", id="thanking-is-a-speech-act"),
        pytest.param(2, "uitgesproken", id="speaking-out-against-is-saying"),
    ],
)
def test_events_sayings_are_statements(doc: Document, k: int, word: str) -> None:
    assert triggers(doc, SENTENCES[k]).get(word) == "statement", triggers(doc, SENTENCES[k])
