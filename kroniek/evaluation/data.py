"""Where the evaluation data lives: ``$KRONIEK_DATA``, else the ``shared/data`` folder beside the
repository (``../shared/data``), else the workplace's ``/work/shared/data``."""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["shared_data"]


def shared_data(relative: str) -> Path:
    """The path of ``relative`` (e.g. ``"meantime-nl-cdcr"``) under the evaluation data folder."""
    base = os.environ.get("KRONIEK_DATA")
    if base:
        return Path(base) / relative
    for parent in Path(__file__).resolve().parents:
        cand = parent / "shared" / "data" / relative
        if cand.exists():
            return cand
    return Path("/work/shared/data") / relative
