"""Issue 16, defect 10: a store whose linking was cut off knows it, and the next run finishes it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kroniek.chronicle import LINKS_STALE

ITEMS = [
    {"title": "Raad stemt", "text": "De gemeenteraad van Utrecht stemde gisteren in met het plan van wethouder Jansen."},
    {"title": "Wethouder", "text": "Wethouder Jansen van Utrecht wil het zwembad in Overvecht openhouden."},
]


def _jsonl(tmp_path: Path) -> str:
    path = tmp_path / "a.jsonl"
    path.write_text("\n".join(json.dumps(i, ensure_ascii=False) for i in ITEMS) + "\n", encoding="utf-8")
    return str(path)


def test_chronicle_linking_cut_off_is_finished_next_run(tmp_path: Path, chron_factory, monkeypatch) -> None:
    chron = chron_factory()

    def killed(*a, **kw):  # a crash (kill -9 in the crash runner) while the stories are written
        raise KeyboardInterrupt

    monkeypatch.setattr(chron.store, "replace_stories", killed)
    with pytest.raises(KeyboardInterrupt):
        chron.ingest([_jsonl(tmp_path)])
    assert chron.store.get_meta(LINKS_STALE) is not None
    monkeypatch.undo()
    # The rerun adds nothing (the documents are stored) but must link all the same.
    report = chron.ingest([_jsonl(tmp_path)])
    assert report.added == [] and len(report.skipped) == 2
    assert chron.store.get_meta(LINKS_STALE) is None
    assert chron.store.stories(), "stories were left stale"


def test_chronicle_failed_linking_is_one_error_and_stays_flagged(tmp_path: Path, chron_factory, monkeypatch) -> None:
    chron = chron_factory()

    def broken(*a, **kw):
        raise OverflowError("date value out of range")

    monkeypatch.setattr(chron.store, "replace_events", broken)
    lines: list[str] = []
    report = chron.ingest([_jsonl(tmp_path)], on_error=lines.append)
    assert len(report.added) == 2 and len(report.errors) == 1 and "linking failed" in lines[0]
    assert chron.store.get_meta(LINKS_STALE) is not None


def test_chronicle_store_meta_roundtrip(chron_factory) -> None:
    store = chron_factory().store
    assert store.get_meta("x") is None
    store.set_meta("x", "1")
    store.set_meta("x", "2")
    assert store.get_meta("x") == "2"
    store.set_meta("x", None)
    assert store.get_meta("x") is None
