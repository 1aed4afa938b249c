"""The happenings relink loop (kroniek/evaluation/happenings_relink.py): a snapshot is made again
when anything but linking code changes, and a relink of stored documents gives the events a full
link gives. No Frog: the seeds' recorded Frog output and a stand-in ingest."""

from __future__ import annotations

from pathlib import Path

import pytest
from copies import clone

from kroniek.errors import EvalError
from kroniek.evaluation import happenings as H
from kroniek.evaluation import happenings_relink as R
from kroniek.evaluation.link_agreement import replay
from kroniek.model import Document
from kroniek.store import open_store


def _clusters(events) -> set[frozenset]:
    return {frozenset(e.mentions) for e in events}


def test_happenings_relink_gives_the_events_of_a_full_link(recorded_seed_docs: list[Document]) -> None:
    store = replay([clone(d) for d in recorded_seed_docs], open_store("memory:"), len(recorded_seed_docs))
    events, _ = R.relink(R.documents_of(store))
    assert events and _clusters(events) == _clusters(store.events())
    assert {e.type for e in events} == {e.type for e in store.events()}


def _package(tmp_path: Path) -> Path:
    root = tmp_path / "kroniek"
    for rel in ("extract/events.py", "link/events/similarity.py", "link/dates.py", "data/triggers.tsv",
                "data/event_families.tsv"):
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(f"# {rel}\n", encoding="utf-8")
    return root


@pytest.mark.parametrize(
    ("changed", "new_key", "why"),
    [
        ("link/events/similarity.py", False, "event linking is what the relink reruns"),
        ("data/event_families.tsv", False, "the happening families are read by event linking alone"),
        ("extract/events.py", True, "an extractor shapes the stored documents"),
        ("data/triggers.tsv", True, "a lexicon is not code but shapes them too"),
        ("link/dates.py", True, "dating across sources runs during the ingest"),
    ],
)
def test_happenings_relink_snapshot_key(tmp_path: Path, changed: str, new_key: bool, why: str) -> None:
    root = _package(tmp_path)
    posts = {"2019-06/a": b"tekst"}
    before = R.snapshot_key("dev", posts, root)
    (root / changed).write_text("# changed\n", encoding="utf-8")
    assert (R.snapshot_key("dev", posts, root) != before) == new_key, why
    assert R.snapshot_key("dev", {"2019-06/a": b"andere tekst"}, root) != R.snapshot_key("dev", posts, root)


@pytest.fixture()
def stand_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """A one-post split whose ingest is counted instead of run."""
    ingests: list[int] = []
    gold = [{"id": "brand", "mentions": [{"post": "2019-06/a"}]}]
    monkeypatch.setattr(R, "PACKAGE", _package(tmp_path))
    monkeypatch.setattr(H, "read_gold", lambda path, split: (gold, []))
    monkeypatch.setattr(R.Posts, "load", lambda self, ids: {"2019-06/a": b"tekst"})
    monkeypatch.setattr(R, "post_document", lambda pid, raw: Document(id="d", text="tekst", source=pid))
    monkeypatch.setattr(H, "place_triggers", lambda hs, texts: [])
    monkeypatch.setattr(H, "ingest", lambda raw, cache, echo: (ingests.append(1) or
                                                               {"2019-06/a": Document(id="d", text="tekst", source="a")},
                                                               []))
    return ingests


def test_happenings_relink_snapshot_is_made_again_when_stale(stand_in: list[int], tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = R.snapshot("dev", cache)
    assert R.snapshot("dev", cache).key == first.key and stand_in == [1]  # read back, not ingested again
    (R.PACKAGE / "link/events/similarity.py").write_text("# a linking change\n", encoding="utf-8")
    assert R.snapshot("dev", cache).key == first.key and stand_in == [1]
    (R.PACKAGE / "extract/events.py").write_text("# an extractor change\n", encoding="utf-8")
    assert R.snapshot("dev", cache).key != first.key and stand_in == [1, 1]
    R.snapshot("dev", cache, refresh=True)
    assert stand_in == [1, 1, 1]


@pytest.mark.parametrize("split", ["test", "all"])
def test_happenings_relink_refuses_held_out_splits(split: str, tmp_path: Path) -> None:
    with pytest.raises(EvalError, match="dev splits only"):
        R.snapshot(split, tmp_path)
