"""One typed Settings object with defaults; environment variables override them."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path


def cache_dir() -> Path:
    """Where kroniek keeps what it can build again (the gazetteer's indexes, evaluations' Frog
    output and test-read logs): ``$KRONIEK_CACHE``, or ``~/.cache/kroniek``."""
    return Path(os.environ.get("KRONIEK_CACHE") or Path.home() / ".cache" / "kroniek")


def _env_int(name: str, default: int) -> int:
    try:
        return int(os.environ.get(name, default))
    except ValueError:
        return default


def _env_float(name: str, default: float) -> float:
    try:
        return float(os.environ.get(name, default))
    except ValueError:
        return default


@dataclass(frozen=True, slots=True)
class Settings:
    db: str = field(default_factory=lambda: os.environ.get("KRONIEK_DB", "kroniek.db"))
    # Inputs larger than this are refused rather than half-read (bytes).
    max_input_bytes: int = field(default_factory=lambda: _env_int("KRONIEK_MAX_INPUT_BYTES", 20_000_000))
    # Reading and cleaning one document (or the next item of a feed or JSONL file) may take this
    # long (seconds) in its worker process before it is stopped and the document fails alone.
    read_deadline: float = field(default_factory=lambda: _env_float("KRONIEK_READ_DEADLINE", 60.0))
    # Memory a reading worker may add (bytes): decompression and expansion bombs fail, not the batch.
    read_memory: int = field(default_factory=lambda: _env_int("KRONIEK_READ_MEMORY", 1_000_000_000))
    # Publication dates outside [date_min_year-01-01, today + date_max_ahead_days] are dropped.
    date_min_year: int = field(default_factory=lambda: _env_int("KRONIEK_DATE_MIN_YEAR", 1800))
    date_max_ahead_days: int = field(default_factory=lambda: _env_int("KRONIEK_DATE_MAX_AHEAD_DAYS", 366))
    # URL fetching: the whole fetch (redirects, headers and body) must finish within this (seconds);
    # private, loopback and link-local addresses are refused unless allow_private is set.
    fetch_deadline: float = field(default_factory=lambda: _env_float("KRONIEK_FETCH_DEADLINE", 60.0))
    allow_private: bool = field(default_factory=lambda: os.environ.get("KRONIEK_ALLOW_PRIVATE", "") == "1")
    # Frog
    frog_bin: str = field(default_factory=lambda: os.environ.get("KRONIEK_FROG", "frog"))
    # Modules Frog skips ("" = all on, "p" = no parser). The parser is on by default because the
    # event and quote layers need dependency heads; see README "Design".
    frog_skip: str = field(default_factory=lambda: os.environ.get("KRONIEK_FROG_SKIP", ""))
    frog_timeout: float = 120.0  # seconds per request
    # seconds for all of one document's requests (then it fails alone)
    frog_doc_deadline: float = field(default_factory=lambda: _env_float("KRONIEK_FROG_DOC_DEADLINE", 900.0))
    frog_start_timeout: float = 120.0
    # Requests one Frog server answers at once: a Frog server runs each connection in its own
    # child (whose OpenMP threads use about one core in all). Default 2 (1 on a 1-core machine):
    # since Frog's idle threads sleep (OMP_WAIT_POLICY=PASSIVE, analyse/frog.py) two connections
    # beat one on 2 cores (bench/ingest, 30 articles, load 1.2-1.7: 29.2 s against 43.9 s; raw
    # Frog 27.8 s); with spinning threads a second connection had made ingest slower.
    frog_connections: int = field(
        default_factory=lambda: _env_int("KRONIEK_FROG_CONNECTIONS", min(2, os.cpu_count() or 1)))
    max_sentence_tokens: int = 120  # longer runs are split before Frog sees them
    # Near-duplicate detection
    minhash_perm: int = 128
    near_duplicate_threshold: float = 0.8
    # API writes
    api_token: str | None = field(default_factory=lambda: os.environ.get("KRONIEK_API_TOKEN"))
    # Origins whose pages may read the API (CORS); `kroniek serve --cors ORIGIN` or KRONIEK_CORS="a b".
    cors_origins: tuple[str, ...] = field(default_factory=lambda: tuple(os.environ.get("KRONIEK_CORS", "").split()))

    def with_(self, **changes: object) -> Settings:
        return replace(self, **changes)  # type: ignore[arg-type]
