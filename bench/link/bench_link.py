"""Link cost per batch of 500 documents as the store grows: incremental linking (``Chronicle.link_new``)
against one full relink, on real Dutch news.

    KRONIEK_LEESTMEER_DIR=/work/data/leestmeer-2019-05-08 \\
    python bench/link/bench_link.py [--sizes 1000,5000,20000] [--batch 500] [--full-upto 5000]
                                    [--db PATH_OR_URL]

The leestmeer-2019 posts (read from ``../shared/data`` or ``$KRONIEK_LEESTMEER_DIR`` at run time,
never copied) become the Documents kroniek's reader makes of them, in archive order (by month),
and are stored batch by batch; every batch is linked incrementally, so the store at each size
holds linked entities, events and stories as a stream would leave them.

No Frog runs (it would take days for 76k posts). A cheap stand-in analysis gives each document
what linking reads: sentences and tokens from a regular expression, name mentions from runs of
capitalised words not opening a sentence (typed PER when two or more words, else ORG), and event
mentions for the words of ``kroniek/data/event_families.tsv`` (nouns and verbs that name a kind of
happening: "brand", "aanhouding", "demonstratie"). So the figures measure the linking machinery
at realistic numbers of names and happenings per text, not the quality of the links.

Printed per store size (CPU seconds beside wall seconds: on a machine shared with other jobs the
wall clock measures the load, the CPU time the work): seconds to link the next batch of ``--batch`` documents incrementally
(and its neighbourhood: stored documents read for entities, events, stories), seconds of one full
relink of the store (up to ``--full-upto`` documents), peak RSS of the process so far. The last
line is one JSON object with those figures and the ratio of the incremental cost at the largest
size to that at the first.
"""

from __future__ import annotations

import argparse
import email.utils
import json
import re
import resource
import tempfile
import time
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

from kroniek.chronicle import Chronicle
from kroniek.model import Document, EventMention, Mention, Sentence, Token, sha256_hex
from kroniek.settings import Settings
from kroniek.store import open_store

_SENT = re.compile(r"[^.!?\n]+[.!?]*")
_TOKEN = re.compile(r"\w+(?:[-']\w+)*|[^\w\s]")
_NAME = re.compile(r"(?:[A-Z][\w-]+)(?:\s+(?:(?:van|de|der|den|het|ter)\s+)*[A-Z][\w-]+)*")


@cache
def _event_words() -> dict[str, str]:
    path = Path(__file__).resolve().parents[2] / "kroniek" / "data" / "event_families.tsv"
    out: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#") and "\t" in line:
            word, family = line.split("\t")[:2]
            out[word.strip()] = family.strip()
    return out


def stand_in(doc: Document) -> Document:
    """Sentences, tokens, name mentions and event mentions without Frog (see the module text)."""
    text, words = doc.text, _event_words()
    for m in _SENT.finditer(text):
        first = len(doc.tokens)
        for t in _TOKEN.finditer(m.group()):
            a, b = m.start() + t.start(), m.start() + t.end()
            doc.tokens.append(Token(a, b, text[a:b].lower(), "", sent=len(doc.sentences)))
        if len(doc.tokens) > first:
            doc.sentences.append(Sentence(doc.tokens[first].start, doc.tokens[-1].end, first, len(doc.tokens)))
            s0 = doc.tokens[first].start
            for n in _NAME.finditer(text, s0, m.end()):
                if n.start() == s0 and " " not in n.group():
                    continue  # a capital opening the sentence is no name
                doc.mentions.append(Mention(n.start(), n.end(), "PER" if " " in n.group() else "ORG", "bench"))
    for t in doc.tokens:
        if t.lemma in words:
            doc.events.append(EventMention(t.start, t.end, "other", t.lemma))
    return doc


def _when(raw: bytes) -> str:
    m = re.search(rb"^date:\s*(.+)$", raw[:2000], re.M)
    if not m:
        return "9999"
    try:
        return email.utils.parsedate_to_datetime(m.group(1).decode().strip()).isoformat()
    except (TypeError, ValueError):
        return "9999"


def posts(limit: int) -> Iterator[Document]:
    """Posts in publication order (month by month, sorted by the front matter's date), as a feed
    follower would see them."""
    from kroniek.errors import EvalError
    from kroniek.evaluation.leestmeer import Posts

    n = 0
    reader = Posts()
    for month in ("2019-05", "2019-06", "2019-07", "2019-08"):
        for _, pid, raw in sorted((_when(raw), pid, raw) for pid, raw in reader.iter_all(month)):
            if n >= limit:
                return
            try:
                doc = _document(pid, raw)
            except EvalError:
                continue
            n += 1
            yield stand_in(doc)


def _document(pid: str, raw: bytes) -> Document:
    from kroniek.evaluation.leestmeer import post_document

    return post_document(pid, raw)


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(db: str, sizes: list[int], batch: int, full_upto: int) -> dict[str, Any]:
    store = open_store(db)
    chron = Chronicle(store, Settings(db=db))
    rows: list[dict[str, Any]] = []
    stream = posts(max(sizes) + batch)
    stored = 0
    targets = sorted(sizes)

    def add(n: int) -> list[str]:
        nonlocal stored
        added = []
        for _ in range(n):
            doc = next(stream, None)
            if doc is None:
                break
            if store.add_document(doc, text_hash=sha256_hex(doc.text)):
                added.append(doc.id)
        stored += len(added)
        return added

    from kroniek.link import incremental

    reports: list[Any] = []
    real = incremental.link_batch

    def spy(*a: Any, **k: Any) -> Any:
        r = real(*a, **k)
        reports.append(r)
        return r

    incremental.link_batch = spy  # type: ignore[assignment]
    for size in targets:
        while stored < size:
            ids = add(min(batch, size - stored))
            if not ids:
                break
            chron.link_new(ids)
        row: dict[str, Any] = {"stored": stored}
        if stored <= full_upto:
            t, c = time.perf_counter(), time.process_time()
            chron.relink()
            row["full_relink_s"] = round(time.perf_counter() - t, 2)
            row["full_relink_cpu_s"] = round(time.process_time() - c, 2)
        ids = add(batch)
        t, c = time.perf_counter(), time.process_time()
        chron.link_new(ids)
        row["incremental_batch_s"] = round(time.perf_counter() - t, 2)
        row["incremental_batch_cpu_s"] = round(time.process_time() - c, 2)
        r = reports[-1] if reports else None
        if r is not None:
            row["neighbours"] = {"entities": r.entity_neighbours, "events": r.event_neighbours,
                                 "stories": r.story_neighbours}
            row["cpu_s_by_step"] = r.seconds
            row["merges"] = r.merged
        row["peak_rss_mb"] = round(_rss_mb())
        row["counts"] = store.counts()
        rows.append(row)
        print(json.dumps(row), flush=True)
    incremental.link_batch = real  # type: ignore[assignment]
    store.close()
    first, last = rows[0]["incremental_batch_cpu_s"], rows[-1]["incremental_batch_cpu_s"]
    return {"batch": batch, "rows": rows, "cpu_ratio_largest_to_first": round(last / first, 2) if first else None,
            "peak_rss_mb": round(_rss_mb())}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,5000,20000")
    ap.add_argument("--batch", type=int, default=500)
    ap.add_argument("--full-upto", type=int, default=5000, help="time a full relink at store sizes up to this")
    ap.add_argument("--db", default=None, help="SQLite path or postgresql:// URL (default: a temporary SQLite file)")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or str(Path(tmp) / "bench.db")
        out = run(db, sizes, args.batch, args.full_upto)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
