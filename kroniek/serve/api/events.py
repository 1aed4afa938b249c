"""GET /api/events, /api/events/{id}."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, HTTPException, status

from ...link.salience import by_salience, visible
from ..deps import AllParam, DateParam, Limit, Offset, StoreDep
from ..views import NotFound, check_date, event_dict, filter_events

router = APIRouter(prefix="/events", tags=["events"])


@router.get("")
def events(
    store: StoreDep, limit: Limit = 50, offset: Offset = 0, type: str | None = None,
    date_from: DateParam = None, date_to: DateParam = None, entity: str | None = None, all: AllParam = False,  # noqa: A002
) -> dict[str, Any]:
    """List cross-document events, most salient first (the tail of minor events only with ``all=1``)."""
    evs = filter_events(
        store.events(), type_=type, entity=entity,
        date_from=check_date("date_from", date_from), date_to=check_date("date_to", date_to),
    )
    evs = visible(by_salience(evs), show_all=all)
    texts: dict[str, str] = {}
    return {"total": len(evs), "limit": limit, "offset": offset,
            "events": [event_dict(store, e, texts) for e in evs[offset:offset + limit]]}


@router.get("/{event_id}")
def event(event_id: str, store: StoreDep) -> dict[str, Any]:
    """One event with its mentions."""
    for e in store.events():
        if e.id == event_id:
            return event_dict(store, e)
    moved = store.resolve_redirect("event", event_id)
    if moved is not None:  # merged into another event (or renumbered by a full relink): 301 to it
        raise HTTPException(status.HTTP_301_MOVED_PERMANENTLY, f"event {event_id!r} is now {moved!r}",
                            headers={"Location": f"/api/events/{quote(moved, safe='')}"})
    raise NotFound(f"no event {event_id!r}")
