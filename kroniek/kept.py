"""Built data kept on disk between processes: what a new process would otherwise build again from
its sources (GeoNames' tables, the Dutch word list) is read back from a pickle in kroniek's cache
folder, under a name that changes with the sources, so a stale file is never read."""

from __future__ import annotations

import contextlib
import hashlib
import pickle
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from .atomic import atomic_file


@cache
def source_key(module_file: str) -> str:
    """The SHA-256 of a module's own text, hex: part of the name a table built by that module is
    kept under, so a change to how it is built is a new file and an old one is never read."""
    with open(module_file, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()


def kept_on_disk(path: Path, build: Callable[[], Any], valid: Callable[[Any], bool],
                 stale: str | None = None) -> Any:
    """What ``build()`` returns, read from a pickle at ``path`` when one is there and ``valid``;
    otherwise built and written there (a read-only home only costs the rebuild next time).

    ``stale`` is a glob, in ``path``'s folder, naming the older versions of the same table (their
    sources or rules changed): once a new file is written they are removed, so the cache folder
    holds one version per table instead of one per change (~20 MB each)."""
    try:
        with path.open("rb") as fh:
            value = pickle.load(fh)
        if valid(value):
            return value
    except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError):
        pass  # absent or unreadable: rebuild below
    value = build()
    try:
        with atomic_file(path) as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
    except OSError:  # a full disk: atomic_file removed its temporary file; the next process rebuilds
        return value
    if stale:
        _remove_stale(path, stale)
    return value


def _remove_stale(path: Path, pattern: str) -> None:
    for old in path.parent.glob(pattern):
        if old != path and old.suffix == path.suffix:
            with contextlib.suppress(OSError):  # a read-only folder: harmless
                old.unlink(missing_ok=True)
