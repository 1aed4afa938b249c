"""kroniek ingest --workers: the analysis on a Dask LocalCluster, results in input order, and a
worker killed mid-run loses no document (its tasks run again on another worker)."""

from __future__ import annotations

import json
import os
import signal
import sys
import threading
import time
from pathlib import Path

import cloudpickle
import pytest

from kroniek.chronicle import Chronicle
from kroniek.extract.docdate import DocDate
from kroniek.model import Document
from kroniek.pipeline import Pipeline
from kroniek.settings import Settings

pytestmark = pytest.mark.slow  # a LocalCluster takes seconds to start

# Workers unpickle the pipeline factory below; this test module is not importable there.
cloudpickle.register_pickle_by_value(sys.modules[__name__])

PLACES = ["Utrecht", "Zwolle", "Weert", "Rotterdam", "Nijmegen", "Leeuwarden", "Middelburg", "Assen"]
TEXTS = [f"In {p} is op {d} mei een nieuwe brug geopend door de burgemeester."
         for d in range(1, 4) for p in PLACES]  # 24 distinct short news items


def _jsonl(tmp_path: Path, texts: list[str]) -> str:
    path = tmp_path / "items.jsonl"
    rows = [{"title": f"Bericht {i}", "text": t, "published": "2019-05-0" + str(1 + i % 9)}
            for i, t in enumerate(texts)]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    return str(path)


class Slow:
    """Takes a while per document and writes the worker's pid where the test can find it."""

    name = "slow"
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()

    def __init__(self, pid_dir: str, seconds: float) -> None:
        self.pid_dir, self.seconds = pid_dir, seconds

    def __call__(self, doc: Document) -> Document:
        Path(self.pid_dir, str(os.getpid())).touch()
        time.sleep(self.seconds)
        doc.meta["analysed_by"] = os.getpid()
        return doc


class SlowFactory:
    def __init__(self, pid_dir: str, seconds: float) -> None:
        self.pid_dir, self.seconds = pid_dir, seconds

    def __call__(self, settings: Settings) -> Pipeline:
        return Pipeline([DocDate(), Slow(self.pid_dir, self.seconds)])


def _ingest(tmp_path: Path, name: str, workers: int, seconds: float = 0.0) -> tuple[Chronicle, object]:
    pid_dir = tmp_path / f"pids-{name}"
    pid_dir.mkdir()
    chron = Chronicle(str(tmp_path / f"{name}.db"), Settings(),
                      pipeline_factory=SlowFactory(str(pid_dir), seconds))
    return chron, pid_dir


def _stored(chron: Chronicle, ids: list[str]) -> list[Document]:
    docs = [chron.store.get_document(i) for i in ids]
    assert all(d is not None for d in docs)
    return docs  # type: ignore[return-value]


def test_cluster_two_workers_store_what_one_process_stores_in_input_order(tmp_path: Path) -> None:
    here, _ = _ingest(tmp_path, "here", 0)
    spread, pids = _ingest(tmp_path, "spread", 2, seconds=0.05)
    with here, spread:
        local = here.ingest([_jsonl(tmp_path, TEXTS)])
        remote = spread.ingest([_jsonl(tmp_path, TEXTS)], workers=2)
        assert remote.ok and remote.added == local.added, "the same documents, in input order"
        a, b = _stored(here, local.added), _stored(spread, remote.added)
    assert [d.text for d in b] == TEXTS
    assert [(d.published, d.processed[:1]) for d in a] == [(d.published, d.processed[:1]) for d in b]
    assert len({d.meta["analysed_by"] for d in b}) == 2, "both workers analysed documents"
    assert len(list(Path(str(pids)).iterdir())) == 2


def test_cluster_worker_killed_mid_run_loses_no_document(tmp_path: Path) -> None:
    chron, pid_dir = _ingest(tmp_path, "kill", 2, seconds=0.25)
    killed: list[int] = []

    def kill_first_worker() -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not killed:
            found = list(Path(str(pid_dir)).iterdir())
            if found:
                pid = int(found[0].name)
                time.sleep(0.3)  # let it be in the middle of a task
                os.kill(pid, signal.SIGKILL)
                killed.append(pid)
            time.sleep(0.05)

    killer = threading.Thread(target=kill_first_worker)
    killer.start()
    with chron:
        report = chron.ingest([_jsonl(tmp_path, TEXTS)], workers=2)
        killer.join()
        assert killed, "no worker was killed"
        assert report.ok, report.errors
        assert len(report.added) == len(TEXTS)
        docs = _stored(chron, report.added)
    assert [d.text for d in docs] == TEXTS, "every document, in input order"
    # the killed worker's unfinished task ran again elsewhere: nothing came back from the dead one
    assert all(d.meta["analysed_by"] != killed[0] for d in docs)
