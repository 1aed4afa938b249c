"""Gold sets over the leestmeer-2019 posts without copying their text into the project.

The posts (real Dutch news, May–August 2019, ``../shared/data/leestmeer-2019``) are copyrighted,
so a gold file names a post by its id (``"2019-05/0002ebfa9b890619"``) and a span by character
offsets into the *cleaned* text kroniek's reader makes of it, plus a short digest of the span.
The text is read from the shared archive at evaluation time. When a change to cleaning moves a
span, :func:`locate` finds it again by its digest near the old offsets, so gold files survive
reader changes that do not alter the span itself.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import tarfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import EvalError
from ..model import Document
from .data import shared_data

ARCHIVE = "leestmeer-2019/posts-2019-05-to-08.tar.gz"
PREFIX = "leestmeer-2019-05-08/"

__all__ = ["ARCHIVE", "Posts", "archive_path", "digest", "locate", "post_document"]


# Posts already read from an archive in this process: (path, mtime, size) -> {post id: bytes}.
_READ: dict[tuple[Path, int, int], dict[str, bytes]] = {}


def archive_path() -> Path:
    """The posts archive under KRONIEK_DATA (default: the shared data folder beside the repo)."""
    return shared_data(ARCHIVE)


def digest(span_text: str) -> str:
    """A short, stable fingerprint of a span's text (enough to find it again, not to read it)."""
    return hashlib.sha1(span_text.encode("utf-8")).hexdigest()[:10]


def locate(text: str, start: int, end: int, want: str, window: int = 4000) -> tuple[int, int] | None:
    """Where the span with digest ``want`` and length ``end - start`` now sits, searching outward
    from ``start``; None when it is gone (the reader changed the span itself)."""
    length = end - start
    if start >= 0 and end <= len(text) and digest(text[start:end]) == want:
        return start, end
    for delta in range(1, window + 1):
        for s in (start - delta, start + delta):
            if s >= 0 and s + length <= len(text) and digest(text[s : s + length]) == want:
                return s, s + length
    return None


class Posts:
    """Raw post bytes by id, read from the archive (or an unpacked copy) in one pass.

    ``KRONIEK_LEESTMEER_DIR`` may name an unpacked copy (the folder holding ``2019-05/`` …),
    which is faster for repeated runs; otherwise the tar.gz is read in one pass for the posts a
    :meth:`load` asks for that this process has not read from it yet (the gold posts are a few
    hundred; every evaluation in one process, or one test session, decompresses the archive once).
    """

    def __init__(self, archive: Path | None = None, unpacked: Path | None = None) -> None:
        env_dir = os.environ.get("KRONIEK_LEESTMEER_DIR")
        self.unpacked = unpacked or (Path(env_dir) if env_dir else None)
        self.archive = archive or archive_path()

    def load(self, ids: Iterable[str]) -> dict[str, bytes]:
        """The raw bytes of each post id; an EvalError names the first id that is missing."""
        want = set(ids)
        out: dict[str, bytes] = {}
        if self.unpacked is not None:
            for pid in want:
                path = self.unpacked / f"{pid}.md"
                if path.is_file():
                    out[pid] = path.read_bytes()
        else:
            out = self._from_archive(want)
        missing = sorted(want - out.keys())
        if missing:
            raise EvalError(
                f"leestmeer post {missing[0]} not found in {self.unpacked or self.archive} "
                f"({len(missing)} missing); set KRONIEK_DATA to the folder holding {ARCHIVE}"
            )
        return out

    def _from_archive(self, want: set[str]) -> dict[str, bytes]:
        stat = self.archive.stat() if self.archive.is_file() else None
        read = _READ.setdefault((self.archive, stat.st_mtime_ns, stat.st_size) if stat else (self.archive, 0, 0), {})
        if want - read.keys():
            read.update(self._iter_archive(want - read.keys()))
        return {pid: read[pid] for pid in want if pid in read}

    def iter_all(self, month: str | None = None) -> Iterator[tuple[str, bytes]]:
        """Every post (id, bytes), optionally of one month ("2019-06"), in archive order."""
        if self.unpacked is not None:
            months = [month] if month else sorted(p.name for p in self.unpacked.iterdir() if p.is_dir())
            for m in months:
                for path in sorted((self.unpacked / m).glob("*.md")):
                    yield f"{m}/{path.stem}", path.read_bytes()
            return
        yield from self._iter_archive(None, month)

    def _iter_archive(self, want: set[str] | None, month: str | None = None) -> Iterator[tuple[str, bytes]]:
        if not self.archive.is_file():
            raise EvalError(
                f"{self.archive}: leestmeer archive not found; set KRONIEK_DATA to the folder holding {ARCHIVE}"
            )
        left = None if want is None else set(want)
        with tarfile.open(self.archive, "r:gz") as tar:
            for member in tar:
                if not member.isfile() or not member.name.endswith(".md"):
                    continue
                pid = member.name.removeprefix(PREFIX).removesuffix(".md")
                if left is not None and pid not in left:
                    continue
                if month is not None and not pid.startswith(month + "/"):
                    continue
                f = tar.extractfile(member)
                if f is not None:
                    yield pid, f.read()
                if left is not None:
                    left.discard(pid)
                    if not left:
                        return  # every post asked for is read: the rest of the archive is not


def post_document(pid: str, raw: bytes) -> Document:
    """The cleaned Document kroniek's ingest makes of one post (the text gold offsets point into)."""
    from ..ingest import read_bytes
    from ..settings import Settings

    for item in read_bytes(raw, f"leestmeer:{pid}", Settings(), name=f"{pid}.md"):
        if isinstance(item, Document):
            return item
        raise EvalError(f"leestmeer post {pid}: {item}")
    raise EvalError(f"leestmeer post {pid}: no document")


def log_read(log: Path) -> None:
    """Count one read of a held-out test split: a UTC time stamp appended to its log."""
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("a", encoding="utf-8") as f:
        f.write(dt.datetime.now(dt.UTC).isoformat(timespec="seconds") + "\n")


def reads_logged(log: Path) -> int:
    """How many reads a test split's log counts (0 before the first)."""
    return len(log.read_text(encoding="utf-8").splitlines()) if log.is_file() else 0
