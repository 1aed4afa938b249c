"""The document's own date: dated headings, the constraint solver, and when it must not commit."""

from __future__ import annotations

import pytest

from kroniek.extract.docdate import DocDate, infer_published
from kroniek.extract.timex import TimexTagger
from kroniek.model import Document, PublishedDate

JAN = PublishedDate("2020-01", "month", "metadata", "2020-01")


def _doc(text: str, published: PublishedDate | None = JAN) -> Document:
    return Document(id="d-test", text=text, source="test", published=published)


@pytest.mark.parametrize(
    ("text", "published", "value", "source"),
    [
        pytest.param("Den Haag, 6 januari 2020\n\nIn het licht van de ontwikkelingen in Irak informeren wij uw Kamer.",
                     None, "2020-01-06", "text", id="letter-heading-no-metadata"),
        pytest.param(" Den Haag, 6 januari 2020 \n\nGeachte voorzitter,", JAN, "2020-01-06", "text", id="letter-heading-within-month"),
        pytest.param("Datum: 14 februari 2020\nBetreft: beantwoording Kamervragen", None, "2020-02-14", "text", id="datum-line"),
        pytest.param(
            "Het Iraakse parlement heeft gisteren een resolutie aangenomen over de buitenlandse troepen. "
            "Minister Blok reageerde vandaag.\n\nDe resolutie over het vertrek van buitenlandse troepen "
            "werd op zondag 5 januari aangenomen met een ruime meerderheid.",
            JAN, "2020-01-06", "inferred", id="gisteren-and-the-date-of-the-same-event"),
        pytest.param(
            "De minister sprak vandaag, dinsdag 7 januari, met zijn Europese collega's over Irak.",
            JAN, "2020-01-07", "inferred", id="vandaag-in-apposition-with-date"),
    ],
)
def test_docdate_infers_day(text, published, value, source):
    p = infer_published(_doc(text, published))
    assert p is not None
    assert (p.value, p.granularity, p.source) == (value, "day", source)
    if published is not None:
        assert p.raw == published.raw


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Defensie meldde gisteren dat de mariniers deze week weer aan de slag zouden gaan.", id="relative-only"),
        pytest.param("Vandaag, maandag, sprak de minister met de Kamer. Gisteren ontmoette hij zijn collega.", id="weekday-alone-fits-four-mondays"),
        pytest.param("Het kabinet heeft maandagavond een Kamerbrief verstuurd. Vrijdag is er een bijeenkomst.", id="weekday-bounds-only"),
        pytest.param(
            "Gisteren zei Bijleveld dat Soleimani een boef was. Soleimani werd op 3 januari gedood bij een aanval.",
            id="shared-name-is-not-the-same-event"),
        pytest.param(
            "Het parlement nam gisteren een resolutie aan over de troepen. De resolutie over de troepen "
            "werd op 5 januari aangenomen. Eergisteren nam het parlement een resolutie aan over de troepen.",
            id="contradicting-pins-not-decisive"),
    ],
)
def test_docdate_keeps_coarse_when_not_decisive(text):
    assert infer_published(_doc(text)) is None


def test_docdate_heading_outside_metadata_period_is_flagged():
    doc = DocDate()(_doc("Den Haag, 6 maart 2020\n\nGeachte voorzitter,"))
    assert doc.published == JAN
    assert "date-inconsistent" in doc.warnings


def test_docdate_leaves_day_precise_metadata_alone():
    p = PublishedDate("2019-05-15T22:01", "minute", "metadata", "Wed, 15 May 2019 22:01:53 +0200")
    doc = DocDate()(_doc("Den Haag, 6 januari 2020\n\nTekst.", p))
    assert doc.published == p


def test_docdate_then_timex_resolves_against_inferred_day():
    text = ("Het Iraakse parlement heeft gisteren een resolutie aangenomen over de buitenlandse troepen.\n\n"
            "De resolutie over het vertrek van buitenlandse troepen werd op zondag 5 januari aangenomen.")
    doc = TimexTagger()(DocDate()(_doc(text)))
    assert doc.published is not None and doc.published.source == "inferred"
    assert {doc.span_text(t): t.value for t in doc.timexes}["gisteren"] == "2020-01-05"


@pytest.mark.parametrize(
    ("prefix", "expected"),
    [
        pytest.param("000_", None, id="seed-news-maandagavond-and-vrijdag-do-not-fix-the-day"),
        pytest.param("001_", None, id="seed-news-gisteren-without-a-date"),
        pytest.param("002_", "2020-01-06", id="seed-letter-heading"),
        pytest.param("003_", None, id="seed-news-weekend-and-weekdays-only"),
    ],
)
def test_docdate_seeds(seeds_dir, prefix, expected):
    text = next(seeds_dir.glob(prefix + "*.txt")).read_text(encoding="utf-8")
    published = JAN if text.startswith(" date 2020-01") else None
    p = infer_published(_doc(text, published))
    assert (p.value if p else None) == expected


@pytest.mark.parametrize(
    "text, first",
    [
        pytest.param("GM vroeg om 12.00 uur faillissement aan. Daarna sprak Obama.",
                     "GM vroeg om 12.00 uur faillissement aan.", id="clock-time-dot"),
        pytest.param("Er verdwijnen 1.500 banen bij de fabriek. De bond is boos.",
                     "Er verdwijnen 1.500 banen bij de fabriek.", id="thousands-dot"),
        pytest.param("De koers daalde 3.5 procent.\nDat is veel.", "De koers daalde 3.5 procent.", id="decimal-dot"),
    ],
)
def test_docdate_sentence_bounds_keep_numbers_whole(text, first):
    from kroniek.sentences import sentence_pieces  # the pieces document dating compares

    bounds = sentence_pieces(text)
    assert len(bounds) == 2
    assert text[bounds[0][0] : bounds[0][1]] == first


@pytest.mark.parametrize(
    ("heading", "docdate_day", "letter_day"),
    [
        # the place of a letter may start with "'s-" (one pattern for both readers now)
        pytest.param("'s-Hertogenbosch, 3 april 2020", "2020-04-03", "2020-04-03", id="s-hertogenbosch"),
        pytest.param("Datum 12 maart 2021", "2021-03-12", "2021-03-12", id="datum-label"),
        # a bare date line dates a document's text, but is no letter heading on its own
        pytest.param("12 maart 2021", "2021-03-12", None, id="bare-date-line"),
    ],
)
def test_docdate_heading_pattern_is_shared_with_the_letter_reader(heading, docdate_day, letter_day):
    from kroniek.ingest.dates import find_letter_date

    text = f"{heading}\n\nGeachte voorzitter, hierbij ontvangt u de brief."
    found = infer_published(_doc(text, None))
    assert (found.value if found else None) == docdate_day
    letter = find_letter_date(text)
    assert (letter.value if letter else None) == letter_day
