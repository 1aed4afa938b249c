"""Transfers and titles typed by their arguments (kroniek.extract.event_transfer): a verb or noun of
moving is a transfer when a player, coach or manager moves to or from a club or firm, in any tense
("verhuist naar", "komt over van", "de komst van trainer ... naar"), and a club taking one on is too
("heeft de spits vastgelegd"); a family moving house, a train arriving or a minister coming to
parliament is none. A title is a contest result when it is taken or counted as someone's ("pakte
de landstitel", "zijn twaalfde titel"), not a book's title, an honour or a title still to be
defended. A concert that ends with an encore decides nothing, a case taken up is no arrest, a
destination no vote ("stemming") and a new signing no profit ("winst"); a thing that "helps" gives no
aid. A prize received or awarded ("de Boekenprijs gaat naar ...") is a contest result, a price is
not. Real Frog for the sentences (written for these tests)."""

from __future__ import annotations

import pytest
from frog_sentences import analysed, triggers

from kroniek.model import Document

SENTENCES = [
    "Middenvelder Tom Brink verhuist na drie seizoenen naar FC Utrecht.",  # 0
    "De komst van trainer Eric Dam naar Vitesse is rond.",  # 1
    "De overgang van de Belgische spits naar Ajax is afgerond.",  # 2
    "Doelman Rick Baas komt over van NAC Breda.",  # 3
    "Verdediger Bas Mol keert terug bij zijn oude club Heerenveen.",  # 4
    "FC Groningen heeft de Noorse verdediger Erik Lund vastgelegd.",  # 5
    "Renner Tom Geel is in maart overgeheveld naar de tweede ploeg.",  # 6
    "Aanvaller Sven Kok tekent bij PSV een contract voor vier jaar.",  # 7
    "De komst van de nieuwe trein naar het station duurt nog even.",  # 8
    "De overgang naar duurzame energie kost veel geld.",  # 9
    "Het gezin verhuist volgend jaar naar een groter huis.",  # 10
    "Minister Anne Vos komt dinsdag naar de Tweede Kamer voor het debat.",  # 11
    "Premier Joost Lam tekent bij de NAVO een nieuw verdrag.",  # 12
    "Met zijn twaalfde titel schreef de Spaanse tennisser opnieuw geschiedenis.",  # 13
    "Ajax pakte zondag de landstitel na een zege op De Graafschap.",  # 14
    "Tennisster Eva Maas pakt in Rosmalen haar eerste titel op gravel.",  # 15
    "De titel van het boek verwijst naar een oud lied.",  # 16
    "De Utrechtse zwemmer kan zaterdag de Europese titel pakken.",  # 17
    "Ze kreeg de eretitel van de universiteit.",  # 18
    "Door de komst van De Boer heeft Feyenoord eindelijk weer een echte spits.",  # 19
    "Op zijn website meldde het team de komst van de Zweed Nils Berg.",  # 20
    "De komst van Willem-Alexander naar Groningen trok veel bekijks.",  # 21
    "Softwarebedrijf Kodex neemt voor tweehonderd miljoen het Ierse Green Wave Studio Two over.",  # 22
    "Het concert besloot met een toegift van het koor.",  # 23
    "De gemeenteraad besloot dinsdag met grote meerderheid tot de bouw van een brug.",  # 24
    "De zaak werd opgepakt door de recherche van Den Bosch.",  # 25
    "De politie heeft twee jongens opgepakt na de inbraak.",  # 26
    "De vakantiebestemming van de familie bleef geheim.",  # 27
    "De nieuwe aanwinst van de club maakte zaterdag zijn debuut.",  # 28
    "De lage rente hielp de beurs woensdag aan een flinke winst.",  # 29
    "Omstanders hielpen de gewonde fietser uit de sloot.",  # 30
    "De zwaan werd geholpen door twee medewerkers van de dierenambulance.",  # 31
    "De gemeente helpt ondernemers met een lening.",  # 32
    "Na lang beraad gaat de Boekenprijs naar dichteres Anna Veld uit Zwolle.",  # 33
    "De regisseur kreeg zaterdag de Gouden Kalf Award voor zijn documentaire.",  # 34
    "De olieprijs gaat naar meer dan tachtig dollar per vat.",  # 35
    "De fabrikant kreeg een hogere prijs voor zijn melk.",  # 36
    "De Nobelprijs voor de Vrede werd vrijdag toegekend aan een Ethiopische premier.",  # 37
    "Na een slechte start pakte de Belgische alsnog de laatste set en de wedstrijd.",  # 38
    "De inbreker pakte een fiets uit de schuur.",  # 39
]


@pytest.fixture(scope="module")
def doc(frog) -> Document:
    return analysed(frog, "transfer-title", SENTENCES)


@pytest.mark.frog
@pytest.mark.slow
@pytest.mark.parametrize(
    "k, word, expected",
    [
        pytest.param(0, "verhuist", "withdraw", id="a-midfielder-moves-to-a-club-in-the-present"),
        pytest.param(1, "komst", "withdraw", id="the-arrival-of-a-coach-at-a-club"),
        pytest.param(2, "overgang", "withdraw", id="a-strikers-move-to-a-club"),
        pytest.param(3, "komt", "withdraw", id="a-keeper-comes-over-from-a-club"),
        pytest.param(4, "keert", "withdraw", id="a-defender-returns-to-his-old-club"),
        pytest.param(5, "vastgelegd", "withdraw", id="a-club-signs-a-defender"),
        pytest.param(6, "overgeheveld", "withdraw", id="a-driver-moved-to-another-team"),
        pytest.param(7, "tekent", "withdraw", id="a-forward-signs-with-a-club"),
        pytest.param(8, "komst", None, id="a-train-arriving-is-no-transfer"),
        pytest.param(9, "overgang", None, id="a-transition-is-no-transfer"),
        pytest.param(10, "verhuist", None, id="a-family-moving-house-is-no-transfer"),
        pytest.param(11, "komt", None, id="a-minister-coming-to-parliament-is-no-transfer"),
        pytest.param(12, "tekent", "cooperate", id="a-premier-signing-a-treaty-stays-an-agreement"),
        pytest.param(13, "titel", "contest", id="a-title-counted-as-his"),
        pytest.param(14, "landstitel", "contest", id="a-national-title-taken"),
        pytest.param(15, "pakt", "contest", id="taking-a-title-in-the-present"),
        pytest.param(15, "titel", "contest", id="her-first-title"),
        pytest.param(16, "titel", None, id="a-books-title-is-no-contest"),
        pytest.param(17, "titel", None, id="a-title-still-to-be-won"),
        pytest.param(18, "kreeg", "other", id="an-honour-is-no-contest-stage"),
        pytest.param(19, "komst", "withdraw", id="the-arrival-of-a-named-player-beside-a-club"),
        pytest.param(20, "komst", "withdraw", id="a-team-announces-an-arrival"),
        pytest.param(21, "komst", None, id="a-kings-visit-to-a-city-is-no-transfer"),
        pytest.param(22, "neemt", "economy", id="a-takeover-whose-particle-ends-a-foreign-name"),
        pytest.param(23, "besloot", "other", id="a-concert-ending-with-an-encore-decides-nothing"),
        pytest.param(24, "besloot", "decide", id="a-council-decides-with-a-majority"),
        pytest.param(25, "opgepakt", "other", id="a-case-taken-up-is-no-arrest"),
        pytest.param(26, "opgepakt", "arrest", id="boys-arrested"),
        pytest.param(27, "vakantiebestemming", None, id="a-destination-is-no-vote"),
        pytest.param(28, "aanwinst", None, id="a-new-signing-is-no-profit"),
        pytest.param(29, "hielp", "other", id="low-interest-helping-the-market-is-no-aid"),
        pytest.param(30, "hielpen", "aid", id="bystanders-help-a-cyclist"),
        pytest.param(31, "geholpen", "aid", id="a-swan-helped-by-staff"),
        pytest.param(32, "helpt", "aid", id="a-council-helps-businesses"),
        pytest.param(33, "gaat", "contest", id="a-prize-goes-to-a-poet"),
        pytest.param(34, "kreeg", "contest", id="a-director-receives-an-award"),
        pytest.param(35, "gaat", None, id="an-oil-price-going-up-is-no-prize"),
        pytest.param(36, "kreeg", "other", id="a-higher-price-for-milk-is-no-prize"),
        pytest.param(37, "toegekend", "contest", id="a-prize-awarded"),
        pytest.param(38, "pakte", "contest", id="taking-the-last-set-and-the-match"),
        pytest.param(39, "pakte", "other", id="a-burglar-taking-a-bike-is-no-contest"),
    ],
)
def test_transfer_and_title(doc: Document, k: int, word: str, expected: str | None) -> None:
    assert triggers(doc, SENTENCES[k]).get(word) == expected, triggers(doc, SENTENCES[k])
