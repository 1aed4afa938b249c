"""Quote speakers, third wave on real news (issue #11, item 2; qspeak14, dev batch 13).

Every sentence here was written for these tests (none is taken from a corpus). The rows run on
the surface rules (no Frog).
"""

from __future__ import annotations

import pytest

from kroniek.extract.quotes import find_quotes
from tests.quote_rows import speaker as _speaker

ROWS = [
    # a kinship noun before "van" names the relative, never the person named before
    pytest.param(
        "Petra Visser (41) uit Assen kwam zondag om bij een ongeluk op de A28. De bestuurder "
        "reed volgens de broer van het slachtoffer veel te hard.",
        "De bestuurder reed",
        "broer",
        id="the-brother-of-the-victim-is-not-the-victim",
    ),
    pytest.param(
        "Karin Bos (29) overleed vrijdag in het ziekenhuis. „Ze lachte altijd”, zegt de moeder "
        "van de jonge vrouw.",
        "Ze lachte altijd",
        "moeder",
        id="the-mother-of-the-young-woman-is-not-the-young-woman",
    ),
    # a name in the genitive owns the noun after it, who speaks
    pytest.param(
        "Sanne Kok (12) viel zondag van haar pony in Ede. „Ze wil morgen alweer rijden”, aldus "
        "Sanne’s moeder, die de hele nacht bij haar bleef.",
        "Ze wil morgen",
        "moeder",
        id="a-genitive-name-and-its-noun-after-aldus",
    ),
    # a relative pronoun after "Name van het ACRONYM" stands for the named person
    pytest.param(
        "Niemand neemt de boeren nog serieus, behalve Jan Hendriks van het LEI die waarschuwde "
        "‘dat er op het platteland veel onvrede broeit’.",
        "dat er op het platteland",
        "Hendriks",
        id="a-relative-pronoun-after-a-name-and-its-institution",
    ),
    # "de Franse leider" is the one introduced as "de Franse president X"
    # "„…” Woorden van X": the sentence after the quote names who spoke
    pytest.param(
        "„We missen hem elke dag. Het huis is stil.” Woorden van de vader van de omgekomen "
        "fietser, dinsdag in de rechtszaal in Almelo.",
        "We missen hem",
        "vader",
        id="words-of-x-after-the-quote",
    ),
    # a name after "van" and an age is the complement, not the speaker
    pytest.param(
        "„Ik ben nog steeds boos”, zegt de vader van de 17-jarige Sanne.",
        "Ik ben nog steeds",
        "vader",
        id="a-name-after-van-and-an-age-is-a-complement",
    ),
    # a capitalised article after "van" opens a name: the person after the party is the speaker
    pytest.param(
        "„Een zwarte dag voor de democratie”, twitterde Europarlementariër van Die Grünen Anna "
        "Keller.",
        "Een zwarte dag",
        "Keller",
        id="a-role-van-a-party-with-an-article-and-then-the-name",
    ),
    # "zogeheten" modifies the noun after it, the head of the phrase
    pytest.param(
        "Volgens de zogeheten geschillencommissie van de Nederlandse Zorgautoriteit heeft het "
        "ziekenhuis te laat ingegrepen.",
        "te laat ingegrepen",
        "geschillencommissie",
        id="zogeheten-before-the-head-noun",
    ),
    # a pronoun right after an unnamed spokeswoman's quote is that spokeswoman
    pytest.param(
        "De toezichthouder legde de bank een boete op. Het gaat om één klant, aldus de "
        "woordvoerster van de bank. Het personeel heeft de zaak zelf gemeld, stelt zij.",
        "Het personeel heeft",
        "woordvoerster",
        id="a-pronoun-after-an-unnamed-spokeswoman",
    ),
    pytest.param(
        "De toezichthouder legde de bank een boete op. Het gaat om één klant, aldus de "
        "woordvoerster van de bank. Directeur Piet de Graaf trad dinsdag af. Het personeel heeft "
        "de zaak zelf gemeld, stelt hij.",
        "Het personeel heeft",
        "Graaf",
        id="guard-a-person-named-in-between-takes-the-pronoun",
    ),
    # a role noun opening the sentence before a name is the role ("de Braziliaanse regisseur"
    # later is that person), though its capital makes it look like part of the name
    pytest.param(
        "Regisseur Ana Lucia Prado won zaterdag de hoofdprijs in Venetië. „Dit had ik nooit "
        "verwacht”, zei de Braziliaanse regisseur na afloop.",
        "Dit had ik nooit",
        "Prado",
        id="a-sentence-initial-role-before-a-name",
    ),
    pytest.param(
        "De Franse president Emmanuel Macron sprak dinsdag in Parijs met boeren uit het hele "
        "land. „We laten niemand in de steek”, zei de Franse leider.",
        "We laten niemand",
        "Macron",
        id="a-national-leader-is-the-president-of-that-country",
    ),
    pytest.param(
        "De Franse president Emmanuel Macron sprak dinsdag in Parijs met boeren uit het hele "
        "land. „We laten niemand in de steek”, zei de Duitse leider.",
        "We laten niemand",
        "leider",
        id="guard-another-countrys-leader-stays-unnamed",
    ),
]


@pytest.mark.parametrize(("text", "quoted", "speaker"), ROWS)
def test_quotes_speakers14(text: str, quoted: str, speaker: str) -> None:
    got = _speaker(text, quoted)
    assert got is not None and speaker in got.split(), got


# With Frog's tokens and names the speaker phrase after "aldus" stopped at a genitive name
# ("aldus Lotte’s"): the noun it owns is the head. And a relative "die" after a person and the
# institution Frog does not name ("Jan Hendriks van het LEI die …") is that person. A pronoun
# right after an unnamed spokeswoman's quote is she, not the last named speaker. A role noun
# opening the sentence before a name ("Regisseur X") is a role Frog's names leave out.
@pytest.mark.frog
def test_quotes_speakers14_genitive_and_relative_real_frog(frog) -> None:
    from tests.quote_rows import frog_doc

    text = (
        "Lotte de Wit raakte zondag gewond bij een val van haar paard in Ede. „Ze wil zo snel "
        "mogelijk weer rijden”, aldus Lotte’s vader, die de hele nacht bij haar bleef.\n\n"
        "Niemand neemt de boeren nog serieus, behalve Jan Hendriks van het LEI die waarschuwde "
        "‘dat er op het platteland veel onvrede broeit’.\n\n"
        "De toezichthouder in Brussel legde de bank een boete op. Het gaat om één klant, aldus "
        "de woordvoerster van de bank. Het personeel heeft de zaak zelf gemeld, stelt zij.\n\n"
        "Regisseur Thandi Mokoena won zaterdag de hoofdprijs in Venetië. „Dit had ik nooit "
        "verwacht”, zei de Zuid-Afrikaanse regisseur na afloop."
    )
    doc = frog_doc(frog, text)
    said = {
        doc.text[q.start : q.end][:12]: doc.text[q.speaker_start : q.speaker_end]
        for q in find_quotes(doc)
        if q.speaker_start is not None
    }
    assert said.get("Ze wil zo sn", "").endswith("vader"), said
    assert "Hendriks" in said.get("dat er op he", ""), said
    assert "woordvoerster" in said.get("Het personee", ""), said
    assert "Mokoena" in said.get("Dit had ik n", ""), said
