"""A planned happening told by several outlets is one event, end to end through real Frog:
"gaat drie agenten vervolgen", "heeft besloten om drie agenten te vervolgen" (two outlets, the
same day, each mention told as future) and "worden vervolgd" (a third outlet, the next day) are
one event; the decision stays an event of its own.

The three news items in tests/fixtures/events/planned_news.jsonl were written for these tests.
"""

from __future__ import annotations

import pytest
from ingested import ingest_export, told_by

pytestmark = [pytest.mark.frog, pytest.mark.slow]


@pytest.fixture(scope="module")
def data(tmp_path_factory, fixtures_dir, frog_servers) -> dict:
    return ingest_export(frog_servers, tmp_path_factory.mktemp("planned") / "k.db", fixtures_dir / "events" / "planned_news.jsonl")


def _with(data: dict, word: str) -> list[dict]:
    return told_by(data["events"], word)


def test_events_planned_one_event_across_outlets(data):
    """The three outlets' body sentences are one event; each planned mention keeps "future"."""
    found = _with(data, "vervolgd")
    assert len(found) == 1, [v["label"] for v in found]
    ms = found[0]["mentions"]
    assert len({m["doc"] for m in ms}) == 3, ms
    planned = [m for m in ms if m["text"] == "vervolgen"]
    # Both planning outlets (the title "OM gaat drie agenten vervolgen" may join its own body too).
    assert len({m["doc"] for m in planned}) == 2 and all(m["factuality"] == "future" for m in planned), ms


def test_events_planned_decision_stays_its_own_event(data):
    found = _with(data, "besloten")
    assert found and all(v["type"] == "decide" and v["factuality"] == "asserted" for v in found), found
