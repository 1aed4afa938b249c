"""GET /api/timeline."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from ..deps import AllParam, DateParam, Limit, Offset, StoreDep
from ..views import check_date, get_story, timeline_rows

router = APIRouter(tags=["timeline"])


@router.get("/timeline")
def timeline(
    store: StoreDep, limit: Limit = 100, offset: Offset = 0, date_from: DateParam = None,
    date_to: DateParam = None, type: str | None = None, entity: str | None = None, story: str | None = None,
    all: AllParam = False,  # noqa: A002
) -> dict[str, Any]:
    """Events in time order (undated last): date, label, participants, sources with offsets and sentences.

    Filter by dates, event type, entity (id, name or alias of a participant or place) or story.
    Minor events (below the salience cut) are left out unless ``all=1``.
    """
    rows = timeline_rows(
        store, type_=type, entity=entity, story=get_story(store, story) if story else None,
        date_from=check_date("date_from", date_from), date_to=check_date("date_to", date_to), show_all=all,
    )
    return {"total": len(rows), "limit": limit, "offset": offset, "events": rows[offset:offset + limit]}
