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


def read_all(kinds: list[str], jobs: int = 64) -> list[tuple[str, object]]:
    pool = ReaderPool(reader, deadline=2.0, memory=200_000_000, jobs=jobs)
    try:
        return [(k, item) for k in kinds for item in pool.read(f"in-{k}", k)]
    finally:
        pool.close()


@pytest.mark.parametrize(
    ("bad", "says"),
    [
        pytest.param("stall", "longer than 2 s", id="stalled reader is stopped at the deadline"),
        pytest.param("crash", "exited with code 3", id="dead reader fails its input only"),
        pytest.param("bomb", "more memory than allowed", id="memory cap ends the bomb"),
        pytest.param("bug", "ValueError: reader bug", id="reader bug is one line"),
    ],
)
def test_worker_pool_bad_input_fails_alone(bad: str, says: str) -> None:
    got = read_all(["ok", bad, "ok", "ok"])
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
