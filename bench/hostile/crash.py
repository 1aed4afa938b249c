"""Crash runner (issue 16): kill -9 an ingest at random points of reading/storing and of linking,
then run the same ingest again, and count what must stay zero.

    python3 bench/hostile/crash.py                 # 20 kills (10 while ingesting, 10 while linking)
    python3 bench/hostile/crash.py --rounds 4      # the size tests/hostile runs

Each round adds a new batch of documents (written by the generator) to one store. The child
process starts a real Frog server first (light modules, as kroniek does on first use), so a
kill also tests that Frog dies with its parent; the documents themselves are analysed in the
no-Frog mode (DocDate only) to keep 20 rounds to minutes. After each kill:

* orphaned Frog servers: Frog processes of this run still alive 30 s after the kill;
* the same ingest runs again to the end, then: ``PRAGMA integrity_check``; duplicates (one
  input stored twice, or a document's search rows written twice); stale link layers (the flag
  still set, or entities/events/stories differing from a fresh relink of the store).

Frog's work folders go to a private TMPDIR, so other kroniek processes on the machine never count.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import prose  # noqa: E402

CHILD = """
import sys
from kroniek.analyse.frog import FrogServer
from kroniek.chronicle import Chronicle
from kroniek.extract.docdate import DocDate
from kroniek.pipeline import Pipeline
from kroniek.settings import Settings

db, folder, frog = sys.argv[1], sys.argv[2], sys.argv[3] == "1"
if frog:
    server = FrogServer(Settings(), skip="mpac")
    server.start()
    print("FROG", flush=True)
chron = Chronicle(db, Settings(db=db), pipeline=Pipeline([DocDate()]))
relink = chron.relink
def announced():
    print("LINK", flush=True)
    return relink()
chron.relink = announced
report = chron.ingest([folder], on_error=lambda m: None)
print("DONE", report.summary(), flush=True)
"""


def _batch(folder: Path, rnd: int, files: int, per_file: int) -> None:
    rng = random.Random(rnd)
    folder.mkdir(parents=True)
    for f in range(files):
        lines = [json.dumps({"text": prose(rng, 6), "title": f"Ronde {rnd} bestand {f} nr {k}",
                             "date": f"2024-{1 + rng.randrange(12):02d}-{1 + rng.randrange(28):02d}"},
                            ensure_ascii=False) for k in range(per_file)]
        (folder / f"b{f:03d}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def _child(db: str, folder: Path, frog: bool, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", CHILD, db, str(folder), "1" if frog else "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)


def _frogs(tmp: str) -> list[int]:
    """Live processes whose working folder is one of this run's Frog work folders."""
    pids = []
    for proc in Path("/proc").glob("[0-9]*"):
        try:
            if os.readlink(proc / "cwd").startswith(os.path.join(tmp, "kroniek-frog-")):
                stat = (proc / "stat").read_text().rsplit(")", 1)[1].split()
                if stat[0] != "Z":
                    pids.append(int(proc.name))
        except OSError:
            continue
    return pids


def _frogs_after(tmp: str, seconds: float) -> list[int]:
    """Frog processes still alive after ``seconds`` (a connection child takes seconds to free its models)."""
    deadline = time.monotonic() + seconds
    while (left := _frogs(tmp)) and time.monotonic() < deadline:
        time.sleep(0.5)
    return left


def _kill_at(child: subprocess.Popen[str], phase: str, rng: random.Random, link_window: float) -> str:
    """Kill the child at a random point of ``phase``; return where it was."""
    assert child.stdout is not None
    seen = ""
    while True:
        line = child.stdout.readline()
        if not line:
            return "finished"
        seen = line.split()[0]
        if seen == "FROG" and phase == "ingest":
            time.sleep(rng.uniform(0.0, 1.5))
            break
        if seen == "LINK" and phase == "link":
            time.sleep(rng.uniform(0.0, link_window))
            break
    if child.poll() is not None:
        return "finished"
    child.send_signal(signal.SIGKILL)
    child.wait()
    return phase


def _layers(db: str) -> str:
    from kroniek.store.sqlite import SQLiteStore

    store = SQLiteStore(db)
    try:
        return json.dumps([[e.id for e in store.entities()], len(store.events()),
                           sorted(s.id for s in store.stories())], default=str)
    finally:
        store.close()


def _check(db: str) -> dict[str, int]:
    from kroniek.chronicle import LINKS_STALE, Chronicle
    from kroniek.pipeline import Pipeline
    from kroniek.settings import Settings

    conn = sqlite3.connect(db)
    integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
    dup_docs = conn.execute("SELECT count(*) - count(DISTINCT raw_hash) FROM documents").fetchone()[0]
    dup_search = conn.execute(
        "SELECT count(*) FROM (SELECT 1 FROM search_sentences GROUP BY doc_id, kind, start, \"end\" "
        "HAVING count(*) > 1)").fetchone()[0]
    conn.close()
    before = _layers(db)
    chron = Chronicle(db, Settings(db=db), pipeline=Pipeline([]))
    flagged = chron.store.get_meta(LINKS_STALE) is not None
    chron.relink()
    chron.close()
    stale = int(flagged or _layers(db) != before)
    return {"integrity_errors": int(integrity != "ok"), "duplicates": dup_docs + dup_search,
            "stale_link_layers": stale}


def run(rounds: int, seed: int, work: Path, files: int = 20, per_file: int = 15) -> dict[str, object]:
    rng = random.Random(seed)
    frog_tmp = str(work / "tmp")
    os.makedirs(frog_tmp)
    env = {**os.environ, "TMPDIR": frog_tmp, "PYTHONPATH": str(REPO)}
    db = str(work / "k.db")
    totals = {"integrity_errors": 0, "duplicates": 0, "stale_link_layers": 0, "orphaned_frog": 0}
    kills: dict[str, int] = {"ingest": 0, "link": 0, "finished": 0}
    for rnd in range(rounds):
        folder = work / f"batch{rnd}"
        _batch(folder, seed * 1000 + rnd, files, per_file)
        phase = "ingest" if rnd % 2 == 0 else "link"
        where = _kill_at(_child(db, folder, True, env), phase, rng, link_window=1.0)
        kills[where] += 1
        totals["orphaned_frog"] += len(_frogs_after(frog_tmp, 30.0))
        again = _child(db, folder, True, env)  # finishes the same ingest (and stops orphans first)
        again.communicate(timeout=600)
        checked = _check(db)
        for k, v in checked.items():
            totals[k] += v
        print(f"round {rnd + 1}: killed while {where}; {checked}", flush=True)
    totals["orphaned_frog"] += len(_frogs(frog_tmp))
    return {"bench": "crash", "rounds": rounds, "kills": kills, **totals}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=20)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="kroniek-crash-") as tmp:
        result = run(args.rounds, args.seed, Path(tmp))
    for k, v in result.items():
        print(f"{k:18} {v}")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
