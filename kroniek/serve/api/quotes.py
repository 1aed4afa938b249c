"""GET /api/quotes."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request

from ..deps import MAX_OFFSET, Limit, Offset, StoreDep
from ..views import get_document, list_quotes
from .models import ERRORS, QuotePage
from .naming import entity_ids
from .paging import paged

router = APIRouter(prefix="/quotes", tags=["quotes"])


@router.get("", response_model=QuotePage, responses=ERRORS)
def quotes(
    request: Request, store: StoreDep, limit: Limit = 50, offset: Offset = 0,
    speaker: Annotated[str | None, Query(description="The speaker: entity id, name or alias.")] = None,
    doc: Annotated[str | None, Query(description="Only this document's quotes (404 for an unknown one).")] = None,
) -> dict[str, Any]:
    """List quotes with their speakers (entity id and name); filter by speaker or by document."""
    if doc:
        get_document(store, doc)  # 404 for an unknown document
    if not speaker:
        return paged(request, list_quotes(store, limit=limit, offset=offset, doc=doc))
    ids = entity_ids(store, speaker)
    every = list_quotes(store, limit=MAX_OFFSET, offset=0, doc=doc)["quotes"]
    mine = [q for q in every if q["speaker"] in ids]
    return paged(request, {"total": len(mine), "limit": limit, "offset": offset, "quotes": mine[offset:offset + limit]})
