"""GET /api/search."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query

from ...search import SearchIndex
from ..deps import DateParam, Limit, Offset, StoreDep
from ..views import check_date

router = APIRouter(tags=["search"])


@router.get("/search")
def search(
    store: StoreDep,
    q: str = Query(..., min_length=1, description='Words (Dutch stemming), "a phrase", or prefix*.'),
    entity: str | None = None, date_from: DateParam = None, date_to: DateParam = None,
    source: str | None = None, genre: str | None = None, event_type: str | None = None,
    category: str | None = None, facets: bool = False, limit: Limit = 20, offset: Offset = 0,
) -> dict[str, Any]:
    """Matching sentences, best first, with document, date, offsets and highlighted words."""
    filters = dict(
        entity=entity, date_from=check_date("date_from", date_from), date_to=check_date("date_to", date_to),
        source=source, genre=genre, event_type=event_type, category=category,
    )
    index = SearchIndex(store)
    out = index.search(q, limit=limit, offset=offset, **filters).to_dict()  # type: ignore[arg-type]
    if facets:
        out["facets"] = {k: [{"value": v, "count": n} for v, n in vs]
                         for k, vs in index.facets(q, **filters).items()}  # type: ignore[arg-type]
    return out
