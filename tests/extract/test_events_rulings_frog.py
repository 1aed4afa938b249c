"""Rulings told with other words than "veroordeeld", and "noodweer" as a storm or as
self-defence: a court that "oordeelde" or did "uitspraak" gives a verdict, a sentence "opgelegd"
is a verdict, a minister's "uitspraak" stays a saying; "noodweer" is a storm unless the sentence
is court news or it follows "uit"/"op". Real Frog; sentences written for these tests."""

from __future__ import annotations

import pytest
from frog_sentences import analysed, triggers

from kroniek.model import Document

pytestmark = [pytest.mark.frog, pytest.mark.slow]

SENTENCES = [
    "De rechter oordeelde dinsdag dat de vliegmaatschappij de passagiers moet compenseren.",  # 0
    "De rechtbank deed woensdag uitspraak in de zaak tegen de bouwer.",  # 1
    "De uitspraak van de minister over de asielzoekers leidde tot ophef.",  # 2
    "De politierechter heeft de man donderdag een taakstraf opgelegd.",  # 3
    "Door noodweer op Kreta kwamen zondag vier toeristen om het leven.",  # 4
    "De verdachte beriep zich op noodweer omdat hij werd aangevallen.",  # 5
    "Volgens de rechtbank handelde de man uit noodweer.",  # 6
    "De criticus oordeelde dat de film te lang duurde.",  # 7
]


@pytest.fixture(scope="module")
def doc(frog) -> Document:
    return analysed(frog, "rulings", SENTENCES)


def _triggers(doc: Document, k: int) -> dict[str, str]:
    return triggers(doc, SENTENCES[k])


@pytest.mark.parametrize(
    "k, word, typ",
    [
        pytest.param(0, "oordeelde", "verdict", id="a-judge-oordeelt-is-a-ruling"),
        pytest.param(1, "uitspraak", "verdict", id="a-court-doet-uitspraak"),
        pytest.param(2, "uitspraak", "statement", id="a-ministers-uitspraak-is-saying"),
        pytest.param(3, "opgelegd", "verdict", id="a-sentence-opgelegd-takes-the-nouns-type"),
        pytest.param(4, "noodweer", "accident", id="noodweer-as-a-storm"),
        pytest.param(5, "noodweer", None, id="zich-op-noodweer-beroepen-is-self-defence"),
        pytest.param(6, "noodweer", None, id="uit-noodweer-in-court-news"),
        pytest.param(7, "oordeelde", "statement", id="a-critic-oordeelt-is-saying"),
    ],
)
def test_events_ruling_and_storm_words(doc: Document, k: int, word: str, typ: str | None) -> None:
    assert _triggers(doc, k).get(word) == typ, _triggers(doc, k)
