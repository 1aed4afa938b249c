"""Trigger recall and typing for real happenings, on Dutch news sentences through real Frog.

The sentences are written for these tests, in the style of Dutch news reports of shootings,
accidents, deaths, fires, occupations, protests and court cases (one document, one Frog run).
"""

from __future__ import annotations

import pytest

from kroniek.extract.events import EventExtractor
from kroniek.model import Document, EventMention, PublishedDate

pytestmark = [pytest.mark.frog, pytest.mark.slow]

SENTENCES = [
    "Bij een schietpartij in Rotterdam is zaterdagnacht een man gewond geraakt.",  # 0
    "Twee mensen zijn omgekomen bij een zware aanrijding op de A7.",  # 1
    "De oud-burgemeester is dinsdag op 83-jarige leeftijd heengegaan.",  # 2
    "Actievoerders hebben dinsdag het provinciehuis in Zwolle bezet.",  # 3
    "De bezetting van het stadhuis duurde drie dagen.",  # 4
    "De boeren hebben maandag actie gevoerd op het Malieveld.",  # 5
    "Het vuur sloeg over naar de schuur van de buren.",  # 6
    "De minister ligt al weken onder vuur in de Kamer.",  # 7
    "De brandweer kreeg de uitslaande brand pas na uren onder controle.",  # 8
    "Brand bij garagebedrijf in Zwolle, niemand gewond.",  # 9
    "Bij een gasexplosie in een flat raakten vier bewoners gewond.",  # 10
    "De rechtbank veroordeelde de man tot zes jaar cel.",  # 11
    "De vrouw is vorig jaar veroordeeld voor doodslag.",  # 12
    "Nederland veroordeelde de aanval op de ambassade.",  # 13
    "Een auto botste frontaal op een vrachtwagen.",  # 14
    "Supporters botsten na afloop met de politie.",  # 15
    "Coalitie en oppositie botsten gisteren over de begroting.",  # 16
    "Een fietser werd bij de overweg geschept door een trein.",  # 17
    "Honderden studenten hielden een protestmars door het centrum.",  # 18
    "Bij de steekpartij raakte een jongen zwaargewond.",  # 19
    "De agenten hebben het vuur geopend op de auto.",  # 20
    "De winkel houdt deze week een actie met hoge kortingen.",  # 21
]


@pytest.fixture(scope="module")
def doc(frog) -> Document:
    from kroniek.analyse.annotator import FrogAnnotator
    from kroniek.extract.ner import CrfNer
    from kroniek.extract.timex import TimexTagger

    text = "\n\n".join(SENTENCES)
    d = Document(id="recall", text=text, source="test",
                 published=PublishedDate("2019-06-14", "day", "metadata", "2019-06-14"))
    d = TimexTagger()(CrfNer()(FrogAnnotator(frog)(d)))
    return EventExtractor()(d)


def _triggers(doc: Document, k: int) -> dict[str, EventMention]:
    a = doc.text.index(SENTENCES[k])
    b = a + len(SENTENCES[k])
    return {doc.text[e.start : e.end]: e for e in doc.events if a <= e.start < b}


@pytest.mark.parametrize(
    "k, word, typ",
    [
        pytest.param(0, "schietpartij", "attack", id="shooting-compound-on-partij"),
        pytest.param(1, "omgekomen", "kill", id="omkomen-is-dying-like-om-het-leven-komen"),
        pytest.param(1, "aanrijding", "accident", id="collision-nominalisation"),
        pytest.param(2, "heengegaan", "kill", id="heengaan-is-dying"),
        pytest.param(3, "bezet", "protest", id="occupying-a-building-participle"),
        pytest.param(4, "bezetting", "protest", id="occupation-noun"),
        pytest.param(5, "actie", "protest", id="actie-voeren-makes-actie-a-protest"),
        pytest.param(6, "vuur", "fire", id="vuur-as-subject-of-a-verb-is-a-fire"),
        pytest.param(8, "brand", "fire", id="brand-is-fire-not-accident"),
        pytest.param(9, "Brand", "fire", id="sentence-initial-brand-frog-takes-for-a-name"),
        pytest.param(10, "gasexplosie", "accident", id="an-explosion-is-not-an-attack"),
        pytest.param(11, "veroordeelde", "verdict", id="court-to-a-sentence-is-a-verdict"),
        pytest.param(12, "veroordeeld", "verdict", id="passive-veroordeeld-without-door-is-a-verdict"),
        pytest.param(13, "veroordeelde", "criticize", id="a-country-condemning-is-criticism"),
        pytest.param(14, "botste", "accident", id="botsen-with-a-vehicle-is-an-accident"),
        pytest.param(15, "botsten", "attack", id="botsen-with-the-police-is-a-clash"),
        pytest.param(16, "botsten", "criticize", id="botsen-over-a-budget-is-a-dispute"),
        pytest.param(17, "geschept", "accident", id="passive-by-a-train-is-an-accident"),
        pytest.param(18, "protestmars", "protest", id="generic-head-mars-with-protest-modifier"),
        pytest.param(19, "steekpartij", "attack", id="stabbing-compound"),
        pytest.param(20, "vuur", "attack", id="het-vuur-openen-is-shooting"),
    ],
)
def test_events_recall_real_happenings(doc, k, word, typ):
    found = _triggers(doc, k)
    assert word in found, (SENTENCES[k], sorted(found))
    assert found[word].type == typ


@pytest.mark.parametrize(
    "k, word",
    [
        pytest.param(7, "vuur", id="onder-vuur-liggen-is-criticism-idiom-not-a-fire"),
        pytest.param(21, "actie", id="a-shop-sale-is-no-protest"),
    ],
)
def test_events_recall_not_triggers(doc, k, word):
    assert word not in _triggers(doc, k)
