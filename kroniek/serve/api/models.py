"""Typed response models of the API (they make /openapi.json say what each answer holds) and
the one error shape every error shares.

Errors: ``{"detail": "<one line>", "errors": [{"loc": [...], "msg": ..., "type": ...}]}`` with
422 for every bad value (a malformed date, an unknown event type, a limit out of range, an
empty ingest), 401/403 for the write token, 404 for an unknown id, 413 for an upload too large,
503 when the store cannot be reached.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field


class ErrorItem(BaseModel):
    loc: list[str | int] = Field(default_factory=list, description="Where the bad value is, e.g. ['query', 'date_from'].")
    msg: str
    type: str


class Error(BaseModel):
    """Every error the API answers."""

    detail: str = Field(description="What was wrong, in one line.")
    errors: list[ErrorItem] = Field(default_factory=list, description="One item per bad value (422).")


def error_response(status: int, detail: str, errors: list[Any] | None = None,
                   headers: Mapping[str, str] | None = None) -> JSONResponse:
    """An error in the API's one shape."""
    items = [{"loc": list(e.get("loc", [])), "msg": str(e.get("msg", "")), "type": str(e.get("type", ""))}
             for e in errors or []]
    return JSONResponse({"detail": detail, "errors": items}, status_code=status, headers=dict(headers or {}))


ERRORS: dict[int | str, dict[str, Any]] = {
    422: {"model": Error, "description": "A bad value (the one status for bad values everywhere)."},
    404: {"model": Error, "description": "No such item."},
}
READ_ERRORS: dict[int | str, dict[str, Any]] = {422: ERRORS[422]}


class Open(BaseModel):
    """A model whose documented fields are typed and whose other fields pass through."""

    model_config = ConfigDict(extra="allow")


class Page(Open):
    total: int = Field(description="Items matching, over all pages.")
    limit: int
    offset: int
    next: str | None = Field(None, description="The URL of the next page; null on the last.")


class SearchHit(Open):
    doc: str
    title: str | None
    date: str | None
    source: str
    publisher: str | None
    genre: str
    category: str | None
    kind: str = Field(description="'sentence' or 'title'.")
    sentence: str
    start: int | None = Field(description="Offsets of the sentence in the document's text; null for a title.")
    end: int | None
    highlights: list[list[int]] = Field(description="[start, end] of each matched word (document offsets).")
    snippet: str = Field(description="The sentence as HTML, matched words in <mark>, cut around the first.")
    score: float


class FacetValue(BaseModel):
    value: str
    count: int


class SearchPage(Page):
    terms: list[str]
    sort: str
    results: list[SearchHit]
    facets: dict[str, list[FacetValue]] | None = None


class Participant(BaseModel):
    role: str
    entity: str = Field(description="Entity id.")
    name: str = Field(description="The entity's name (its id when unknown).")


class Place(BaseModel):
    entity: str
    name: str


class Job(BaseModel):
    """A background ingest (POST /api/ingest) and how far it got."""

    id: str
    status: str = Field(description="queued, running, done or failed.")
    inputs: int = Field(description="Files and URLs handed in.")
    processed: int = Field(description="Inputs read so far.")
    added: list[str] = Field(default_factory=list)
    skipped: list[str] = Field(default_factory=list)
    duplicates: list[str] = Field(default_factory=list)
    errors: list[str] = Field(default_factory=list)
    summary: str | None = None
    created: str
    finished: str | None = None
    url: str = Field(description="Where to poll this job.")


class Mention(Open):
    doc: str
    start: int
    end: int
    text: str


class EventOut(Open):
    """A cross-document event."""

    id: str
    type: str
    label: str
    factuality: str
    participants: list[Participant]
    places: list[Place]
    mentions: list[Mention]


class EventPage(Page):
    events: list[EventOut]


class TimelineEvent(Open):
    id: str
    date: str | None = Field(description="The event's date, or its first report's day (date_source 'published').")
    date_source: str | None
    label: str
    type: str
    participants: list[Participant]
    places: list[Place]
    sources: list[dict[str, Any]]


class TimelinePage(Page):
    events: list[TimelineEvent]


class DocumentSummary(Open):
    id: str
    title: str | None
    source: str
    url: str | None
    publisher: str | None
    genre: str
    category: str | None
    published: str | None


class DocumentPage(Page):
    documents: list[DocumentSummary]


class Sentence(BaseModel):
    start: int
    end: int
    id: str


class DocumentDetail(Open):
    id: str
    title: str | None
    text: str
    sentences: list[Sentence]
    mentions: list[dict[str, Any]]
    timexes: list[dict[str, Any]]
    quotes: list[dict[str, Any]]
    events: list[dict[str, Any]]


class EntitySummary(Open):
    id: str
    type: str
    name: str
    aliases: list[str]
    mention_count: int
    document_count: int


class EntityPage(Page):
    entities: list[EntitySummary]


class EntityDetail(EntitySummary):
    mentions: list[dict[str, Any]]
    quotes: list[dict[str, Any]]


class StorySummary(Open):
    id: str
    label: str
    documents: list[str]
    events: list[str]
    first: str | None
    last: str | None


class StoryPage(Page):
    stories: list[StorySummary]


class StoryDetail(StorySummary):
    document_details: list[dict[str, Any]]
    event_details: list[dict[str, Any]]
    hidden_events: int
    events_total: int
    limit: int
    offset: int
    next: str | None


class QuoteOut(Open):
    doc: str
    start: int
    end: int
    text: str
    speaker: str | None = Field(description="The speaker's entity id, when linked.")
    speaker_name: str | None


class QuotePage(Page):
    quotes: list[QuoteOut]


class JobPage(Page):
    jobs: list[Job]
