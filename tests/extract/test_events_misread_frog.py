"""Words the event lexicon misread on real news: "een stap gezet" (Frog's lemma "opzetten") is an
idiom, "zich aan iets houden" is complying and no arrest, "de Hoge Raad" is a court, and "aanbod"
is no economic happening unless someone makes an offer. Real Frog; sentences written for these tests."""

from __future__ import annotations

import pytest
from frog_sentences import analysed, triggers

from kroniek.model import Document

pytestmark = [pytest.mark.frog, pytest.mark.slow]

SENTENCES = [
    "Het kabinet heeft een nieuwe stap gezet in de zaak.",  # 0
    "Volgens Brussel is het de vraag of Iran zich aan deze samenwerking houdt.",  # 1
    "De politie hield de verdachte zaterdag in Utrecht aan.",  # 2
    "De Hoge Raad deed dinsdag uitspraak in de zaak.",  # 3
    "De Hoge Raad oordeelde vrijdag dat de straf te zwaar was.",  # 4
    "De raad deed een aanbod aan de oppositie.",  # 5
    "Het aanbod van huurwoningen daalde vorig jaar.",  # 6
    "Het bedrijf zette maandag een nieuwe fabriek op.",  # 7
    "Teheran hield zich vorig jaar aan de afspraken.",  # 8
    "Iran heeft zich lang gehouden aan de afspraken.",  # 9
    "De politie heeft de betogers vrijdag urenlang vastgehouden.",  # 10
    "De rechtbank heeft vier mannen veroordeeld voor hun rol bij de ontvoering van een zakenman in 2017.",  # 11
]


@pytest.fixture(scope="module")
def doc(frog) -> Document:
    return analysed(frog, "misread", SENTENCES)


def _triggers(doc: Document, k: int) -> dict[str, str]:
    return triggers(doc, SENTENCES[k])


@pytest.mark.parametrize(
    "k, word, typ",
    [
        pytest.param(0, "gezet", None, id="een-stap-gezet-lemmatised-opzetten-is-an-idiom"),
        pytest.param(7, "zette", "other", id="a-real-opzetten-with-its-particle-stays"),
        pytest.param(1, "houdt", None, id="zich-aan-iets-houden-is-no-arrest"),
        pytest.param(8, "hield", None, id="zich-aan-iets-houden-is-complying"),
        pytest.param(9, "gehouden", None, id="zich-gehouden-aan-is-complying"),
        pytest.param(10, "vastgehouden", "other", id="holding-people-without-zich-stays-a-happening"),
        pytest.param(2, "hield", "arrest", id="aanhouden-with-its-particle-stays-an-arrest"),
        pytest.param(3, "uitspraak", "verdict", id="the-hoge-raad-doet-uitspraak"),
        pytest.param(4, "oordeelde", "verdict", id="the-hoge-raad-oordeelt"),
        pytest.param(5, "aanbod", "cooperate", id="een-aanbod-doen-is-an-offer"),
        pytest.param(6, "aanbod", None, id="aanbod-as-supply-is-no-happening"),
    ],
)
def test_events_misread_words(doc: Document, k: int, word: str, typ: str | None) -> None:
    assert _triggers(doc, k).get(word) == typ, _triggers(doc, k)


def test_events_misread_kidnapping_takes_its_own_year(doc: Document) -> None:
    """"ontvoering" is a happening (CAMEO 181), so "in 2017" after it dates the kidnapping, not the verdict."""
    a = doc.text.index(SENTENCES[11])
    when = {doc.text[e.start : e.end]: (e.type, e.when) for e in doc.events if a <= e.start}
    assert when.get("ontvoering") == ("attack", "2017"), when
    assert when.get("veroordeeld", ("", ""))[1] != "2017", when
