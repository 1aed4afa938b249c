"""GET /api/export."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from ...export import build_export
from ..deps import StoreDep

router = APIRouter(tags=["export"])


@router.get("/export")
def export(store: StoreDep) -> dict[str, Any]:
    """The whole chronicle in the export format (kroniek-export/1)."""
    return build_export(store)
