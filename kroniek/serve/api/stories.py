"""GET /api/stories, /api/stories/{id}."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from ..deps import MAX_COUNT, Limit, Offset, StoreDep
from ..views import list_stories, story_detail

router = APIRouter(prefix="/stories", tags=["stories"])


@router.get("")
def stories(
    store: StoreDep, limit: Limit = 50, offset: Offset = 0,
    min_documents: Annotated[int, Query(ge=1, le=MAX_COUNT, description="Only stories with at least this many documents.")] = 1,
) -> dict[str, Any]:
    """List stories, latest first."""
    return list_stories(store, limit=limit, offset=offset, min_documents=min_documents)


@router.get("/{story_id}")
def story(story_id: str, store: StoreDep) -> dict[str, Any]:
    """One story: its documents and its events in time order, each event with its source sentences."""
    return story_detail(store, story_id)
