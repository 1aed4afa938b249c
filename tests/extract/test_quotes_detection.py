"""Quote detection rules of session 9 (dev batch 10) on sentences written for these tests: which
quotations and reported clauses are found, and where they begin and end."""

from __future__ import annotations

import pytest
from quote_rows import found as _found
from quote_rows import frog_doc as _frog_doc

from kroniek.model import Document

ROWS = [
    # a separable verb of saying closing the sentence: the particle is no part of the speaker
    pytest.param(
        "Het nieuwe plan is klaar, maakt de gemeente bekend.",
        {"R Het nieuwe plan is klaar": "gemeente"},
        id="final-cue-separable-verb-with-its-particle",
    ),
    pytest.param(
        "De stad heeft meer te bieden dan het centrum, licht een woordvoerster van de gemeente toe.",
        {"R De stad heeft meer te bieden dan het centrum": "gemeente"},
        id="final-cue-toelichten",
    ),
    # the stem of a separable verb of saying without its particle is another verb
    pytest.param(
        "Het nieuwe plan is klaar, maken de bewoners zich zorgen.",
        {},
        id="final-cue-stem-without-particle-is-no-cue",
    ),
    # "berichten" reports only as the cue of a clause-final frame; elsewhere it is a noun
    pytest.param(
        "In het noorden viel de stroom urenlang uit, berichten regionale kranten.",
        {"R In het noorden viel de stroom urenlang uit": "kranten"},
        id="final-cue-berichten",
    ),
    pytest.param(
        "Volgens de eerste berichten is niemand gewond geraakt bij het ongeluk.",
        {"R is niemand gewond geraakt bij het ongeluk": "berichten"},
        id="guard-volgens-de-berichten-is-a-noun",
    ),
    # two "volgens" frames joined by "maar": two clauses, each with its own source
    pytest.param(
        "Volgens de minister is het plan betaalbaar, maar volgens de oppositie klopt daar niets van.",
        {"R is het plan betaalbaar": "minister", "R klopt daar niets van": "oppositie"},
        id="two-volgens-frames-split-at-maar",
    ),
    pytest.param(
        "De club speelde nooit Europees, maar volgens de trainer is de selectie er nu klaar voor.",
        {"R De club speelde nooit Europees, maar volgens de trainer is de selectie er nu klaar voor": "trainer"},
        id="guard-one-volgens-after-maar-labels-the-sentence",
    ),
    # a double quote closed by a single mark, with a cue after it
    pytest.param(
        "„We hadden pech. Een foutje’, zo noemde Jansen de misser van zijn ploeg.",
        {"D We hadden pech. Een foutje": "Jansen"},
        id="double-quote-closed-by-a-single-mark",
    ),
    # a cue right after a quote reports that quote: the "dat" after it is no reported clause
    pytest.param(
        "„Ik zag hem niet”, zei Van Dijk, precies op het moment dat de trainer langsliep.",
        {"D Ik zag hem niet": "Dijk"},
        id="cue-after-a-quote-takes-no-dat-clause",
    ),
    # the speaker of a clause-final frame may be followed by an adverbial clause
    pytest.param(
        "De sfeer is helemaal weg, zo zei een van de werknemers me, terwijl hij zijn jas pakte.",
        {"R De sfeer is helemaal weg": "werknemers"},
        id="final-cue-then-addressee-and-terwijl-clause",
    ),
    # a quote opened inside the clause of a clause-final cue is part of the reported clause
    pytest.param(
        "De man werd geboeid binnengebracht omdat ’de spanning bij hem hoog opliep’, aldus de rechter.",
        {"R De man werd geboeid binnengebracht omdat ’de spanning bij hem hoog opliep’": "rechter"},
        id="quoted-part-inside-a-final-cue-clause",
    ),
    pytest.param(
        "„Het besluit was juist”, zegt de officier van justitie.",
        {"D Het besluit was juist": "officier"},
        id="guard-a-whole-quote-keeps-its-cue",
    ),
    # "het belang dat": a noun's complement, not the reporting verb's clause
    pytest.param(
        "De trainer benadrukte met het oog op de finale het belang dat er snel geleerd wordt.",
        {},
        id="noun-complement-after-a-reporting-verb",
    ),
    pytest.param(
        "De minister zei tegen het bestuur dat de school open blijft.",
        {"R de school open blijft": "minister"},
        id="guard-a-prepositional-phrase-before-dat",
    ),
    # te-infinitives of "aankondigen" and "bekennen"; a separable verb's subject stands before
    # its finite stem, not before the particle
    pytest.param(
        "De zangeres kondigde vorige week aan volgend jaar te stoppen met de band.",
        {"R volgend jaar te stoppen met de band": "zangeres"},
        id="te-infinitive-after-aankondigen",
    ),
    pytest.param(
        "De verdachte bekende de inbraak te hebben gepleegd.",
        {"R de inbraak te hebben gepleegd": "verdachte"},
        id="te-infinitive-after-bekennen",
    ),
    # "bekende" after an article or a degree word is the adjective, not the past of "bekennen"
    pytest.param(
        "Het museum sluit, nadat een bekende criticus de directeur er gisteren van beschuldigde "
        "geld te verduisteren.",
        {},
        id="adjective-bekende-is-no-cue",
    ),
    pytest.param(
        "Zeer bekende artiesten hebben de zanger ervan beschuldigd zijn liedjes te stelen.",
        {},
        id="adjective-bekende-after-a-degree-word-is-no-cue",
    ),
    pytest.param(
        "De 30-jarige zangeres bekende in een interview dat ze voor elk optreden bidt.",
        {"R ze voor elk optreden bidt": "zangeres"},
        id="guard-bekende-after-a-noun-is-the-verb",
    ),
    pytest.param(
        "De man, die bekende het geld te hebben gestolen, zit nog vast.",
        {"R het geld te hebben gestolen": "man"},
        id="guard-bekende-after-a-relative-pronoun-is-the-verb",
    ),
    pytest.param(
        "De melder geeft aan zijn portemonnee kwijt te zijn.",
        {"R zijn portemonnee kwijt te zijn": "melder"},
        id="te-infinitive-after-aangeven-subject-before-the-stem",
    ),
    # a quoted phrase after a quote that took its speaker from another paragraph is a
    # headline's, not the speaker's
    pytest.param(
        "„We gaan door met het festival”, zei burgemeester Karel de Wit.\n\n„De kermis blijft dit "
        "jaar gewoon in het centrum van de stad staan.”\n\nEen brand in de haven, ‘schade "
        "beperkt’: de brandweer was snel ter plaatse.",
        {
            "D We gaan door met het festival": "Wit",
            "D De kermis blijft dit jaar gewoon in het centrum van de stad staan.": "Wit",
        },
        id="phrase-after-a-carried-quote-is-no-quote",
    ),
    # ... unless the phrase's own sentence names that speaker before it (session 9, issue #11)
    pytest.param(
        "„We gaan door met het festival”, zei burgemeester Karel de Wit.\n\n„De kermis blijft dit "
        "jaar gewoon in het centrum van de stad staan.”\n\nDe Wit is gespannen voor de opening "
        "zaterdag in het park, maar ’niet te’. „Het wordt vooral een feest.”",
        {
            "D We gaan door met het festival": "Wit",
            "D De kermis blijft dit jaar gewoon in het centrum van de stad staan.": "Wit",
            "D niet te": "Wit",
            "D Het wordt vooral een feest.": "Wit",
        },
        id="phrase-after-a-carried-quote-in-a-sentence-naming-the-speaker",
    ),
    pytest.param(
        "Veel kijkers noemen haar stijl ‘saai’ en ‘veel te gespeeld’. Maar de presentatrice "
        "wordt ook ‘een frisse wind’ genoemd.",
        {"D saai": "kijkers", "D veel te gespeeld": "kijkers", "D een frisse wind": "kijkers"},
        # the third phrase is found (its speaker is the carry rule's, not pinned here as right)
        id="guard-second-phrase-after-the-cue-of-the-first",
    ),
]


@pytest.mark.parametrize(("text", "found"), ROWS)
def test_quotes_detection_rules(text: str, found: dict[str, str]) -> None:
    assert _found(Document(id="t", text=text, source="test")) == found


@pytest.mark.frog
@pytest.mark.parametrize(("text", "found"), ROWS)
def test_quotes_detection_rules_real_frog(frog, text: str, found: dict[str, str]) -> None:
    assert _found(_frog_doc(frog, text)) == found
