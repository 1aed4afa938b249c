"""A watched RSS/Atom feed cut into its items, so a poll parses only the items it has not listed before.

A feed that grows is mostly the same items again: an outlet's feed lists its newest 50, so each
poll finds one or two new ones. feedparser's parse costs time in the length of the whole feed,
though, so a poll that parsed the feed to list its items cost more the longer the feed was.

``split_feed`` cuts the feed's bytes into its head (everything before the first item), its item
elements (``<item>…</item>`` or ``<entry>…</entry>``) and its tail, by their tags only. It gives up
(``None``) wherever a cut by tags could differ from what a parser reads: another encoding than
UTF-8, a DOCTYPE, an item tag inside a comment or CDATA section, nested or unclosed items, or
anything but white space between two items. Then the poll parses the whole feed, as before.

``FeedMemory`` keeps, per source, the stamp (``readers.FeedStamp``: the item's link or id and its
version) of every item of the last poll, by the SHA-256 of the item's bytes. An item whose bytes
and surroundings (the head's and tail's tags with their attributes: namespaces, ``xml:base``,
``xml:lang``) are the same as at the last poll gets the same stamp, since a parser reads an item
element from those alone. So a poll parses a feed made of the head, the new items and the tail
(``FeedParts.subset``), and an item whose stamp hashes its number (no id, no link) is never kept.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from dataclasses import dataclass

from ..ingest.readers import FeedStamp
from ..model import sha256_hex

MAX_SOURCES = 1000  # feeds remembered (the least recently polled forgotten first)

_ITEM_TAGS = (b"item", b"entry")
_HIDDEN = re.compile(rb"<!--.*?-->|<!\[CDATA\[.*?\]\]>|<\?.*?\?>", re.DOTALL)
_TAG = re.compile(rb"<[^<>]*>")
_DECLARED = re.compile(rb"^\s*<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._-]+)[\"']")
_UTF8_NAMES = {b"utf-8", b"utf8", b"us-ascii", b"ascii"}


@dataclass(frozen=True, slots=True)
class FeedParts:
    """A feed's bytes as head + items + tail (``b"".join`` of them, white space between items aside)."""

    head: bytes
    items: tuple[bytes, ...]
    tail: bytes

    @property
    def context(self) -> str:
        """What an item's reading depends on besides its own bytes: the head's and tail's tags."""
        return sha256_hex(b"".join(_TAG.findall(self.head)) + b"\x00" + b"".join(_TAG.findall(self.tail)))

    def digests(self) -> list[str]:
        return [sha256_hex(item) for item in self.items]

    def subset(self, numbers: list[int]) -> bytes:
        """A feed of the same head and tail holding only the items of these numbers (1-based)."""
        return self.head + b"".join(self.items[n - 1] for n in numbers) + self.tail


def _utf8(raw: bytes) -> bool:
    declared = _DECLARED.match(raw.removeprefix(b"\xef\xbb\xbf"))
    if declared and declared[1].lower() not in _UTF8_NAMES:
        return False
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _item_spans(raw: bytes, tag: bytes) -> list[tuple[int, int]] | None:
    """Each ``<tag …>…</tag>`` element's span, or None when they nest, stay open or self-close."""
    opens = [m.start() for m in re.finditer(rb"<" + tag + rb"[\s>]", raw)]
    closes = [m.end() for m in re.finditer(rb"</" + tag + rb"\s*>", raw)]
    if len(opens) != len(closes) or re.search(rb"<" + tag + rb"\s[^<>]*/>", raw):
        return None
    spans = list(zip(opens, closes, strict=True))
    if any(start >= end for start, end in spans) or any(a[1] > b[0] for a, b in zip(spans, spans[1:], strict=False)):
        return None
    return spans


def split_feed(raw: bytes) -> FeedParts | None:
    """The feed cut into head, items and tail by their tags, or None when such a cut is not safe."""
    if not _utf8(raw) or re.search(rb"<!DOCTYPE|<!ENTITY", raw, re.IGNORECASE):
        return None
    present = [t for t in _ITEM_TAGS if re.search(rb"</?" + t + rb"[\s>]", raw)]
    if len(present) != 1:
        return None
    tag = present[0]
    if any(re.search(rb"</?" + tag + rb"[\s>/]", hidden) for hidden in _HIDDEN.findall(raw)):
        return None
    spans = _item_spans(raw, tag)
    if not spans or any(raw[a[1]:b[0]].strip() for a, b in zip(spans, spans[1:], strict=False)):
        return None
    return FeedParts(raw[: spans[0][0]], tuple(raw[s:e] for s, e in spans), raw[spans[-1][1]:])


@dataclass(slots=True)
class _Listed:
    context: str
    stamps: dict[str, tuple[str, str]]  # item bytes' digest -> (ident, version)


class FeedMemory:
    """The stamps of each watched feed's items at its last poll, by the items' bytes."""

    def __init__(self, max_sources: int = MAX_SOURCES) -> None:
        self.max_sources = max_sources
        self._feeds: OrderedDict[str, _Listed] = OrderedDict()

    def known(self, source: str, parts: FeedParts, digests: list[str]) -> dict[int, FeedStamp]:
        """The items (by number) whose stamp the last poll of this source gave, unchanged since."""
        listed = self._feeds.get(source)
        if listed is None or listed.context != parts.context:
            return {}
        return {n: FeedStamp(n, *listed.stamps[d]) for n, d in enumerate(digests, 1) if d in listed.stamps}

    def remember(self, source: str, parts: FeedParts, digests: list[str], stamps: list[FeedStamp]) -> None:
        """Keep this poll's stamps (and only these: the feed's items now) for the next poll."""
        keep = {digests[s.n - 1]: (s.ident, s.version) for s in stamps if s.version and not s.placed}
        self._feeds[source] = _Listed(parts.context, keep)
        self._feeds.move_to_end(source)
        while len(self._feeds) > self.max_sources:
            self._feeds.popitem(last=False)

    def forget(self, source: str) -> None:
        self._feeds.pop(source, None)
