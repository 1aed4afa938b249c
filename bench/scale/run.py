"""Ingest at scale: the leestmeer-2019 posts fed through ``Chronicle.ingest`` in batches.

    python3 bench/scale/run.py --stores DIR [--recorded ~/.cache/kroniek/scale/frog-skip-p]
                               [--sizes 1000,5000,20000,76224]
    python3 bench/scale/run.py [--sizes 1000,5000,20000,76224] [--limit N] [--batch 500]
                               [--analyse frog|none] [--skip p] [--fill none|same]
                               [--workers-docs 100] [--workers-list 1,2] [--db PATH]

With ``--stores`` (the figures in the README): for each size S whose filled store
``DIR/store-S.db`` (``bench/scale/fill.py``: the posts before, with a stand-in analysis, linked
500 at a time) and recorded Frog output ``S.json`` (``bench/scale/record.py``: real Frog without
the parser on the 500 posts that bring the store to S) exist, a copy of the store gets those 500
posts through ``Chronicle.ingest`` with Frog replayed and every kroniek extractor run for real,
in a process of its own (``bench/scale/batch.py``), so its peak RSS is that of ``kroniek ingest``
without Frog. Printed per size: seconds per step (plan, analyse without Frog, commit, link, and
the link step's CPU seconds), the recorded Frog seconds for those posts, peak RSS, and documents
a day projected with Frog's recorded time added. The last line is one JSON object.

Without ``--stores`` (the earlier form):

For each store size S, the store is first filled to S - batch documents, then one batch of
``--batch`` posts is ingested and timed per step (``Chronicle.ingest(timings=...)``): plan
(reading, cleaning, deduplication against the store), analyse, commit (one writer), link (the
cross-document layers, one call). Printed per size: seconds per step, peak RSS of this process
(Frog runs in child processes and is not counted) and the documents a day that batch rate
projects to. Then the same ``--workers-docs`` posts are ingested into fresh stores with
``--workers 1`` and ``--workers 2`` (a Dask LocalCluster, one Frog per worker) in the same run.

Analysis: ``--analyse frog`` runs the full kroniek pipeline with real Frog; ``--skip p`` (the
default) drops Frog's dependency parser, about 2.4x faster, so a run over many posts stays
feasible (events and quotes then lose their dependency heads). ``--analyse none`` runs only the
document-date component: the store then holds no tokens, entities or events, which times
kroniek's own reading, storing and linking of texts only. ``--fill none`` (default) fills the
store between measured batches without Frog (fast; those documents carry no entities or events,
so the link step is cheaper than on a store analysed throughout); ``--fill same`` fills it
with the measured analysis. The posts are read from ``KRONIEK_LEESTMEER_DIR`` (an unpacked copy)
or the shared tar.gz (``kroniek.evaluation.leestmeer.Posts``), in archive order (May to August
2019), and written to a temporary folder per batch; nothing of them is kept. The last line
printed is one JSON object.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from kroniek.chronicle import Chronicle, default_pipeline
from kroniek.evaluation.leestmeer import Posts
from kroniek.extract.docdate import DocDate
from kroniek.pipeline import Pipeline
from kroniek.settings import Settings

STEPS = ("plan", "analyse", "commit", "link")
ALL_POSTS = 76_224


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def write_batch(posts: list[tuple[str, bytes]], root: Path) -> Path:
    folder = Path(tempfile.mkdtemp(prefix="batch-", dir=root))
    for pid, raw in posts:
        (folder / f"{pid.replace('/', '-')}.md").write_bytes(raw)
    return folder


def no_frog(settings: Settings) -> Pipeline:
    return Pipeline([DocDate()])


class Feeder:
    """The posts in archive order, a list at a time."""

    def __init__(self, limit: int | None) -> None:
        posts: Iterator[tuple[str, bytes]] = Posts().iter_all()
        self.posts = itertools.islice(posts, limit) if limit else posts
        self.used = 0

    def take(self, n: int) -> list[tuple[str, bytes]]:
        got = list(itertools.islice(self.posts, n))
        self.used += len(got)
        return got


def ingest_folder(chron: Chronicle, posts: list[tuple[str, bytes]], root: Path, **kw: object) -> dict:
    folder = write_batch(posts, root)
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    try:
        report = chron.ingest([str(folder)], on_error=lambda _m: None, timings=timings, **kw)  # type: ignore[arg-type]
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    wall = time.perf_counter() - t0
    return {"docs": len(posts), "added": len(report.added), "failed": len(report.errors),
            "wall_s": wall, **{f"{s}_s": timings.get(s, 0.0) for s in STEPS}}


def fill(db: str, settings: Settings, feeder: Feeder, upto: int, batch: int, root: Path,
         factory: object) -> float:
    """Ingest posts until the store holds ``upto`` documents; the seconds it took."""
    t0 = time.perf_counter()
    with Chronicle(db, settings, pipeline_factory=factory) as chron:  # type: ignore[arg-type]
        while chron.store.counts()["documents"] < upto:
            posts = feeder.take(min(batch * 10, upto - chron.store.counts()["documents"]))
            if not posts:
                break
            ingest_folder(chron, posts, root)
    return time.perf_counter() - t0


def workers_run(settings: Settings, factory: object, posts: list[tuple[str, bytes]], workers: int,
                root: Path) -> dict:
    db = str(root / f"workers-{workers}.db")
    with Chronicle(db, settings, pipeline_factory=factory) as chron:  # type: ignore[arg-type]
        row = ingest_folder(chron, posts, root, workers=workers)
    row["workers"] = workers
    row["docs_per_s"] = row["added"] / row["wall_s"] if row["wall_s"] else 0.0
    row["analyse_docs_per_s"] = row["added"] / row["analyse_s"] if row["analyse_s"] else 0.0
    return row


def measured(stores: Path, recorded: Path, sizes: list[int]) -> dict:
    """The ``--stores`` form: one measured batch per size, each in a process of its own."""
    here = Path(__file__).resolve().parent
    res: dict = {"bench": "scale", "form": "stores", "analyse": "recorded Frog (no parser) + kroniek extractors",
                 "fill": "stand-in analysis, linked 500 at a time", "cpus": os.cpu_count(),
                 "load_before": os.getloadavg()[0], "sizes": []}
    print(f"{'store':>7}{'plan s':>8}{'analyse s':>10}{'commit s':>9}{'link s':>8}{'link CPU s':>11}"
          f"{'Frog s':>8}{'RSS MB':>8}{'docs/day':>10}{'load':>6}")
    for size in sizes:
        store, frog = stores / f"store-{size}.db", recorded / f"{size}.json"
        if not store.is_file() or not frog.is_file():
            print(f"{size:>7}  (no filled store or no recorded Frog output: skipped)")
            continue
        meta = json.loads((recorded / f"{size}.meta.json").read_text(encoding="utf-8"))
        work = stores / f"measure-{size}.db"
        shutil.copyfile(store, work)
        try:
            out = subprocess.run([sys.executable, str(here / "batch.py"), "--db", str(work), "--recorded", str(frog),
                                  "--posts", ",".join(meta["posts"])], capture_output=True, text=True, check=True)
        finally:
            work.unlink(missing_ok=True)
        row = json.loads(out.stdout.strip().splitlines()[-1])
        total = sum(row[f"{s}_s"] for s in STEPS) + meta["frog_wall_s"]
        row.update(size=size, frog_s=meta["frog_wall_s"], frog_load=meta["load"],
                   docs_per_day=round(86_400 * row["added"] / total) if total else 0)
        res["sizes"].append(row)
        print(f"{row['store']:>7}{row['plan_s']:>8.1f}{row['analyse_s']:>10.1f}{row['commit_s']:>9.1f}"
              f"{row['link_s']:>8.1f}{row['link_cpu_s']:>11.1f}{row['frog_s']:>8.0f}{row['peak_rss_mb']:>8.0f}"
              f"{row['docs_per_day']:>10}{row['load']:>6.1f}", flush=True)
    rows = res["sizes"]
    if len(rows) > 1 and rows[0]["link_cpu_s"]:
        res["link_cpu_ratio_largest_to_first"] = round(rows[-1]["link_cpu_s"] / rows[0]["link_cpu_s"], 2)
    res["load_after"] = os.getloadavg()[0]
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--stores", type=Path, default=None, help="filled stores (bench/scale/fill.py): the measured form")
    ap.add_argument("--recorded", type=Path, default=Path.home() / ".cache" / "kroniek" / "scale" / "frog-skip-p")
    ap.add_argument("--sizes", default="1000,5000,20000,76224",
                    help="store sizes (documents) at which a batch is measured")
    ap.add_argument("--limit", type=int, default=None, help="read at most this many posts")
    ap.add_argument("--batch", type=int, default=500)
    ap.add_argument("--analyse", choices=["frog", "none"], default="frog")
    ap.add_argument("--skip", default="p", help="Frog modules to skip for --analyse frog ('' = all)")
    ap.add_argument("--fill", choices=["none", "same"], default="none")
    ap.add_argument("--workers-docs", type=int, default=100,
                    help="posts ingested with each --workers-list value (0 = no workers comparison)")
    ap.add_argument("--workers-list", default="1,2")
    ap.add_argument("--db", default=None, help="store to fill (default: a temporary SQLite file)")
    args = ap.parse_args()

    sizes = sorted(int(s) for s in args.sizes.split(","))
    if args.stores is not None:
        print(json.dumps(_rounded(measured(args.stores, args.recorded, sizes))))
        return
    if args.limit:
        sizes = [s for s in sizes if s <= args.limit] or [args.limit]
    settings = Settings(frog_skip=args.skip)
    factory = default_pipeline if args.analyse == "frog" else no_frog
    filler = factory if args.fill == "same" else no_frog
    root = Path(tempfile.mkdtemp(prefix="kroniek-scale-"))
    db = args.db or str(root / "scale.db")
    res: dict = {"bench": "scale", "analyse": args.analyse, "skip": args.skip if args.analyse == "frog" else None,
                 "fill": args.fill, "batch": args.batch, "cpus": os.cpu_count(),
                 "load_before": os.getloadavg()[0], "sizes": []}
    print(f"store {db}; analyse={args.analyse} skip={args.skip!r} fill={args.fill}; "
          f"load {res['load_before']:.1f} on {os.cpu_count()} cores")
    print(f"{'store':>7}{'plan s':>8}{'analyse s':>10}{'commit s':>9}{'link s':>8}{'total s':>9}"
          f"{'RSS MB':>8}{'docs/day':>10}{'fill s':>8}")
    feeder = Feeder(args.limit)
    try:
        with Chronicle(db, settings, pipeline_factory=factory) as chron:
            for size in sizes:
                fill_s = fill(db, settings, feeder, size - args.batch, args.batch, root, filler)
                posts = feeder.take(args.batch)
                if not posts:
                    break
                row = ingest_folder(chron, posts, root)
                total = sum(row[f"{s}_s"] for s in STEPS)
                row.update(store=chron.store.counts()["documents"], total_s=total, fill_s=fill_s,
                           peak_rss_mb=peak_rss_mb(),
                           docs_per_day=86_400 * row["added"] / total if total else 0.0)
                res["sizes"].append(row)
                print(f"{row['store']:>7}{row['plan_s']:>8.1f}{row['analyse_s']:>10.1f}"
                      f"{row['commit_s']:>9.1f}{row['link_s']:>8.1f}{total:>9.1f}"
                      f"{row['peak_rss_mb']:>8.0f}{row['docs_per_day']:>10.0f}{fill_s:>8.0f}", flush=True)
        if args.workers_docs:
            posts = feeder.take(args.workers_docs)
            res["workers"] = [workers_run(settings, factory, posts, int(n), root)
                              for n in args.workers_list.split(",")]
            for w in res["workers"]:
                print(f"--workers {w['workers']}: {w['added']} posts in {w['wall_s']:.1f} s "
                      f"({w['docs_per_s']:.2f} docs/s; analyse {w['analyse_s']:.1f} s, "
                      f"{w['analyse_docs_per_s']:.2f} docs/s)", flush=True)
    finally:
        if not args.db:
            shutil.rmtree(root, ignore_errors=True)
    res["load_after"] = os.getloadavg()[0]
    res["peak_rss_mb"] = peak_rss_mb()
    print(json.dumps(_rounded(res)))


def _rounded(v: object) -> object:
    if isinstance(v, float):
        return round(v, 3)
    if isinstance(v, dict):
        return {k: _rounded(x) for k, x in v.items()}
    if isinstance(v, list):
        return [_rounded(x) for x in v]
    return v


if __name__ == "__main__":
    main()
