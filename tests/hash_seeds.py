"""Run code in fresh Python processes under different string-hash seeds (``PYTHONHASHSEED``).

String hashing is randomised per process, so anything that lets the order of a set of strings
reach a result gives different results in different processes; tests compare the outputs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

TESTS = str(Path(__file__).resolve().parent)  # on the children's path: they import test modules


def outputs_under_seeds(code: str, *args: str, seeds: tuple[str, ...] = ("1", "2"), timeout: float = 300) -> list[str]:
    """The standard output of ``python -c code *args`` under each hash seed; the processes run side
    by side and each is waited for with ``timeout``; a failing child fails with its stderr's tail."""
    path = os.pathsep.join(filter(None, [TESTS, os.environ.get("PYTHONPATH")]))
    procs = [
        subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         text=True, env={**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": path})
        for seed in seeds
    ]
    outputs = []
    try:
        for proc in procs:
            out, err = proc.communicate(timeout=timeout)
            assert proc.returncode == 0, err[-2000:]
            outputs.append(out)
    finally:
        for proc in procs:
            proc.kill()
            proc.wait()
    return outputs
