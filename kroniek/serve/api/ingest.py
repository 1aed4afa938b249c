"""POST /api/ingest: upload files and/or give feed or page URLs; needs the API token."""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, Form, HTTPException, UploadFile

from ...chronicle import Chronicle
from ..deps import SettingsDep, StoreDep, get_pipeline, require_token

router = APIRouter(tags=["ingest"])

_UNSAFE = re.compile(r"[\x00-\x1f\x7f/\\]")


def safe_upload_name(filename: str | None, k: int) -> str:
    """A client's file name reduced to a safe base name ("..", "", "a/../b", control characters),
    extension kept for sniffing; ``upload-K`` when nothing usable is left."""
    base = re.split(r"[/\\]", filename or "")[-1]
    base = _UNSAFE.sub("_", base).strip().lstrip(".")
    base = base.encode("utf-8", errors="replace").decode("utf-8")[:200]
    return base or f"upload-{k}"


@router.post("/ingest", dependencies=[Depends(require_token)], status_code=200)
async def ingest(
    store: StoreDep,
    settings: SettingsDep,
    pipeline: Annotated[Callable[[], Any], Depends(get_pipeline)],
    files: Annotated[list[UploadFile] | None, File(description="Documents: text, HTML, PDF, JSONL.")] = None,
    urls: Annotated[list[str] | None, Form(description="Feed or page URLs.")] = None,
    fetch_links: Annotated[bool, Form()] = False,
) -> dict[str, Any]:
    """Ingest uploaded files and URLs; answer what was added, skipped and failed.

    Limits: each file at most KRONIEK_MAX_INPUT_BYTES (413 past it); URLs are fetched under the
    same rules as the CLI (http(s) only, public addresses only unless KRONIEK_ALLOW_PRIVATE=1,
    redirects checked per hop, one deadline per fetch).
    """
    urls = [u.strip() for u in urls or [] if u.strip()]
    bad = [u for u in urls if not u.startswith(("http://", "https://"))]
    if bad:
        raise HTTPException(400, f"not an http(s) URL: {bad[0]!r}")
    if not files and not urls:
        raise HTTPException(400, "nothing to ingest: upload files (field 'files') or give URLs (field 'urls')")
    with tempfile.TemporaryDirectory(prefix="kroniek-upload-") as tmp:
        inputs: list[str] = []
        for k, f in enumerate(files or []):
            # Keep the client's name for provenance, but never let it pick the path.
            name = safe_upload_name(f.filename, k)
            target = Path(tmp) / f"{k:03d}" / name
            target.parent.mkdir()
            data = await f.read()
            if len(data) > settings.max_input_bytes:
                raise HTTPException(413, f"{name}: larger than {settings.max_input_bytes} bytes")
            target.write_bytes(data)
            inputs.append(str(target))
        inputs += urls
        errors: list[str] = []
        chron = Chronicle(store, settings, pipeline=pipeline())
        # Chronicle.ingest indexes each added document and rebuilds entities, events and stories.
        report = chron.ingest(inputs, fetch_links=fetch_links, on_error=errors.append)
    return {"added": report.added, "skipped": report.skipped, "duplicates": report.duplicates,
            "errors": report.errors, "summary": report.summary()}
