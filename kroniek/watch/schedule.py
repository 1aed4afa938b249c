"""When to poll next: the interval after a success, exponential backoff with jitter after failures.

After the n-th failure in a row a source waits ``min(cap, first * 2**(n-1))``, of which the
second half is drawn at random ("equal jitter"), so sources that failed together do not come
back together; a server's Retry-After (429, 503) is a floor the wait never goes under. ``first``
is the interval itself up to a minute, ``cap`` the larger of the interval and an hour.
"""

from __future__ import annotations

import datetime as dt
import random
import re

MAX_RETRY_AFTER = 24 * 3600.0
_EVERY = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$")
_UNIT = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0}


def parse_every(text: str) -> float:
    """Seconds in "10m", "30s", "1h", "1.5h" or a bare number of seconds; ValueError otherwise."""
    m = _EVERY.match(text)
    if not m:
        raise ValueError(f"{text!r} is not an interval (say 30s, 10m, 1h)")
    seconds = float(m.group(1)) * _UNIT[m.group(2) or "s"]
    if seconds <= 0:
        raise ValueError(f"{text!r}: the interval must be more than 0")
    return seconds


def backoff(failures: int, every: float, *, retry_after: float | None = None,
            rng: random.Random | None = None) -> float:
    """Seconds to wait after the ``failures``-th failure in a row (1 or more)."""
    rng = rng or random.Random()
    first = min(every, 60.0)
    cap = max(every, 3600.0)
    base = min(cap, first * 2 ** min(max(failures, 1) - 1, 30))
    wait = base / 2 + rng.uniform(0, base / 2)
    if retry_after is not None:
        wait = max(wait, min(retry_after, MAX_RETRY_AFTER))
    return wait


def iso(t: float) -> str:
    """A Unix time as ISO 8601 UTC to the second."""
    return dt.datetime.fromtimestamp(t, dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_iso(text: str | None) -> float | None:
    """The Unix time of an ``iso`` string, None for None or something else."""
    if not text:
        return None
    try:
        return dt.datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC).timestamp()
    except ValueError:
        return None
