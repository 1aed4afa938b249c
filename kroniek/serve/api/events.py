"""GET /api/events, /api/events/{id}."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, HTTPException, Query, Request, status

from ...link.salience import by_salience, visible
from ..deps import AllParam, DateParam, Limit, Offset, StoreDep
from ..views import NotFound, check_date, event_dict, filter_events
from .models import ERRORS, READ_ERRORS, EventOut, EventPage
from .naming import entity_ids, entity_names, named_event
from .paging import paged
from .vocab import check_event_type

MOVED: dict[int | str, dict[str, Any]] = {301: {"description": "The id was merged into another: Location names it."}, **ERRORS}

router = APIRouter(prefix="/events", tags=["events"])

EntityParam = Annotated[str | None, Query(description="A participant or place: entity id, name or alias.")]


@router.get("", response_model=EventPage, responses=READ_ERRORS)
def events(
    request: Request, store: StoreDep, limit: Limit = 50, offset: Offset = 0,
    type: Annotated[str | None, Query(description="An event type (docs/events.md); 422 for an unknown one.")] = None,  # noqa: A002
    date_from: DateParam = None, date_to: DateParam = None, entity: EntityParam = None, all: AllParam = False,  # noqa: A002
) -> dict[str, Any]:
    """List cross-document events, most salient first (the tail of minor events only with ``all=1``)."""
    evs = filter_events(
        store.events(), type_=check_event_type("type", type),
        date_from=check_date("date_from", date_from), date_to=check_date("date_to", date_to),
    )
    if entity:
        ids = entity_ids(store, entity)
        evs = [e for e in evs if ids & ({x for _, x in e.participants} | set(e.where))]
    evs = visible(by_salience(evs), show_all=all)
    page = evs[offset:offset + limit]
    names = entity_names(store, page)
    texts: dict[str, str] = {}
    return paged(request, {"total": len(evs), "limit": limit, "offset": offset,
                           "events": [named_event(event_dict(store, e, texts), names) for e in page]})


@router.get("/{event_id}", response_model=EventOut, responses=MOVED)
def event(event_id: str, store: StoreDep) -> dict[str, Any]:
    """One event with its mentions, participants and places (id and name)."""
    for e in store.events():
        if e.id == event_id:
            return named_event(event_dict(store, e), entity_names(store, [e]))
    moved = store.resolve_redirect("event", event_id)
    if moved is not None:  # merged into another event (or renumbered by a full relink): 301 to it
        raise HTTPException(status.HTTP_301_MOVED_PERMANENTLY, f"event {event_id!r} is now {moved!r}",
                            headers={"Location": f"/api/events/{quote(moved, safe='')}"})
    raise NotFound(f"no event {event_id!r}")
