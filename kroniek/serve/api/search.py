"""GET /api/search, GET /api/search/feed (Atom)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from ...search import SearchIndex
from ..deps import DateParam, Limit, Offset, StoreDep
from ..views import check_date
from .feeds import ATOM, search_feed
from .models import READ_ERRORS, SearchPage
from .paging import next_link
from .vocab import check_event_type

router = APIRouter(tags=["search"])

QueryText = Annotated[str, Query(min_length=1, max_length=500, description='Words (Dutch stemming, compound parts, '
                                 'entity spellings), "a phrase", or prefix*.')]
Sort = Annotated[Literal["relevance", "date"], Query(description="relevance (default) or date (newest first).")]


def _filters(store: Any, entity: str | None, date_from: str | None, date_to: str | None, source: str | None,
             genre: str | None, event_type: str | None, category: str | None) -> dict[str, Any]:
    return dict(
        entity=entity, date_from=check_date("date_from", date_from), date_to=check_date("date_to", date_to),
        source=source, genre=genre, event_type=check_event_type("event_type", event_type), category=category,
    )


@router.get("/search", response_model=SearchPage, responses=READ_ERRORS)
def search(
    request: Request, store: StoreDep, q: QueryText,
    entity: Annotated[str | None, Query(description="Only documents mentioning this entity (id, name or alias).")] = None,
    date_from: DateParam = None, date_to: DateParam = None,
    source: str | None = None, genre: str | None = None,
    event_type: Annotated[str | None, Query(description="Only sentences that tell an event of this type.")] = None,
    category: str | None = None, facets: bool = False, sort: Sort = "relevance", limit: Limit = 20, offset: Offset = 0,
) -> dict[str, Any]:
    """Matching sentences, best first (or newest first), with document, date, offsets, highlighted
    words and an HTML snippet; ``event_type`` applies per sentence, the other filters per document."""
    filters = _filters(store, entity, date_from, date_to, source, genre, event_type, category)
    index = SearchIndex(store)
    out = index.search(q, limit=limit, offset=offset, order=sort, **filters).to_dict()
    out["sort"] = sort
    out["next"] = next_link(request, out["total"], limit, offset)
    if facets:
        out["facets"] = {k: [{"value": v, "count": n} for v, n in vs]
                         for k, vs in index.facets(q, **filters).items()}
    return out


@router.get("/search/feed", response_class=Response, responses={200: {"content": {ATOM: {}}}, **READ_ERRORS})
def search_atom(
    request: Request, store: StoreDep, q: QueryText, entity: str | None = None, date_from: DateParam = None,
    date_to: DateParam = None, source: str | None = None, genre: str | None = None, event_type: str | None = None,
    category: str | None = None, limit: Limit = 50,
) -> Response:
    """The newest matching sentences as an Atom feed, one entry per sentence."""
    filters = _filters(store, entity, date_from, date_to, source, genre, event_type, category)
    page = SearchIndex(store).search(q, limit=limit, order="date", **filters)
    return Response(search_feed(request, q, page.hits), media_type=ATOM)
