"""A time phrase in "van" after a noun that names no happening tells which one of those is meant
("de finaliste van vorig jaar", "de Winterspelen van 2026"), and so does one with any preposition in
an apposition set off by a comma ("Anna Jansen, de winnares van Wimbledon in 2016"): it dates no
happening of the sentence.
A happening noun keeps its own ("de aanval van vrijdag"), and a verb's own date stays. Real Frog;
sentences written for these tests (the document is dated 14 March 2024)."""

from __future__ import annotations

import pytest
from frog_sentences import analysed, when_of

from kroniek.model import Document

pytestmark = [pytest.mark.frog, pytest.mark.slow]

SENTENCES = [
    "De winnares van vorig jaar versloeg in de derde ronde een Tsjechische speelster.",  # 0
    "Het olympisch comité heeft de Winterspelen van 2026 toegewezen aan Milaan.",  # 1
    "De aanval van vrijdag werd later door een rebellengroep opgeëist.",  # 2
    "De kampioen van 2022 won zaterdag de slotrit in Parijs.",  # 3
    "De burgemeester van Utrecht heeft het plan op 3 maart gepresenteerd.",  # 4
    "De titelhoudster versloeg in de tweede ronde Anna Jansen, de Duitse winnares van Wimbledon in 2016.",  # 5
    "De politie heeft dinsdag Piet de Vries, de eigenaar van het café sinds 2010, aangehouden.",  # 6
]


@pytest.fixture(scope="module")
def doc(frog) -> Document:
    return analysed(frog, "time-of-noun", SENTENCES)


@pytest.mark.parametrize(
    "k, word, when",
    [
        pytest.param(0, "versloeg", None, id="last-years-finalist-does-not-date-the-win"),
        pytest.param(1, "toegewezen", None, id="the-games-of-2026-do-not-date-the-award"),
        pytest.param(2, "aanval", "2024-03-08", id="a-happening-noun-keeps-its-own-day"),
        pytest.param(3, "won", "2024-03-09", id="the-verbs-own-day-stays"),
        pytest.param(4, "gepresenteerd", "2024-03-03", id="a-dated-verb-with-a-van-name-in-its-subject"),
        pytest.param(5, "versloeg", None, id="an-apposition-with-in-and-a-year-dates-no-win"),
        pytest.param(6, "aangehouden", "2024-03-12", id="an-apposition-with-sinds-leaves-the-verbs-day"),
    ],
)
def test_events_time_of_a_noun_dates_no_happening(doc: Document, k: int, word: str, when: str | None) -> None:
    assert when_of(doc, SENTENCES[k], word) == when
