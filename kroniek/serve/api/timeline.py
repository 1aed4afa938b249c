"""GET /api/timeline."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request

from ..deps import AllParam, DateParam, Limit, Offset, StoreDep
from ..views import check_date, get_story, timeline_rows
from .models import ERRORS, TimelinePage
from .naming import entity_names, named_event
from .paging import paged
from .vocab import check_event_type

router = APIRouter(tags=["timeline"])


@router.get("/timeline", response_model=TimelinePage, responses=ERRORS)
def timeline(
    request: Request, store: StoreDep, limit: Limit = 100, offset: Offset = 0, date_from: DateParam = None,
    date_to: DateParam = None, type: str | None = None, entity: str | None = None, story: str | None = None,  # noqa: A002
    all: AllParam = False,  # noqa: A002
) -> dict[str, Any]:
    """Events in time order (undated last): date, label, participants and places (id and name),
    sources with offsets and sentences.

    Filter by dates, event type, entity (id, name or alias of a participant or place) or story.
    Minor events (below the salience cut) are left out unless ``all=1``.
    """
    rows = timeline_rows(
        store, type_=check_event_type("type", type), entity=entity, story=get_story(store, story) if story else None,
        date_from=check_date("date_from", date_from), date_to=check_date("date_to", date_to), show_all=all,
    )
    page = rows[offset:offset + limit]
    wanted = [e for e in store.events() if e.id in {r["id"] for r in page}]
    names = entity_names(store, wanted)
    return paged(request, {"total": len(rows), "limit": limit, "offset": offset,
                           "events": [named_event(r, names) for r in page]})
