"""A time that is an aside dates no happening of its sentence: years in brackets after a name
("Vincent van Gogh (1853-1890)": life years) and the other side of a comparison ("won net als vorig
jaar", "zoals in 2019", "meer dan vorig jaar"). A verb's own date stays, and so does a bracketed day
after no name. Real Frog; sentences written for these tests (the document is dated 14 March 2024)."""

from __future__ import annotations

import pytest
from frog_sentences import analysed, when_of

from kroniek.model import Document

pytestmark = [pytest.mark.frog, pytest.mark.slow]

SENTENCES = [
    "Een tekening van Vincent van Gogh (1853-1890) is in Londen geveild voor twaalf miljoen euro.",  # 0
    "De Zwitserse tennisser won net als vorig jaar de finale van het toernooi in Rotterdam.",  # 1
    "De Belgische wielrenner won zoals in 2019 de slotrit naar Parijs.",  # 2
    "De Franse renner won zaterdag net als zijn ploeggenoot de slotrit naar Parijs.",  # 3
    "De schilder Karel Appel (1921-2006) heeft dinsdag een prijs gekregen.",  # 4
    "Het museum is vorige week verkocht aan een Amerikaanse verzamelaar.",  # 5
]


@pytest.fixture(scope="module")
def doc(frog) -> Document:
    return analysed(frog, "time-aside", SENTENCES)


@pytest.mark.parametrize(
    "k, word, when",
    [
        pytest.param(0, "geveild", None, id="life-years-in-brackets-after-a-name-date-no-sale"),
        pytest.param(1, "won", None, id="net-als-vorig-jaar-is-the-other-side-of-a-comparison"),
        pytest.param(2, "won", None, id="zoals-in-a-year-is-the-other-side-of-a-comparison"),
        pytest.param(3, "won", "2024-03-09", id="the-verbs-own-day-stays-beside-a-comparison"),
        pytest.param(4, "gekregen", "2024-03-12", id="the-verbs-own-day-stays-beside-life-years"),
        pytest.param(5, "verkocht", "2024-W10", id="an-unbracketed-time-still-dates"),
    ],
)
def test_events_time_aside_dates_no_happening(doc: Document, k: int, word: str, when: str | None) -> None:
    assert when_of(doc, SENTENCES[k], word) == when
