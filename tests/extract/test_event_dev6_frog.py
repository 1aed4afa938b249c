"""Verbs and nouns that name no happening, and happenings that were missed, read on the dev6
trigger batch (kroniek.extract.event_sense, event_tense, the event lexicon): knowing, perceiving
and meaning; dwelling, matching and waiting; reproaching is a saying; "spreken met" a manner is no
meeting; "wist te" + infinitive happened; a modal passive is a capability; a participle that
modifies a verb is an adverb; "top" as a rank; a match, festival or performance (and a
disappearance) told in the past; a participle a verb of naming calls something; a prepositional object of a support verb; sexual
assault, succession and a goal. Real Frog; sentences written for these tests."""

from __future__ import annotations

import pytest
from frog_sentences import analysed, triggers

from kroniek.model import Document

pytestmark = [pytest.mark.frog, pytest.mark.slow]

SENTENCES = [
    "Lange tijd werd gedacht dat de schade aan het archief klein was.",  # 0
    "De agent zag dat de man een mes in zijn hand had.",  # 1
    "De subsidie was bedoeld om jonge boeren te helpen.",  # 2
    "De schilder woonde in Gent en werkte in een drukkerij.",  # 3
    "Het kenteken kwam overeen met de auto op de camerabeelden.",  # 4
    "Zondag wacht de ploeg een lastige wedstrijd in Madrid.",  # 5
    "De gemeente werd verweten dat zij de bewoners te laat had ingelicht.",  # 6
    "De minister sprak met zachte stem over de ramp.",  # 7
    "De minister sprak met de burgemeester over de ramp.",  # 8
    "De inbrekers wisten met de buit te ontkomen.",  # 9
    "De chauffeur wist uit de auto te klimmen en de brandweer te bellen.",  # 10
    "Met het programma kunnen foto's worden bewerkt en gedeeld.",  # 11
    "De tas werd maandag geregeld gecontroleerd door de beveiliging.",  # 12
    "De directeur behoort tot de top van het bedrijf.",  # 13
    "Na de top in Brussel reisde de premier door naar Parijs.",  # 14
    "De Kamer stemde dinsdag in met de nieuwe wet.",  # 15
    "De politie onderzoekt een aanranding in het park.",  # 16
    "De nieuwe trainer volgt Jan Smit op, die vorig jaar vertrok.",  # 17
    "De spits scoorde twee keer in de eerste helft.",  # 18
    "Vlak voor tijd maakte de invaller de gelijkmaker.",  # 19
    "De inbreker liep in de val die de agenten hadden gezet.",  # 20
    "Het nieuwe programma scoort goed bij jonge kijkers.",  # 21
    "Het zomerfestival in het park was dit jaar erg druk.",  # 22
    "Er was zaterdag een optreden van een bekende band.",  # 23
    "De ploeg verloor het duel met twee doelpunten verschil.",  # 24
    "De wedstrijd van zondag wordt uitgezonden op televisie.",  # 25
    "De bekerfinale zal in mei worden gespeeld.",  # 26
    "Na de verdwijning van de journalist zocht de politie dagenlang.",  # 27
    "Met de app kunnen liedjes direct gestart worden.",  # 28
    "De brug wordt sinds de renovatie geregeld gecontroleerd door inspecteurs.",  # 29
    "De vakbond noemt de ontslagen onterecht en slecht voorbereid.",  # 30
]


@pytest.fixture(scope="module")
def doc(frog) -> Document:
    return analysed(frog, "dev6", SENTENCES)


@pytest.mark.parametrize(
    "k, word, typ",
    [
        pytest.param(0, "gedacht", None, id="thinking-is-no-happening"),
        pytest.param(1, "zag", None, id="seeing-that-is-no-happening"),
        pytest.param(2, "bedoeld", None, id="meant-to-is-an-aim"),
        pytest.param(3, "woonde", None, id="living-somewhere-is-a-state"),
        pytest.param(3, "werkte", None, id="working-somewhere-is-a-state"),
        pytest.param(4, "kwam", None, id="matching-is-a-state"),
        pytest.param(5, "wacht", None, id="a-match-awaits-is-no-happening"),
        pytest.param(6, "verweten", "statement", id="reproaching-is-a-saying"),
        pytest.param(6, "ingelicht", "other", id="what-was-reproached-happened"),
        pytest.param(7, "sprak", "statement", id="speaking-with-a-soft-voice-is-a-saying"),
        pytest.param(8, "sprak", "meet", id="speaking-with-the-mayor-is-a-meeting"),
        pytest.param(9, "ontkomen", "other", id="managed-to-escape-happened"),
        pytest.param(9, "wisten", None, id="managing-is-no-happening-of-its-own"),
        pytest.param(10, "klimmen", "other", id="managed-to-climb-out"),
        pytest.param(10, "bellen", "other", id="and-to-call-the-fire-brigade"),
        pytest.param(11, "bewerkt", None, id="can-be-edited-is-a-capability"),
        pytest.param(11, "gedeeld", None, id="and-shared-too"),
        pytest.param(12, "geregeld", None, id="regularly-is-an-adverb"),
        pytest.param(12, "gecontroleerd", "other", id="the-check-stays"),
        pytest.param(13, "top", None, id="the-top-of-a-company-is-a-rank"),
        pytest.param(14, "top", "meet", id="a-summit-in-brussels-stays"),
        pytest.param(15, "stemde", "decide", id="a-vote-for-a-law"),
        pytest.param(15, "wet", "decide", id="the-law-voted-on-is-its-support-noun"),
        pytest.param(16, "aanranding", "crime", id="sexual-assault-is-a-crime"),
        pytest.param(17, "volgt", "appoint", id="succeeding-someone-is-an-appointment"),
        pytest.param(18, "scoorde", "other", id="scoring-happened"),
        pytest.param(19, "gelijkmaker", "contest", id="an-equaliser"),
        pytest.param(20, "val", None, id="walking-into-a-trap-is-an-idiom"),
        pytest.param(21, "scoort", None, id="good-ratings-are-no-contest"),
        pytest.param(22, "zomerfestival", "other", id="a-festival-told-in-the-past"),
        pytest.param(23, "optreden", "other", id="there-was-a-performance"),
        pytest.param(24, "duel", "contest", id="a-match-lost"),
        pytest.param(25, "wedstrijd", None, id="a-match-previewed-is-no-happening-yet"),
        pytest.param(26, "bekerfinale", None, id="a-final-to-be-played"),
        pytest.param(27, "verdwijning", "other", id="a-disappearance"),
        pytest.param(28, "gestart", None, id="can-be-started-is-a-capability"),
        pytest.param(29, "geregeld", None, id="regularly-with-a-phrase-of-its-own"),
        pytest.param(30, "voorbereid", None, id="called-badly-prepared-is-a-property"),
    ],
)
def test_dev6_trigger(doc: Document, k: int, word: str, typ: str | None) -> None:
    found = triggers(doc, SENTENCES[k])
    assert found.get(word) == typ, found
