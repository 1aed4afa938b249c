"""A justice case told once, end to end through real Frog (``kroniek.link.events.cases``).

- A planned prosecution ("gaat vier verdachten vervolgen", future) and another outlet's passive
  report of the same day ("Vier mannen worden vervolgd voor de aanslag"), which names neither the
  agent nor the place, are one event: the same counted patient (four persons) and the same case
  noun ("aanslag"); the event is asserted (one of its reports asserts it).
- Three outlets' reports of one prosecution are one event; another prosecution of the same day,
  town and service with another count ("twee mannen") stays apart.
- The trial months later is a `trial` event of its own, not the prosecution.

The news items in tests/fixtures/events/justice_cases_news.jsonl were written for these tests.
"""

from __future__ import annotations

import pytest
from ingested import ingest_export

pytestmark = [pytest.mark.frog, pytest.mark.slow]


@pytest.fixture(scope="module")
def data(tmp_path_factory, fixtures_dir, frog_servers) -> dict:
    return ingest_export(frog_servers, tmp_path_factory.mktemp("cases") / "k.db", fixtures_dir / "events" / "justice_cases_news.jsonl")


def _titles(data: dict, event: dict) -> set[str]:
    title = {d["id"]: d["title"] for d in data["documents"]}
    return {title[m["doc"]] for m in event["mentions"]}


def _event_of(data: dict, title: str, typ: str) -> dict:
    found = [e for e in data["events"] if e["type"] == typ and title in _titles(data, e)]
    assert found, [(e["type"], _titles(data, e)) for e in data["events"]]
    return max(found, key=lambda e: len(e["mentions"]))


def test_events_cases_plan_and_passive_report_are_one(data):
    case = _event_of(data, "Vervolging na treinaanslag", "prosecute")
    assert "Justitie klaagt viertal aan" in _titles(data, case), _titles(data, case)
    assert case["factuality"] == "asserted"


def test_events_cases_three_outlets_one_prosecution(data):
    case = _event_of(data, "OM gaat drie mannen vervolgen", "prosecute")
    assert {"Drie verdachten vervolgd voor juweliersmoord", "Besluit over vervolging"} <= _titles(data, case)


@pytest.mark.parametrize("title, why", [
    ("Taxichauffeur vermoord", "another count of suspects ('twee mannen'): another case, though the town and service are the same"),
    ("Proces juweliersmoord", "the trial months later is not the prosecution"),
    ("Vervolging na treinaanslag", "another case (count, case noun, day)"),
])
def test_events_cases_near_misses_stay_apart(data, title, why):
    assert title not in _titles(data, _event_of(data, "OM gaat drie mannen vervolgen", "prosecute")), why


def test_events_cases_trial_is_its_own_type(data):
    trial = _event_of(data, "Proces juweliersmoord", "trial")
    assert _titles(data, trial) == {"Proces juweliersmoord"}
