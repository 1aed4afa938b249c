"""Hostile-input runner (issue 16): generate the corpus, ingest it into a store that already holds
clean documents, and count what must stay zero.

    python3 bench/hostile/run.py                    # full run: 100 per kind (>= 1,000 inputs)
    python3 bench/hostile/run.py --per-kind 8       # the size tests/hostile runs in CI

No-Frog mode: the pipeline is DocDate only (no Frog process), so the run measures reading,
cleaning, storing and linking under attack and peak memory without Frog; Frog's own limits are
tested in tests/analyse. Prints a summary and last one JSON line.

Counts: inputs tried, failures reported by name (one line each), tracebacks (exceptions escaping
ingest, or "Traceback" / stray lines on stderr), hangs (an input that held the batch past the
read deadline + 15 s), stored documents lost or changed, files read from outside the given
paths (secret markers found in the store), peak RSS of the runner and of the largest worker.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import generate, prose  # noqa: E402

from kroniek.chronicle import Chronicle  # noqa: E402
from kroniek.extract.docdate import DocDate  # noqa: E402
from kroniek.pipeline import Pipeline  # noqa: E402
from kroniek.settings import Settings  # noqa: E402


class _Gaps:
    """A progress 'bar' that records the longest time between two items."""

    def __init__(self, total: int | None) -> None:
        self.total, self.n, self.last, self.longest = total, 0, time.monotonic(), 0.0

    def update(self, k: int) -> None:
        now = time.monotonic()
        self.longest = max(self.longest, now - self.last)
        self.last, self.n = now, self.n + k

    def close(self) -> None:
        self.update(0)


def _snapshot(chron: Chronicle) -> dict[str, str]:
    return {d.id: json.dumps([d.text, d.title, d.published and d.published.value,
                              [d.layer_rows(n) for n in d._LAYERS]], sort_keys=True, default=str)
            for d in chron.store.iter_documents()}


def _controls(folder: Path, n: int) -> Path:
    import random

    rng = random.Random(7)
    folder.mkdir(parents=True)
    lines = [json.dumps({"text": prose(rng, 5), "title": f"Controle {i}", "date": f"2024-03-{1 + i % 28:02d}"})
             for i in range(n)]
    (folder / "controle.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def run(per_kind: int, seed: int, deadline: float, work: Path, skip: tuple[str, ...] = ()) -> dict[str, object]:
    corpus = work / "corpus"
    facts = generate(corpus, per_kind, seed, skip)
    settings = Settings(db=str(work / "k.db"), read_deadline=deadline, read_memory=700_000_000)
    chron = Chronicle(settings.db, settings, pipeline=Pipeline([DocDate()]))
    chron.ingest([str(_controls(work / "controls", 20))], on_error=lambda m: None)
    before = _snapshot(chron)
    lines: list[str] = []
    gaps: list[_Gaps] = []

    def bar(total: int | None) -> _Gaps:
        gaps.append(_Gaps(total))
        return gaps[-1]

    err_path = work / "stderr.txt"
    tracebacks = 0
    t0 = time.monotonic()
    with open(err_path, "w+b") as err, _fd_redirect(2, err.fileno()):
        try:
            report = chron.ingest([str(p) for p in sorted(corpus.iterdir())], progress=bar,
                                  on_error=lines.append)
        except Exception as exc:  # noqa: BLE001 - counted: nothing may escape ingest
            tracebacks += 1
            print(f"ESCAPED: {type(exc).__name__}: {exc}", file=sys.stdout)
            report = None
    seconds = time.monotonic() - t0
    stderr = err_path.read_text(errors="replace").splitlines()
    tracebacks += sum("Traceback" in ln for ln in stderr)
    stray = [ln for ln in stderr if ln.strip()]  # on_error took the one-line errors
    after = _snapshot(chron)
    lost_or_changed = sum(1 for k, v in before.items() if after.get(k) != v)
    store_text = "\n".join(after.values()) + json.dumps([d.meta for d in chron.store.iter_documents()])
    leaked = sum(store_text.count(m) for m in facts["markers"])  # type: ignore[union-attr]
    stats = chron.store.stats()
    integrity = chron.store.conn.execute("PRAGMA integrity_check").fetchone()[0]  # type: ignore[attr-defined]
    flagged = chron.store.get_meta("links_stale")
    chron.close()
    errors = [ln for ln in lines if ln.startswith("error: ")]
    return {
        "bench": "hostile", "per_kind": per_kind, "seed": seed, "read_deadline_s": deadline,
        "inputs_tried": facts["inputs"], "documents_stored": stats["documents"] - len(before),
        "failures_by_name": len(errors), "stopped_at_deadline": sum("longer than" in e for e in errors),
        "tracebacks": tracebacks, "stray_stderr_lines": len(stray),
        "hangs_past_deadline": sum(g.longest > deadline + 15 for g in gaps),
        "longest_item_s": round(max((g.longest for g in gaps), default=0.0), 1),
        "stored_lost_or_changed": lost_or_changed, "read_outside_paths": leaked,
        "integrity_check": integrity, "links_stale_after": flagged is not None,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
        "peak_worker_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024,
        "seconds": round(seconds, 1), "errors_sample": errors[:5], "stray_sample": stray[:5],
        "report": report.summary() if report else None,
    }


@contextlib.contextmanager
def _fd_redirect(fd: int, to: int):
    saved = os.dup(fd)
    sys.stderr.flush()
    os.dup2(to, fd)
    try:
        yield
    finally:
        sys.stderr.flush()
        os.dup2(saved, fd)
        os.close(saved)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--per-kind", type=int, default=100)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--deadline", type=float, default=30.0, help="read deadline per document (s)")
    ap.add_argument("--skip", default="", help="comma-separated kinds to leave out")
    args = ap.parse_args()
    skip = tuple(k for k in args.skip.split(",") if k)
    with tempfile.TemporaryDirectory(prefix="kroniek-hostile-") as tmp:
        result = run(args.per_kind, args.seed, args.deadline, Path(tmp), skip)
    for k, v in result.items():
        if not k.endswith("_sample"):
            print(f"{k:24} {v}")
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
