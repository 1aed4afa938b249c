"""ReaderPool: inputs read one after the other in a reused child, each under the same guarantees
as a child of its own (deadline, memory cap, crash), and a failing input fails alone."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator

import pytest

from kroniek.errors import InputError
from kroniek.ingest.worker import ReaderPool


def reader(kind: str) -> Iterator[object]:
    """A stand-in reader: each kind of input behaves like a real reader on such a file."""
    if kind == "stall":  # a parser caught in a pathological input
        time.sleep(30)
    elif kind == "crash":  # a C library that takes the process down
        os._exit(3)
    elif kind == "bomb":  # a decompression bomb
        b"x" * (2 * 1024**3)
    elif kind == "bug":
        raise ValueError("reader bug")
    yield f"{kind}:{os.getpid()}"


def read_all(kinds: list[str], jobs: int = 64, deadline: float = 2.0) -> list[tuple[str, object]]:
    pool = ReaderPool(reader, deadline=deadline, memory=200_000_000, jobs=jobs)
    try:
        return [(k, item) for k in kinds for item in pool.read(f"in-{k}", k)]
    finally:
        pool.close()


@pytest.mark.parametrize(
    ("bad", "says"),
    [
        # The stalled reader is stopped after the whole deadline: 1 s here, so the test waits 1 s.
        pytest.param("stall", "longer than 1 s", id="stalled reader is stopped at the deadline"),
        pytest.param("crash", "exited with code 3", id="dead reader fails its input only"),
        pytest.param("bomb", "more memory than allowed", id="memory cap ends the bomb"),
        pytest.param("bug", "ValueError: reader bug", id="reader bug is one line"),
    ],
)
def test_worker_pool_bad_input_fails_alone(bad: str, says: str) -> None:
    got = read_all(["ok", bad, "ok", "ok"], deadline=1.0 if bad == "stall" else 2.0)
    assert [k for k, _ in got] == ["ok", bad, "ok", "ok"]
    errors = [item for _, item in got if isinstance(item, InputError)]
    assert len(errors) == 1 and says in str(errors[0]) and "in-" + bad in str(errors[0])
    assert all(isinstance(item, str) for k, item in got if k == "ok"), "the inputs after it are read"


def test_worker_pool_reuses_one_child() -> None:
    got = read_all(["ok"] * 6)
    pids = {item.split(":")[1] for _, item in got}  # type: ignore[union-attr]
    assert len(pids) == 1 and str(os.getpid()) not in pids, "one child, not this process"


def test_worker_pool_child_is_replaced_after_its_jobs() -> None:
    got = read_all(["ok"] * 6, jobs=2)
    pids = [item.split(":")[1] for _, item in got]  # type: ignore[union-attr]
    assert len(set(pids)) == 3


# A page without a date in its markup whose text dates it with a Dutch month name htmldate's own
# patterns do not know ("maart"): htmldate hands that line to dateparser, which a fresh process
# first builds for every locale it knows (~2 s of CPU). Written for this test.
UNDATED_PAGE = (
    '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Werk aan de kade</title></head>'
    "<body><main><p>Zwolle, 12 maart 2024</p><p>Beste bewoners,</p>"
    "<p>Met deze brief laten wij u weten dat de kademuur aan de Thorbeckegracht, die op "
    "25 maart dichtgaat, tot de zomer wordt vervangen.</p><p>Met vriendelijke groet, de gemeente</p>"
    "</main></body></html>"
)


def _page_date_and_cpu() -> Iterator[tuple[str | None, float]]:
    from kroniek.ingest.html import extract_page

    t0 = time.process_time()
    date = extract_page(UNDATED_PAGE).date
    yield date, time.process_time() - t0


def test_worker_warm_dates_readers_find_the_date_fallback_built() -> None:
    # kroniek watch warms its process once; every poll's reading child then reads such a page in
    # a fraction of a second instead of ~2 s, and finds the same date as a reader that did not warm
    # (htmldate's answer for this page, measured in a fresh process: 2024-01-01; kroniek itself
    # prefers the letter's heading, tests/ingest/test_official.py).
    from kroniek.ingest.worker import run_isolated, warm

    warm(dates=True)
    ((date, cpu),) = run_isolated(_page_date_and_cpu, "kade.html", deadline=30, memory=0)
    assert date == "2024-01-01"
    assert cpu < 1.0, f"the reading child built the date parser again ({cpu:.2f} s of CPU)"


def _hyphen_cpu() -> Iterator[tuple[str, float]]:
    from kroniek.ingest.clean import reflow

    t0 = time.process_time()
    text = reflow("De nieuwe regels voor land-\nbouwbedrijven gelden vanaf\nvolgend jaar.")
    yield text, time.process_time() - t0


def test_worker_warm_dates_readers_find_the_hyphen_indexes_built() -> None:
    # A reading child that meets a line-end hyphen asks the word list for compound evidence; warmed,
    # the parent has built its indexes once and the child finds them (same answer, no rebuild).
    from kroniek.ingest.hyphen import load_wordlist
    from kroniek.ingest.worker import run_isolated, warm

    warm(dates=True)
    assert "_indexes" in vars(load_wordlist())  # built (or read back from disk) in this process
    ((text, cpu),) = run_isolated(_hyphen_cpu, "brief.txt", deadline=30, memory=0)
    assert "landbouwbedrijven" in text
    assert cpu < 0.5, f"the reading child built the word list's indexes again ({cpu:.2f} s of CPU)"


def test_worker_warm_waits_for_a_warm_up_under_way() -> None:
    # kroniek serve warms in a background thread (warm_in_background); an API ingest that starts
    # meanwhile calls warm() before it forks its reader, and so waits: no child is forked while
    # that thread holds a lock half-way through building what it warms.
    import threading

    from kroniek.ingest import worker

    worker.warm()  # imports done: on its own, warm() now returns at once
    done = threading.Event()
    with worker._WARMING:  # a warm-up under way
        t = threading.Thread(target=lambda: (worker.warm(), done.set()), daemon=True)
        t.start()
        assert not done.wait(0.3)
    assert done.wait(30)


def _child_pid(source: str) -> int:
    from kroniek.ingest.worker import shared_pool

    with shared_pool(reader, deadline=2.0, memory=200_000_000) as pool:
        (item,) = pool.read(source, "ok")
    return int(str(item).split(":")[1])


def test_worker_pool_shared_child_serves_later_reads_and_is_reaped() -> None:
    # A server's API ingests and a watch loop's polls read in one child kept between calls; a reader
    # that starts while it is lent out gets a child of its own, ended (and reaped) when it is done.
    import multiprocessing

    from kroniek.ingest.worker import close_shared, shared_pool

    close_shared()
    first, second = _child_pid("een"), _child_pid("twee")
    assert first == second != os.getpid(), "the second read reuses the first one's child"
    with shared_pool(reader, deadline=2.0, memory=200_000_000) as held:
        (item,) = held.read("drie", "ok")
        assert int(str(item).split(":")[1]) == first
        other = _child_pid("vier")  # while the shared child is lent out
    assert other not in (first, os.getpid())
    close_shared()
    assert not [p for p in multiprocessing.active_children() if p.pid in (first, other)], "no child left"
    for pid in (first, other):
        with pytest.raises(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)  # reaped: not a zombie of this process


_ORPHAN = """
import os, signal, sys, time
sys.path.insert(0, {tests!r})
from ingest.test_worker_pool import _child_pid
signal.signal(signal.SIGTERM, lambda *_: None)  # as kroniek watch handles it; the child inherits it
print(_child_pid("een"), flush=True)
if sys.argv[1] == "killed":
    os.kill(os.getpid(), signal.SIGKILL)
"""


@pytest.mark.parametrize(
    "end",
    [
        pytest.param("exits", id="a process that exits ends its idle reading child"),
        pytest.param("killed", id="a killed process's reading child ends by itself, no orphan"),
    ],
)
def test_worker_pool_shared_child_ends_with_its_parent(end: str) -> None:
    import subprocess
    import sys
    from pathlib import Path

    script = _ORPHAN.format(tests=str(Path(__file__).resolve().parents[1]))
    with subprocess.Popen([sys.executable, "-c", script, end], stdout=subprocess.PIPE, text=True) as proc:
        assert proc.stdout is not None
        child = int(proc.stdout.readline())
        proc.wait(timeout=10)  # an idle child that ignored SIGTERM kept its parent 30 s at exit
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and _running(child):
        time.sleep(0.05)
    alive = _running(child)
    if alive:
        os.kill(child, 9)  # leave no orphan behind when the test fails
    assert not alive, f"reading child {child} still runs after its parent {end}"


def _running(pid: int) -> bool:
    """Alive and not a zombie waiting for its (new) parent to reap it."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


NIEUWS = "De gemeente Zwolle opent maandag een nieuwe fietsbrug over het Zwarte Water.\n"


def _ingest_one(path: object) -> list[object]:
    from kroniek.ingest import iter_inputs
    from kroniek.settings import Settings

    return list(iter_inputs([str(path)], Settings()))


def test_worker_pool_ingest_leaves_its_child_for_the_next(tmp_path) -> None:
    # The first half of a pair: an ingest without patches leaves the shared reading child alive.
    (tmp_path / "a.txt").write_text(NIEUWS, encoding="utf-8")
    from kroniek.ingest import worker

    (doc,) = _ingest_one(tmp_path / "a.txt")
    assert "fietsbrug" in doc.text  # type: ignore[attr-defined]
    assert any(pool.proc is not None and pool.proc.is_alive() for pool in worker._SHARED.values())


def test_worker_pool_a_test_that_patches_a_reader_gets_a_child_that_sees_it(tmp_path, monkeypatch) -> None:
    # The second half: a child forked by the test above (before this patch) must not read here
    # (tests/conftest.py ends it), or the patched reader would not run.
    from kroniek.ingest import readers

    def refuse(raw: bytes, source: str) -> Iterator[object]:
        raise InputError(source, "patched reader ran")
        yield

    monkeypatch.setattr(readers, "read_text", refuse)
    (tmp_path / "b.txt").write_text(NIEUWS, encoding="utf-8")
    (got,) = _ingest_one(tmp_path / "b.txt")
    assert isinstance(got, InputError) and "patched reader ran" in str(got)


def _ends_at_once(mark: str) -> Iterator[object]:
    """A reader whose child ends cleanly before it passes anything on, as an idle child does that
    times out just as an input arrives."""
    with open(mark, "a", encoding="ascii") as fh:
        fh.write("x")
    os._exit(0)
    yield


def test_worker_pool_idle_child_ends_and_the_next_read_forks_another() -> None:
    # An idle reading child ends by itself (the shared pool's child would otherwise keep a copy of
    # every page the parent changes); the next input is read in a new child, without an error.
    pool = ReaderPool(reader, deadline=2.0, memory=200_000_000, idle=0.2)
    try:
        (first,) = pool.read("een", "ok")
        time.sleep(0.6)
        assert not pool.proc.is_alive(), "the idle child ended"
        (second,) = pool.read("twee", "ok")
    finally:
        pool.close()
    assert str(first).startswith("ok:") and str(second).startswith("ok:") and first != second


def test_worker_pool_child_ending_cleanly_on_arrival_is_retried_once(tmp_path) -> None:
    # Its input is sent again to a fresh child, once: a reader that itself ends the child still
    # fails its input in one line, after two tries, and the pool reads on.
    mark = tmp_path / "tries"
    pool = ReaderPool(_ends_at_once, deadline=2.0, memory=200_000_000)
    try:
        got = list(pool.read("brief.txt", str(mark)))
    finally:
        pool.close()
    assert mark.read_text(encoding="ascii") == "xx"
    assert len(got) == 1 and isinstance(got[0], InputError) and "exited with code 0" in str(got[0])


@pytest.mark.usefixtures("warm_readers")
def test_worker_pool_warm_up_replaces_a_cold_shared_child() -> None:
    # A shared child forked before the date fallback was warmed would build it again itself: the
    # warm-up ends it, and the next read forks a child that inherits what was built.
    from kroniek.ingest.worker import warm

    before = _child_pid("een")
    warm(dates=True)
    assert _child_pid("twee") not in (before, os.getpid())


def test_worker_pool_read_shared_reads_module_functions_in_one_kept_child() -> None:
    # Watch's feed, page and sitemap reads (watch/sources.py) pass a module-level function and its
    # arguments: each poll is read in the same kept child instead of a fork of its own.
    from kroniek.ingest.worker import read_shared

    first = list(read_shared(reader, "feed-a", "ok", deadline=10.0, memory=200_000_000))
    second = list(read_shared(reader, "feed-b", "ok", deadline=10.0, memory=200_000_000))
    assert first == second and first[0] != f"ok:{os.getpid()}"
    assert [str(e) for e in read_shared(reader, "feed-c", "crash", deadline=10.0, memory=200_000_000)] == [
        str(read_all(["crash"])[0][1]).replace("in-crash", "feed-c")]
