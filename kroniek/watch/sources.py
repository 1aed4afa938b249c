"""One poll of one watched source: what it holds now that was not seen before, read into Documents.

A source is a URL (an RSS/Atom feed, a JSON Feed, a sitemap or sitemap index, or any page) or a
folder. A URL is fetched with a conditional GET (``If-None-Match`` / ``If-Modified-Since`` from
the last answer's ``ETag`` / ``Last-Modified``) through ``ingest.fetch``'s safe fetching; a 304
means nothing to do. Each item has a key, stable across polls: a feed item's link (or its
document id when it has none) with its version (``feed_item_key``: a changed or updated item is a
new key), a sitemap's page URL, a page's cleaned text (hashed: it changes
when the page says something new, not when its markup does), a folder file's path with its size and modification time. Only items whose key the
store has not marked seen are read: a feed is parsed and its items listed first, without reading
their text, so a poll of a long feed with two new items reads two; with the watcher's
``FeedMemory`` only the items whose bytes are new are even parsed (``feedparts``), and the same
bytes as the last clean poll are not parsed at all. Everything a source sent is parsed in a forked reading worker
(``ingest.worker``) under the same deadline and memory cap as ``kroniek ingest``: the process's
shared reading child (``read_shared``), so a poll does not fork a copy of the watch process.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError, ParseError
from ..ingest import fetch_url, iter_inputs, read_bytes
from ..ingest.fetch import fetch
from ..ingest.readers import (
    FeedStamp,
    feed_stamps,
    feed_warnings,
    guard_xml,
    read_feed,
    read_json_feed,
    sniff,
)
from ..ingest.worker import read_shared
from ..model import Document, sha256_hex
from ..settings import Settings
from ..store.watching import SourceState
from .feedparts import FeedMemory, FeedParts, split_feed

Seen = Callable[[list[str]], list[str]]  # the keys of these not seen yet, in order
MAX_CHILD_SITEMAPS = 20
_SITEMAP = re.compile(rb"<(?:[\w-]+:)?(urlset|sitemapindex)[\s>]")


@dataclass(slots=True)
class Candidate:
    """One unseen item of a source: its key, the documents it holds and the errors reading it gave."""

    key: str
    docs: list[Document] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Poll:
    """What one poll found."""

    status: str  # "200" (any 2xx), "304", "folder"
    total: int = 0  # items the source holds now
    candidates: list[Candidate] = field(default_factory=list)  # the unseen ones, read
    errors: list[str] = field(default_factory=list)  # items that could not be read (no key)
    unread: int = 0  # unseen items left for a later poll (over ``max_items``)
    etag: str | None = None
    last_modified: str | None = None
    digest: str | None = None  # the SHA-256 of a feed's or page's bytes (not a sitemap's: its children change)
    same: bool = False  # the bytes were the last clean poll's: nothing was parsed


def source_kind(spec: str) -> str:
    """ "url" for http(s), "folder" for a directory; anything else is refused by name."""
    if spec.startswith(("http://", "https://")):
        return "url"
    if os.path.isdir(spec):
        return "folder"
    raise InputError(spec, "not an http(s) URL or a folder", "watch feed, sitemap or page URLs, or folders")


def poll_source(spec: str, state: SourceState, unseen: Seen, settings: Settings, *,
                max_items: int = 100, fetch_links: bool = False, memory: FeedMemory | None = None) -> Poll:
    """Poll one source once: fetch (conditionally), find the unseen items, read at most ``max_items``.
    With ``memory`` (the watcher's), a feed poll parses only the items it did not list last time."""
    if state.kind == "folder":
        return _poll_folder(spec, unseen, settings, max_items)
    return _poll_url(spec, state, unseen, settings, max_items, fetch_links, memory)


# --- folders ---


def _files(folder: str) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(root) / name


def _poll_folder(folder: str, unseen: Seen, settings: Settings, max_items: int) -> Poll:
    keyed: dict[str, str] = {}
    for path in _files(folder):
        try:
            st = path.stat()
        except OSError:
            continue  # gone between listing and looking: the next poll sees what is there
        keyed[f"{path.relative_to(folder)}:{st.st_size}:{st.st_mtime_ns}"] = str(path)
    poll = Poll("folder", total=len(keyed))
    fresh = unseen(list(keyed))
    poll.unread = max(0, len(fresh) - max_items)
    for key in fresh[:max_items]:
        cand = Candidate(key)
        for item in iter_inputs([keyed[key]], settings):  # read in the worker, as `kroniek ingest` does
            if isinstance(item, Document):
                cand.docs.append(item)
            else:
                cand.errors.append(str(item))
        poll.candidates.append(cand)
    return poll


# --- URLs: feeds, sitemaps, pages ---


def _conditional(state: SourceState) -> dict[str, str]:
    headers: dict[str, str] = {}
    if state.backlog:  # the last poll left items to read: a 304 must not hide them
        return headers
    if state.etag:
        headers["If-None-Match"] = state.etag
    if state.last_modified:
        headers["If-Modified-Since"] = state.last_modified
    return headers


def _poll_url(url: str, state: SourceState, unseen: Seen, settings: Settings, max_items: int,
              fetch_links: bool, memory: FeedMemory | None) -> Poll:
    got = fetch(url, settings, headers=_conditional(state))
    etag, modified = got.headers.get("etag"), got.headers.get("last-modified")
    if got.status == 304:
        return Poll("304", etag=etag or state.etag, last_modified=modified or state.last_modified)
    poll = Poll(str(got.status), etag=etag, last_modified=modified)
    if _SITEMAP.search(got.body[:4096]):
        _read_sitemap(url, got.body, poll, unseen, settings, max_items)
        return poll
    poll.digest = sha256_hex(got.body)
    if _unchanged(state, poll.digest):  # a server without ETag or Last-Modified sent the same bytes again
        poll.same, poll.total = True, state.listed
        return poll
    _read_feed_or_page(url, got.body, got.content_type, got.url, poll, unseen, settings, fetch_links, memory)
    return poll


def _unchanged(state: SourceState, digest: str) -> bool:
    """The bytes are those of the last poll, which read every item it found (``state.body`` is
    kept only then): there is nothing unseen in them, so they need no parsing."""
    return state.body == digest and not state.backlog and not state.retries


def _isolated(read: Callable[..., Iterator[Any]], source: str, settings: Settings, *args: Any) -> Iterator[Any]:
    """What ``read(*args)`` yields, read in the shared reading child under the settings' limits."""
    return read_shared(read, source, *args, deadline=settings.read_deadline, memory=settings.read_memory)


def _feed_or_page_items(raw: bytes, url: str, settings: Settings, ctype: str | None, final: str,
                        fetch_links: bool) -> Iterator[Document | InputError]:
    return read_bytes(raw, url, settings, name=final, content_type=ctype, url=final, fetch_links=fetch_links,
                      fetcher=lambda link: fetch_url(link, settings))


def _read_feed_or_page(url: str, raw: bytes, ctype: str | None, final: str, poll: Poll, unseen: Seen,
                       settings: Settings, fetch_links: bool, memory: FeedMemory | None = None) -> None:
    kind = sniff(raw, final, ctype) if raw.strip() else "empty"
    if kind in ("feed", "jsonfeed"):
        _read_feed(url, raw, kind, poll, unseen, settings, fetch_links, memory)
        return
    by_key: dict[str, Candidate] = {}
    for item in _isolated(_feed_or_page_items, url, settings, raw, url, settings, ctype, final, fetch_links):
        if isinstance(item, Document):
            # A page's document id hashes its raw bytes, which change with every rendering (times,
            # tokens); its cleaned text only changes when the page says something new.
            by_key.setdefault(_page_key(item), Candidate(_page_key(item))).docs.append(item)
        else:
            poll.errors.append(str(item))
    poll.total = len(by_key)
    poll.candidates = [by_key[k] for k in unseen(list(by_key))]


def _page_key(doc: Document) -> str:
    return "text-" + sha256_hex(doc.text)[:24]


def feed_item_key(stamp: FeedStamp) -> str:
    """A feed item's seen key: its link (or document id) and its version, so an item that was
    changed or updated is a new key, read and stored again, and one that was not is never read
    again (not even listed again with a new date)."""
    return f"{stamp.ident} v-{stamp.version}"


def _read_feed(url: str, raw: bytes, kind: str, poll: Poll, unseen: Seen, settings: Settings,
               fetch_links: bool, memory: FeedMemory | None = None) -> None:
    """A feed in two passes in the reading child: its items' stamps first (parsing only), then only
    the items whose key the store has not seen are read (cleaned, dated, made Documents). With
    ``memory``, an RSS/Atom feed that can be cut into its items safely has only the items it did not
    list at the last poll parsed, and only the unseen ones read (``feedparts``); else all of it."""
    parts = split_feed(raw) if memory is not None and kind == "feed" else None
    listed = _listed_in_parts(url, parts, memory, settings) if parts is not None and memory is not None else None
    if listed is None:
        if memory is not None:
            memory.forget(url)
        stamps: list[FeedStamp | InputError] = list(_isolated(_feed_listing, url, settings, raw, url, kind))
        read = _Reading(raw, None, [])
    else:
        stamps = list(listed[0])
        read = _Reading(raw, parts, listed[1])
    _read_stamped(url, kind, read, stamps, poll, unseen, settings, fetch_links)


@dataclass(slots=True)
class _Reading:
    """Where a feed's unseen items are read from: the whole feed, or (``parts``) a feed of the head,
    the items and the tail; the one the listing parsed (``parsed``) when it holds them all, since
    the reading child keeps that parse."""

    raw: bytes
    parts: FeedParts | None
    parsed: list[int]

    def holding(self, numbers: list[int]) -> tuple[bytes, list[int] | None]:
        if self.parts is None:
            return self.raw, None
        place = self.parsed if set(numbers) <= set(self.parsed) else numbers
        return self.parts.subset(place), place


def _listed_in_parts(url: str, parts: FeedParts, memory: FeedMemory,
                     settings: Settings) -> tuple[list[FeedStamp], list[int]] | None:
    """Every item's stamp, the new items' from parsing the head, those items and the tail, the
    others' from the last poll, and the new items' numbers; None when that parse does not answer as
    the whole feed's would (an error, a malformed feed, another count of items): the whole feed is
    parsed instead."""
    digests = parts.digests()
    stamps = memory.known(url, parts, digests)
    new = [n for n in range(1, len(digests) + 1) if n not in stamps]
    if new:
        got = list(_isolated(_parts_listing, url, settings, parts.subset(new), url, new))
        if [s.n for s in got if isinstance(s, FeedStamp)] != new or len(got) != len(new):
            return None
        stamps.update((s.n, s) for s in got if isinstance(s, FeedStamp))
    ordered = [stamps[n] for n in range(1, len(digests) + 1)]
    memory.remember(url, parts, digests, ordered)
    return ordered, new


def _parts_listing(raw: bytes, url: str, numbers: list[int]) -> Iterator[FeedStamp | InputError]:
    """``_feed_listing`` of a feed holding some items of a feed, by their numbers in it; nothing
    when the parse had to be lenient (a malformed feed is parsed whole, as before)."""
    try:
        if feed_warnings(raw, url, "feed"):
            return
    except Exception:  # noqa: BLE001 - the whole feed's parse will say what is wrong
        return
    yield from _feed_listing(raw, url, "feed", numbers)


def _read_stamped(url: str, kind: str, read: _Reading, stamps: list[FeedStamp | InputError],
                  poll: Poll, unseen: Seen, settings: Settings, fetch_links: bool) -> None:
    """Read the items whose key the store has not seen."""
    numbers: dict[str, list[int]] = {}
    odd: list[int] = []  # items that could not be stamped: read each poll (their errors reported)
    for got in stamps:
        if isinstance(got, InputError):  # the feed as a whole could not be read: as reading it would say
            poll.errors.append(str(got))
            return
        if got.version:
            numbers.setdefault(feed_item_key(got), []).append(got.n)
        else:
            odd.append(got.n)
    poll.total = len(numbers)
    fresh = unseen(list(numbers))
    wanted = {n: key for key in fresh for n in numbers[key]}
    by_key = {key: Candidate(key) for key in fresh}
    for n in odd:  # reading one fails as stamping it did (both make its record): reported, never seen
        wanted[n] = f"item-{n}"
    if not wanted:
        return
    chosen = sorted(wanted)
    body, place = read.holding(chosen)
    for item in _isolated(_feed_entries, url, settings, body, url, settings, kind, chosen, fetch_links, place):
        if isinstance(item, InputError):  # an item that cannot be read stays unseen, reported each poll
            poll.errors.append(str(item))
            continue
        n, doc = item
        by_key.setdefault(wanted[n], Candidate(wanted[n])).docs.append(doc)
    poll.candidates = [c for c in by_key.values() if c.docs]


def _feed_listing(raw: bytes, url: str, kind: str, numbers: list[int] | None = None) -> Iterator[FeedStamp | InputError]:
    try:
        yield from feed_stamps(raw, url, kind, numbers)
    except InputError as exc:
        yield exc
    except Exception as exc:  # noqa: BLE001 - as read_bytes says it of any input
        yield ParseError(url, f"could not read this {kind} input ({type(exc).__name__}: {exc})",
                         "report it with the file attached")


def _feed_entries(raw: bytes, url: str, settings: Settings, kind: str, numbers: list[int],
                  fetch_links: bool, place: list[int] | None = None) -> Iterator[tuple[int, Document] | InputError]:
    """The feed items of these numbers, read as ``kroniek ingest`` reads them, each with its number;
    ``place``: the numbers of the items ``raw`` holds (a feed cut to the wanted items), else 1, 2, ..."""
    only = set(numbers)
    try:
        if kind == "feed":
            items = read_feed(raw, url, fetch_links=fetch_links, fetcher=lambda link: fetch_url(link, settings),
                              only=only, numbers=place)
        else:
            items = read_json_feed(raw, url, fetch_links=fetch_links, fetcher=lambda link: fetch_url(link, settings),
                                   only=only)
        for item in items:
            yield item if isinstance(item, InputError) else (_item_number(item), item)
    except InputError as exc:
        yield exc
    except Exception as exc:  # noqa: BLE001 - as read_bytes says it of any input
        yield ParseError(url, f"could not read this {kind} input ({type(exc).__name__}: {exc})",
                         "report it with the file attached")


def _item_number(doc: Document) -> int:
    """A feed item's number, from its Document's source (``URL#n``)."""
    return int(doc.source.rsplit("#", 1)[1])


def sitemap_entries(raw: bytes, source: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """The pages and the child sitemaps a sitemap (or sitemap index) lists, as (URL, lastmod),
    newest first (entries without a lastmod last, in their order); entity declarations refused."""
    import xml.etree.ElementTree as ET

    guard_xml(raw, source)
    try:
        root = ET.fromstring(raw)
    except ET.ParseError as exc:
        raise ParseError(source, f"malformed sitemap XML ({exc})", "check that the sitemap is complete") from exc
    pages: list[tuple[str, str]] = []
    children: list[tuple[str, str]] = []
    for entry in root:
        tag = entry.tag.rsplit("}", 1)[-1]
        loc = lastmod = ""
        for part in entry:
            name = part.tag.rsplit("}", 1)[-1]
            if name == "loc":
                loc = (part.text or "").strip()
            elif name == "lastmod":
                lastmod = (part.text or "").strip()
        if loc.startswith(("http://", "https://")):
            (pages if tag == "url" else children if tag == "sitemap" else []).append((loc, lastmod))
    newest = lambda e: e[1]  # noqa: E731 - ISO 8601 dates sort as text
    return sorted(pages, key=newest, reverse=True), sorted(children, key=newest, reverse=True)


def _sitemap_items(raw: bytes, url: str) -> Iterator[Any]:
    yield sitemap_entries(raw, url)


def _parse_sitemap(url: str, raw: bytes, settings: Settings) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    for item in list(_isolated(_sitemap_items, url, settings, raw, url)):  # read to the end: the child stays
        if isinstance(item, InputError):
            raise item
        pages, children = item
        return list(pages), list(children)
    raise ParseError(url, "the sitemap reader gave nothing back")


def _read_sitemap(url: str, raw: bytes, poll: Poll, unseen: Seen, settings: Settings, max_items: int) -> None:
    pages, children = _parse_sitemap(url, raw, settings)
    for child, _ in children[:MAX_CHILD_SITEMAPS]:  # a sitemap index: its newest sitemaps, fetched in full
        try:
            got = fetch(child, settings)
            pages += _parse_sitemap(child, got.body, settings)[0]
        except InputError as exc:
            poll.errors.append(str(exc))
    locs = list(dict.fromkeys(loc for loc, _ in pages))
    poll.total = len(locs)
    fresh = unseen(locs)
    poll.unread = max(0, len(fresh) - max_items)
    new = fresh[:max_items]
    if not new:
        return
    by_key = {loc: Candidate(loc) for loc in new}
    for got_item in _isolated(_page_items, url, settings, new, settings):
        if isinstance(got_item, InputError):  # the worker stopped: the pages not read stay unseen
            poll.errors.append(str(got_item))
            break
        loc, item = got_item
        if isinstance(item, Document):
            by_key[loc].docs.append(item)
        else:
            by_key[loc].errors.append(str(item))
    poll.candidates = [c for c in by_key.values() if c.docs or c.errors]


def _page_items(new: list[str], settings: Settings) -> Iterator[tuple[str, Document | InputError]]:
    for loc in new:  # each page fetched and read in the worker, as `kroniek ingest URL` does
        for item in iter_inputs([loc], settings, isolate=False):
            yield loc, item
