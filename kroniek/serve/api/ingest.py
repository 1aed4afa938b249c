"""POST /api/ingest: upload files and/or give feed or page URLs; needs the API token.

The inputs are handed to a background worker (``jobs.JobRunner``): the answer is ``202`` with
the job and a ``Location`` to poll (GET /api/jobs/{id}), or, with ``wait=true``, ``200`` with
the finished job. Either way Frog and the relink run off the event loop.
"""

from __future__ import annotations

import asyncio
import re
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

from fastapi import (
    APIRouter,
    Depends,
    File,
    Form,
    HTTPException,
    Query,
    Request,
    Response,
    UploadFile,
)

from ..deps import Limit, Offset, SettingsDep, get_pipeline, require_token
from ..views import NotFound
from .jobs import JobRunner
from .models import ERRORS, Error, Job, JobPage
from .paging import next_link

router = APIRouter(tags=["ingest"])

_UNSAFE = re.compile(r"[\x00-\x1f\x7f/\\]")


def safe_upload_name(filename: str | None, k: int) -> str:
    """A client's file name reduced to a safe base name ("..", "", "a/../b", control characters),
    extension kept for sniffing; ``upload-K`` when nothing usable is left."""
    base = re.split(r"[/\\]", filename or "")[-1]
    base = _UNSAFE.sub("_", base).strip().lstrip(".")
    # At most 200 bytes: file systems allow 255 bytes a name, and 200 letters such as é are 400.
    base = base.encode("utf-8", errors="replace")[:200].decode("utf-8", errors="ignore")
    return base or f"upload-{k}"


def job_runner(request: Request, settings: SettingsDep) -> JobRunner:
    """The app's job runner, made on first use."""
    runner = getattr(request.app.state, "jobs", None)
    if runner is None:
        runner = request.app.state.jobs = JobRunner(request.app.state.db, settings)
    return runner  # type: ignore[no-any-return]


RunnerDep = Annotated[JobRunner, Depends(job_runner)]


@router.post(
    "/ingest", dependencies=[Depends(require_token)], status_code=202, response_model=Job,
    responses={200: {"model": Job, "description": "The finished job (wait=true)."},
               401: {"model": Error}, 403: {"model": Error}, 413: {"model": Error}, 422: ERRORS[422]},
)
async def ingest(
    response: Response,
    settings: SettingsDep,
    runner: RunnerDep,
    pipeline: Annotated[Callable[[], Any], Depends(get_pipeline)],
    files: Annotated[list[UploadFile] | None, File(description="Documents: text, HTML, PDF, JSONL.")] = None,
    urls: Annotated[list[str] | None, Form(description="Feed or page URLs.")] = None,
    fetch_links: Annotated[bool, Form()] = False,
    wait: Annotated[bool, Query(description="Answer when the job is done (200) instead of at once (202).")] = False,
) -> dict[str, Any]:
    """Ingest uploaded files and URLs in the background; answer the job (poll its ``url``).

    Limits: each file at most KRONIEK_MAX_INPUT_BYTES (413 past it); URLs are fetched under the
    same rules as the CLI (http(s) only, public addresses only unless KRONIEK_ALLOW_PRIVATE=1,
    redirects checked per hop, one deadline per fetch).
    """
    urls = [u.strip() for u in urls or [] if u.strip()]
    bad = [u for u in urls if not u.startswith(("http://", "https://"))]
    if bad:
        raise HTTPException(422, f"not an http(s) URL: {bad[0]!r}")
    if not files and not urls:
        raise HTTPException(422, "nothing to ingest: upload files (field 'files') or give URLs (field 'urls')")
    tmp = tempfile.mkdtemp(prefix="kroniek-upload-")
    try:
        inputs = [*await _save_uploads(files or [], Path(tmp), settings.max_input_bytes), *urls]
    except BaseException:
        import shutil

        shutil.rmtree(tmp, ignore_errors=True)
        raise
    job, future = runner.submit(inputs, pipeline, fetch_links=fetch_links, cleanup=tmp)
    if wait:
        await asyncio.wrap_future(future)
        response.status_code = 200
    else:
        response.headers["Location"] = f"/api/jobs/{job.id}"
    return job.to_dict()


async def _save_uploads(files: list[UploadFile], tmp: Path, max_bytes: int) -> list[str]:
    """Write uploads under ``tmp`` by safe names (413 for one too large); return their paths."""
    inputs = []
    for k, f in enumerate(files):
        # Keep the client's name for provenance, but never let it pick the path.
        name = safe_upload_name(f.filename, k)
        target = tmp / f"{k:03d}" / name
        target.parent.mkdir()
        data = await f.read(max_bytes + 1)  # one byte past the limit tells; never the whole upload
        if len(data) > max_bytes:
            raise HTTPException(413, f"{name}: larger than {max_bytes} bytes")
        target.write_bytes(data)
        inputs.append(str(target))
    return inputs


@router.get("/jobs/{job_id}", response_model=Job, responses={404: ERRORS[404]}, tags=["ingest"])
def job(job_id: str, runner: RunnerDep) -> dict[str, Any]:
    """One ingest job: queued, running (with inputs processed so far), done or failed, and what it added."""
    found = runner.get(job_id)
    if found is None:
        raise NotFound(f"no job {job_id!r}")
    return found.to_dict()


@router.get("/jobs", response_model=JobPage, responses={422: ERRORS[422]}, tags=["ingest"])
def jobs(request: Request, runner: RunnerDep, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    """The ingest jobs this server remembers, newest first."""
    all_jobs = sorted(runner.jobs.values(), key=lambda j: j.created, reverse=True)
    return {"total": len(all_jobs), "limit": limit, "offset": offset,
            "next": next_link(request, len(all_jobs), limit, offset),
            "jobs": [j.to_dict() for j in all_jobs[offset:offset + limit]]}
