"""Quote speakers, fourth wave on real news (issue #11, item 2; qspeak15, dev batch 14).

Every sentence here was written for these tests (none is taken from a corpus). The rows run on
the surface rules (no Frog).
"""

from __future__ import annotations

import pytest

from tests.quote_rows import speaker as _speaker

ROWS = [
    # a definite office noun nothing introduced stands for the one person named before
    pytest.param(
        "Na de zomerstop loopt Karin Smit met haar ploeg dinsdag het nieuwe Velpse sportpark "
        "op. „Hier kunnen we eindelijk echt werken”, aldus de trainer, die vorig jaar nog in "
        "Spanje werkte.",
        "Hier kunnen we",
        "Karin Smit",
        id="an-unintroduced-office-noun-is-the-one-person-named",
    ),
    pytest.param(
        "Het nieuwe akkoord over de schoonmaak is er. „Met dit akkoord komen de roosters eerlijker "
        "te liggen”, zegt Marco Dijkman van vakbond FNV. De werkgevers tekenden maandag.\n\n"
        "„Wij houden elke maand een vinger aan de pols”, zegt de vakbondsbestuurder.",
        "Wij houden elke maand",
        "Marco Dijkman",
        id="a-compound-office-noun-after-the-union-man",
    ),
    # a long quote pushes the name out of the epithet's window: the last speaker, a name
    pytest.param(
        "„De bussen rijden te laat. De roosters kloppen niet. Chauffeurs werken te lang door. "
        "Pauzes schieten erbij in. Zo houdt niemand het vol”, aldus Bakker.\n\nDe werkgevers "
        "praten volgende week verder.\n\n„Wij blijven actie voeren. Elke week een andere stad. "
        "Tot er een akkoord ligt”, "
        "zegt de vakbondsbestuurder.",
        "Wij blijven actie",
        "Bakker",
        id="an-epithet-after-a-long-quote-is-the-last-named-speaker",
    ),
    # a person who came with another role is somebody else
    pytest.param(
        "Kamerlid Joost Veenstra wil opheldering over de vertraagde treinen in Twente. „Dat "
        "zoeken we uit”, zegt de minister.",
        "Dat zoeken we uit",
        "minister",
        id="the-minister-is-not-the-mp-named-before",
    ),
    # an office introduced as such ("een woordvoerder") stays the role
    pytest.param(
        "Ellen Mulder zag de brand vanuit haar keuken in Hoorn. Een woordvoerder van de "
        "brandweer bevestigde de brand. „De schade is groot”, zegt de woordvoerder.",
        "De schade is groot",
        "woordvoerder",
        id="an-introduced-office-stays-a-role",
    ),
]


@pytest.mark.parametrize(("text", "quoted", "want"), ROWS)
def test_speaker(text: str, quoted: str, want: str | None) -> None:
    got = _speaker(text, quoted)
    if want is None:
        assert got is None
    else:
        assert got is not None and want in got, got


APPOSITION_ROWS = [
    # a role phrase with a name set off by commas right after it is that person
    pytest.param(
        "Studenten in Delft klagen over de drukte in de bibliotheek. Volgens student scheikunde, "
        "Ilse de Wit, zoeken velen al om zeven uur een plek.",
        "zoeken velen al",
        "Ilse de Wit",
        id="volgens-a-role-and-an-apposed-name",
    ),
    pytest.param(
        "De club uit Zwolle wil een nieuwe tribune. „Het geld is er bijna”, zegt de voorzitter "
        "van de supportersvereniging, Rik Hoekstra, die al jaren lobbyt.",
        "Het geld is er",
        "Rik Hoekstra",
        id="a-role-with-its-name-after-a-comma",
    ),
]


@pytest.mark.parametrize(("text", "quoted", "want"), APPOSITION_ROWS)
def test_apposed_name(text: str, quoted: str, want: str) -> None:
    got = _speaker(text, quoted)
    assert got is not None and want in got, got


INSTITUTION_ROWS = [
    # "de raad" after "de Raad voor …" is that council, not its member who spoke since
    pytest.param(
        "Volgens de Raad voor Wonen zijn er te weinig huurhuizen in Gelderland. Karel Mol van de "
        "raad: „Gemeenten moeten sneller bouwen.”\n\nVolgens de raad wachten starters gemiddeld "
        "zes jaar op een woning.",
        "wachten starters gemiddeld",
        "Raad",
        id="the-council-after-the-council-s-name",
    ),
]


@pytest.mark.parametrize(("text", "quoted", "want"), INSTITUTION_ROWS)
def test_named_institution(text: str, quoted: str, want: str) -> None:
    got = _speaker(text, quoted)
    assert got is not None and want in got, got


PAIR_ROWS = [
    # "het stel" stands for the two persons named together before it
    pytest.param(
        "De vloggers Sanne Bos en Daan Mulder maakten maandag bekend dat ze gaan trouwen. De "
        "bruiloft is in mei, zo vertelt het stel aan een weekblad.",
        "De bruiloft is in mei",
        "en",
        id="the-couple-is-the-pair-named-before",
    ),
]


@pytest.mark.parametrize(("text", "quoted", "want"), PAIR_ROWS)
def test_pair_persons(text: str, quoted: str, want: str) -> None:
    got = _speaker(text, quoted)
    assert got is not None and want in got.split(), got
