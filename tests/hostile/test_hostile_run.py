"""The hostile-input runner at CI size (bench/hostile/run.py runs it in full): every count that
must be zero is zero.

Slow (the full suite's, and CI's): it starts a fresh interpreter that ingests ~50 generated inputs
(~2 s of CPU, ~5 s of waiting). The fast lane covers each kind of input it generates with a test of
its own in test_ingest_hostile.py (surrogates, undecodable names, bad dates, slow patterns, YAML
and entity bombs, encodings, empty and binary JSON, JSON nested past the recursion limit) and the
worker's deadline, memory cap and crash handling in tests/ingest/test_worker_pool.py."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

RUNNER = Path(__file__).resolve().parents[2] / "bench" / "hostile" / "run.py"


def test_hostile_run_ci_subset_zero_failures_of_kroniek() -> None:
    # The 10k-item feed and the PDF bombs take minutes; they run in the full bench run. The runner
    # runs in a process of its own: peak RSS of "self" and "children" would otherwise count the
    # pytest process and every Frog server that earlier tests started and reaped.
    proc = subprocess.run(
        [sys.executable, str(RUNNER), "--per-kind", "3", "--seed", "2", "--deadline", "20",
         "--skip", "10k-item-feed,pdf-flate-bomb"],
        capture_output=True, text=True, timeout=900,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["inputs_tried"] >= 40
    assert result["tracebacks"] == 0 and result["stray_stderr_lines"] == 0, result["stray_sample"]
    assert result["hangs_past_deadline"] == 0
    assert result["stored_lost_or_changed"] == 0 and result["read_outside_paths"] == 0
    assert result["integrity_check"] == "ok" and result["links_stale_after"] is False
    assert result["failures_by_name"] > 0 and result["documents_stored"] > 0
    assert result["peak_rss_mb"] < 1024 and result["peak_worker_rss_mb"] < 1024
