"""Fixtures for the hostile-input tests: a Chronicle without Frog (reading, storing and linking
are what is under test here; Frog's own limits are tested in tests/analyse)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kroniek.chronicle import Chronicle
from kroniek.extract.docdate import DocDate
from kroniek.pipeline import Pipeline
from kroniek.settings import Settings

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench" / "hostile"))


@pytest.fixture
def chron_factory(tmp_path: Path):
    made: list[Chronicle] = []

    def make(name: str = "k", **settings: object) -> Chronicle:
        chron = Chronicle(str(tmp_path / f"{name}.db"), Settings(**settings),  # type: ignore[arg-type]
                          pipeline=Pipeline([DocDate()]))
        made.append(chron)
        return chron

    yield make
    for c in made:
        c.close()
