"""Dates and codes written as a reader writes them; the interface language a reader gets."""

from __future__ import annotations

import pytest

from kroniek.serve.web.humanize import EVENT_TYPES, human_anchor, human_date, pick_lang, word


@pytest.mark.parametrize(
    ("value", "lang", "expect"),
    [
        pytest.param("2020-01-06", "nl", "maandag 6 januari 2020", id="a day with its weekday"),
        pytest.param("2020-01", "nl", "januari 2020", id="a month"),
        pytest.param("2020", "nl", "2020", id="a year"),
        pytest.param("2019-05-15T22:01", "nl", "woensdag 15 mei 2019, 22:01", id="a moment keeps its clock time"),
        pytest.param("2020-W02", "nl", "week 2 van 2020", id="a week"),
        pytest.param("2019-SU", "nl", "zomer 2019", id="a season"),
        pytest.param("2020-Q1", "nl", "eerste kwartaal 2020", id="a quarter"),
        pytest.param("XXXX-WXX-1TEV", "nl", "op een maandagavond", id="a weekday evening of no known week"),
        pytest.param("XXXX-WXX-7", "nl", "op een zondag", id="ISO weekday 7 is Sunday, the last of the week"),
        pytest.param("XXXX-WXX-3TMO", "en", "on a Wednesday morning", id="a weekday of no known week in English"),
        pytest.param("PRESENT_REF", "nl", "nu", id="now"),
        pytest.param("PXW", "nl", "enkele weken", id="some weeks"),
        pytest.param("P3D", "nl", "3 dagen", id="a duration"),
        pytest.param("2020-01-06", "en", "Monday, January 6, 2020", id="English day"),
        pytest.param("2020-01-06TEV", "nl", "maandagavond 6 januari 2020", id="an evening of a known day"),
        pytest.param("2020-01-02TNI", "en", "Thursday night, January 2, 2020", id="a night in English"),
        pytest.param("2020-W01-WE", "nl", "het weekend van week 1 van 2020", id="a weekend"),
        pytest.param("PTXH", "nl", "enkele uren", id="some hours"),
        pytest.param("XXXX-01-06", "nl", "6 januari", id="a day of no known year"),
        pytest.param("2020-13", "nl", "onbepaalde tijd", id="no month 13: never shown raw"),
        pytest.param(None, "nl", "", id="nothing"),
    ],
)
def test_humanize_dates_as_people_write_them(value: str | None, lang: str, expect: str) -> None:
    assert human_date(value, lang) == expect


def test_humanize_short_dates_and_anchors() -> None:
    assert human_date("2020-01-06", "nl", short=True) == "6 jan 2020"
    assert human_anchor({"value": "2020-01-06", "relation": "on_or_before"}) == "uiterlijk maandag 6 januari 2020"


@pytest.mark.parametrize(
    ("key", "lang", "expect"),
    [
        pytest.param("kill", "nl", "doding", id="an event type in Dutch"),
        pytest.param("suspend", "en", "suspension", id="and in English"),
        pytest.param("brand-new-type", "nl", "overig", id="an unknown code is never shown raw"),
    ],
)
def test_humanize_event_types_as_words(key: str, lang: str, expect: str) -> None:
    assert word(EVENT_TYPES, key, lang) == expect


@pytest.mark.parametrize(
    ("query", "cookie", "accept", "expect"),
    [
        pytest.param(None, None, None, "nl", id="Dutch by default"),
        pytest.param(None, None, "en-US,en;q=0.9", "en", id="a browser that prefers English"),
        pytest.param(None, None, "nl-NL,nl;q=0.9,en;q=0.8", "nl", id="a Dutch browser"),
        pytest.param(None, None, "en;q=0.5,nl;q=0.5", "nl", id="a tie goes to Dutch"),
        pytest.param(None, None, "de-DE", "nl", id="neither language asked for"),
        pytest.param(None, "en", "nl", "en", id="the switch's cookie beats the header"),
        pytest.param("nl", "en", "en", "nl", id="the query beats the cookie"),
        pytest.param("fr", None, None, "nl", id="an unknown language is ignored"),
    ],
)
def test_humanize_pick_lang(query: str | None, cookie: str | None, accept: str | None, expect: str) -> None:
    assert pick_lang(query, cookie, accept) == expect
