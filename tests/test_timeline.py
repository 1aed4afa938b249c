"""Timelines over hand-built events: order, filters, sources and the four output formats."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from kroniek.model import Document, Entity, Event, PublishedDate, Sentence, Story
from kroniek.timeline import command, render, timeline

STRIKE = "Qassem Soleimani kwam bij het vliegveld van Bagdad om het leven door een Amerikaanse droneaanval."
SUSPEND = "De Nederlandse trainingsmissie in het noorden van Irak is ook tijdelijk stilgelegd."
VOTE = "De Tweede Kamer heeft de motie aangenomen."


def _doc(doc_id: str, title: str, text: str, published: str) -> Document:
    doc = Document(id=doc_id, text=text, source=doc_id, title=title,
                   published=PublishedDate(published, "day"))
    doc.sentences = [Sentence(0, len(text), 0, 0)]
    return doc


def _span(doc: Document, word: str) -> tuple[str, int, int]:
    k = doc.text.index(word)
    return doc.id, k, k + len(word)


@pytest.fixture()
def world() -> tuple[list[Event], dict[str, Document], list[Entity]]:
    a = _doc("d-a", "Bijleveld over Soleimani", STRIKE, "2020-01-06")
    b = _doc("d-b", "Missie stilgelegd", SUSPEND, "2020-01-05")
    c = _doc("d-c", "Kamer stemt", VOTE, "2020-01-09")
    entities = [
        Entity("e-qs", "PER", "Qassem Soleimani", aliases=["Soleimani"]),
        Entity("e-us", "LOC", "Verenigde Staten", aliases=["VS", "Amerikaanse"]),
        Entity("e-bg", "LOC", "Bagdad"),
        Entity("e-tk", "ORG", "Tweede Kamer"),
    ]
    events = [
        # Out of order on purpose: the timeline sorts.
        Event("v-vote", "decide", "De Tweede Kamer heeft de motie aangenomen", None, [], [("agent", "e-tk")],
              mentions=[_span(c, "aangenomen")]),
        Event("v-strike", "kill", "Qassem Soleimani kwam om het leven door een Amerikaanse droneaanval",
              {"value": "2020-01-03", "granularity": "day"}, ["e-bg"], [("patient", "e-qs"), ("agent", "e-us")],
              mentions=[_span(a, "kwam"), _span(a, "droneaanval")],
              attributes={"disagreements": [{"aspect": "manner", "readings": [
                  {"value": "drone", "sources": ["d-a"]}, {"value": "raket", "sources": ["d-b"]}]}], "flagged": True}),
        Event("v-suspend", "suspend", "De Nederlandse trainingsmissie stilgelegd",
              {"value": "2020-01-04", "granularity": "day"}, [], [], mentions=[_span(b, "stilgelegd")]),
    ]
    return events, {d.id: d for d in (a, b, c)}, entities


def test_timeline_orders_by_date_and_falls_back_to_publication(world):
    rows = timeline(*world)
    assert [r["event"] for r in rows] == ["v-strike", "v-suspend", "v-vote"]
    assert rows[2]["date"] == "2020-01-09" and rows[2]["date_source"] == "published"
    assert rows[0]["date_source"] == "event"


def test_timeline_rows_name_participants_and_sources(world):
    strike = timeline(*world)[0]
    assert {(p["role"], p["name"]) for p in strike["participants"]} == {
        ("patient", "Qassem Soleimani"), ("agent", "Verenigde Staten")}
    assert strike["places"] == ["Bagdad"]
    assert [s["text"] for s in strike["sources"]] == ["kwam", "droneaanval"]
    assert strike["sources"][0]["sentence"] == STRIKE
    assert strike["sources"][0]["title"] == "Bijleveld over Soleimani"


@pytest.mark.parametrize(
    "kwargs, expected",
    [
        pytest.param({"entity": "Soleimani"}, ["v-strike"], id="entity-by-alias"),
        pytest.param({"entity": "bagdad"}, ["v-strike"], id="entity-as-place-any-case"),
        pytest.param({"entity": "Tweede Kamer"}, ["v-vote"], id="entity-by-name"),
        pytest.param({"entity": "Nobody"}, [], id="unknown-entity-nothing"),
        pytest.param({"start": "2020-01-04"}, ["v-suspend", "v-vote"], id="from-date"),
        pytest.param({"end": "2020-01-04"}, ["v-strike", "v-suspend"], id="to-date-inclusive"),
        pytest.param({"start": "2020-01", "end": "2020-01"}, ["v-strike", "v-suspend", "v-vote"], id="month-range"),
        pytest.param({"story_events": {"v-vote"}}, ["v-vote"], id="story"),
    ],
)
def test_timeline_filters(world, kwargs, expected):
    assert [r["event"] for r in timeline(*world, **kwargs)] == expected


def test_timeline_render_formats(world):
    rows = timeline(*world)
    as_json = json.loads(render(rows, "json"))
    assert as_json[0]["label"].startswith("Qassem Soleimani kwam")
    table = list(csv.DictReader(io.StringIO(render(rows, "csv"))))
    assert [r["date"] for r in table] == ["2020-01-03", "2020-01-04", "2020-01-09*"]
    assert table[0]["label"].endswith("[sources disagree]")
    md = render(rows, "md")
    assert md.startswith("| date | type | label |")
    assert md.count("- Bijleveld over Soleimani: " + STRIKE) == 1, "two mentions in one sentence cite it once"
    assert "*sources disagree on manner:* drone (Bijleveld over Soleimani); raket (d-b)" in md
    text = render(rows, "table")
    assert text.splitlines()[0].split()[:3] == ["date", "type", "label"]
    assert len(text.splitlines()) == 5
    with pytest.raises(ValueError):
        render(rows, "xml")


def test_timeline_command_reads_the_store(tmp_path, world):
    from kroniek.store import open_store

    events, docs, entities = world
    db = str(tmp_path / "k.db")
    store = open_store(db)
    for d in docs.values():
        store.add_document(d, text_hash=d.id)
    store.replace_entities(entities)
    store.replace_events(events)
    store.replace_stories([Story("s-1", "Stemming", documents=["d-c"], events=["v-vote"])])
    store.close()
    runner = CliRunner()
    out = runner.invoke(command, ["--db", db, "--format", "json"])
    assert out.exit_code == 0, out.output
    assert [r["event"] for r in json.loads(out.output)] == ["v-strike", "v-suspend", "v-vote"]
    out = runner.invoke(command, ["--db", db, "--story", "s-1", "--format", "csv"])
    assert out.exit_code == 0 and out.output.count("\n") == 2
    out = runner.invoke(command, ["--db", db, "--story", "s-9"])
    assert out.exit_code == 2 and "s-9" in out.output
