"""Background ingest jobs: POST /api/ingest hands its inputs to one worker thread and answers at
once with a job to poll (GET /api/jobs/{id}); the event loop never runs Frog or the relink.

One worker: Frog is one server and linking takes a database-wide lock, so jobs queue. Jobs live
in the serving process (a restart forgets finished jobs; documents already stored stay stored).

    runner = JobRunner(db, settings); job = runner.submit(inputs, pipeline, cleanup=tmpdir)
"""

from __future__ import annotations

import shutil
import threading
import uuid
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any

from ...chronicle import Chronicle
from ...settings import Settings
from ...store import open_store

MAX_KEPT = 200  # finished jobs remembered, newest kept


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(slots=True)
class JobState:
    """One ingest job and how far it got (``Job`` in the API)."""

    id: str
    inputs: int
    status: str = "queued"
    processed: int = 0
    added: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    summary: str | None = None
    created: str = field(default_factory=_now)
    finished: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self) | {"url": f"/api/jobs/{self.id}"}


class _Progress:
    """The progress bar Chronicle.ingest drives (total, n, update, close), counting into a job."""

    def __init__(self, job: JobState, total: int | None) -> None:
        self.job, self.total, self.n = job, total, 0

    def update(self, k: int = 1) -> None:
        self.n += k
        self.job.processed = self.n

    def close(self) -> None:
        pass


class JobRunner:
    """A queue of ingest jobs run one at a time by a worker thread."""

    def __init__(self, db: str, settings: Settings) -> None:
        self.db, self.settings = db, settings
        self.jobs: dict[str, JobState] = {}
        self._lock = threading.Lock()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kroniek-ingest")

    def submit(self, inputs: list[str], pipeline: Callable[[], Any], *, fetch_links: bool = False,
               cleanup: str | None = None) -> tuple[JobState, Future[None]]:
        job = JobState(id="j-" + uuid.uuid4().hex[:16], inputs=len(inputs))
        with self._lock:
            self.jobs[job.id] = job
            for old in [j for j in self.jobs.values() if j.finished][:-MAX_KEPT]:
                del self.jobs[old.id]
        return job, self._pool.submit(self._run, job, inputs, pipeline, fetch_links, cleanup)

    def get(self, job_id: str) -> JobState | None:
        return self.jobs.get(job_id)

    def _run(self, job: JobState, inputs: list[str], pipeline: Callable[[], Any], fetch_links: bool,
             cleanup: str | None) -> None:
        job.status = "running"
        try:
            store = open_store(self.db)
            try:
                chron = Chronicle(store, self.settings, pipeline=pipeline())
                report = chron.ingest(inputs, fetch_links=fetch_links, on_error=lambda _m: None,
                                      progress=lambda total: _Progress(job, total))
                if report.added:
                    from ...alerts import check_alerts

                    check_alerts(store)  # new documents against the standing alerts, each match once
            finally:
                store.close()
            job.added, job.skipped, job.duplicates = report.added, report.skipped, report.duplicates
            job.errors, job.summary, job.status = report.errors, report.summary(), "done"
        except Exception as e:  # the job fails, the server goes on
            job.errors.append(f"{type(e).__name__}: {e}")
            job.status = "failed"
        finally:
            job.finished = _now()
            if cleanup:
                shutil.rmtree(cleanup, ignore_errors=True)

    def shutdown(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
