"""The API and the story page list salient events first and keep the tail behind ``?all=1``.

The seed store (tests/serve/seedstore.py) gets each event's salience from kroniek.link.salience,
as ``Chronicle.relink`` stores it; its least salient event is pushed below the cut so that
there is a tail to hide.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from kroniek.link.salience import SHOWN, annotate
from kroniek.serve.app import create_app
from kroniek.settings import Settings
from kroniek.store.sqlite import SQLiteStore


@pytest.fixture(scope="module")
def scored(seed_db: Path, tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    db = tmp_path_factory.mktemp("salience") / "seeds.db"
    shutil.copy(seed_db, db)
    store = SQLiteStore(db)
    stories = store.stories()  # replacing the events drops the stories' links to them: stored again below
    events = store.events()
    annotate(events, {d.id: d for d in store.iter_documents()})
    # The seed store's few events all clear the cut; the least salient of the biggest story is made the tail.
    biggest = set(max(stories, key=lambda s: len(s.events)).events)
    assert len(biggest) >= 2
    mine = [e for e in events if e.id in biggest]
    min(mine, key=lambda e: (e.attributes["salience"], e.id)).attributes["salience"] = SHOWN / 2
    store.replace_events(events)
    store.replace_stories(stories)
    store.close()
    return TestClient(create_app(str(db), Settings(db=str(db), api_token=None)))


def _salience(e: dict) -> float:
    return e["attributes"]["salience"]


def test_api_salience_events_most_salient_first_tail_on_request(scored: TestClient):
    shown = scored.get("/api/events").json()
    every = scored.get("/api/events", params={"all": 1}).json()
    scores = [_salience(e) for e in shown["events"]]
    assert scores == sorted(scores, reverse=True) and all(s >= SHOWN for s in scores)
    assert every["total"] > shown["total"] > 0
    assert any(_salience(e) < SHOWN for e in every["events"])


def test_api_salience_story_detail_hides_and_counts_the_tail(scored: TestClient):
    story = max(scored.get("/api/stories").json()["stories"], key=lambda s: len(s["events"]))
    short = scored.get(f"/api/stories/{story['id']}").json()
    full = scored.get(f"/api/stories/{story['id']}", params={"all": 1}).json()
    scores = [_salience(e) for e in short["event_details"]]
    assert scores == sorted(scores, reverse=True)
    assert short["hidden_events"] == len(full["event_details"]) - len(short["event_details"]) > 0
    assert full["hidden_events"] == 0


def test_api_salience_timeline_and_story_page_honour_all(scored: TestClient):
    assert scored.get("/api/timeline", params={"all": 1}).json()["total"] > scored.get("/api/timeline").json()["total"]
    story = max(scored.get("/api/stories").json()["stories"], key=lambda s: len(s["events"]))
    page = scored.get(f"/stories/{story['id']}").text
    assert "toon alles" in page  # the tail sits behind "toon alles" (issue #15)
    assert "toon alles" not in scored.get(f"/stories/{story['id']}", params={"all": 1}).text
