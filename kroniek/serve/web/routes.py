"""Server-rendered pages: stories, a story's timeline, entities (chart, map), documents, search.

Pages are Jinja2 with autoescaping on; the only markup built in Python (annotated document
text, SVG geometry) escapes every piece of document text through ``markupsafe.escape``. No page
loads anything from another host, so it works offline.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape

from ...errors import InputError
from ...link.anchors import mark as anchor_mark
from ...search import SearchIndex
from ..deps import MAX_OFFSET, AllParam, StoreDep
from ..views import (
    NotFound,
    check_date,
    document_detail,
    list_documents,
    list_entities,
    list_stories,
)
from . import humanize
from .geo import world_map
from .humanize import (
    ASPECTS,
    ENTITY_TYPES,
    EVENT_TYPES,
    FACTUALITY,
    GENRES,
    PART,
    ROLES,
    human_anchor,
    human_date,
    human_range,
    pick_lang,
    translator,
    word,
)
from .pagedata import (
    Reader,
    cite_entity,
    entity_events,
    entity_page,
    event_page,
    map_for,
    name_variants,
    quotes_about,
    quotes_page,
    story_titles,
    story_view,
    timeline_page,
)
from .pagedata import source as cite_source
from .timeline_svg import layout

HERE = Path(__file__).resolve().parent
templates = Jinja2Templates(directory=str(HERE / "templates"))
router = APIRouter(include_in_schema=False)
PAGE = 50
QUOTE_DOCS = 10  # the quotes page shows the quotes of this many documents


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


def request_lang(request: Request) -> str:
    """The interface language of this request (Dutch unless the reader asks for English)."""
    return pick_lang(request.query_params.get("lang"), request.cookies.get("lang"),
                     request.headers.get("accept-language"))


def _helpers(lang: str) -> dict[str, Any]:
    """Functions the templates use to write codes as words in the reader's language."""
    return {
        "lang": lang, "t": translator(lang),
        "hd": lambda v, short=False: human_date(v, lang, short=short),
        "ha": lambda a: human_anchor(a, lang), "hr": lambda a, b: human_range(a, b, lang),
        "etype": lambda k: word(EVENT_TYPES, k, lang), "ktype": lambda k: word(ENTITY_TYPES, k, lang),
        "role": lambda k: word(ROLES, k, lang), "part": lambda k: word(PART, k, lang), "fact": lambda k: word(FACTUALITY, k, lang),
        "aspect": lambda k: word(ASPECTS, k, lang), "genre": lambda k: word(GENRES, k, lang),
        "n": lambda k, key: humanize.counted(k, key, lang),
    }


def _page(request: Request, name: str, status: int = 200, **ctx: Any) -> HTMLResponse:
    lang = request_lang(request)
    query = {k: v for k, v in request.query_params.items() if k != "lang"}
    switch = "?" + urlencode({**query, "lang": "en" if lang == "nl" else "nl"})
    response = templates.TemplateResponse(request, name, {**_helpers(lang), "switch_href": switch, **ctx},
                                          status_code=status)
    if request.query_params.get("lang") in humanize.LANGS:
        response.set_cookie("lang", lang, max_age=365 * 86400, samesite="lax")
    return response


def not_found(request: Request, message: str, status: int = 404) -> HTMLResponse:
    """The HTML error page (a friendly one: the reason, and a way back)."""
    t = translator(request_lang(request))
    return _page(request, "error.html", status=status, message=message,
                 title=t("not_found") if status == 404 else t("error"))


@router.get("/", response_class=HTMLResponse)
def index(request: Request, store: StoreDep) -> HTMLResponse:
    # Many single-document stories would bury the developing ones: show bigger stories first
    # when there are plenty.
    # The store's counts once: they give the number of stories too (each count is a scan of the
    # table on PostgreSQL: 76k documents about 8 ms under load).
    stats = store.counts()
    page = list_stories(store, limit=200, offset=0, min_documents=2 if stats["stories"] > 200 else 1)
    recent = list_documents(store, limit=20, offset=0, count=False)  # stats holds the number of documents
    return _page(request, "index.html", title=translator(request_lang(request))("stories"),
                 stories=page["stories"], story_total=page["total"], titles=story_titles(store, page["stories"]),
                 recent=[_summary_source(d) for d in recent["documents"]], stats=stats)


def _summary_source(d: dict[str, Any]) -> dict[str, Any]:
    return cite_source(d["id"], d["title"], d["snippet"], d["publisher"], d["url"], d["published"], d["genre"])


@router.get("/stories", response_class=HTMLResponse)
def stories(request: Request) -> RedirectResponse:
    return RedirectResponse("/", status_code=307)


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story(request: Request, story_id: str, store: StoreDep, all: AllParam = False,  # noqa: A002
          van: str = "", tot: str = "") -> HTMLResponse:
    try:
        s = story_view(store, story_id, show_all=all)
    except NotFound as e:
        return not_found(request, str(e))
    lang = request_lang(request)
    items = [{"kind": "event", "label": e["label"], "date": e["when"], "href": f"/events/{e['id']}", "rank": i}
             for i, e in enumerate(s["events"])]
    items += [{"kind": "doc", "label": d["publisher"] or d["title"], "date": d["date"], "href": f"/documents/{d['doc']}",
               "rank": len(items) + i} for i, d in enumerate(s["sources"])]
    window = (check_date("van", van or None), check_date("tot", tot or None)) if (van or tot) else (None, None)
    return _page(request, "story.html", title=s["title"], story=s, show_all=all,
                 timeline=layout(items, lang=lang, window=window))


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event(request: Request, event_id: str, store: StoreDep) -> HTMLResponse:
    try:
        e = event_page(store, event_id)
    except NotFound as err:
        return not_found(request, str(err))
    return _page(request, "event.html", title=e["label"][:1].upper() + e["label"][1:], event=e)


@router.get("/timeline", response_class=HTMLResponse)
def global_timeline(request: Request, store: StoreDep, all: AllParam = False,  # noqa: A002
                    van: str = "", tot: str = "", offset: int = Query(0, ge=0, le=MAX_OFFSET)) -> HTMLResponse:
    total, rows = timeline_page(Reader(store), first=check_date("van", van or None), last=check_date("tot", tot or None),
                                show_all=all, offset=offset, limit=PAGE)
    return _page(request, "timeline.html", title=translator(request_lang(request))("global_timeline"),
                 rows=rows, total=total, offset=offset, show_all=all, van=van, tot=tot)


@router.get("/documents", response_class=HTMLResponse)
def documents(request: Request, store: StoreDep, uitgever: str = "", genre: str = "", van: str = "", tot: str = "",
              offset: int = Query(0, ge=0, le=MAX_OFFSET)) -> HTMLResponse:
    page = list_documents(store, limit=PAGE, offset=offset, genre=genre or None,
                          date_from=check_date("van", van or None), date_to=check_date("tot", tot or None),
                          publisher=uitgever or None)
    return _page(request, "documents.html", title=translator(request_lang(request))("documents"),
                 docs=[_summary_source(d) for d in page["documents"]], total=page["total"], offset=offset,
                 filters={"uitgever": uitgever, "genre": genre, "van": van, "tot": tot},
                 publishers=store.publishers())


@router.get("/quotes", response_class=HTMLResponse)
def quotes(request: Request, store: StoreDep, offset: int = Query(0, ge=0, le=MAX_OFFSET)) -> HTMLResponse:
    total, rows = quotes_page(Reader(store), offset=offset, docs_per_page=QUOTE_DOCS)
    return _page(request, "quotes.html", title=translator(request_lang(request))("all_quotes"),
                 quotes=rows, total=total, offset=offset, step=QUOTE_DOCS)


@router.get("/entities", response_class=HTMLResponse)
def entities(request: Request, store: StoreDep, q: str | None = None, type: str | None = None,
             offset: int = Query(0, ge=0, le=MAX_OFFSET)) -> HTMLResponse:
    page = list_entities(store, limit=100, offset=offset, type_=type or None, q=q or None)
    return _page(request, "entities.html", title=translator(request_lang(request))("entities"), page=page,
                 q=q or "", type=type or "")


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
def entity(request: Request, entity_id: str, store: StoreDep) -> HTMLResponse:
    reader = Reader(store)
    try:
        e = entity_page(reader, entity_id)
    except NotFound as err:
        return not_found(request, str(err))
    events = entity_events(reader, entity_id)
    places, countries = map_for(reader, e, events)
    cite_entity(reader, e)
    return _page(request, "entity.html", title=e["name"], entity=e, chart=bar_chart(mentions_over_time(store, e)),
                 events=events, about=quotes_about(reader, e), variants=name_variants(e),
                 map=world_map(places, countries))
@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document(request: Request, doc_id: str, store: StoreDep) -> HTMLResponse:
    try:
        d = document_detail(store, doc_id)
    except NotFound as e:
        return not_found(request, str(e))
    src = cite_source(d["id"], d["title"], d["text"][:400], d["publisher"], d["url"],
                 (d["published"] or {}).get("value"), d["genre"])
    return _page(request, "document.html", title=src["title"], doc=d, src=src,
                 body=annotated_text(d, request_lang(request)))


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
    return _page(request, "search.html", status=400 if error else 200, title=translator(request_lang(request))("search_title") + (f": {q}" if q else ""),
                 q=q, filters=filters, active=active, page=page, facets=facets, error=error,
                 hits=[(h, highlight_sentence(h), _hit_source(h)) for h in (page.hits if page else [])])


def _hit_source(h: Any) -> dict[str, Any]:
    return cite_source(h.doc, h.title, h.sentence, h.publisher, h.source, h.date, h.genre)


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


def annotated_text(d: dict[str, Any], lang: str = "nl") -> Markup:  # noqa: C901
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
                # Sentence ids are t-<offset> (story ids are s-<hash>); an empty s-<offset> anchor
                # keeps links made before the change working.
                out.append(Markup('<a class="old-anchor" id="s-{}"></a><span class="sent" id="t-{}">').format(want, want))
            open_sent = want
        piece: Markup = escape(text[a:b])
        cover = {kind: next((it for it in items if it["start"] <= a and b <= it["end"]), None) for kind, items in layers}
        ev = cover["event"]
        if ev:
            tip = " · ".join(x for x in (word(EVENT_TYPES, ev["type"], lang), human_date(ev.get("when"), lang),
                                         word(FACTUALITY, ev.get("factuality"), lang)) if x)
            piece = Markup('<span class="event" title="{}">{}</span>').format(tip, piece)
        tx = cover["timex"]
        if tx:
            piece = Markup('<span class="timex" title="{}">{}</span>').format(human_date(tx["value"], lang), piece)
        m = cover["mention"]
        if m:
            cls = f"ent ent-{m['type'] or 'X'}"
            if m["entity"]:
                piece = Markup('<a class="{}" href="/entities/{}" title="{}">{}</a>').format(
                    cls, m["entity"], f"{word(ENTITY_TYPES, m['type'], lang)}: {m['entity_name'] or m['text']}", piece)
            else:
                piece = Markup('<span class="{}" title="{}">{}</span>').format(cls, word(ENTITY_TYPES, m["type"], lang), piece)
        q = cover["quote"]
        if q:
            who = q.get("speaker_name") or q.get("speaker_text") or "?"
            piece = Markup('<span class="quote" title="{}">{}</span>').format(f"{translator(lang)('h_quote')}: {who}", piece)
        out.append(piece)
    if open_sent is not None:
        out.append(Markup("</span>"))
    return Markup("").join(out)


def mentions_over_time(store: Any, e: dict[str, Any]) -> list[dict[str, Any]]:
    """Mentions per month, or per day when they all fall within two months (one bar says nothing)."""
    if len(e["over_time"]) > 2:
        return list(e["over_time"])
    days = Counter(v[:10] for v in store.entity_dates(e["id"]) if v and len(v) >= 10)
    return [{"period": k, "mentions": n} for k, n in sorted(days.items())] or list(e["over_time"])


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
