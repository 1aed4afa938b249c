"""Poll intervals and backoff with jitter."""

from __future__ import annotations

import random

import pytest

from kroniek.watch.schedule import backoff, iso, parse_every, parse_iso


@pytest.mark.parametrize(("text", "seconds"), [
    ("10m", 600.0),  # the default
    ("30s", 30.0),
    ("1.5h", 5400.0),
    ("45", 45.0),  # bare number: seconds
    ("500ms", 0.5),  # for tests
    (" 2 d ", 172800.0),
])
def test_schedule_parse_every(text: str, seconds: float) -> None:
    assert parse_every(text) == seconds


@pytest.mark.parametrize("text", ["", "tien minuten", "0s", "-5m", "10 weeks"])
def test_schedule_parse_every_refuses(text: str) -> None:
    with pytest.raises(ValueError):
        parse_every(text)


@pytest.mark.parametrize(("failures", "every", "low", "high"), [
    (1, 600.0, 30.0, 60.0),  # first failure: half to all of min(interval, 60 s)
    (2, 600.0, 60.0, 120.0),  # doubles
    (5, 600.0, 480.0, 960.0),
    (20, 600.0, 1800.0, 3600.0),  # capped at an hour
    (3, 1.0, 2.0, 4.0),  # a short test interval backs off from itself
    (40, 7200.0, 3600.0, 7200.0),  # an interval over an hour caps at the interval
])
def test_schedule_backoff_grows_with_jitter_within_bounds(failures: int, every: float, low: float, high: float) -> None:
    waits = [backoff(failures, every, rng=random.Random(seed)) for seed in range(50)]
    assert all(low <= w <= high for w in waits)
    assert len({round(w, 3) for w in waits}) > 40  # jittered: sources failing together spread out


def test_schedule_retry_after_is_a_floor_and_capped() -> None:
    assert backoff(1, 600.0, retry_after=900.0, rng=random.Random(1)) == 900.0
    assert backoff(1, 600.0, retry_after=1.0, rng=random.Random(1)) >= 30.0  # never below the backoff
    assert backoff(1, 600.0, retry_after=10**9, rng=random.Random(1)) == 86400.0


def test_schedule_iso_roundtrip() -> None:
    assert parse_iso(iso(1_765_000_000.0)) == 1_765_000_000.0
    assert parse_iso("gisteren") is None and parse_iso(None) is None
