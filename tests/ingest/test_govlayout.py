"""Page layouts of government publications made here (tests/ingest/govdocs.py, text written for
the tests): two ragged-right columns under a head set across the page are read column by column;
a table under such a head stays read row by row."""

from __future__ import annotations

import sys
from pathlib import Path

from kroniek.model import Document

sys.path.insert(0, str(Path(__file__).resolve().parent))
import govdocs  # noqa: E402


def _read(data: bytes) -> Document:
    (doc,) = govdocs.read_items("doc.pdf", data)
    assert isinstance(doc, Document)
    return doc


def test_ragged_columns_under_a_head_read_column_by_column() -> None:
    doc = _read(govdocs.ragged_columns())
    paras = doc.text.split("\n\n")
    assert govdocs.RAGGED_LEAD in paras  # the head across the page, whole and first
    for para in govdocs.RAGGED_BODY:
        assert para in paras
    order = [doc.text.index(p) for p in [govdocs.RAGGED_LEAD, *govdocs.RAGGED_BODY]]
    assert order == sorted(order)


def test_table_under_a_head_read_row_by_row() -> None:
    doc = _read(govdocs.agenda_table())
    assert "maandag 15 mei Overleg over punt 1 van de lijst" in doc.text
