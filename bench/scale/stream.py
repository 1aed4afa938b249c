"""The leestmeer-2019 posts as a feed follower would see them: month by month, by the front matter's
date (then id), and the slices of that stream bench/scale measures.

Posts are read from ``KRONIEK_LEESTMEER_DIR`` (an unpacked copy, fast) or the shared tar.gz
(``kroniek.evaluation.leestmeer.Posts``) at run time and never copied into the repository.
"""

from __future__ import annotations

import email.utils
import re
from collections.abc import Iterator

from kroniek.evaluation.leestmeer import Posts

MONTHS = ("2019-05", "2019-06", "2019-07", "2019-08")
_DATE = re.compile(rb"^date:\s*(.+)$", re.M)


def when(raw: bytes) -> str:
    """The post's date as ISO text ("9999" when it has none: such posts come last in their month)."""
    m = _DATE.search(raw[:2000])
    if not m:
        return "9999"
    try:
        return email.utils.parsedate_to_datetime(m.group(1).decode().strip()).isoformat()
    except (TypeError, ValueError, UnicodeDecodeError):
        return "9999"


def order(posts: Posts | None = None) -> list[str]:
    """Every post id in stream order (reads each post once, keeps only ids)."""
    posts = posts or Posts()
    out: list[str] = []
    for month in MONTHS:
        out.extend(pid for _, pid in sorted((when(raw), pid) for pid, raw in posts.iter_all(month)))
    return out


def measured_slices(ids: list[str], sizes: list[int], batch: int) -> dict[int, list[str]]:
    """For each store size S, the ids of the batch that brings the store to S: stream positions
    [S - batch, S) (the last batch when S is beyond the stream)."""
    out: dict[int, list[str]] = {}
    for size in sizes:
        end = min(size, len(ids))
        out[size] = ids[max(0, end - batch):end]
    return out


def read(ids: list[str], posts: Posts | None = None) -> Iterator[tuple[str, bytes]]:
    """(id, bytes) of these posts, in this order."""
    posts = posts or Posts()
    got = posts.load(ids)
    for pid in ids:
        if pid in got:
            yield pid, got[pid]
