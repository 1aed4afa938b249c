"""Evaluation caches that parallel test workers share: whole-file writes, and one filler at a time."""

from __future__ import annotations

import json
import multiprocessing
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from kroniek.evaluation.cachefiles import locked, try_locks, write_atomic
from kroniek.evaluation.quotes import cached
from kroniek.model import Document


def test_write_atomic_replaces_whole_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "doc.json"
    write_atomic(target, "eerste versie")
    write_atomic(target, "tweede versie")
    assert target.read_text(encoding="utf-8") == "tweede versie"
    assert [p.name for p in target.parent.iterdir()] == ["doc.json"]


def test_write_atomic_failure_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "doc.json"
    write_atomic(target, "oud")
    with pytest.raises(UnicodeEncodeError):
        write_atomic(target, "kapot \udc80")  # a lone surrogate cannot be written as UTF-8
    assert target.read_text(encoding="utf-8") == "oud"
    assert [p.name for p in tmp_path.iterdir()] == ["doc.json"]


def _try_lock(lock: str, out: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    import fcntl

    with open(lock, "a") as fh:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            out.put("busy")
        else:
            out.put("free")


def _lock_seen_by_other_process(lock: Path) -> str:
    ctx = multiprocessing.get_context("fork")
    out = ctx.Queue()
    child = ctx.Process(target=_try_lock, args=(str(lock), out))
    child.start()
    child.join(10)
    return str(out.get(timeout=5))


def test_locked_excludes_another_process_until_released(tmp_path: Path) -> None:
    lock = tmp_path / "cache" / ".frog.lock"
    with locked(lock):
        assert _lock_seen_by_other_process(lock) == "busy"
    assert _lock_seen_by_other_process(lock) == "free"


def test_try_locks_takes_only_the_locks_no_one_holds(tmp_path: Path) -> None:
    locks = [tmp_path / "cache" / f".doc{i}.lock" for i in range(3)]
    with locked(locks[1]), try_locks(locks) as got:  # another worker holds the second
        assert got == [0, 2]
        assert _lock_seen_by_other_process(locks[0]) == "busy"
    with try_locks(locks) as got:
        assert got == [0, 1, 2]
    assert _lock_seen_by_other_process(locks[0]) == "free"


def _slow_counting_analyser(log: Path) -> Callable[..., list[Document]]:
    def run(docs: list[Document], on_done: Callable[[Document], None] | None = None) -> list[Document]:
        out = []
        for d in docs:
            time.sleep(0.2)  # long enough for the other process to ask for the same documents
            with log.open("a", encoding="utf-8") as f:
                f.write(d.id + "\n")
            if on_done is not None:
                on_done(d)
            out.append(d)
        return out

    return run


def _run_cached(cache: str, log: str) -> None:
    docs = [Document(id="a", text="De minister opende dinsdag de brug.", source="a.txt"),
            Document(id="b", text="Het kabinet viel een week later.", source="b.txt")]
    got = cached(_slow_counting_analyser(Path(log)), Path(cache))(docs)
    assert [d.text for d in got] == [d.text for d in docs]


def test_cached_two_processes_analyse_each_document_once(tmp_path: Path) -> None:
    cache, log = tmp_path / "frog.jsonl", tmp_path / "analysed.log"
    ctx = multiprocessing.get_context("fork")
    workers = [ctx.Process(target=_run_cached, args=(str(cache), str(log))) for _ in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(30)
    assert [w.exitcode for w in workers] == [0, 0]
    assert sorted(log.read_text(encoding="utf-8").split()) == ["a", "b"]
    rows = [json.loads(line) for line in cache.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 2


def test_cached_skips_a_line_cut_short_and_starts_a_new_one(tmp_path: Path) -> None:
    cache, log = tmp_path / "frog.jsonl", tmp_path / "analysed.log"
    cache.write_text('{"key": "afgebroken', encoding="utf-8")  # a run killed mid-line
    _run_cached(str(cache), str(log))
    lines = cache.read_text(encoding="utf-8").splitlines()
    assert lines[0] == '{"key": "afgebroken'
    assert [json.loads(line)["doc"]["id"] for line in lines[1:]] == ["a", "b"]
    _run_cached(str(cache), str(log))  # everything is read back: nothing analysed again
    assert log.read_text(encoding="utf-8").split() == ["a", "b"]


def test_eval_cache_repo_folder_kept_else_user_cache(tmp_path: Path, monkeypatch) -> None:
    """A checkout's warm cache (made before the caches moved) is read where it is; a fresh clone
    fills kroniek's cache folder, shared by every clone on the machine."""
    from kroniek.evaluation.cachefiles import eval_cache

    monkeypatch.setenv("KRONIEK_CACHE", str(tmp_path / "user"))
    repo = tmp_path / "clone" / "eval" / "events" / "cache"
    assert eval_cache("eval-events-frog", repo) == tmp_path / "user" / "eval-events-frog"
    repo.mkdir(parents=True)
    assert eval_cache("eval-events-frog", repo) == repo


def test_eval_cache_events_default_follows_kroniek_cache(tmp_path: Path, monkeypatch) -> None:
    from kroniek.evaluation import events

    monkeypatch.setenv("KRONIEK_CACHE", str(tmp_path))
    monkeypatch.setattr(events, "REPO_CACHE", tmp_path / "no-such-checkout-folder")
    assert events.frog_cache() == tmp_path / "eval-events-frog"
