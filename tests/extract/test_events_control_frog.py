"""Verbs that govern a happening without being one, and words the lexicon misread on real news:
an attempt, wish or beginning ("probeerden te vluchten", "begonnen met een staking") and
"dreigen" with an infinitive its subject undergoes ("dreigt failliet te gaan") are no events,
while a real threat stays one. Real Frog; sentences written for these tests."""

from __future__ import annotations

import pytest
from frog_sentences import analysed, triggers

from kroniek.model import Document

pytestmark = [pytest.mark.frog, pytest.mark.slow]

SENTENCES = [
    "De gevangenen probeerden zaterdag uit het kamp te vluchten.",  # 0
    "Duizenden meisjes dreigen dit jaar besneden te worden.",  # 1
    "De fabriek dreigt failliet te gaan.",  # 2
    "De vakbond dreigde vorige week met een staking.",  # 3
    "De chauffeurs begonnen maandag met een staking.",  # 4
    "De man probeerde de politie te ontlopen, maar werd gisteren opgepakt.",  # 5
    "Het bedrijf probeerde het eens met een nieuwe aanpak.",  # 6
    "De Russische regering dreigde de ambassadeur uit te zetten.",  # 7
]


@pytest.fixture(scope="module")
def doc(frog) -> Document:
    return analysed(frog, "control", SENTENCES)


def _triggers(doc: Document, k: int) -> dict[str, str]:
    return triggers(doc, SENTENCES[k])


@pytest.mark.parametrize(
    "k, word, typ",
    [
        pytest.param(0, "probeerden", None, id="an-attempt-is-no-happening"),
        pytest.param(1, "dreigen", None, id="dreigen-passive-infinitive-is-a-risk"),
        pytest.param(2, "dreigt", None, id="dreigen-failliet-te-gaan-is-a-risk"),
        pytest.param(3, "dreigde", "threaten", id="threatening-a-strike-stays-a-threat"),
        pytest.param(3, "staking", "protest", id="the-threatened-strike-stays"),
        pytest.param(4, "begonnen", None, id="beginning-with-a-strike-is-the-strike"),
        pytest.param(4, "staking", "protest", id="the-strike-begun-stays"),
        pytest.param(5, "probeerde", None, id="an-attempt-in-a-coordination"),
        pytest.param(5, "opgepakt", "arrest", id="the-arrest-after-the-attempt-stays"),
        pytest.param(6, "probeerde", "other", id="trying-something-without-verb-stays"),
        pytest.param(7, "dreigde", "threaten", id="threatening-to-expel-is-a-threat-not-uitdreigen"),
    ],
)
def test_events_control_verbs(doc: Document, k: int, word: str, typ: str | None) -> None:
    assert _triggers(doc, k).get(word) == typ, _triggers(doc, k)
