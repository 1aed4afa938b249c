"""Fragments that are no happenings on real news: a predicate noun, an absent happening after
"zonder", a sentence adverb on a participle of speaking, nouns that only look like a compound on
an event noun. Real Frog; the sentences are written for these tests, in the style of Dutch news."""

from __future__ import annotations

import pytest
from frog_sentences import analysed, triggers

from kroniek.extract.events import EventExtractor
from kroniek.model import Document

pytestmark = [pytest.mark.frog, pytest.mark.slow]

SENTENCES = [
    "De bond vindt dat windparken de grootste bedreiging voor de natuur zijn.",  # 0
    "De wethouder besloot zonder overleg met de raad tot de verkoop van het stadhuis.",  # 1
    "Normaal gesproken speelt het elftal twee keer per week.",  # 2
    "Eerlijk gezegd had niemand in het dorp dit verwacht.",  # 3
    "De voetbalwedstrijd tussen de twee dorpen werd zondag na een kwartier gestaakt.",  # 4
    "De politie deed dinsdag een inval bij een groothandel in Tilburg.",  # 5
    "Dat was een aanslag.",  # 6
    "De ministers hebben gisteren in Brussel over de overname gesproken.",  # 7
    "De brand in de loods bleek een ramp voor de boeren uit de omgeving.",  # 8
    "De touringcar kantelde zaterdagnacht op de A2 bij Weert.",  # 9
    "Het nieuwe zwembad in Zwolle wordt vrijdag officieel geopend.",  # 10
    "Bij graafwerk in de Dorpsstraat ontstond dinsdag een gaslek.",  # 11
    "De oppositie vindt het plan van de wethouder veel te duur.",  # 12
    "In de zomer werken veel mensen in hun tuin.",  # 13
    "De wind waait morgen uit het zuidwesten.",  # 14
    "De verdachte is sindsdien nooit meer gezien.",  # 15
    "Door een gaslek in de Kerkstraat moesten maandag twintig woningen worden ontruimd.",  # 16
    "In de wandelgangen werd gefluisterd dat de minister opstapt.",  # 17
]


@pytest.fixture(scope="module")
def doc(frog) -> Document:
    return analysed(frog, "fragments", SENTENCES)


def _triggers(doc: Document, k: int) -> dict[str, str]:
    return triggers(doc, SENTENCES[k])


@pytest.mark.parametrize(
    "k, word",
    [
        pytest.param(0, "bedreiging", id="predicate-noun-says-what-the-subject-is"),
        pytest.param(1, "overleg", id="bare-noun-after-zonder-did-not-happen"),
        pytest.param(2, "gesproken", id="normaal-gesproken-is-a-sentence-adverb"),
        pytest.param(3, "gezegd", id="eerlijk-gezegd-is-a-sentence-adverb"),
        pytest.param(4, "voetbalwedstrijd", id="wedstrijd-is-no-compound-on-strijd"),
        pytest.param(5, "groothandel", id="a-wholesaler-is-a-business-not-trade"),
    ],
)
def test_events_fragments_not_events(doc, k, word):
    assert word not in _triggers(doc, k), _triggers(doc, k)


@pytest.mark.parametrize(
    "k, word, typ",
    [
        pytest.param(1, "verkoop", "economy", id="the-happening-beside-zonder-stays"),
        pytest.param(4, "gestaakt", None, id="what-happened-to-the-match-stays"),
        pytest.param(5, "inval", "attack", id="raid-on-the-wholesaler-stays"),
        pytest.param(6, "aanslag", "attack", id="predicate-noun-of-a-pronoun-names-a-happening"),
        pytest.param(7, "gesproken", "meet", id="spoken-with-a-subject-is-a-meeting"),
        pytest.param(8, "brand", "fire", id="subject-of-a-copula-stays"),
        pytest.param(16, "gaslek", "accident", id="a-gas-leak-is-an-accident"),
        pytest.param(17, "gefluisterd", "statement", id="whispering-is-saying-folded-like-zeggen"),
    ],
)
def test_events_fragments_still_events(doc, k, word, typ):
    found = _triggers(doc, k)
    assert word in found, found
    if typ is not None:
        assert found[word] == typ


# A verb outside the lexicon is a happening when it reports in the past (a preterite or a
# participle) and is not negated; in the present tense it mostly tells an opinion, a habit or
# the weather. (EventExtractor(past=True), the chronicle's default.)
@pytest.mark.parametrize(
    "k, word, kept",
    [
        pytest.param(9, "kantelde", True, id="preterite-of-an-unlisted-verb"),
        pytest.param(10, "geopend", True, id="participle-of-a-coming-opening"),
        pytest.param(11, "ontstond", True, id="a-leak-arose"),
        pytest.param(12, "vindt", False, id="present-tense-opinion"),
        pytest.param(13, "werken", False, id="present-tense-habit"),
        pytest.param(14, "waait", False, id="present-tense-weather"),
        pytest.param(15, "gezien", False, id="negated-participle"),
    ],
)
def test_events_fragments_unlisted_verbs_in_the_past(doc, k, word, kept):
    found = _triggers(doc, k)
    # An opinion verb the quote layer knows ("vindt") is a saying, folded like "zegt": no happening.
    assert (found.get(word) not in (None, "statement")) is kept, found
    if kept:
        assert found[word] == "other"


def test_events_fragments_past_verbs_are_off_without_past(doc):
    lexicon_only = EventExtractor(past=False).extract(doc)
    a = doc.text.index(SENTENCES[9])
    assert "kantelde" not in [doc.text[e.start : e.end] for e in lexicon_only if a <= e.start]


# Frog sometimes tags a noun as a participle ("elektriciteit- en gasnet"); a Dutch verb's lemma is an
# infinitive ending in -n, so such a token is no past-tense report. Tokens built by hand (no Frog).
@pytest.mark.parametrize(
    "word, lemma, pos, past",
    [
        pytest.param("gekanteld", "kantelen", "WW(vd,vrij,zonder)", True, id="participle"),
        pytest.param("ontstond", "ontstaan", "WW(pv,verl,ev)", True, id="preterite"),
        pytest.param("gasnet", "gasnet", "WW(vd,vrij,zonder)", False, id="noun-mistagged-as-participle"),
        pytest.param("vindt", "vinden", "WW(pv,tgw,met-t)", False, id="present-tense"),
    ],
)
def test_events_fragments_reports_past(word, lemma, pos, past):
    from kroniek.extract.events import ParsedSentence, reports_past
    from kroniek.model import Sentence, Token

    d = Document(id="p", text=word, source="test", tokens=[Token(0, len(word), lemma, pos)],
                 sentences=[Sentence(0, len(word), 0, 1)])
    assert reports_past(ParsedSentence(d, d.sentences[0]), 0) is past
