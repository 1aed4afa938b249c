"""GET /api/export (the kroniek-export/1 object, optionally paged by documents) and
GET /api/export/events.csv (events in GDELT-like columns)."""

from __future__ import annotations

import csv
import io
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from ...export import build_export
from ..deps import MAX_LIMIT, MAX_OFFSET, StoreDep
from .models import READ_ERRORS
from .paging import next_link
from .vocab import CAMEO_ROOT

router = APIRouter(tags=["export"])

CSV_COLUMNS = ("event_id", "date", "date_source", "actor1", "actor1_id", "actor2", "actor2_id", "event_type",
               "cameo_root", "place", "place_id", "label", "factuality", "num_sources", "source_url", "doc_id")


@router.get("/export", responses=READ_ERRORS)
def export(
    request: Request, store: StoreDep,
    limit: Annotated[int | None, Query(ge=1, le=MAX_LIMIT, description="Documents per page; absent: the whole export.")] = None,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
) -> dict[str, Any]:
    """The whole chronicle in the export format (kroniek-export/1; ../shared/spec/export.md).

    With ``limit`` one page of documents and what refers to them: their timexes and quotes, the
    entities mentioned and events and stories told in them (an event or story spanning pages is
    in each of them); ``next`` links the following page.
    """
    out = build_export(store)
    total = len(out["documents"])
    if limit is None:
        out.update(total=total, limit=None, offset=0, next=None)
        return out
    docs = out["documents"][offset:offset + limit]
    ids = {d["id"] for d in docs}
    out["documents"] = docs
    out["timexes"] = [t for t in out["timexes"] if t["doc"] in ids]
    out["quotes"] = [q for q in out["quotes"] if q["doc"] in ids]
    out["events"] = [e for e in out["events"] if any(m["doc"] in ids for m in e["mentions"])]
    out["entities"] = [e for e in out["entities"] if any(m["doc"] in ids for m in e["mentions"])]
    out["stories"] = [s for s in out["stories"] if ids & set(s["documents"])]
    out.update(total=total, limit=limit, offset=offset, next=next_link(request, total, limit, offset))
    return out


@router.get("/export/events.csv", response_class=Response,
            responses={200: {"content": {"text/csv": {}}, "description": "One row per event and reporting source."}})
def events_csv(store: StoreDep) -> Response:
    """Events as CSV in GDELT-like columns: date, actor1 (agent), actor2 (patient), CAMEO root
    code, place, and one row per source (its URL, else its document id)."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    data = build_export(store)
    names = {e["id"]: e["name"] for e in data["entities"]}
    urls = {d["id"]: d.get("url") or "" for d in data["documents"]}
    published = {d["id"]: d.get("published") for d in data["documents"]}
    for ev in data["events"]:
        writer.writerows(_rows(ev, names, urls, published))
    return Response(buf.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="kroniek-events.csv"'})


def _rows(ev: dict[str, Any], names: dict[str, str], urls: dict[str, str], published: dict[str, Any]) -> list[list[Any]]:
    roles = {p["role"]: p["entity"] for p in reversed(ev.get("participants", []))}
    actor1 = roles.get("agent") or ""
    actor2 = roles.get("patient") or roles.get("theme") or ""
    place = (ev.get("where") or [""])[0]
    docs = list(dict.fromkeys(m["doc"] for m in ev.get("mentions", [])))
    when = (ev.get("when") or {}).get("value") if isinstance(ev.get("when"), dict) else ev.get("when")
    out = []
    for doc in docs:
        date, source = (when, "event") if when else (_pub(published.get(doc)), "published")
        out.append([ev["id"], _csv_safe(date or ""), source if date else "", _csv_safe(names.get(actor1, actor1)), actor1,
                    _csv_safe(names.get(actor2, actor2)), actor2, ev.get("type", ""), CAMEO_ROOT.get(ev.get("type", ""), ""),
                    _csv_safe(names.get(place, place)), place, _csv_safe(ev.get("label") or ""), ev.get("factuality", ""),
                    len(docs), _csv_safe(urls.get(doc) or ""), doc])
    return out


def _pub(value: Any) -> str | None:
    if isinstance(value, dict):
        return value.get("value")
    return value if isinstance(value, str) else None


def _csv_safe(value: str) -> str:
    """A cell a spreadsheet will not run as a formula (=, +, -, @ first get a quote)."""
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value
