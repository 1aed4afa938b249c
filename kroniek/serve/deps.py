"""Dependencies injected into every route: settings, a store per request, the write token check.

Tests swap any of them with ``app.dependency_overrides``.
"""

from __future__ import annotations

import hmac
import threading
from collections.abc import Callable, Iterator
from typing import Annotated, Any

from fastapi import Depends, Header, HTTPException, Query, Request

from ..settings import Settings
from ..store import Store, open_store
from ..store.pool import StorePool, poolable

MAX_LIMIT = 500
# Every integer parameter has an upper bound: an offset past any real store answers an empty
# page, never an OverflowError from SQLite (offset=9223372036854775808 was a 500).
MAX_OFFSET = 1_000_000
MAX_COUNT = 1_000_000


def get_settings(request: Request) -> Settings:
    """The app's settings."""
    return request.app.state.settings  # type: ignore[no-any-return]


_POOL_GUARD = threading.Lock()


def store_pool(app_state: Any) -> StorePool | None:
    """The app's pool of SQLite stores (None for PostgreSQL and memory stores)."""
    db = str(app_state.db)
    if not poolable(db):
        return None
    with _POOL_GUARD:
        pool: StorePool | None = getattr(app_state, "store_pool", None)
        if pool is None or pool.location != db:
            if pool is not None:
                pool.close()
            pool = app_state.store_pool = StorePool(db)
        return pool


def get_store(request: Request) -> Iterator[Store]:
    """A store for one request: a SQLite store kept open between requests (never lent to two at
    once, ``store/pool.py``), or a new one from ``open_store`` (for PostgreSQL a pooled connection)."""
    pool = store_pool(request.app.state)
    store = pool.take() if pool is not None else open_store(request.app.state.db)
    try:
        yield store
    finally:
        if pool is not None:
            pool.give_back(store)
        else:
            store.close()


def get_pipeline(request: Request, settings: Annotated[Settings, Depends(get_settings)]) -> Callable[[], Any]:
    """A getter for the analysis pipeline, built once per app on first use (starting Frog is slow)."""

    def pipeline() -> Any:
        if getattr(request.app.state, "pipeline", None) is None:
            from ..chronicle import default_pipeline

            request.app.state.pipeline = default_pipeline(settings)
        return request.app.state.pipeline

    return pipeline


def require_token(
    settings: Annotated[Settings, Depends(get_settings)],
    authorization: Annotated[str | None, Header()] = None,
    x_kroniek_token: Annotated[str | None, Header()] = None,
) -> None:
    """Allow a write only with the configured token (Authorization: Bearer <token> or X-Kroniek-Token)."""
    if not settings.api_token:
        raise HTTPException(
            403, "writes are disabled: no API token is configured; set KRONIEK_API_TOKEN "
            "(or Settings.api_token) and send it as 'Authorization: Bearer <token>'",
        )
    given = x_kroniek_token
    if authorization and authorization.lower().startswith("bearer "):
        given = authorization[7:].strip()
    if not given:
        raise HTTPException(401, "this write needs the API token: send 'Authorization: Bearer <token>'",
                            headers={"WWW-Authenticate": "Bearer"})
    if not hmac.compare_digest(given.encode(), settings.api_token.encode()):
        raise HTTPException(403, "wrong API token")


StoreDep = Annotated[Store, Depends(get_store)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"Page size, 1..{MAX_LIMIT}.")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description=f"Items to skip, 0..{MAX_OFFSET}.")]
DateParam = Annotated[str | None, Query(description="YYYY, YYYY-MM or YYYY-MM-DD.")]
AllParam = Annotated[bool, Query(description="Also the tail: events below the salience cut (all=1).")]
