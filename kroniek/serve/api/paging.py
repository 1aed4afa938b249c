"""Next links for every paged list: ``next`` in the body (null on the last page)."""

from __future__ import annotations

from typing import Any

from fastapi import Request


def next_link(request: Request, total: int, limit: int, offset: int) -> str | None:
    """The URL (path and query) of the page after this one, or None when this is the last."""
    if offset + limit >= total:
        return None
    url = request.url.include_query_params(offset=offset + limit, limit=limit)
    return f"{url.path}?{url.query}"


def paged(request: Request, body: dict[str, Any]) -> dict[str, Any]:
    """A list answer (``total``, ``limit``, ``offset``) with its ``next`` link added."""
    body["next"] = next_link(request, int(body["total"]), int(body["limit"]), int(body["offset"]))
    return body
