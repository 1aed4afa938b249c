"""The package stays lint-clean (ruff) and type-checks (mypy), as STYLE.md asks."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    "tool",
    [
        pytest.param(["ruff", "check", "kroniek", "tests", "bench", "eval"], id="ruff lint"),
        # mypy takes half a minute of CPU on the whole package: the full suite and CI run it.
        pytest.param(["mypy", "kroniek"], id="mypy on the package", marks=pytest.mark.slow),
    ],
)
def test_quality_tool_is_clean(tool: list[str]) -> None:
    result = subprocess.run(
        [sys.executable, "-m", *tool], cwd=REPO, capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
