"""Ingest step 2, analyse: run the pipeline over a batch of documents, each failing alone.

``analyse_batch`` streams the batch through ``Pipeline.pipe`` (so Frog gets several documents per
request) and hands back, in input order, each analysed Document or an ``AnalysisFailure``. A
component that raises in the middle of the stream would end the stream for every document after
it, so the batch is then run again document by document from untouched copies: only the document
that fails, fails. A document Frog could not analyse even on its own (FrogAnnotator.pipe keeps it
with a ``frog:`` warning and no tokens) fails too, as it did when documents were analysed one by one.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

from ..errors import AnalysisError, KroniekError
from ..model import Document
from ..pipeline import Pipeline

FROG_WARNING = "frog: "


@dataclass(slots=True)
class AnalysisFailure:
    """Why one document could not be analysed (one line)."""

    doc_id: str
    message: str


Outcome = Document | AnalysisFailure


def _message(e: BaseException) -> str:
    if isinstance(e, KroniekError):
        return " ".join(str(e).split())
    # A bug in one component must not sink the batch: the document fails alone.
    return f"analysis failed ({type(e).__name__}: {' '.join(str(e).split())})"


def _frog_failed(doc: Document) -> str | None:
    """The Frog error of a document the batched Frog pass kept without tokens, else None."""
    if doc.tokens or "frog" not in doc.processed:
        return None
    for w in doc.warnings:
        if w.startswith(FROG_WARNING):
            return w[len(FROG_WARNING):]
    return None


def _one(pipeline: Pipeline, doc: Document) -> Outcome:
    try:
        return pipeline(doc)
    except Exception as e:  # Frog gone (FrogUnavailable) included: each document says so
        return AnalysisFailure(doc.id, _message(e))


def _checked(doc: Document) -> Outcome:
    failed = _frog_failed(doc)
    return AnalysisFailure(doc.id, failed) if failed is not None else doc


def analyse_batch(pipeline: Pipeline, docs: list[Document]) -> list[Outcome]:
    """Analyse ``docs`` in order; one outcome per document, in the same order."""
    if not docs:
        return []
    pristine = copy.deepcopy(docs)
    try:
        out: list[Outcome] = list(pipeline.pipe(docs))
    except Exception:
        out = [_one(pipeline, d) for d in pristine]
    if len(out) != len(docs):
        raise AnalysisError(f"the pipeline returned {len(out)} documents for {len(docs)}")
    return [_checked(o) if isinstance(o, Document) else o for o in out]
