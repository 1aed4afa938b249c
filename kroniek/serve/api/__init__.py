"""REST API routers, one per resource, mounted under /api."""

from __future__ import annotations

from fastapi import APIRouter

from . import alerts, documents, entities, events, export, ingest, quotes, search, stories, timeline

router = APIRouter(prefix="/api")
for _module in (documents, entities, events, quotes, stories, timeline, search, export, ingest, alerts):
    router.include_router(_module.router)

__all__ = ["router"]
