"""Event detection rules and dating on real Dutch sentences through real Frog (one document, one Frog run).

The sentences are written for these tests, in the style of Dutch news.
"""

from __future__ import annotations

import pytest

from kroniek.extract.events import EventExtractor
from kroniek.model import Document, PublishedDate

pytestmark = [pytest.mark.frog, pytest.mark.slow]

SENTENCES = [
    "Wraak",  # 0: a subheading
    "De scholen in de wijk blijven tot nader order gesloten.",  # 1
    "Of Iran zich aan deze afspraak houdt, is onzeker.",  # 2
    "De politie heeft gisteren drie verdachten aangehouden.",  # 3
    "Het Openbaar Ministerie eiste dinsdag acht jaar cel voor de moord in 2017.",  # 4
    "De aanval van vrijdag kostte twaalf mensen het leven.",  # 5
    "Nieuwe sancties",  # 6: a subheading
    "De minister zei maandag dat de fabriek volgend jaar sluit.",  # 7
    "Voor de moord in 2017 eiste het Openbaar Ministerie dinsdag acht jaar cel.",  # 8
    "De directie heeft maandag gezegd dat de fabriek sluit.",  # 9
    "De scholen voor Voortgezet Onderwijs krijgen extra geld.",  # 10
    "De Verenigde Naties zetten de hulp voort.",  # 11
    "Jan B., de man die zondag is ontsnapt uit de gevangenis in Zwolle, is opgepakt in Deventer.",  # 12
    "De vrouw die vrijdag haar ex-man neerstak, is aangehouden door de politie.",  # 13
    "De trainer kondigde zijn vertrek vorige week zelf aan op Instagram.",  # 14
    "De politie heeft een man uit Delft aangehouden voor de moord op een vrouw in 2009.",  # 15
    "Een 35-jarige vrouw uit Delft is veroordeeld tot vijf jaar cel vanwege het doodsteken van haar vriend in maart vorig jaar.",  # 16
    "Twee mannen uit Utrecht zijn zondag door een rechter in Tunesië ter dood veroordeeld.",  # 17
    "Het zomerfestival in Assen trok zaterdag bij toeval meer bezoekers dan het carnaval.",  # 18
    "In het stadje waar de componist drie eeuwen geleden overleed, wordt dit najaar een nieuw museum geopend.",  # 19
    "De zangeres heeft besloten om haar tournee door Duitsland volgend jaar alsnog af te zeggen.",  # 20
    "Op het plein waar gisteren een nieuw standbeeld is onthuld, lag vanochtend een omgevallen fiets.",  # 21
]


@pytest.fixture(scope="module")
def doc(frog) -> Document:
    from kroniek.analyse.annotator import FrogAnnotator
    from kroniek.extract.timex import TimexTagger

    text = "\n\n".join(SENTENCES)
    d = Document(id="rules", text=text, source="test",
                 published=PublishedDate("2024-03-14", "day", "metadata", "2024-03-14"))
    d = TimexTagger()(FrogAnnotator(frog)(d))
    return EventExtractor()(d)


def _line(doc: Document, k: int) -> tuple[int, int]:
    a = doc.text.index(SENTENCES[k])
    return a, a + len(SENTENCES[k])


def _triggers(doc: Document, k: int) -> dict[str, object]:
    a, b = _line(doc, k)
    return {doc.text[e.start : e.end]: e for e in doc.events if a <= e.start < b}


@pytest.mark.parametrize(
    "k, word",
    [
        pytest.param(0, "Wraak", id="subheading-is-a-topic-not-a-happening"),
        pytest.param(6, "sancties", id="subheading-without-verb"),
        pytest.param(1, "order", id="tot-nader-order-is-an-idiom-not-economy"),
        pytest.param(2, "houdt", id="zich-aan-iets-houden-is-not-aanhouden-arrest"),
        pytest.param(10, "Voortgezet", id="participle-in-a-name-is-no-resumption"),
        pytest.param(11, "Verenigde", id="participle-in-an-organisation-name"),
        pytest.param(18, "toeval", id="toeval-is-no-fall"),
        pytest.param(18, "carnaval", id="carnaval-is-no-fall"),
    ],
)
def test_events_rules_not_events(doc, k, word):
    assert word in SENTENCES[k]
    assert word not in _triggers(doc, k)


@pytest.mark.parametrize(
    "k, word, typ",
    [
        pytest.param(3, "aangehouden", "arrest", id="aanhouden-with-object-is-an-arrest"),
        pytest.param(1, "gesloten", "economy", id="the-closure-itself-stays"),
        pytest.param(5, "aanval", "attack", id="event-noun-in-a-sentence"),
        pytest.param(11, "zetten", "resume", id="the-verb-after-the-name-stays"),
        pytest.param(17, "veroordeeld", "verdict", id="ter-dood-veroordeeld-is-a-verdict"),
        # a festival that drew visitors took place (a scheduled happening told in the past, since
        # the eleventh session): its own kind, never a compound on "val" (a fall, economy)
        pytest.param(18, "zomerfestival", "other", id="festival-is-a-happening-not-a-compound-on-val"),
    ],
)
def test_events_rules_still_events(doc, k, word, typ):
    found = _triggers(doc, k)
    assert word in found, found
    assert found[word].type == typ  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "k, word, when",
    [
        pytest.param(3, "aangehouden", "2024-03-13", id="time-on-the-verb-dates-it"),
        pytest.param(4, "eiste", "2024-03-12", id="demand-dated-by-its-own-tuesday"),
        pytest.param(5, "aanval", "2024-03-08", id="time-on-the-noun-dates-it"),
        pytest.param(7, "zei", "2024-03-11", id="saying-dated-by-its-monday"),
        pytest.param(7, "sluit", "2025", id="closure-in-the-dat-clause-by-its-own-year"),
        pytest.param(8, "eiste", "2024-03-12", id="nearest-date-hangs-on-the-murder-not-the-demand"),
    ],
)
def test_events_rules_dated_by_governing_time(doc, k, word, when):
    found = _triggers(doc, k)
    assert word in found, found
    assert found[word].when == when  # type: ignore[attr-defined]


def test_events_rules_time_of_the_saying_does_not_date_what_is_said(doc):
    """Monday is when it was said; the closure has no date of its own (it is anchored by tense)."""
    found = _triggers(doc, 9)
    assert found["gezegd"].when == "2024-03-11"  # type: ignore[attr-defined]
    assert found["sluit"].when is None  # type: ignore[attr-defined]


@pytest.mark.parametrize("k", [pytest.param(4, id="year-after"), pytest.param(8, id="year-right-before")])
def test_events_rules_unrelated_year_does_not_date_the_demand(doc, k):
    """The year hangs on the murder: it must not date the demand, whatever is nearest."""
    eiste = _triggers(doc, k)["eiste"]
    assert eiste.when != "2017"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "k, word, when",
    [
        pytest.param(12, "opgepakt", None, id="escape-day-in-the-relative-clause-does-not-date-the-arrest"),
        pytest.param(13, "neerstak", "2024-03-08", id="the-relative-clause-keeps-its-own-day"),
        pytest.param(13, "aangehouden", None, id="stabbing-day-in-the-relative-clause-does-not-date-the-arrest"),
        pytest.param(14, "vertrek", None, id="the-announcements-week-does-not-date-what-is-announced"),
        pytest.param(15, "aangehouden", None, id="a-year-after-the-murder-noun-dates-the-murder-not-the-arrest"),
        pytest.param(16, "veroordeeld", None, id="a-month-after-a-verb-as-noun-dates-the-stabbing-not-the-verdict"),
        pytest.param(16, "doodsteken", "2023-03", id="the-stabbing-keeps-its-month"),
        pytest.param(20, "besloten", None, id="next-year-in-the-om-te-clause-does-not-date-the-decision"),
        pytest.param(21, "onthuld", "2024-03-13", id="the-relative-clause-keeps-the-day-on-its-relative-word"),
    ],
)
def test_events_rules_relative_clause_time_stays_in_its_clause(doc, k, word, when):
    found = _triggers(doc, k)
    assert word in found, found
    assert found[word].when == when  # type: ignore[attr-defined]



def test_events_rules_time_of_the_main_clause_does_not_date_a_relative_clause(doc):
    """A relative word ("waar") ends the trigger's clause as a complementizer does: "waar de
    componist ... overleed, wordt dit najaar ... geopend" dates the opening, not the death."""
    found = _triggers(doc, 19)
    autumn = found["geopend"].when  # type: ignore[attr-defined]
    assert autumn is not None and autumn.endswith("-FA")
    assert found["overleed"].when != autumn  # type: ignore[attr-defined]
