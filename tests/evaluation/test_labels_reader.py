"""``eval/labels/reader.py``'s date count: an asserted event dated after the first report that
tells it as done; a report that announces it (its mention future) is no such report (hand-made
documents and events, no Frog)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from kroniek.model import Document, Event, EventMention, PublishedDate

READER = Path(__file__).resolve().parents[2] / "eval" / "labels" / "reader.py"


def _reader():
    spec = importlib.util.spec_from_file_location("labels_reader", READER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


TEXT = "De vakbond legt dinsdag het werk neer in de haven."


def _doc(doc_id: str, day: str, factuality: str) -> Document:
    a = TEXT.index("legt")
    return Document(id=doc_id, text=TEXT, source="test", published=PublishedDate(day, "day"),
                    events=[EventMention(a, a + 4, "strike", factuality=factuality)])


def _strike(*docs: str) -> Event:
    a = TEXT.index("legt")
    return Event(id="v-staking", type="strike", label="vakbond legt werk neer",
                 when={"value": "2019-07-16", "granularity": "day"}, mentions=[(d, a, a + 4) for d in docs])


def test_reader_an_event_announced_first_and_done_later_is_no_date_fault():
    reader = _reader()
    docs = {"d-mon": _doc("d-mon", "2019-07-15", "future"), "d-tue": _doc("d-tue", "2019-07-16", "asserted")}
    f = reader.Findings()
    reader.check_dates_all([_strike("d-mon", "d-tue")], docs, f)
    assert f.counts["date_after_first_report"] == 0


def test_reader_an_event_told_as_done_before_its_date_is_a_date_fault():
    reader = _reader()
    docs = {"d-mon": _doc("d-mon", "2019-07-15", "asserted"), "d-tue": _doc("d-tue", "2019-07-16", "asserted")}
    f = reader.Findings()
    reader.check_dates_all([_strike("d-mon", "d-tue")], docs, f)
    assert f.counts["date_after_first_report"] == 1


def test_reader_counts_shown_events_dated_by_a_year_or_season_alone():
    reader = _reader()
    for value, counted in [("2019", True), ("2019-SU", True), ("2019-Q1", True), ("2019-H2", True),
                           ("2019-07", False), ("2019-07-16", False), ("2019-W27", False)]:
        f = reader.Findings()
        ev = Event(id="v-1", type="contest", label="ploeg won finale", when={"value": value})
        reader.check_coarse_date(ev, ev.label, f)
        assert (f.counts.get("date_coarse_shown", 0) == 1) is counted, value


def test_reader_rebuilt_stories_list_the_documents_that_moved():
    """Two reports stored as one story that share only the home country: built anew they are two
    stories, and the reader lists both as moved (sentences written for this test)."""
    from kroniek.model import Entity, Story

    reader = _reader()
    care = Document(id="a", text="De inspectie keurde veertig verpleeghuizen in Nederland goed.", source="a",
                    published=PublishedDate("2019-06-24", "day"))
    wreck = Document(id="b", text="Duikers vonden het wrak van een onderzeeboot uit Nederland.", source="b",
                     published=PublishedDate("2019-06-25", "day"))
    nl = Entity("e-nl", "LOC", "Nederland", attributes={"place": "country", "country": "NL"},
                mentions=[(d.id, d.text.index("Nederland"), d.text.index("Nederland") + 9) for d in (care, wreck)])
    f = reader.Findings()
    reader.check_rebuilt_stories({"a": care, "b": wreck}, [], [nl], [Story("s-1", "x", documents=["a", "b"])], f)
    assert (f.counts["rebuilt_stories"], f.counts["rebuilt_moved"]) == (2, 2)
