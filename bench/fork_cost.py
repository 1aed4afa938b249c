#!/usr/bin/env python3
"""What a forked reading child costs a large parent, by how long the child lives (#17).

A parent holding N small Python objects (``--objects``, 1.5 million ≈ 700 MB) touches a quarter of
them in each of 10 rounds, as a test process or a server goes on working between two reads. Three
ways: ``none`` (no child), ``alive`` (one child forked once and kept idle the whole time, as
``ingest.worker.shared_pool`` keeps it) and ``perfork`` (a child forked and ended before each round,
as each ingest did before). Prints CPU per round, parent and reaped children apart: after a fork
every page the parent writes takes a page fault (a copy while the child lives, a write-protect
fault after it has ended), so forking once is cheaper than forking per read.

Run: python3 bench/fork_cost.py [--objects 1500000]
"""

from __future__ import annotations

import argparse
import gc
import multiprocessing as mp
import resource
from multiprocessing.connection import Connection
from typing import Any

ROUNDS = 10


def _idle(conn: Connection) -> None:
    conn.recv()


def _cpu() -> tuple[float, float, float, float]:
    s, c = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return s.ru_utime, s.ru_stime, c.ru_utime, c.ru_stime


def _child(ctx: Any) -> tuple[Any, Connection]:
    mine, theirs = ctx.Pipe()
    proc = ctx.Process(target=_idle, args=(theirs,), daemon=True)
    proc.start()
    return proc, mine


def run(mode: str, big: list[dict[str, Any]]) -> tuple[float, ...]:
    def touch() -> None:
        for d in big[::4]:
            d["v"][0] += 1

    ctx = mp.get_context("fork")
    t0 = _cpu()
    if mode == "alive":
        proc, conn = _child(ctx)
        for _ in range(ROUNDS):
            touch()
        conn.send(None)
        proc.join()
    else:
        for _ in range(ROUNDS):
            if mode == "perfork":
                proc, conn = _child(ctx)
                conn.send(None)
                proc.join()
            touch()
    return tuple((b - a) * 1000 / ROUNDS for a, b in zip(t0, _cpu(), strict=True))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--objects", type=int, default=1_500_000)
    args = ap.parse_args()
    gc.set_threshold(20_000, 20, 20)
    big = [{f"k{i}": str(i) * 3, "v": [i, i + 1]} for i in range(args.objects)]
    for mode in ("none", "alive", "perfork"):
        pu, ps, cu, cs = run(mode, big)
        print(f"{mode:<8} ms per round: parent user {pu:6.1f} sys {ps:6.1f}   children user {cu:5.1f} sys {cs:5.1f}")


if __name__ == "__main__":
    main()
