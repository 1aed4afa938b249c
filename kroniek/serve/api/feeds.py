"""Atom feeds (RFC 4287) per search, story and entity, for feed readers and other tools.

Each entry is one sentence (search) or one document (story, entity), newest first, linking to
its page here and to the original URL where there is one. Written with the standard library's
ElementTree, which escapes every text and attribute.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass

from fastapi import Request

from ...search import SearchHit

ATOM = "application/atom+xml"
_NS = "http://www.w3.org/2005/Atom"
_EPOCH = "1970-01-01T00:00:00Z"


@dataclass(frozen=True, slots=True)
class Entry:
    id: str
    title: str
    updated: str | None  # YYYY[-MM[-DD]] or None
    link: str
    summary: str
    author: str | None = None
    original: str | None = None


def timestamp(value: str | None) -> str:
    """A kroniek date (YYYY, YYYY-MM, YYYY-MM-DD) as an RFC 3339 instant (its first moment)."""
    if not value:
        return _EPOCH
    parts = (value[:10].split("-") + ["01", "01"])[:3]
    return f"{parts[0]}-{parts[1]}-{parts[2]}T00:00:00Z"


def atom(request: Request, feed_id: str, title: str, entries: Iterable[Entry]) -> bytes:
    """The Atom document; ids and links are absolute URLs of this server."""
    base = str(request.base_url).rstrip("/")
    items = list(entries)
    ET.register_namespace("", _NS)
    feed = ET.Element(f"{{{_NS}}}feed")
    _text(feed, "id", base + feed_id)
    _text(feed, "title", title)
    _text(feed, "updated", max((timestamp(e.updated) for e in items), default=_EPOCH))
    ET.SubElement(feed, f"{{{_NS}}}link", rel="self", href=str(request.url))
    _text(ET.SubElement(feed, f"{{{_NS}}}author"), "name", "kroniek")
    for e in items:
        entry = ET.SubElement(feed, f"{{{_NS}}}entry")
        _text(entry, "id", base + e.id)
        _text(entry, "title", e.title)
        _text(entry, "updated", timestamp(e.updated))
        ET.SubElement(entry, f"{{{_NS}}}link", rel="alternate", href=base + e.link)
        if e.original:
            ET.SubElement(entry, f"{{{_NS}}}link", rel="via", href=e.original)
        if e.author:
            _text(ET.SubElement(entry, f"{{{_NS}}}author"), "name", e.author)
        _text(entry, "summary", e.summary)
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="utf-8")


def _text(parent: ET.Element, tag: str, value: str) -> None:
    ET.SubElement(parent, f"{{{_NS}}}{tag}").text = _xml_safe(value)


def _xml_safe(s: str) -> str:
    """Text without the characters XML 1.0 cannot hold (control characters, lone surrogates)."""
    return "".join(c for c in s if c in "\t\n\r" or (" " <= c <= "\ud7ff") or ("\ue000" <= c <= "\ufffd")
                   or c > "\uffff")


def search_feed(request: Request, q: str, hits: Iterable[SearchHit]) -> bytes:
    entries = [
        Entry(id=f"/documents/{h.doc}#t-{h.start if h.start is not None else 'title'}", title=h.title or h.doc,
              updated=h.date, link=f"/documents/{h.doc}" + (f"#t-{h.start}" if h.start is not None else ""),
              summary=h.sentence, author=h.publisher)
        for h in hits
    ]
    return atom(request, f"/api/search/feed?q={q}", f"kroniek: {q}", entries)


def documents_feed(request: Request, feed_id: str, title: str, docs: Iterable[dict[str, str | None]]) -> bytes:
    """A feed of documents (``id``, ``title``, ``published``, ``publisher``, ``url``, ``snippet``), newest first."""
    rows = sorted(docs, key=lambda d: d.get("published") or "", reverse=True)
    entries = [
        Entry(id=f"/documents/{d['id']}", title=d.get("title") or str(d["id"]), updated=d.get("published"),
              link=f"/documents/{d['id']}", summary=d.get("snippet") or "", author=d.get("publisher"),
              original=d.get("url") if (d.get("url") or "").startswith(("http://", "https://")) else None)
        for d in rows
    ]
    return atom(request, feed_id, title, entries)
