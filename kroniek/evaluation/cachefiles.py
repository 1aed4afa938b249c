"""Cache files that several processes may write at once (parallel test workers, two evaluations).

``write_atomic`` (kroniek's one atomic writer, ``kroniek.atomic``) writes a file whole or not at
all, so a reader never sees half a file. ``locked`` holds an exclusive lock on a lock file beside a cache while a
process fills it, so a second process waits and then finds the work done instead of repeating it
(an ``flock``, released when the process dies; where ``fcntl`` is missing it
does not lock and the writes are still atomic). ``try_locks`` takes, without waiting, the locks of
those items no other process holds, so two processes can fill one cache side by side, each with
the items the other is not working on.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from ..atomic import write_atomic

__all__ = ["eval_cache", "locked", "try_locks", "write_atomic"]


@contextlib.contextmanager
def locked(lock: Path) -> Iterator[None]:
    """Hold an exclusive lock on the file ``lock`` (made if missing), blocking until it is free.
    Callers name a lock file inside the cache folder, so it is ignored and removed with it."""
    try:
        import fcntl
    except ImportError:  # not POSIX: no lock, the writes are still atomic
        yield
        return
    lock.parent.mkdir(parents=True, exist_ok=True)
    with lock.open("a") as fh:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


@contextlib.contextmanager
def try_locks(locks: list[Path]) -> Iterator[list[int]]:
    """Take, without waiting, every lock in ``locks`` that no other process holds; yield the
    indices of those taken (all of them where ``fcntl`` is missing) and release them after."""
    try:
        import fcntl
    except ImportError:
        yield list(range(len(locks)))
        return
    with contextlib.ExitStack() as stack:
        got = []
        for i, lock in enumerate(locks):
            lock.parent.mkdir(parents=True, exist_ok=True)
            fh = stack.enter_context(lock.open("a"))
            try:
                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                continue
            stack.callback(fcntl.flock, fh.fileno(), fcntl.LOCK_UN)
            got.append(i)
        yield got


def eval_cache(name: str, repo_place: Path) -> Path:
    """Where an evaluation keeps Frog's output: ``repo_place`` (a folder or file inside the
    checkout, where the evaluations kept it before) when it exists, else ``name`` in kroniek's
    cache folder (``$KRONIEK_CACHE`` or ``~/.cache/kroniek``). A checkout with a warm cache
    keeps reading and filling it, nothing is moved; a fresh clone (CI) fills the user's cache,
    which the next clone on the same machine reads: the entries are keyed by a hash of the text
    analysed, not by where the checkout is."""
    from ..settings import cache_dir

    return repo_place if repo_place.exists() else cache_dir() / name
