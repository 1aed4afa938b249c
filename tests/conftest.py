"""Shared fixtures: paths to the sample corpus and evaluation data, and one Frog server per session."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(__file__).resolve().parents[2] / "shared"
SEEDS = SHARED / "corpus" / "seeds"
DATA = SHARED / "data"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    assert SEEDS.is_dir(), f"sample corpus not found at {SEEDS}"
    return SEEDS


@pytest.fixture(scope="session")
def data_dir() -> Path:
    assert DATA.is_dir(), f"evaluation data not found at {DATA}"
    return DATA


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def frog():
    """One managed Frog server (full modules) shared by every test that needs real Frog."""
    from kroniek.analyse.frog import FrogServer
    from kroniek.settings import Settings

    server = FrogServer(Settings())
    server.start()
    yield server
    server.close()
