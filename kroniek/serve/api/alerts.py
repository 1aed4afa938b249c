"""GET /api/alerts, /api/alerts/{name} and /api/alerts/{name}.atom: what the standing alerts matched.

The Atom feed is what a feed reader (or an e-mail bridge) follows: one entry per matching
document, newest first, its id stable (``urn:kroniek:alert:NAME:DOC``) so a reader shows each once.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from ...alerts import UnknownAlert, alert_listing, alert_page
from ..deps import Limit, Offset, StoreDep
from ..views import NotFound
from .models import ERRORS, READ_ERRORS

router = APIRouter(prefix="/alerts", tags=["alerts"])

ATOM = "http://www.w3.org/2005/Atom"
ATOM_ENTRIES = 50


@router.get("", responses=READ_ERRORS)
def alerts(store: StoreDep) -> dict[str, Any]:
    """Every alert (name, kind, value, created) with its number of matches."""
    return alert_listing(store)


@router.get("/{name}.atom", response_class=Response,
            responses={200: {"content": {"application/atom+xml": {}}, "description": "An Atom feed."}, **ERRORS})
def alert_feed(name: str, request: Request, store: StoreDep) -> Response:
    """One alert's latest matches as an Atom feed (the newest 50)."""
    page = _page(store, name, limit=ATOM_ENTRIES, offset=0)
    return Response(atom_feed(page, str(request.base_url).rstrip("/")), media_type="application/atom+xml")


@router.get("/{name}", responses=ERRORS)
def alert(name: str, store: StoreDep, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    """One alert and a page of its matches, newest first: each document's title, URL, date, what
    matched and the matching events' ids."""
    return _page(store, name, limit=limit, offset=offset)


def _page(store: Any, name: str, *, limit: int, offset: int) -> dict[str, Any]:
    try:
        return alert_page(store, name, limit=limit, offset=offset)
    except UnknownAlert as e:
        raise NotFound(str(e)) from e


def atom_feed(page: dict[str, Any], base: str) -> bytes:
    """An Atom 1.0 document (RFC 4287) of an alert page."""
    a = page["alert"]
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    _sub(feed, "id", f"urn:kroniek:alert:{a['name']}")
    _sub(feed, "title", f"kroniek: {a['name']} ({a['kind'].replace('_', ' ')} {a['value']})")
    matches = page["matches"]
    _sub(feed, "updated", matches[0]["matched"] if matches else a["created"])
    _sub(feed, "link", rel="self", href=f"{base}/api/alerts/{a['name']}.atom")
    _sub(feed, "link", rel="alternate", href=f"{base}/api/alerts/{a['name']}", type="application/json")
    author = _sub(feed, "author")
    _sub(author, "name", "kroniek")
    _sub(feed, "generator", "kroniek")
    for m in matches:
        entry = _sub(feed, "entry")
        _sub(entry, "id", f"urn:kroniek:alert:{a['name']}:{m['doc']}")
        _sub(entry, "title", m["title"] or m["snippet"][:100] or m["doc"])
        _sub(entry, "updated", m["matched"])
        page_url = f"{base}/documents/{m['doc']}"
        _sub(entry, "link", href=m["url"] or page_url)
        if m["url"]:
            _sub(entry, "link", rel="related", href=page_url)
        if m["publisher"]:
            _sub(_sub(entry, "author"), "name", m["publisher"])
        summary = m["why"] + (f" — {m['snippet']}" if m["snippet"] else "")
        _sub(entry, "summary", summary)
        for ev in m["events"]:
            _sub(entry, "category", term=ev, scheme=f"{base}/api/events")
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    el = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
    if text is not None:
        el.text = text
    return el
