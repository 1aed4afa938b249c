"""HTTP behaviour shared by every API route: HEAD and OPTIONS, ETag and Cache-Control, CORS.

- HEAD is answered as the GET it mirrors, without the body (same status and headers).
- OPTIONS names the methods a path allows (``Allow``, 204); with CORS configured, a browser's
  preflight is answered by Starlette's ``CORSMiddleware`` first.
- Every successful GET under ``/api`` carries a strong ``ETag`` (a hash of the body) and
  ``Cache-Control: no-cache``: clients may keep the answer but ask again, and a request with a
  matching ``If-None-Match`` gets ``304 Not Modified`` without a body.

    app.add_middleware(ConditionalGet); app.add_middleware(HeadAndOptions); add_cors(app, origins)
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

from fastapi import FastAPI
from starlette.middleware.cors import CORSMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

API_CACHE_CONTROL = "no-cache"


class HeadAndOptions:
    """HEAD as GET without a body; OPTIONS answered with the path's allowed methods."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in ("HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        if scope["method"] == "OPTIONS":
            await self._options(scope, receive, send)
            return

        async def no_body(message: Message) -> None:
            if message["type"] == "http.response.body":
                message = {"type": "http.response.body", "body": b"", "more_body": False}
                if getattr(no_body, "done", False):
                    return
                no_body.done = True  # type: ignore[attr-defined]
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, no_body)

    async def _options(self, scope: Scope, receive: Receive, send: Send) -> None:
        methods = _documented_methods(scope)
        if methods is None:  # a page: allowed when a GET of it succeeds
            status = await _probe_get(self.app, scope, receive)
            methods = {"GET"} if status < 400 else set()
        if not methods:
            status, allow = 404, ""
        else:
            if "GET" in methods:
                methods.add("HEAD")
            status, allow = 204, ", ".join(sorted(methods | {"OPTIONS"}))
        headers = [(b"allow", allow.encode())] if allow else []
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": b""})


def _documented_methods(scope: Scope) -> set[str] | None:
    """The methods /openapi.json gives the path, or None when it does not list the path."""
    app = scope.get("app")
    if app is None or not hasattr(app, "openapi"):
        return None
    table = getattr(app.state, "_allowed_methods", None)
    if table is None:
        table = []
        for path, ops in app.openapi().get("paths", {}).items():
            pattern = re.compile("^" + re.sub(r"\\{[^}]+\\}", "[^/]+", re.escape(path)) + "$")
            table.append((pattern, {m.upper() for m in ops}))
        app.state._allowed_methods = table
    found = [m for pattern, m in table if pattern.match(scope["path"])]
    return set().union(*found) if found else None


async def _probe_get(app: ASGIApp, scope: Scope, receive: Receive) -> int:
    status = 500

    async def capture(message: Message) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = int(message["status"])

    await app({**scope, "method": "GET"}, receive, capture)
    return status


class ConditionalGet:
    """ETag and Cache-Control on successful API GETs; 304 for a matching If-None-Match."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if scope["type"] != "http" or scope["method"] != "GET" or not path.startswith("/api") \
                or path.startswith("/api/jobs"):
            await self.app(scope, receive, send)
            return
        start: dict[str, Any] = {}
        chunks: list[bytes] = []

        async def buffered(message: Message) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
                return
            if message["type"] != "http.response.body":
                await send(message)
                return
            chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                await _finish(scope, send, start, b"".join(chunks))

        await self.app(scope, receive, buffered)


async def _finish(scope: Scope, send: Send, start: dict[str, Any], body: bytes) -> None:
    headers = [(k, v) for k, v in start.get("headers", []) if k.lower() not in (b"etag", b"cache-control")]
    status = int(start.get("status", 200))
    if status == 200:
        etag = '"' + hashlib.blake2b(body, digest_size=16).hexdigest() + '"'
        headers += [(b"etag", etag.encode()), (b"cache-control", API_CACHE_CONTROL.encode())]
        asked = dict(scope.get("headers", [])).get(b"if-none-match", b"").decode("latin-1")
        if etag in {t.strip() for t in asked.split(",")} or asked.strip() == "*":
            kept = [(k, v) for k, v in headers if k.lower() not in (b"content-length", b"content-type")]
            await send({"type": "http.response.start", "status": 304, "headers": kept})
            await send({"type": "http.response.body", "body": b""})
            return
    await send({**start, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def add_cors(app: FastAPI, origins: tuple[str, ...]) -> None:
    """Let pages from ``origins`` read the API (``*`` for any); nothing is added without origins."""
    if not origins:
        return
    app.add_middleware(
        CORSMiddleware, allow_origins=list(origins), allow_methods=["GET", "HEAD", "OPTIONS", "POST"],
        allow_headers=["Authorization", "X-Kroniek-Token", "If-None-Match", "Content-Type"],
        expose_headers=["ETag", "Location"], max_age=600,
    )
