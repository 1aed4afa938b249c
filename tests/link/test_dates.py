"""A document's day from other sources, and what one text tells twice, through real Frog.

The texts are written for these tests in the style of Dutch local news (none comes from the seeds).
"""

from __future__ import annotations

import json

import pytest

from kroniek.chronicle import Chronicle
from kroniek.extract.coref import Coreference
from kroniek.extract.docdate import DocDate
from kroniek.extract.events import EventExtractor
from kroniek.extract.ner import CrfNer
from kroniek.extract.quotes import QuoteExtractor
from kroniek.extract.timex import TimexTagger
from kroniek.link.entities import EntityLinker
from kroniek.link.events import read_mentions
from kroniek.pipeline import Pipeline
from kroniek.settings import Settings

pytestmark = pytest.mark.frog

VOTE = [
    # A report dated to the day, naming the day of the vote.
    {"title": "Raad wil zwembad open houden", "date": "2021-03-16",
     "text": "De gemeenteraad van Utrecht heeft op maandag 15 maart een motie aangenomen waarin het college "
             "wordt gevraagd het zwembad in Overvecht open te houden. De motie werd door een ruime meerderheid "
             "gesteund."},
    # Only a month in its metadata; "gisteren" is the vote of 15 March, so it is of 16 March.
    {"title": "Zwembad blijft mogelijk open", "date": "2021-03",
     "text": "De gemeenteraad van Utrecht nam gisteren een motie aan waarin het college wordt gevraagd het "
             "zwembad in Overvecht open te houden. Wethouder Jansen zegt dat ze de motie zal uitvoeren."},
    # A weekday fits seven days of the month: the day stays unknown.
    {"title": "Motie over zwembad", "date": "2021-03",
     "text": "Maandag nam de gemeenteraad van Utrecht een motie aan over het zwembad in Overvecht. "
             "Het college moet nu met een plan komen."},
    # No date at all: the same reasoning gives the day.
    {"title": "Raad kiest voor zwembad",
     "text": "De Utrechtse gemeenteraad heeft gisteren een motie aangenomen waarin het college wordt gevraagd "
             "het zwembad in Overvecht open te houden."},
    # "gisteren" about an event nobody else reports says nothing about the day.
    {"title": "Brand in loods", "date": "2021-03",
     "text": "De brandweer heeft gisteren een grote brand in een loods in Zwolle geblust. Niemand raakte gewond."},
]

# Two weekdays that narrow each other's week, one of them about a letter the corpus holds; and a
# text that names its own weekday ("eerder op dinsdag") beside a resolution another source dates.
NARROW = [
    {"title": "Kamerbrief over de dijk", "date": "2021-02-08", "genre": "letter",
     "text": "Den Haag, 8 februari 2021\n\nGeachte voorzitter,\n\nHierbij informeren wij u over de versterking van "
             "de dijk bij Kampen. Vrijdag 12 februari vindt een extra overleg met de waterschappen plaats over de "
             "financiering.\n\nDe Minister van Infrastructuur en Waterstaat,\nC. van Nieuwenhuizen\n\n"
             "De Minister van Financiën,\nW.B. Hoekstra\n"},
    {"title": "Ministers schrijven over dijk", "date": "2021-02",
     "text": "Minister Van Nieuwenhuizen heeft samen met haar collega Hoekstra maandagavond een Kamerbrief "
             "verstuurd over de dijk bij Kampen. Vrijdag is er een extra overleg met de waterschappen over de "
             "financiering van het werk."},
    {"title": "Raad stemt in met dijk", "date": "2021-02-07",
     "text": "De gemeenteraad van Kampen heeft op zondag 7 februari een resolutie aangenomen waarin het Rijk "
             "wordt gevraagd de dijkversterking te betalen."},
    {"title": "Waterschap reageert", "date": "2021-02",
     "text": "Zondag nam de gemeenteraad van Kampen een resolutie aan waarin het Rijk wordt gevraagd de "
             "dijkversterking te betalen. De dijkgraaf had eerder op dinsdag al gezegd dat het waterschap "
             "niet kan wachten."},
]

TWICE = [
    {"title": "Generaal gedood", "date": "2021-05-10",
     "text": "Generaal Pierre Dubois is zondag in Bamako om het leven gekomen. De bevelhebber werd gedood bij een "
             "bomaanslag op zijn konvooi. De aanslag werd later opgeëist door een gewapende groep."},
]


def _chronicle(frog, tmp_path, name: str, items: list[dict]) -> Chronicle:
    from kroniek.analyse.annotator import FrogAnnotator

    pipeline = Pipeline([DocDate(), FrogAnnotator(frog), CrfNer(), Coreference(), TimexTagger(), QuoteExtractor(), EventExtractor()])
    chron = Chronicle(str(tmp_path / f"{name}.db"), Settings(), pipeline=pipeline)
    path = tmp_path / f"{name}.jsonl"
    path.write_text("\n".join(json.dumps(it, ensure_ascii=False) for it in items), encoding="utf-8")
    report = chron.ingest([str(path)])
    assert report.ok, report.errors
    return chron


@pytest.fixture(scope="module")
def vote(frog, tmp_path_factory):
    chron = _chronicle(frog, tmp_path_factory.mktemp("vote"), "vote", VOTE)
    docs = {d.title: d for d in chron.store.iter_documents()}
    yield chron, docs
    chron.store.close()


def test_dates_undated_text_gets_its_day_the_same_way(vote):
    _, docs = vote
    p = docs["Raad kiest voor zwembad"].published
    assert p is not None and (p.value, p.granularity, p.source, p.raw) == ("2021-03-16", "day", "inferred", None)


def test_dates_gisteren_about_a_dated_event_fixes_the_day(vote):
    _, docs = vote
    doc = docs["Zwembad blijft mogelijk open"]
    assert doc.published is not None
    assert (doc.published.value, doc.published.granularity, doc.published.source) == ("2021-03-16", "day", "inferred")
    assert doc.published.raw == "2021-03", "what the metadata said is kept"
    gisteren = [t for t in doc.timexes if doc.text[t.start : t.end] == "gisteren"]
    assert [t.value for t in gisteren] == ["2021-03-15"], "the relative date is resolved against the new day"


@pytest.mark.parametrize(
    "title",
    [
        pytest.param("Motie over zwembad", id="a-weekday-fits-several-days"),
        pytest.param("Brand in loods", id="an-event-no-other-source-reports"),
    ],
)
def test_dates_keep_the_month_when_the_corpus_does_not_settle_it(vote, title):
    _, docs = vote
    p = docs[title].published
    assert p is not None and (p.value, p.granularity, p.source) == ("2021-03", "month", "metadata")


def test_dates_the_vote_is_one_event_on_its_day(vote):
    chron, docs = vote
    ids = {d.id: t for t, d in docs.items()}
    votes = [ev for ev in chron.store.events() if ev.type == "decide" and len({m[0] for m in ev.mentions}) > 1]
    assert len(votes) == 1
    assert {ids[m[0]] for m in votes[0].mentions} == {
        "Raad wil zwembad open houden", "Zwembad blijft mogelijk open", "Motie over zwembad", "Raad kiest voor zwembad"}
    assert votes[0].when == {"value": "2021-03-15", "granularity": "day"}


def test_dates_reingest_changes_nothing(vote, tmp_path):
    chron, docs = vote
    before = {d.id: (d.published, d.timexes, d.events) for d in chron.store.iter_documents()}
    path = tmp_path / "again.jsonl"
    path.write_text("\n".join(json.dumps(it, ensure_ascii=False) for it in VOTE), encoding="utf-8")
    report = chron.ingest([str(path)])
    assert not report.added and not report.dated
    assert {d.id: (d.published, d.timexes, d.events) for d in chron.store.iter_documents()} == before


@pytest.fixture(scope="module")
def narrow(frog, tmp_path_factory):
    chron = _chronicle(frog, tmp_path_factory.mktemp("narrow"), "narrow", NARROW)
    docs = {d.title: d for d in chron.store.iter_documents()}
    yield chron, docs
    chron.store.close()


@pytest.mark.parametrize(
    "title, day",
    [
        # "maandagavond" is the letter's Monday 8 February, "Vrijdag" its meeting of 12 February:
        # the text is of 8 to 12 February, and the earliest of those days is committed
        pytest.param("Ministers schrijven over dijk", "2021-02-08", id="letter-sent-and-meeting-narrow-the-week"),
        # "Zondag" is the resolution of 7 February; "eerder op dinsdag" says the text is of a Tuesday
        pytest.param("Waterschap reageert", "2021-02-09", id="own-weekday-and-a-dated-resolution"),
    ],
)
def test_dates_weekdays_that_narrow_each_other_give_the_earliest_day(narrow, title, day):
    _, docs = narrow
    p = docs[title].published
    assert p is not None and (p.value, p.granularity, p.source) == (day, "day", "inferred")


def test_dates_resolved_against_the_narrowed_day(narrow):
    _, docs = narrow
    doc = docs["Ministers schrijven over dijk"]
    values = {doc.text[t.start : t.end]: t.value for t in doc.timexes}
    assert values["maandagavond"] == "2021-02-08TEV" and values["Vrijdag"] == "2021-02-12"


def test_link_events_binds_what_one_text_tells_twice(frog, tmp_path):
    chron = _chronicle(frog, tmp_path, "twice", TWICE)
    try:
        docs = list(chron.store.iter_documents())
        linker = EntityLinker(Settings())
        for d in docs:
            linker.add(d)
        linker.entities()
        assigned = linker.assignments()
        ms = read_mentions(docs, lambda doc_id, s, e: assigned.get((doc_id, s, e)))
        by_word = {docs[0].text[m.em.start : m.em.end]: m for m in ms}
        named = {eid for r, eid in by_word["gekomen"].roles if r == "patient"}
        assert named, "the victim is named in the first sentence"
        role_only = {eid for r, eid in by_word["gedood"].roles if r == "patient"}
        assert named <= role_only, "'de bevelhebber' is the general killed a sentence earlier"
        assert by_word["bomaanslag"].key in by_word["aanslag"].bound, "'de aanslag' refers back to the bomb attack"
    finally:
        chron.store.close()


# A clock time to the minute that two texts give the same happening: the month-dated one is of the
# other's day. A text giving another minute for a like happening says nothing.
CLOCK = [
    {"title": "Busbedrijf failliet", "date": "2021-04-12",
     "text": "Het Limburgse busbedrijf Maasland Vervoer vroeg om 14.30 uur faillissement aan bij de rechtbank "
             "in Maastricht. Ruim vierhonderd chauffeurs zitten zonder werk."},
    {"title": "Chauffeurs in onzekerheid", "date": "2021-04",
     "text": "Nadat Maasland Vervoer om 14.30 uur faillissement had aangevraagd bij de rechtbank, kwamen de "
             "chauffeurs bijeen in de remise in Heerlen. De vakbond spreekt van een zwarte dag."},
    {"title": "Ander busbedrijf", "date": "2021-04",
     "text": "Het busbedrijf Peelland Reizen vroeg om 11.15 uur faillissement aan bij de rechtbank in "
             "Den Bosch. De gemeente zoekt een vervanger."},
]


@pytest.fixture(scope="module")
def clock(frog, tmp_path_factory):
    chron = _chronicle(frog, tmp_path_factory.mktemp("clock"), "clock", CLOCK)
    docs = {d.title: d for d in chron.store.iter_documents()}
    yield chron, docs
    chron.store.close()


@pytest.mark.parametrize(
    "title, value, granularity",
    [
        pytest.param("Chauffeurs in onzekerheid", "2021-04-12", "day", id="same-minute-same-happening"),
        pytest.param("Ander busbedrijf", "2021-04", "month", id="another-minute-says-nothing"),
    ],
)
def test_dates_a_clock_time_to_the_minute_dates_the_text(clock, title, value, granularity):
    _, docs = clock
    p = docs[title].published
    assert p is not None and (p.value, p.granularity) == (value, granularity)
