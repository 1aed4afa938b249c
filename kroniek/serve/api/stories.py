"""GET /api/stories, /api/stories/{id}, /api/stories/{id}/feed (Atom)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from ..deps import MAX_COUNT, AllParam, Limit, Offset, StoreDep
from ..views import get_story, list_stories, story_detail
from .feeds import ATOM, documents_feed
from .models import ERRORS, READ_ERRORS, StoryDetail, StoryPage
from .paging import next_link, paged

router = APIRouter(prefix="/stories", tags=["stories"])


@router.get("", response_model=StoryPage, responses=READ_ERRORS)
def stories(
    request: Request, store: StoreDep, limit: Limit = 50, offset: Offset = 0,
    min_documents: Annotated[int, Query(ge=1, le=MAX_COUNT, description="Only stories with at least this many documents.")] = 1,
) -> dict[str, Any]:
    """List stories, latest first."""
    return paged(request, list_stories(store, limit=limit, offset=offset, min_documents=min_documents))


@router.get("/{story_id}", response_model=StoryDetail, responses=ERRORS)
def story(request: Request, story_id: str, store: StoreDep, all: AllParam = False,  # noqa: A002
          limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
    """One story: its documents and its events, most salient first, each with its source sentences
    (the tail of minor events only with ``all=1``; ``hidden_events`` counts it). The events are
    paged (``limit``, ``offset``, ``events_total``, ``next``)."""
    out = story_detail(store, story_id, show_all=all)
    shown = out["event_details"]
    out.update(event_details=shown[offset:offset + limit], events_total=len(shown), limit=limit, offset=offset,
               next=next_link(request, len(shown), limit, offset))
    return out


@router.get("/{story_id}/feed", response_class=Response, responses={200: {"content": {ATOM: {}}}, **ERRORS})
def story_feed(request: Request, story_id: str, store: StoreDep) -> Response:
    """The story's documents as an Atom feed, newest first."""
    s = get_story(store, story_id)
    docs = []
    for d in s.documents:
        doc = store.get_document(d)
        if doc is not None:
            docs.append({"id": doc.id, "title": doc.title, "published": doc.published.value if doc.published else None,
                         "publisher": doc.publisher, "url": doc.url, "snippet": " ".join(doc.text[:300].split())})
    return Response(documents_feed(request, f"/stories/{s.id}", f"kroniek: {s.label}", docs), media_type=ATOM)
