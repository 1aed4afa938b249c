"""Run a function over a stream ahead of its consumer: in worker threads, bounded, in input order.

``FrogAnnotator.pipe`` uses it so that Frog (a separate process, waited on with the GIL released)
analyses the next batch while this thread runs the extractors over the batch before: on two
cores the Python work then hides behind Frog instead of adding to it.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Generator, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


def run_ahead(fn: Callable[[T], R], items: Iterable[T], *, workers: int = 1,
              depth: int | None = None, name: str = "kroniek-ahead") -> Generator[R, None, None]:
    """Yield ``fn(item)`` for every item, in input order, computed in ``workers`` threads.

    While the consumer works on one result, up to ``depth`` (default ``workers``) further items
    are being computed or queued, so memory holds at most ``depth + 1`` results. Items are drawn
    from ``items`` in the consumer's thread (an upstream generator never runs in two threads). An
    exception of ``fn`` is raised to the consumer when that item's turn comes. When the consumer
    stops early (it closes the generator, or an exception passes through it), items not started
    are cancelled and no thread is waited for: a call still running ends on its own (Frog
    requests have deadlines), and the caller's ``close`` stops what it waits on.
    """
    depth = max(1, workers if depth is None else depth)
    pool = ThreadPoolExecutor(max_workers=max(1, workers), thread_name_prefix=name)
    pending: deque[Future[R]] = deque()
    finished = False
    try:
        for item in items:
            pending.append(pool.submit(fn, item))
            if len(pending) > depth:  # the ones behind it keep the threads busy meanwhile
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
        finished = True
    finally:
        pool.shutdown(wait=finished, cancel_futures=True)
