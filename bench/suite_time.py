"""Wall time of the test suite run serially and on two pytest-xdist workers, back to back.

    python3 bench/suite_time.py                      # the whole suite, serial then -n 2 (CI's)
    python3 bench/suite_time.py -m "frog or browser or slow" --modes parallel

Each run is the README's test command (``python3 -m pytest -q -p no:cacheprovider``), with
``-n 2 --dist loadfile --no-loadscope-reorder`` for the parallel mode (as ``.ci/run``), from the
repository root. Prints one line per run (wall, user and system seconds of pytest and every
process it waited for, the load average before and after, pytest's closing line) and a JSON line
last. On a machine shared with other work, compare runs made back to back, and say the load.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SERIAL = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"]
PARALLEL = ["-n", "2", "--dist", "loadfile", "--no-loadscope-reorder"]


def command(mode: str, markexpr: str | None, durations: int) -> list[str]:
    cmd = list(SERIAL)
    if mode == "parallel":
        cmd += PARALLEL
    if markexpr:
        cmd += ["-m", markexpr]
    if durations:
        cmd += [f"--durations={durations}"]
    return cmd


def run(mode: str, markexpr: str | None, durations: int, log: Path | None) -> dict[str, object]:
    cmd = command(mode, markexpr, durations)
    before = os.getloadavg()
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    proc = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, check=False)
    wall = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if log is not None:
        log.write_text(proc.stdout + proc.stderr, encoding="utf-8")
    lines = [x for x in proc.stdout.splitlines() if x.strip()]
    return {"mode": mode, "command": " ".join(cmd[1:]), "exit": proc.returncode, "wall_s": round(wall, 1),
            "user_s": round(after.ru_utime - used.ru_utime, 1), "sys_s": round(after.ru_stime - used.ru_stime, 1),
            "load_before": [round(x, 2) for x in before], "load_after": [round(x, 2) for x in os.getloadavg()],
            "closing": lines[-1] if lines else ""}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-m", dest="markexpr", help="pytest's -m expression (default: the whole suite)")
    ap.add_argument("--modes", default="serial,parallel", help="comma-separated: serial, parallel")
    ap.add_argument("--durations", type=int, default=0, help="pytest's --durations (0: off)")
    ap.add_argument("--log-dir", type=Path, help="write each run's pytest output here")
    args = ap.parse_args()
    results = []
    for mode in args.modes.split(","):
        log = args.log_dir / f"suite-{mode}.txt" if args.log_dir else None
        if log is not None:
            log.parent.mkdir(parents=True, exist_ok=True)
        res = run(mode, args.markexpr, args.durations, log)
        print(f"{mode}: wall {res['wall_s']} s, user {res['user_s']} s, sys {res['sys_s']} s, "
              f"load {res['load_before']} -> {res['load_after']}: {res['closing']}", flush=True)
        results.append(res)
    print(json.dumps({"runs": results}))
    return max(int(r["exit"]) for r in results)  # type: ignore[call-overload]


if __name__ == "__main__":
    raise SystemExit(main())
