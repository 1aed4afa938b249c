"""GET /api/entities, /api/entities/{id}, /api/entities/{id}/feed (Atom)."""

from __future__ import annotations

from typing import Any, Literal
from urllib.parse import quote

from fastapi import APIRouter, HTTPException, Request, status
from fastapi.responses import Response

from ..deps import Limit, Offset, StoreDep
from ..views import NotFound, entity_detail, list_entities
from .events import MOVED
from .feeds import ATOM, documents_feed
from .models import ERRORS, READ_ERRORS, EntityDetail, EntityPage
from .paging import paged

router = APIRouter(prefix="/entities", tags=["entities"])


@router.get("", response_model=EntityPage, responses=READ_ERRORS)
def entities(
    request: Request, store: StoreDep, limit: Limit = 50, offset: Offset = 0,
    type: Literal["PER", "ORG", "LOC", "MISC"] | None = None, q: str | None = None,
) -> dict[str, Any]:
    """List entities, most mentioned first; filter by type or by words in the name or aliases."""
    return paged(request, list_entities(store, limit=limit, offset=offset, type_=type, q=q))


@router.get("/{entity_id}", response_model=EntityDetail, responses=MOVED)
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


@router.get("/{entity_id}/feed", response_class=Response, responses={200: {"content": {ATOM: {}}}, **ERRORS})
def entity_feed(request: Request, entity_id: str, store: StoreDep, limit: Limit = 50) -> Response:
    """The newest documents that mention the entity, as an Atom feed."""
    ent = store.get_entity(entity_id)
    if ent is None:
        raise NotFound(f"no entity {entity_id!r}")
    docs = []
    for d in dict.fromkeys(d for d, _, _ in ent.mentions):
        doc = store.get_document(d)
        if doc is not None:
            docs.append({"id": doc.id, "title": doc.title, "published": doc.published.value if doc.published else None,
                         "publisher": doc.publisher, "url": doc.url, "snippet": " ".join(doc.text[:300].split())})
    docs = sorted(docs, key=lambda r: r["published"] or "", reverse=True)[:limit]
    return Response(documents_feed(request, f"/entities/{entity_id}", f"kroniek: {ent.name}", docs), media_type=ATOM)
