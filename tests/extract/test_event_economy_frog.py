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
    "De voetbalclub heeft de trainer na drie nederlagen op rij ontslagen.",  # 21
    "De staalfabriek ontslaat volgend jaar vierhonderd werknemers.",  # 22
    "De ploeg uit Limburg verloor zondag de eindstrijd van het toernooi.",  # 23
    "De titelstrijd in de eredivisie blijft spannend tot de laatste speelronde.",  # 24
    "De strijd om de macht in de partij laaide opnieuw op.",  # 25
    "De eigenaar van de kroeg moest een boete van vijfhonderd euro betalen.",  # 26
    "De aannemer betaalde jarenlang steekpenningen aan een ambtenaar.",  # 27
    "Het aantal bezoekers van het festival steeg dit jaar met acht procent.",  # 28
    "De thuisploeg verloor zaterdag met 2-1 van de koploper.",  # 29
    "De ploeg boekte na een achterstand toch nog de winst.",  # 30
    "Het chemieconcern boekte vorig jaar een flinke winst.",  # 31
    "De burgemeester nam vrijdag ontslag na de kritiek van de raad.",  # 32
    "Bij de drukkerij vallen dit jaar honderden ontslagen.",  # 33
    "De renster noteerde in de tijdrit de snelste tijd.",  # 34
    "De supermarkt heeft de medewerker na het incident ontslagen.",  # 35
    "Het aantal werklozen steeg vorige maand met twee procent.",  # 36
    "De rechtbank sprak de verdachte niet vrij maar bepaalde ontslag van rechtsvervolging.",  # 37
    "Het elftal verzekerde zich dinsdag van de groepswinst op het toernooi.",  # 38
    "Hij was blij dat hij de leiding in het klassement overnam.",  # 39
    "Het softwarebedrijf nam vorig jaar een concurrent uit Duitsland over.",  # 40
    "De renner dankt zijn gele trui aan de winst in de proloog.",  # 41
    "In de strijd om de bronzen medaille won de ploeg met 3-1 van Italië.",  # 42
    "Na de wedstrijd ontstond op straat een strijd tussen twee groepen supporters.",  # 43
    "Kan de ploeg zondag de groepswinst veiligstellen?",  # 44
    "Het geld was afkomstig uit de verkoop van cocaïne aan jongeren.",  # 45
    "De man verkocht jarenlang heroïne vanuit zijn woning.",  # 46
    "Het leger kocht vorig jaar nieuwe wapens in Amerika.",  # 47
    "De werkgever heeft de chauffeur op staande voet ontslagen.",  # 48
    "De Zweedse keeper heeft bij de club uit Zwolle een contract getekend.",  # 49
    "Het bedrijf tekende een contract met een leverancier uit China.",  # 50
    "De aanvaller heeft zijn contract bij de Engelse club verlengd.",  # 51
    "De assistent nam vorige week de rol van hoofdtrainer over.",  # 52
    "Het orkest gaat volgend jaar een fusie aan met het koor uit de stad.",  # 53
    "De twee banken kondigden maandag een fusie aan.",  # 54
    "Het theatergezelschap brengt dit seizoen drie nieuwe producties.",  # 55
    "De productie van de fabriek lag wekenlang stil.",  # 56
    "De machine produceerde een hard piepend geluid.",  # 57
    "Zij investeert veel tijd in haar nieuwe vrienden.",  # 58
    "Het pensioenfonds investeerde twee miljard euro in windparken.",  # 59
    "Jan de Vries is dicht bij een contract bij de club uit Tilburg.",  # 60
    "Bij de Engelse club ligt een contract voor de jonge verdediger klaar.",  # 61
    "De bouwer kreeg het contract voor de nieuwe brug.",  # 62
    "De actrice heeft nu rollen in twee grote Amerikaanse producties gekregen.",  # 63
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
        pytest.param(16, "aanwinst", None, id="a-new-signing-is-no-profit"),  # no happening of its own (event_types.tsv "aanwinst N -")
        pytest.param(17, "val", "accident", id="a-fall-from-scaffolding"),
        pytest.param(18, "zakte", "economy", id="a-share-price-drops"),
        pytest.param(19, "drugshandel", "crime", id="the-drug-trade-is-a-crime"),
        pytest.param(20, "handel", "economy", id="trade-with-a-country-stays-economy"),
        pytest.param(21, "ontslagen", "withdraw", id="a-coach-dismissed-withdraws"),
        pytest.param(22, "ontslaat", "economy", id="a-lay-off-of-workers"),
        pytest.param(23, "eindstrijd", "contest", id="a-final-on-strijd-is-a-contest"),
        pytest.param(23, "verloor", "contest", id="losing-a-final-on-strijd"),
        pytest.param(24, "titelstrijd", "contest", id="a-title-race-is-a-contest"),
        pytest.param(25, "strijd", "attack", id="a-struggle-for-power-stays-a-fight"),
        pytest.param(26, "betalen", "other", id="paying-a-fine-is-no-economy"),
        pytest.param(27, "betaalde", "crime", id="paying-bribes-is-a-crime"),
        pytest.param(28, "steeg", "other", id="a-count-rising-by-a-percentage"),
        pytest.param(29, "verloor", "contest", id="losing-by-a-score"),
        pytest.param(30, "winst", "contest", id="a-win-after-trailing"),
        pytest.param(31, "winst", "economy", id="a-company-makes-a-profit"),
        pytest.param(32, "ontslag", "withdraw", id="a-mayor-resigns"),
        pytest.param(33, "ontslagen", "economy", id="plural-lay-offs"),
        pytest.param(34, "noteerde", "contest", id="a-race-time-noted"),
        pytest.param(35, "ontslagen", "withdraw", id="one-employee-dismissed"),
        pytest.param(36, "steeg", "economy", id="a-count-of-the-unemployed-rises"),
        pytest.param(37, "ontslag", "verdict", id="a-discharge-from-prosecution"),
        pytest.param(38, "groepswinst", "contest", id="a-compound-on-winst-by-a-match-part"),
        pytest.param(39, "overnam", "contest", id="taking-the-lead-in-a-ranking"),
        pytest.param(40, "nam", "economy", id="a-company-takes-over-a-rival"),
        pytest.param(41, "winst", "contest", id="a-win-in-the-prologue"),
        pytest.param(42, "strijd", "contest", id="a-struggle-for-a-medal"),
        pytest.param(43, "strijd", "attack", id="a-street-fight-after-a-match-stays-a-fight"),
        pytest.param(44, "groepswinst", "contest", id="a-win-told-by-a-support-verb"),
        pytest.param(45, "verkoop", "crime", id="selling-cocaine-is-a-crime"),
        pytest.param(46, "verkocht", "crime", id="selling-heroin-is-a-crime"),
        pytest.param(47, "kocht", "economy", id="an-army-buying-arms-is-no-crime"),
        pytest.param(48, "ontslagen", "withdraw", id="dismissed-on-the-spot-reaches-the-dismissal-rule"),
        pytest.param(49, "getekend", "appoint", id="a-keeper-signs-a-contract"),
        pytest.param(50, "contract", "economy", id="a-company-signs-a-contract"),
        pytest.param(51, "contract", "appoint", id="his-contract-at-a-club"),
        pytest.param(52, "nam", "appoint", id="taking-over-a-role"),
        pytest.param(53, "fusie", "other", id="an-orchestra-merges"),
        pytest.param(54, "fusie", "economy", id="two-banks-merge"),
        pytest.param(55, "producties", "other", id="a-theatre-company-s-productions"),
        pytest.param(56, "productie", "economy", id="a-factory-s-production"),
        pytest.param(57, "produceerde", "other", id="a-machine-produces-a-sound"),
        pytest.param(58, "investeert", "other", id="investing-time"),
        pytest.param(59, "investeerde", "economy", id="investing-money"),
        pytest.param(60, "contract", "appoint", id="a-named-player-near-a-contract"),
        pytest.param(61, "contract", "appoint", id="a-contract-for-a-defender"),
        pytest.param(62, "contract", "economy", id="a-builder-s-contract-for-a-bridge"),
        pytest.param(63, "producties", "other", id="roles-in-productions-told-by-a-support-verb"),
    ],
)
def test_economy_needs_an_economic_argument(doc: Document, k: int, word: str, typ: str | None) -> None:
    found = triggers(doc, SENTENCES[k])
    assert found.get(word) == typ, found
