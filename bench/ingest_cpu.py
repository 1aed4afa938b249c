#!/usr/bin/env python3
"""kroniek's own CPU on the ``bench/ingest`` articles, with Frog's output cached.

``bench/ingest`` compares wall time with raw Frog; on a shared machine the wall time mostly says
how busy the other processes were. This bench measures only kroniek's own work: the same first N
articles of CoNLL-2002 ``ned.train`` (as ``bench/ingest`` writes them) go through
``Chronicle.ingest`` with the default pipeline, except that Frog's analysis of each text is read
from a cache (``evaluation.happenings.CachedFrog``; the first run fills it with a real Frog
server). It reports the process's CPU seconds (``time.process_time``, every thread) for the whole
ingest and per pipeline component and for the link step, and with ``--profile`` the functions
that take the most time. The cyclic collector is set as ``kroniek ingest`` sets it (``--default-gc``:
Python's defaults) and its CPU is reported too.

With ``--relinks N`` each run then relinks its store N times (``kroniek relink --full``) and
reports the CPU and collector time per relink apart (not in the ingest's total).

Run: python3 bench/ingest_cpu.py [--limit 30] [--repeat 3] [--relinks 0] [--profile] [--default-gc] [--cache DIR]
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import importlib.machinery
import importlib.util
import io
import json
import os
import pstats
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def _bench_ingest() -> Any:
    """The ``bench/ingest`` script as a module (it has no .py suffix), for its article reader."""
    path = str(REPO / "bench" / "ingest")
    loader = importlib.machinery.SourceFileLoader("bench_ingest", path)
    spec = importlib.util.spec_from_loader("bench_ingest", loader)
    assert spec is not None
    mod = importlib.util.module_from_spec(spec)
    loader.exec_module(mod)
    return mod


def write_articles(folder: Path, limit: int) -> int:
    """The first ``limit`` articles as bench/ingest writes them; returns their token count."""
    b = _bench_ingest()
    articles = b.read_articles(b.DEFAULT_DATA)[:limit]
    for i, art in enumerate(articles):
        (folder / f"article-{i:03d}.txt").write_text(b.article_text(art), encoding="utf-8")
    return sum(len(s) for a in articles for s in a)


class Timed:
    """A pipeline component whose calls add their CPU seconds to ``spent[name]``."""

    def __init__(self, inner: Any, spent: dict[str, float]) -> None:
        self.inner = inner
        self.spent = spent
        self.name = inner.name
        self.requires = getattr(inner, "requires", ())
        self.assigns = getattr(inner, "assigns", ())

    def __call__(self, doc: Any) -> Any:
        t0 = time.process_time()
        try:
            return self.inner(doc)
        finally:
            self.spent[self.name] += time.process_time() - t0

    def close(self) -> None:
        close = getattr(self.inner, "close", None)
        if close:
            close()


def timed_call(fn: Callable[..., Any], spent: dict[str, float], name: str) -> Callable[..., Any]:
    def wrapper(*a: Any, **kw: Any) -> Any:
        t0 = time.process_time()
        try:
            return fn(*a, **kw)
        finally:
            spent[name] += time.process_time() - t0

    return wrapper


class GcClock:
    """CPU seconds the cyclic garbage collector takes (``gc.callbacks``)."""

    def __init__(self) -> None:
        self.spent = 0.0
        self._t0 = 0.0
        gc.callbacks.append(self._tick)

    def _tick(self, phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            self._t0 = time.process_time()
        else:
            self.spent += time.process_time() - self._t0


def run_once(folder: Path, cache: Path, profile: bool, relinks: int = 0) -> dict[str, Any]:
    from kroniek.analyse.annotator import FrogAnnotator
    from kroniek.chronicle import Chronicle, default_pipeline
    from kroniek.evaluation.happenings import CachedFrog
    from kroniek.pipeline import Pipeline
    from kroniek.settings import Settings

    settings = Settings()
    spent: dict[str, float] = defaultdict(float)
    frog = CachedFrog(cache, settings)
    parts = [FrogAnnotator(backend=frog, settings=settings) if c.name == "frog" else c
             for c in default_pipeline(settings).components]
    pipe = Pipeline([Timed(c, spent) for c in parts])
    prof = cProfile.Profile() if profile else None
    gc_before = GC.spent
    with tempfile.TemporaryDirectory() as tmp:
        chron = Chronicle(str(Path(tmp) / "bench.db"), settings, pipeline=pipe)
        chron.link_new = timed_call(chron.link_new, spent, "link")  # type: ignore[method-assign]
        chron.relink = timed_call(chron.relink, spent, "link")  # type: ignore[method-assign]
        errors: list[str] = []
        t0, w0 = time.process_time(), time.perf_counter()
        if prof:
            prof.enable()
        with chron:
            report = chron.ingest([str(folder)], on_error=errors.append)
        if prof:
            prof.disable()
        total, wall = time.process_time() - t0, time.perf_counter() - w0
        if relinks:  # ``kroniek relink --full`` on the store just made: CPU and collector per relink
            with Chronicle(str(Path(tmp) / "bench.db"), settings, pipeline=pipe) as again:
                for _ in range(relinks):
                    gc0, t1 = GC.spent, time.process_time()
                    again.relink()
                    spent["relink"] += (time.process_time() - t1) / relinks
                    spent["relink (gc)"] += (GC.spent - gc0) / relinks
    frog.close()
    spent["(gc)"] = GC.spent - gc_before
    out: dict[str, Any] = {"cpu_s": total, "wall_s": wall, "stored": len(report.added),
                           "errors": errors, "parts": dict(spent)}
    if prof:
        buf = io.StringIO()
        pstats.Stats(prof, stream=buf).sort_stats("cumulative").print_stats(60)
        pstats.Stats(prof, stream=buf).sort_stats("tottime").print_stats(40)
        out["profile"] = buf.getvalue()
    return out


GC = GcClock()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=30)
    ap.add_argument("--repeat", type=int, default=3, help="ingest runs; the median is reported")
    ap.add_argument("--profile", action="store_true", help="print cProfile's top functions (last run)")
    ap.add_argument("--default-gc", action="store_true",
                    help="keep Python's collector thresholds (kroniek ingest raises them)")
    ap.add_argument("--relinks", type=int, default=0,
                    help="after each ingest, this many full relinks of its store (kroniek relink --full)")
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    ap.add_argument("--cache", type=Path, default=Path(base) / "kroniek" / "bench-ingest")
    args = ap.parse_args()
    t_imp = time.process_time()
    import kroniek.chronicle  # noqa: F401  (import cost reported apart)
    if not args.default_gc:
        import kroniek.cli

        fewer = getattr(kroniek.cli, "fewer_collections", getattr(kroniek.cli, "_fewer_collections", None))
        if fewer is None:  # a kroniek from before it (a "before" run in an older tree)
            print("this kroniek keeps Python's collector thresholds")
        else:
            fewer()

    t_imp = time.process_time() - t_imp
    runs = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        tokens = write_articles(folder, args.limit)
        for i in range(args.repeat):
            runs.append(run_once(folder, args.cache, args.profile and i == args.repeat - 1, args.relinks))
    if args.profile:
        print(runs[-1].pop("profile"))
    names = list(runs[0]["parts"])
    print(f"{args.limit} articles, {tokens} CoNLL tokens, {len(runs)} runs, load {os.getloadavg()[0]:.1f}")
    print(f"{'part':<12}" + "".join(f"{'run ' + str(i + 1):>9}" for i in range(len(runs))) + f"{'median':>9}")
    for name in ["cpu_s", *names]:
        vals = [r["cpu_s"] if name == "cpu_s" else r["parts"].get(name, 0.0) for r in runs]
        label = "total" if name == "cpu_s" else name
        print(f"{label:<12}" + "".join(f"{v:>9.2f}" for v in vals) + f"{statistics.median(vals):>9.2f}")
    print(f"import of kroniek.chronicle: {t_imp:.2f} s CPU (first import, once per process)")
    summary = {"bench": "ingest_cpu", "limit": args.limit, "gc": list(gc.get_threshold()), "tokens": tokens, "import_cpu_s": round(t_imp, 3),
               "cpu_s": [round(r["cpu_s"], 3) for r in runs],
               "parts_median": {n: round(statistics.median(r["parts"].get(n, 0.0) for r in runs), 3)
                                for n in names},
               "stored": runs[-1]["stored"], "errors": runs[-1]["errors"][:3]}
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
