"""The economy type only with an economic argument (kroniek.extract.event_economy): rising,
falling, growing, losing, closing and trading are economy with a price, a turnover, a company, an
economic adjective or an amount of money or a percentage; a ranking or a match makes them a
contest, a government's fall its withdrawal, trade in arms a crime, and the rest stays untyped.
Real Frog; sentences written for these tests."""

from __future__ import annotations

import pytest
from frog_sentences import analysed, triggers

from kroniek.model import Document

pytestmark = [pytest.mark.frog, pytest.mark.slow]

SENTENCES = [
    "De prijs van benzine is vorige week met vier procent gestegen.",  # 0
    "Intussen groeit de onrust in het dorp over de plannen van de gemeente.",  # 1
    "De tennisster is vorige week gezakt op de wereldranglijst.",  # 2
    "Na de val van het kabinet werden nieuwe verkiezingen uitgeschreven.",  # 3
    "De omzet van de keten daalde in het tweede kwartaal.",  # 4
    "Het waterpeil in het meer daalde na weken van droogte.",  # 5
    "De bakkers meldden een forse prijsstijging voor brood.",  # 6
    "De Spanjaard verloor zondag de finale in drie sets.",  # 7
    "Het bedrijf verloor vorig jaar twee miljoen euro.",  # 8
    "De politie heeft een bende opgerold die handelde in wapens.",  # 9
    "De economische groei viel in het voorjaar tegen.",  # 10
    "Het museum sloot zaterdag zijn deuren voor een verbouwing.",  # 11
    "De fabriek van de koekjesbakker sloot vorige maand.",  # 12
    "De zoektocht naar de vermiste wandelaar heeft niets opgeleverd.",  # 13
    "Het buurland wil de getroffen boeren financiële hulp bieden.",  # 14
    "Na de verloren bekerfinale bleef het stil in de kleedkamer.",  # 15
    "De club presenteerde dinsdag een nieuwe aanwinst uit Brazilië.",  # 16
    "De bouwvakker raakte gewond bij een val van een steiger.",  # 17
    "De koers van het aandeel zakte na de koersval van vorige week verder.",  # 18
    "De douane onderschepte vorig jaar veel containers voor de drugshandel.",  # 19
    "De handel met Japan is vorig jaar flink gegroeid.",  # 20
]


@pytest.fixture(scope="module")
def doc(frog) -> Document:
    return analysed(frog, "economy", SENTENCES)


@pytest.mark.parametrize(
    "k, word, typ",
    [
        pytest.param(0, "gestegen", "economy", id="a-price-rises-by-a-percentage"),
        pytest.param(1, "groeit", "other", id="unrest-grows-is-no-economy"),
        pytest.param(2, "gezakt", "contest", id="a-drop-in-the-ranking-is-a-contest"),
        pytest.param(3, "val", "withdraw", id="a-cabinet-falls"),
        pytest.param(4, "daalde", "economy", id="turnover-falls"),
        pytest.param(5, "daalde", "other", id="the-water-level-falls"),
        pytest.param(6, "prijsstijging", "economy", id="a-compound-on-a-price"),
        pytest.param(7, "verloor", "contest", id="losing-a-final"),
        pytest.param(8, "verloor", "economy", id="losing-money"),
        pytest.param(9, "handelde", "crime", id="trading-in-arms"),
        pytest.param(10, "groei", "economy", id="economic-growth"),
        pytest.param(11, "sloot", "other", id="a-museum-closes"),
        pytest.param(12, "sloot", "economy", id="a-factory-closes"),
        pytest.param(13, "opgeleverd", "other", id="a-search-yields-nothing"),
        pytest.param(14, "bieden", "aid", id="offering-financial-help-is-aid"),
        pytest.param(15, "verloren", "contest", id="an-attributive-participle-reads-its-noun"),
        pytest.param(16, "aanwinst", "other", id="a-new-signing-is-no-profit"),
        pytest.param(17, "val", "accident", id="a-fall-from-scaffolding"),
        pytest.param(18, "zakte", "economy", id="a-share-price-drops"),
        pytest.param(19, "drugshandel", "crime", id="the-drug-trade-is-a-crime"),
        pytest.param(20, "handel", "economy", id="trade-with-a-country-stays-economy"),
    ],
)
def test_economy_needs_an_economic_argument(doc: Document, k: int, word: str, typ: str | None) -> None:
    found = triggers(doc, SENTENCES[k])
    assert found.get(word) == typ, found
