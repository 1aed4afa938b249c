"""GET /api/stories, /api/stories/{id}."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from ..deps import MAX_COUNT, AllParam, Limit, Offset, StoreDep
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
def story(story_id: str, store: StoreDep, all: AllParam = False) -> dict[str, Any]:  # noqa: A002
    """One story: its documents and its events, most salient first, each with its source sentences
    (the tail of minor events only with ``all=1``; ``hidden_events`` counts it)."""
    return story_detail(store, story_id, show_all=all)
