"""The web application: REST API under /api (OpenAPI at /docs), HTML pages at /.

    app = create_app("kroniek.db")          # uvicorn.run(app) or `kroniek serve`
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import InputError, StoreError
from ..settings import Settings
from ..store import open_store
from .api import router as api_router
from .api.models import error_response
from .docs import add_docs
from .http import ConditionalGet, HeadAndOptions, add_cors
from .views import NotFound
from .web.routes import not_found
from .web.routes import router as web_router

STATIC = Path(__file__).resolve().parent / "web" / "static"

# No inline script or style anywhere in the pages (app.js and style.css are files), so the policy
# allows only this origin; nothing may frame the pages. /docs and /redoc (FastAPI's Swagger UI and
# ReDoc, which load their own inline script) keep the other headers but not this policy.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
_NO_CSP = ("/docs", "/redoc")


async def security_headers(request: Request, call_next: Any) -> Response:
    response: Response = await call_next(request)
    if not request.url.path.startswith(_NO_CSP):
        response.headers.setdefault("Content-Security-Policy", CSP)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("X-Frame-Options", "DENY")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    return response


def create_app(db: str, settings: Settings | None = None) -> FastAPI:
    """Build the app over the store at ``db``; the store is created and migrated when missing."""
    settings = settings or Settings(db=db)
    # Open once up front: migrations run here, so a bad path fails at start, not on the first request.
    open_store(db).close()
    app = FastAPI(
        title="kroniek",
        summary="The chronicle of Dutch news and government letters: documents, entities, events, quotes, stories.",
        version="1",
        docs_url=None,
        redoc_url=None,
    )
    app.middleware("http")(security_headers)
    app.add_middleware(ConditionalGet)
    app.add_middleware(HeadAndOptions)
    add_cors(app, settings.cors_origins)
    app.state.db = db
    app.state.settings = settings
    app.state.pipeline = None
    app.include_router(api_router)
    app.include_router(web_router)
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")
    add_docs(app)

    def _wants_html(request: Request) -> bool:
        return not request.url.path.startswith("/api")

    @app.exception_handler(NotFound)
    async def _not_found(request: Request, exc: NotFound) -> Response:
        if _wants_html(request):
            return not_found(request, str(exc))
        return error_response(404, str(exc))

    @app.exception_handler(InputError)
    async def _bad_input(request: Request, exc: InputError) -> Response:
        if _wants_html(request):
            return not_found(request, str(exc), status=422)
        return error_response(422, str(exc), [{"loc": ["query", exc.source], "msg": str(exc), "type": "value_error"}])

    @app.exception_handler(StoreError)
    async def _store_error(request: Request, exc: StoreError) -> Response:
        return error_response(503, str(exc))

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        # A page a person asked for gets a page; the API and the docs keep their JSON answer.
        if exc.status_code == 404 and _wants_html(request) and not request.url.path.startswith(_NO_CSP):
            return not_found(request, request.url.path)
        # A malformed request (e.g. broken multipart, 400 from Starlette) is a bad value: 422.
        status = 422 if exc.status_code == 400 else exc.status_code
        return error_response(status, str(exc.detail), headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        problems = [
            f"{'.'.join(str(x) for x in e.get('loc', ())[1:]) or 'request'}: {e.get('msg')}" for e in exc.errors()
        ]
        if _wants_html(request):
            return not_found(request, "; ".join(problems), status=422)
        return error_response(422, "; ".join(problems), jsonable_encoder(exc.errors()))

    return app
