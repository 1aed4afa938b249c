"""Incremental linking against one full link on real Dutch news with real (cached) Frog output.

    KRONIEK_LEESTMEER_DIR=/work/data/leestmeer-2019-05-08 \\
    python bench/link/agreement.py [--split dev] [--batches 1,5,20] [--cache DIR]

The posts are those of the happenings evaluation's development split (its happenings' reports and
same-day distractors: real leestmeer-2019 news told by several outlets), analysed with the full
pipeline; Frog's output comes from the evaluation's cache (``$XDG_CACHE_HOME/kroniek/happenings``,
outside the repository; a post not in the cache is left out, Frog is never started). Only texts
are read, never gold labels. The documents are stored in publication order, once all together
with one full link, and again in batches linked incrementally (``Chronicle.link_new``); the
clusters are compared per layer by B³ F1 and pairwise F1 with the full link as key. The last line
is one JSON object.
"""

from __future__ import annotations

import argparse
import copy
import json
import time
from pathlib import Path
from typing import Any

from kroniek.errors import AnalysisError
from kroniek.evaluation.happenings import GOLD, CachedFrog, default_cache, read_gold
from kroniek.evaluation.leestmeer import Posts, post_document
from kroniek.evaluation.link_agreement import agreement, replay
from kroniek.model import Document
from kroniek.settings import Settings
from kroniek.store import open_store


class CacheOnly(CachedFrog):
    """The evaluation's Frog cache, never a Frog server."""

    def analyse(self, text: str) -> Any:
        if not self._path(text).is_file():
            raise AnalysisError("not in the Frog cache")
        return super().analyse(text)


def analysed(split: str, cache: Path) -> list[Document]:
    from kroniek.analyse.annotator import FrogAnnotator
    from kroniek.extract.coref import Coreference
    from kroniek.extract.docdate import DocDate
    from kroniek.extract.events import EventExtractor
    from kroniek.extract.ner import CrfNer
    from kroniek.extract.quotes import QuoteExtractor
    from kroniek.extract.timex import TimexTagger
    from kroniek.pipeline import Pipeline

    hs, distract = read_gold(GOLD, split)
    ids = sorted({m["post"] for h in hs for m in h["mentions"]}) + list(distract)
    raw = Posts().load(ids)
    settings = Settings()
    pipe = Pipeline([DocDate(), FrogAnnotator(backend=CacheOnly(cache, settings), settings=settings), CrfNer(), Coreference(),
                     TimexTagger(), QuoteExtractor(), EventExtractor()])
    docs = []
    for pid in dict.fromkeys(ids):
        try:
            docs.append(pipe(post_document(pid, raw[pid])))
        except AnalysisError:
            continue
    docs.sort(key=lambda d: ((d.published.value if d.published else "9999"), d.id))
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="dev", choices=["dev"], help="only the development split's posts are read")
    ap.add_argument("--batches", default="1,5,20")
    ap.add_argument("--cache", type=Path, default=None)
    args = ap.parse_args()
    docs = analysed(args.split, args.cache or default_cache())
    print(f"{len(docs)} posts analysed from the Frog cache", flush=True)
    t = time.perf_counter()
    full = replay(copy.deepcopy(docs), open_store("memory:"), len(docs))
    out: dict[str, Any] = {"documents": len(docs), "full_link_s": round(time.perf_counter() - t, 2), "batches": {}}
    for b in (int(x) for x in args.batches.split(",")):
        t = time.perf_counter()
        inc = replay(copy.deepcopy(docs), open_store("memory:"), b)
        got = agreement(full, inc)
        got["seconds"] = round(time.perf_counter() - t, 2)
        out["batches"][b] = got
        print(f"batch {b:3}: " + "; ".join(
            f"{k} B3 {v['b3_f1']:.3f} pairwise {v['pairwise_f1']:.3f} ({v['clusters_incremental']} vs {v['clusters_full']})"
            for k, v in got.items() if isinstance(v, dict)), flush=True)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
