"""`kroniek show` lists the events the chronicle shows: salient ones and story leads, never
background however it scores (an export written by hand for this test)."""

from __future__ import annotations

from kroniek.show import render_chronicle


def _event(eid: str, label: str, **attributes: object) -> dict:
    return {"id": eid, "type": "contest", "label": label, "factuality": "asserted", "when": None,
            "participants": [], "where": [], "mentions": [], "attributes": attributes}


def test_show_events_background_stays_in_the_tail() -> None:
    data = {"documents": [], "entities": [], "timexes": [], "quotes": [], "stories": [], "events": [
        _event("v-news", "wielrenner wint etappe", salience=0.5),
        _event("v-2016", "wielrenner won Tour in 2016", salience=0.6, background=True),
        _event("v-lead", "renner valt uit", salience=0.12, lead=True),
        _event("v-tail", "ploeg reist af", salience=0.1),
    ]}
    default = render_chronicle(data)
    assert "wint etappe" in default and "valt uit" in default
    assert "Tour in 2016" not in default and "reist af" not in default
    assert "Tour in 2016" in render_chronicle(data, show_all=True)


def test_show_events_an_untyped_event_of_one_report_stays_in_the_tail() -> None:
    data = {"documents": [], "entities": [], "timexes": [], "quotes": [], "stories": [], "events": [
        _event("v-news", "wielrenner wint etappe", salience=0.5),
        _event("v-lone", "ploegleider bezorgt bloemen", salience=0.5, lone_untyped=True),
        _event("v-led", "renner troffen elkaar", salience=0.5, lone_untyped=True, lead=True),
    ]}
    default = render_chronicle(data)
    assert "wint etappe" in default and "troffen elkaar" in default
    assert "bezorgt bloemen" not in default
    assert "bezorgt bloemen" in render_chronicle(data, show_all=True)
