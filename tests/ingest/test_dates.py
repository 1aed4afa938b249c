"""Publication dates from metadata strings and letter headings."""

from __future__ import annotations

import datetime as dt

import pytest

from kroniek.ingest.dates import find_letter_date, find_stated_date, parse_date, split_date_prefix

DATES = [
    pytest.param(
        "Wed, 15 May 2019 22:01:53 +0200",
        "2019-05-15T22:01",
        "minute",
        id="RFC 2822 keeps wall time",
    ),
    pytest.param("Mon, 06 Jan 2020 10:00:00 GMT", "2020-01-06T10:00", "minute", id="RFC 2822 GMT"),
    pytest.param("2020-01-06T22:00:00+01:00", "2020-01-06T22:00", "minute", id="ISO with offset"),
    pytest.param("2020-01-06T21:00:00Z", "2020-01-06T21:00", "minute", id="ISO UTC"),
    pytest.param("2020-01-06", "2020-01-06", "day", id="ISO day"),
    pytest.param("2020-01", "2020-01", "month", id="ISO month"),
    pytest.param("2020", "2020", "year", id="year only"),
    pytest.param("2020/01/06", "2020-01-06", "day", id="slashes"),
    pytest.param("06-01-2020", "2020-01-06", "day", id="Dutch day-month-year"),
    pytest.param("6.1.2020 14:30", "2020-01-06T14:30", "minute", id="Dutch dotted with time"),
    pytest.param("6 januari 2020", "2020-01-06", "day", id="Dutch textual"),
    pytest.param("maandag 6 januari 2020", "2020-01-06", "day", id="with weekday"),
    pytest.param(
        "di 7 jan. 2020 om 09:15", "2020-01-07T09:15", "minute", id="abbreviated with time"
    ),
    pytest.param("januari 2020", "2020-01", "month", id="Dutch month"),
    pytest.param("15 May 2019", "2019-05-15", "day", id="English textual"),
    pytest.param("May 15, 2019", "2019-05-15", "day", id="English month first"),
    pytest.param(dt.date(2019, 5, 15), "2019-05-15", "day", id="YAML date object"),
    pytest.param(
        dt.datetime(2019, 5, 15, 8, 5), "2019-05-15T08:05", "minute", id="YAML datetime object"
    ),
]


@pytest.mark.parametrize(("raw", "value", "granularity"), DATES)
def test_dates_parse_metadata(raw, value: str, granularity: str) -> None:
    date = parse_date(raw)
    assert date is not None
    assert (date.value, date.granularity, date.source) == (value, granularity, "metadata")


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param("2020-13-01", id="month 13"),
        pytest.param("31-02-2020", id="31 February"),
        pytest.param("32 januari 2020", id="day 32"),
        pytest.param("gisteren", id="relative word"),
        pytest.param("2020-01-06T25:00", id="hour 25"),
        pytest.param("", id="empty"),
    ],
)
def test_dates_reject_impossible(raw: str) -> None:
    assert parse_date(raw) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param(
            " Den Haag, 6 januari 2020 \n\nIn het licht", "2020-01-06", id="letter heading"
        ),
        pytest.param(
            "Ministerie\nDatum 14 februari 2023\nBetreft Iets", "2023-02-14", id="Datum field"
        ),
        pytest.param(
            "'s-Gravenhage, 1 mei 2018\n\nGeachte voorzitter,", "2018-05-01", id="old place name"
        ),
        pytest.param(
            "Postbus 20701\nDatum\n14 februari 2023\nKenmerk",
            "2023-02-14",
            id="sidebar label above value",
        ),
    ],
)
def test_dates_letter_heading(text: str, value: str) -> None:
    date = find_letter_date(text)
    assert date is not None and (date.value, date.granularity, date.source) == (
        value,
        "day",
        "text",
    )


def test_dates_letter_heading_not_in_prose() -> None:
    assert find_letter_date("Op 6 januari 2020 sprak de minister in Den Haag.") is None


def test_dates_seed_prefix() -> None:
    date, rest, bad = split_date_prefix(" date 2020-01 Ank Bijleveld zegt")
    assert date is not None and (date.value, date.granularity, date.raw) == (
        "2020-01",
        "month",
        "2020-01",
    )
    assert rest == "Ank Bijleveld zegt" and bad is None
    assert split_date_prefix("Het date 2020-01 stuk") == (None, "Het date 2020-01 stuk", None)


@pytest.mark.parametrize(
    ("text", "value", "raw"),
    [
        pytest.param("Nieuwsbericht | 06-01-2020 | 14:30\n\nKabinet schort missie op", "2020-01-06",
                     "Nieuwsbericht | 06-01-2020 | 14:30", id="ministry-news-item"),
        pytest.param("Kamerstuk: Kamerbrief | 12-03-2021\n\nVoortgang vaccinatie", "2021-03-12",
                     "Kamerstuk: Kamerbrief | 12-03-2021", id="ministry-letter-item"),
        pytest.param("Vragen van het lid Bosman (VVD) aan de Minister van Defensie over de\nkazerne in Ede "
                     "(ingezonden 3 juni 2021).\n\nVraag 1", "2021-06-03", "ingezonden 3 juni 2021",
                     id="unanswered-questions"),
        pytest.param("Utrecht, 15 maart 2021 Geachte heer, mevrouw,\nOp 22 maart begint het werk.", "2021-03-15",
                     "Utrecht, 15 maart 2021", id="heading-run-into-the-salutation"),
    ],
)  # fmt: skip
def test_dates_stated_by_a_government_text(text: str, value: str, raw: str) -> None:
    date = find_stated_date(text)
    assert date is not None and (date.value, date.granularity, date.source, date.raw) == (value, "day", "text", raw)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Amsterdam, 3 maart 2021 was een mooie dag voor de stad.", id="prose-after-a-date"),
        pytest.param("Het nieuwsbericht van 06-01-2020 is verwijderd.", id="item-date-in-prose"),
        pytest.param("De Kamer stelde vragen over de kazerne (ingezonden 3 juni 2021).", id="not-the-questions-head"),
    ],
)
def test_dates_stated_only_at_the_top_in_the_house_forms(text: str) -> None:
    assert find_stated_date(text) is None
    assert find_letter_date(text) is None
