"""GET /api/quotes."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from ..deps import Limit, Offset, StoreDep
from ..views import get_document, list_quotes

router = APIRouter(prefix="/quotes", tags=["quotes"])


@router.get("")
def quotes(
    store: StoreDep, limit: Limit = 50, offset: Offset = 0, speaker: str | None = None, doc: str | None = None,
) -> dict[str, Any]:
    """List quotes with their speakers; filter by speaker entity id or by document."""
    if doc:
        get_document(store, doc)  # 404 for an unknown document
    return list_quotes(store, limit=limit, offset=offset, speaker=speaker, doc=doc)
