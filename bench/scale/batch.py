"""One measured batch of bench/scale, in a process of its own (so its peak RSS is what
``kroniek ingest`` of that batch needs, without Frog): ingest posts into a filled store with
recorded real Frog output and kroniek's own extractors, and print one JSON object.

    python3 bench/scale/batch.py --db STORE --recorded FROG.json --posts ID[,ID...]

The pipeline is ``default_pipeline``'s with Frog replayed from ``--recorded`` (``RecordedFrog``,
made by ``bench/scale/record.py``): DocDate, Frog (replayed), CRF NER, coreference, time
expressions, quotes, events. Steps timed by ``Chronicle.ingest(timings=...)``: plan (reading,
cleaning, deduplication against the store), analyse (the replayed Frog and every extractor),
commit, link (``link_new``, incremental, once for the batch); the link step's CPU seconds too,
in all and per linking step (entities, events, stories), and the stored documents each step read.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from stream import read  # noqa: E402

from kroniek.analyse.annotator import FrogAnnotator  # noqa: E402
from kroniek.analyse.frog import RecordedFrog  # noqa: E402
from kroniek.chronicle import Chronicle  # noqa: E402
from kroniek.extract.coref import Coreference  # noqa: E402
from kroniek.extract.docdate import DocDate  # noqa: E402
from kroniek.extract.events import EventExtractor  # noqa: E402
from kroniek.extract.ner import CrfNer  # noqa: E402
from kroniek.extract.quotes import QuoteExtractor  # noqa: E402
from kroniek.extract.timex import TimexTagger  # noqa: E402
from kroniek.link import incremental  # noqa: E402
from kroniek.pipeline import Pipeline  # noqa: E402
from kroniek.settings import Settings  # noqa: E402

STEPS = ("plan", "analyse", "commit", "link")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True)
    ap.add_argument("--recorded", required=True)
    ap.add_argument("--posts", required=True, help="post ids, comma-separated, in stream order")
    args = ap.parse_args()
    ids = args.posts.split(",")
    pipe = Pipeline([DocDate(), FrogAnnotator(backend=RecordedFrog(args.recorded)), CrfNer(), Coreference(),
                     TimexTagger(), QuoteExtractor(), EventExtractor()])
    folder = Path(tempfile.mkdtemp(prefix="kroniek-scale-batch-"))
    for pid, raw in read(ids):
        (folder / f"{pid.replace('/', '-')}.md").write_bytes(raw)
    link_cpu = [0.0]
    real = Chronicle.link_new

    def timed_link(self: Chronicle, doc_ids: list[str]) -> list[str]:
        c = time.process_time()
        try:
            return real(self, doc_ids)
        finally:
            link_cpu[0] += time.process_time() - c

    Chronicle.link_new = timed_link  # type: ignore[method-assign]
    reports: list = []
    real_batch = incremental.link_batch

    def spy(*a: object, **k: object) -> object:
        reports.append(real_batch(*a, **k))  # type: ignore[arg-type]
        return reports[-1]

    incremental.link_batch = spy  # type: ignore[assignment]
    timings: dict[str, float] = {}
    errors: list[str] = []
    try:
        with Chronicle(args.db, Settings(db=args.db), pipeline=pipe) as chron:
            before = chron.store.counts()["documents"]
            t0, c0 = time.perf_counter(), time.process_time()
            report = chron.ingest([str(folder)], on_error=errors.append, timings=timings, batch_size=len(ids))
            wall, cpu = time.perf_counter() - t0, time.process_time() - c0
            after = chron.store.counts()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(json.dumps({
        "store_before": before, "store": after["documents"], "posts": len(ids), "added": len(report.added),
        "failed": len(report.errors), "first_errors": [e[:160] for e in errors[:3]],
        **{f"{s}_s": round(timings.get(s, 0.0), 2) for s in STEPS}, "link_cpu_s": round(link_cpu[0], 2),
        "wall_s": round(wall, 2), "cpu_s": round(cpu, 2),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "link_cpu_s_by_step": reports[-1].seconds if reports else None,
        "neighbours": {"entities": reports[-1].entity_neighbours, "events": reports[-1].event_neighbours,
                       "stories": reports[-1].story_neighbours} if reports else None,
        "counts": after, "load": round(os.getloadavg()[0], 1)}))


if __name__ == "__main__":
    main()
