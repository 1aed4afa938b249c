"""Files written whole or not at all: the one atomic writer of kroniek's caches (kept tables,
evaluation caches), which several processes may write and read at once.

The content goes to a temporary file beside the target, which is then renamed over it (a rename
within one folder is atomic on POSIX), so a reader never sees half a file. A write that fails
(a full disk, content that cannot be encoded, an interrupt) removes its temporary file, leaves
the old target as it was and raises.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO


@contextlib.contextmanager
def atomic_file(path: Path) -> Iterator[BinaryIO]:
    """A binary file to write ``path``'s new content into; renamed over ``path`` when the block
    ends, removed when it raises. The temporary name is unique per process and thread and starts
    with a dot, so no glob of the target's siblings (``geonames-*.pickle``) matches it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def write_atomic(path: Path, content: str | bytes) -> None:
    """Write ``content`` (text as UTF-8, or bytes) to ``path`` whole or not at all."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    with atomic_file(path) as fh:
        fh.write(data)
