"""The test lanes: tests that start real Frog or Chromium are marked by the fixtures they use.

The fast lane (``-m "not frog and not browser and not slow"``) relies on these marks, so a new
test that asks for the ``frog`` fixture must land in the Frog lane without a hand-written mark.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from lanes import marks_for

TESTS = Path(__file__).resolve().parent


@pytest.mark.parametrize(
    ("fixtures", "marks"),
    [
        pytest.param(["frog"], {"frog"}, id="the session Frog server starts real Frog"),
        pytest.param(["light_server", "tmp_path"], {"frog"}, id="the lifecycle server is real Frog too"),
        pytest.param(["seeds_dir", "doc", "frog"], {"frog"}, id="frog reached through a module fixture"),
        pytest.param(["browser", "server"], {"browser"}, id="Playwright's Chromium"),
        pytest.param(["recorded", "fixtures_dir"], set(), id="recorded Frog output is the fast lane"),
        pytest.param([], set(), id="no fixtures, no marks"),
    ],
)
def test_lanes_marks_follow_fixtures(fixtures: list[str], marks: set[str]) -> None:
    assert marks_for(fixtures) == marks


def _collected(marker: str, *paths: Path) -> set[str]:
    """Test names pytest collects under ``-m marker`` (run as a child so the hook really runs)."""
    out = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider",
         "-m", marker, *map(str, paths)],
        capture_output=True, text=True, cwd=TESTS.parent, env={**os.environ}, timeout=120,
    )
    assert out.returncode in (0, 5), out.stdout + out.stderr  # 5: nothing collected
    return {line.split("::", 1)[1].split("[")[0] for line in out.stdout.splitlines() if "::" in line}


def test_lanes_frog_fixture_puts_a_test_in_the_frog_lane() -> None:
    frog = _collected("frog", TESTS / "analyse" / "test_frog.py", TESTS / "evaluation" / "test_ner_scoring.py")
    # Unmarked in the file; marked by the hook because they take `frog` or `light_server`.
    assert "test_frog_server_analyses_text_with_all_modules" in frog
    assert "test_frog_server_restarts_after_crash" in frog
    # A test that only points Frog at a missing binary stays in the fast lane.
    assert "test_frog_missing_binary_says_how_to_install" not in frog
    # A parameter that happens to be called `frog` (a Frog tag) is a value, not the server.
    assert "test_ner_frog_to_conll_maps_types" not in frog
