"""GET /api/documents, /api/documents/{id}."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request

from ..deps import DateParam, Limit, Offset, StoreDep
from ..views import check_date, document_detail, list_documents
from .models import ERRORS, READ_ERRORS, DocumentDetail, DocumentPage
from .paging import paged

router = APIRouter(prefix="/documents", tags=["documents"])


@router.get("", response_model=DocumentPage, responses=READ_ERRORS)
def documents(
    request: Request, store: StoreDep, limit: Limit = 50, offset: Offset = 0, genre: str | None = None,
    category: str | None = None, date_from: DateParam = None, date_to: DateParam = None,
) -> dict[str, Any]:
    """List documents, newest first, with totals for paging."""
    return paged(request, list_documents(
        store, limit=limit, offset=offset, genre=genre, category=category,
        date_from=check_date("date_from", date_from), date_to=check_date("date_to", date_to),
    ))


@router.get("/{doc_id}", response_model=DocumentDetail, responses=ERRORS)
def document(doc_id: str, store: StoreDep) -> dict[str, Any]:
    """One document: text, metadata and every layer, each item linked to its sentence."""
    return document_detail(store, doc_id)
