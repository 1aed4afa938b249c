"""Ingest step 2 on a Dask distributed cluster: the analysis spread over worker processes.

Each worker keeps one pipeline (so one Frog server), built the first time it is given work and
closed when the worker stops or the run ends (a worker plugin). A batch is cut into chunks of
a few documents, one task each; results are read back in input order. When a worker process
dies, the scheduler hands its tasks to another worker (Dask's own retry: a task is given up only
after it was running on ``allowed-failures`` + 1 dying workers, then its documents fail with one
line each). A LocalCluster of N single-threaded worker processes is started unless a scheduler
address (``tcp://host:8786``) names an existing cluster; its workers must import kroniek.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Callable
from typing import Any

from distributed import WorkerPlugin

from ..model import Document
from ..pipeline import Pipeline
from ..settings import Settings
from .analysis import AnalysisFailure, Outcome, analyse_batch

PipelineFactory = Callable[[Settings], Pipeline]
# Characters and documents per task: a task is a few Frog requests' worth (FrogAnnotator.pipe
# joins up to 8,000 characters per request), small enough that the cluster balances them.
CHUNK_CHARS = 16_000
CHUNK_DOCS = 16


class PipelinePlugin(WorkerPlugin):  # type: ignore[misc]
    """Worker plugin: one lazily built pipeline per worker, closed on teardown."""

    def __init__(self, factory: PipelineFactory, settings: Settings) -> None:
        self.factory = factory
        self.settings = settings
        self.pipeline: Pipeline | None = None

    def setup(self, worker: Any) -> None:
        self.pipeline = None

    def get(self) -> Pipeline:
        if self.pipeline is None:
            self.pipeline = self.factory(self.settings)
        return self.pipeline

    def teardown(self, worker: Any) -> None:
        if self.pipeline is not None:
            self.pipeline.close()
            self.pipeline = None


def analyse_on_worker(plugin_name: str, docs: list[Document]) -> list[Outcome]:
    """The task: analyse a chunk with this worker's pipeline."""
    from distributed import get_worker

    plugin: PipelinePlugin = get_worker().plugins[plugin_name]  # type: ignore[assignment]
    return analyse_batch(plugin.get(), docs)


def chunks(docs: list[Document]) -> list[list[Document]]:
    """Cut a batch into tasks of at most CHUNK_DOCS documents and about CHUNK_CHARS characters."""
    out: list[list[Document]] = []
    size = 0
    for doc in docs:
        if not out or len(out[-1]) >= CHUNK_DOCS or (out[-1] and size + len(doc.text) > CHUNK_CHARS):
            out.append([])
            size = 0
        out[-1].append(doc)
        size += len(doc.text)
    return out


class DaskAnalyser:
    """Analyse batches on a Dask cluster; call it with a list of documents, get outcomes in order."""

    def __init__(self, settings: Settings, factory: PipelineFactory, *, workers: int = 1,
                 scheduler: str | None = None) -> None:
        from distributed import Client, LocalCluster

        self.cluster: Any = None
        if scheduler:
            self.client = Client(scheduler, set_as_default=False)
        else:
            self.cluster = LocalCluster(
                n_workers=max(1, workers), threads_per_worker=1, processes=True,
                dashboard_address=":0", silence_logs=50,  # a free port: no clash
            )
            self.client = Client(self.cluster, set_as_default=False)
            # The local workers share this machine's cores: their Frog connections together
            # should not outnumber them.
            settings = settings.with_(frog_connections=max(1, settings.frog_connections // max(1, workers)))
        self.plugin_name = f"kroniek-pipeline-{uuid.uuid4().hex[:8]}"
        self.client.register_plugin(PipelinePlugin(factory, settings), name=self.plugin_name)

    def __call__(self, docs: list[Document]) -> list[Outcome]:
        from distributed import KilledWorker

        parts = chunks(docs)
        futures = [self.client.submit(analyse_on_worker, self.plugin_name, chunk, pure=False)
                   for chunk in parts]
        out: list[Outcome] = []
        for chunk, future in zip(parts, futures, strict=True):
            try:
                out.extend(future.result())
            except KilledWorker:
                out.extend(AnalysisFailure(d.id, "analysis worker died on every try") for d in chunk)
            except Exception as e:
                msg = f"analysis task failed ({type(e).__name__}: {' '.join(str(e).split())})"
                out.extend(AnalysisFailure(d.id, msg) for d in chunk)
        return out

    def worker_pids(self) -> list[int]:
        """The process ids of the workers (tests kill one)."""
        import os

        return list(self.client.run(os.getpid).values())

    def close(self) -> None:
        with contextlib.suppress(Exception):  # workers already gone: their Frog died with them
            self.client.unregister_worker_plugin(self.plugin_name)
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()
