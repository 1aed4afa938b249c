"""GET /api/entities, /api/entities/{id}."""

from __future__ import annotations

from typing import Any, Literal
from urllib.parse import quote

from fastapi import APIRouter, HTTPException, status

from ..deps import Limit, Offset, StoreDep
from ..views import NotFound, entity_detail, list_entities

router = APIRouter(prefix="/entities", tags=["entities"])


@router.get("")
def entities(
    store: StoreDep, limit: Limit = 50, offset: Offset = 0,
    type: Literal["PER", "ORG", "LOC", "MISC"] | None = None, q: str | None = None,
) -> dict[str, Any]:
    """List entities, most mentioned first; filter by type or by words in the name or aliases."""
    return list_entities(store, limit=limit, offset=offset, type_=type, q=q)


@router.get("/{entity_id}")
def entity(entity_id: str, store: StoreDep) -> dict[str, Any]:
    """One entity: aliases, mentions with sentences, mentions per month, related entities, quotes."""
    try:
        return entity_detail(store, entity_id)
    except NotFound:
        moved = store.resolve_redirect("entity", entity_id)
        if moved is None:
            raise
    # Merged into another entity (or renumbered by a full relink): 301 to it.
    raise HTTPException(status.HTTP_301_MOVED_PERMANENTLY, f"entity {entity_id!r} is now {moved!r}",
                        headers={"Location": f"/api/entities/{quote(moved, safe='')}"})
