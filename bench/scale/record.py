"""Record real Frog output once for the posts bench/scale measures, cached outside the repository.

    KRONIEK_LEESTMEER_DIR=/work/data/leestmeer-2019-05-08 \\
    nice -n 10 python3 bench/scale/record.py [--sizes 1000,5000,20000,76224] [--batch 500] [--skip p]
                                             [--cache ~/.cache/kroniek/scale]

For each store size S, the batch of ``--batch`` posts at stream positions [S - batch, S)
(``bench/scale/stream.py``: month by month, by date) is read with kroniek's own reader (the
cleaned text ``kroniek ingest`` analyses), sent to one Frog server (``--skip p``: no dependency
parser, so the run stays feasible; its start-up is not timed) several documents per request, exactly as
``FrogAnnotator.pipe`` joins them, and each document's sentences are written as a
``RecordedFrog`` file ``<cache>/frog-skip-<skip>/<S>.json``, with ``<S>.meta.json`` giving the
posts, tokens, Frog's wall seconds and the load average (so bench/scale can say what the analysis cost).
A size whose file exists is not recorded again. Nothing of the posts' text enters the repository.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from stream import measured_slices, order, read  # noqa: E402

from kroniek.analyse.annotator import batches, split_joint  # noqa: E402
from kroniek.analyse.frog import FrogServer  # noqa: E402
from kroniek.ingest import read_bytes  # noqa: E402
from kroniek.model import Document  # noqa: E402
from kroniek.settings import Settings  # noqa: E402

DEFAULT_CACHE = Path.home() / ".cache" / "kroniek" / "scale"


def documents(pairs: list[tuple[str, bytes]], settings: Settings) -> list[Document]:
    out = []
    for pid, raw in pairs:
        for item in read_bytes(raw, f"leestmeer:{pid}", settings, name=f"{pid.replace('/', '-')}.md"):
            if isinstance(item, Document) and item.text.strip():
                out.append(item)
    return out


def record_one(server: FrogServer, docs: list[Document], path: Path) -> dict:
    texts = []
    t0 = time.perf_counter()
    tokens = 0
    for batch in batches(docs):
        joined = "\n\n".join(d.text for d in batch)
        sentences = [s for s in server.analyse(joined) if s]
        for doc, own in zip(batch, split_joint(batch, sentences), strict=True):
            texts.append({"text": doc.text, "sentences": [[t.to_row() for t in s] for s in own]})
            tokens += sum(len(s) for s in own)
    wall = time.perf_counter() - t0
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps({"texts": texts}, ensure_ascii=False), encoding="utf-8")
    tmp.replace(path)
    return {"docs": len(docs), "tokens": tokens, "frog_wall_s": round(wall, 2), "load": os.getloadavg()[0]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,5000,20000,76224")
    ap.add_argument("--batch", type=int, default=500)
    ap.add_argument("--skip", default="p")
    ap.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    args = ap.parse_args()
    settings = Settings(frog_skip=args.skip)
    folder = args.cache / f"frog-skip-{args.skip or 'none'}"
    ids = order()
    slices = measured_slices(ids, [int(s) for s in args.sizes.split(",")], args.batch)
    server = FrogServer(settings)
    try:
        server.analyse("Dit is een zin.")  # start-up is not part of any batch's figure
        for size, want in slices.items():
            path = folder / f"{size}.json"
            if path.is_file():
                print(f"{size}: cached at {path}", flush=True)
                continue
            docs = documents(list(read(want)), settings)
            meta = record_one(server, docs, path)
            meta.update(size=size, posts=want, skip=args.skip)
            (folder / f"{size}.meta.json").write_text(json.dumps(meta), encoding="utf-8")
            print(f"{size}: {meta['docs']} docs, {meta['tokens']} tokens, Frog {meta['frog_wall_s']} s wall, "
                  f"load {meta['load']:.1f}", flush=True)
    finally:
        server.close()


if __name__ == "__main__":
    main()
