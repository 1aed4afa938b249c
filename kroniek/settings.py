"""One typed Settings object with defaults; environment variables override them."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace


def _env_int(name: str, default: int) -> int:
    try:
        return int(os.environ.get(name, default))
    except ValueError:
        return default


@dataclass(frozen=True, slots=True)
class Settings:
    db: str = field(default_factory=lambda: os.environ.get("KRONIEK_DB", "kroniek.db"))
    # Inputs larger than this are refused rather than half-read (bytes).
    max_input_bytes: int = field(default_factory=lambda: _env_int("KRONIEK_MAX_INPUT_BYTES", 20_000_000))
    # Frog
    frog_bin: str = field(default_factory=lambda: os.environ.get("KRONIEK_FROG", "frog"))
    # Modules Frog skips ("" = all on, "p" = no parser). The parser is on by default because the
    # event and quote layers need dependency heads; see README "Design".
    frog_skip: str = field(default_factory=lambda: os.environ.get("KRONIEK_FROG_SKIP", ""))
    frog_timeout: float = 120.0  # seconds per request
    frog_start_timeout: float = 120.0
    max_sentence_tokens: int = 120  # longer runs are split before Frog sees them
    # Near-duplicate detection
    minhash_perm: int = 128
    near_duplicate_threshold: float = 0.8
    # API writes
    api_token: str | None = field(default_factory=lambda: os.environ.get("KRONIEK_API_TOKEN"))

    def with_(self, **changes: object) -> Settings:
        return replace(self, **changes)  # type: ignore[arg-type]
