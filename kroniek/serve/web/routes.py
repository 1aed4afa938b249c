"""Server-rendered pages: stories, a story's timeline, entities (chart, map), documents, search.

Pages are Jinja2 with autoescaping on; the only markup built in Python (annotated document
text, SVG geometry) escapes every piece of document text through ``markupsafe.escape``. No page
loads anything from another host, so it works offline.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape

from ...errors import InputError
from ...link.anchors import mark as anchor_mark
from ...link.stories import date_interval
from ...search import SearchIndex
from ..deps import MAX_OFFSET, AllParam, StoreDep
from ..views import (
    NotFound,
    check_date,
    document_detail,
    entity_detail,
    list_documents,
    list_entities,
    list_stories,
    story_detail,
)

HERE = Path(__file__).resolve().parent
templates = Jinja2Templates(directory=str(HERE / "templates"))
router = APIRouter(include_in_schema=False)


def counted(n: int, singular: str, plural: str | None = None) -> str:
    """Write a count with its noun in English number agreement: "1 document", "3 entities"."""
    if n == 1:
        return f"{n} {singular}"
    if plural is None:
        consonant_y = singular.endswith("y") and singular[-2:-1] not in tuple("aeiou")
        plural = singular[:-1] + "ies" if consonant_y else singular + "s"
    return f"{n} {plural}"


templates.env.filters["counted"] = counted
templates.env.globals["anchor_mark"] = anchor_mark


def _page(request: Request, name: str, status: int = 200, **ctx: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, name, ctx, status_code=status)


def not_found(request: Request, message: str, status: int = 404) -> HTMLResponse:
    """The HTML error page."""
    return _page(request, "error.html", status=status, message=message, title="Not found" if status == 404 else "Error")


@router.get("/", response_class=HTMLResponse)
def index(request: Request, store: StoreDep) -> HTMLResponse:
    # Many single-document stories would bury the developing ones: show bigger stories first
    # when there are plenty.
    total, _ = store.story_page(limit=1, offset=0)
    page = list_stories(store, limit=200, offset=0, min_documents=2 if total > 200 else 1)
    return _page(request, "index.html", title="Stories", stories=page["stories"], story_total=page["total"],
                 recent=list_documents(store, limit=20, offset=0), stats=store.counts())


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story(request: Request, story_id: str, store: StoreDep, all: AllParam = False) -> HTMLResponse:  # noqa: A002
    try:
        s = story_detail(store, story_id, show_all=all)
    except NotFound as e:
        return not_found(request, str(e))
    return _page(request, "story.html", title=s["label"], story=s, timeline=story_timeline(s))


@router.get("/entities", response_class=HTMLResponse)
def entities(request: Request, store: StoreDep, q: str | None = None, type: str | None = None,
             offset: int = Query(0, ge=0, le=MAX_OFFSET)) -> HTMLResponse:
    page = list_entities(store, limit=100, offset=offset, type_=type or None, q=q or None)
    return _page(request, "entities.html", title="Entities", page=page, q=q or "", type=type or "")


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
def entity(request: Request, entity_id: str, store: StoreDep) -> HTMLResponse:
    try:
        e = entity_detail(store, entity_id)
    except NotFound as err:
        return not_found(request, str(err))
    return _page(request, "entity.html", title=e["name"], entity=e, chart=bar_chart(e["over_time"]),
                 map=world_map(e["location"], e["name"]) if e["location"] else None)


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document(request: Request, doc_id: str, store: StoreDep) -> HTMLResponse:
    try:
        d = document_detail(store, doc_id)
    except NotFound as e:
        return not_found(request, str(e))
    heading = d["title"]
    if not heading:  # no title: the first sentence, shortened, names the document
        first = d["sentences"][0] if d["sentences"] else {"start": 0, "end": min(len(d["text"]), 100)}
        heading = " ".join(d["text"][first["start"]:first["end"]].split())
        heading = heading if len(heading) <= 100 else heading[:99].rstrip() + "…"
    return _page(request, "document.html", title=heading or d["id"], doc=d, body=annotated_text(d))


@router.get("/search", response_class=HTMLResponse)
def search(
    request: Request, store: StoreDep, q: str = "", entity: str = "", date_from: str = "", date_to: str = "",
    source: str = "", genre: str = "", event_type: str = "", category: str = "", offset: int = Query(0, ge=0, le=MAX_OFFSET),
) -> HTMLResponse:
    filters = {"entity": entity, "date_from": date_from, "date_to": date_to, "source": source,
               "genre": genre, "event_type": event_type, "category": category}
    active = {k: v for k, v in filters.items() if v}
    page = facets = None
    error = None
    if q.strip():
        try:
            check_date("date_from", date_from)
            check_date("date_to", date_to)
            index = SearchIndex(store)
            page = index.search(q, limit=20, offset=offset, **active)
            facets = index.facets(q, **active)
        except InputError as e:
            error = str(e)
    return _page(request, "search.html", status=400 if error else 200, title=f"Search: {q}" if q else "Search",
                 q=q, filters=filters, active=active, page=page, facets=facets, error=error,
                 hits=[(h, highlight_sentence(h)) for h in (page.hits if page else [])])


# --- markup builders ---


def highlight_sentence(hit: Any) -> Markup:
    """A hit's sentence with its matched words in <mark>, everything escaped."""
    base = 0 if hit.start is None else hit.start
    out, pos = [], 0
    for s, e in hit.highlights:
        s, e = s - base, e - base
        if s < pos or e > len(hit.sentence):
            continue
        out.append(escape(hit.sentence[pos:s]))
        out.append(Markup("<mark>") + escape(hit.sentence[s:e]) + Markup("</mark>"))
        pos = e
    out.append(escape(hit.sentence[pos:]))
    return Markup("").join(out)


def annotated_text(d: dict[str, Any]) -> Markup:
    """The document text with sentences anchored and mentions, dates, events and quotes marked and linked."""
    text: str = d["text"]
    layers: list[tuple[str, list[dict[str, Any]]]] = [
        ("quote", d["quotes"]), ("mention", d["mentions"]), ("timex", d["timexes"]), ("event", d["events"]),
    ]
    cuts = {0, len(text)}
    for s in d["sentences"]:
        cuts.update((s["start"], s["end"]))
    for _, items in layers:
        for it in items:
            cuts.update((max(0, min(len(text), it["start"])), max(0, min(len(text), it["end"]))))
    points = sorted(cuts)
    sents = d["sentences"]
    si = 0
    out: list[Markup] = []
    open_sent: int | None = None
    for a, b in zip(points, points[1:], strict=False):
        if a >= b:
            continue
        while si < len(sents) and sents[si]["end"] <= a:
            si += 1
        in_sent = si < len(sents) and sents[si]["start"] <= a < sents[si]["end"]
        want = sents[si]["start"] if in_sent else None
        if want != open_sent:
            if open_sent is not None:
                out.append(Markup("</span>"))
            if want is not None:
                out.append(Markup('<span class="sent" id="s-{}">').format(want))
            open_sent = want
        piece: Markup = escape(text[a:b])
        cover = {kind: next((it for it in items if it["start"] <= a and b <= it["end"]), None) for kind, items in layers}
        ev = cover["event"]
        if ev:
            tip = " · ".join(x for x in (ev["type"], ev.get("when") or "", ev.get("factuality") or "") if x)
            piece = Markup('<span class="event" title="{}">{}</span>').format(tip, piece)
        tx = cover["timex"]
        if tx:
            piece = Markup('<span class="timex" title="{} {}">{}</span>').format(tx["type"], tx["value"], piece)
        m = cover["mention"]
        if m:
            cls = f"ent ent-{m['type'] or 'X'}"
            if m["entity"]:
                piece = Markup('<a class="{}" href="/entities/{}" title="{}">{}</a>').format(
                    cls, m["entity"], f"{m['type']}: {m['entity_name'] or m['text']}", piece)
            else:
                piece = Markup('<span class="{}" title="{}">{}</span>').format(cls, m["type"], piece)
        q = cover["quote"]
        if q:
            who = q.get("speaker_name") or q.get("speaker_text") or "?"
            piece = Markup('<span class="quote" title="{}">{}</span>').format(f"quote: {who}", piece)
        out.append(piece)
    if open_sent is not None:
        out.append(Markup("</span>"))
    return Markup("").join(out)


def story_timeline(s: dict[str, Any], width: int = 900) -> dict[str, Any] | None:
    """Geometry of a story's SVG timeline: events above the axis, documents below.

    A day-precise date is a point; a coarse one ("2020-01") is drawn as a bar over the days it
    may mean, clipped to the span the precise dates cover, so it does not pretend to a day.
    """
    items = []
    for e in s["event_details"]:
        value = (e["when"] or {}).get("value")
        iv = date_interval(value)
        if iv:
            items.append(("event", iv, e["label"], value, f"#ev-{e['id']}"))
    for d in s["document_details"]:
        iv = date_interval(d["published"])
        if iv:
            items.append(("doc", iv, d["title"] or d["snippet"][:60], d["published"], f"/documents/{d['id']}"))
    if not items:
        return None
    precise = [iv for _, iv, *_ in items if iv[1] - iv[0] <= 1]
    base = precise or [iv for _, iv, *_ in items]
    lo = min(a for a, _ in base) - 2
    hi = max(b for _, b in base) + 2
    pad, span = 30, hi - lo

    def px(day: float) -> float:
        return round(pad + (min(max(day, lo), hi) - lo) / span * (width - 2 * pad), 1)

    marks = []
    rows = {"event": 0, "doc": 0}
    for kind, (a, b), label, date, href in sorted(items, key=lambda t: (t[1], t[0])):
        rows[kind] = rows[kind] % 4 + 1
        y = 130 - 26 * rows[kind] if kind == "event" else 146 + 26 * rows[kind]
        x1, x2 = px(a), px(b + 1) if b > a + 1 else px(a)
        text = label if len(label) <= 44 else label[:43] + "…"
        # Labels on the right half run leftwards so they stay inside the picture.
        right = x1 > width * 0.55
        is_range = x2 > x1
        if is_range:  # the label sits on the bar, from its start
            tx, anchor, ty = x1 + 6, "start", y - 7
        else:
            tx, anchor, ty = (x1 - 9, "end", y + 4) if right else (x1 + 9, "start", y + 4)
        marks.append({"kind": kind, "x": x1, "x2": x2, "range": is_range, "y": y, "label": f"{text} ({date})" if is_range else text,
                      "date": date, "href": href, "tx": tx, "ty": ty, "anchor": anchor})
    ticks = []
    step = max(1, (int(hi) - int(lo)) // 8)
    for o in range(int(lo) + 1, int(hi), step):
        ticks.append({"x": px(o), "label": dt.date.fromordinal(o).isoformat()})
    return {"width": width, "height": 280, "axis_y": 130, "marks": marks, "ticks": ticks}


def bar_chart(series: list[dict[str, Any]], width: int = 600, height: int = 140) -> dict[str, Any] | None:
    """Geometry of a small bar chart of mentions per month."""
    if not series:
        return None
    top = max(p["mentions"] for p in series) or 1
    bw = (width - 40) / len(series)
    bars = []
    for i, p in enumerate(series):
        h = (height - 40) * p["mentions"] / top
        bars.append({"x": round(20 + i * bw + 1, 1), "w": round(max(bw - 2, 1), 1), "y": round(height - 20 - h, 1),
                     "h": round(h, 1), "label": p["period"], "n": p["mentions"]})
    return {"width": width, "height": height, "bars": bars, "top": top,
            "labels": [b for i, b in enumerate(bars) if i % max(1, len(bars) // 6) == 0]}


def world_map(loc: dict[str, float], name: str, scale: float = 2.0) -> dict[str, Any]:
    """Geometry of an equirectangular world graticule with one place on it (no tiles: works offline)."""
    w, h = 360 * scale, 180 * scale
    lines = [{"x1": (lon + 180) * scale, "y1": 0, "x2": (lon + 180) * scale, "y2": h} for lon in range(-180, 181, 30)]
    lines += [{"x1": 0, "y1": (90 - lat) * scale, "x2": w, "y2": (90 - lat) * scale} for lat in range(-90, 91, 30)]
    return {"width": w, "height": h, "lines": lines, "x": round((loc["lon"] + 180) * scale, 1),
            "y": round((90 - loc["lat"]) * scale, 1), "name": name, "lat": loc["lat"], "lon": loc["lon"]}
