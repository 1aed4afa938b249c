"""Layers and documents as stored JSON: layers by field name, with a format version.

Format 2 (current) stores a layer as ``{"fields": [names], "rows": [[values], ...]}``: values are
read back by name, so a field added to a layer item anywhere in its dataclass reads old rows with
the field's default, and a field removed is ignored. Format 1 (stores before migration
``m005_layers_by_name``) was positional arrays; ``V1_FIELDS`` freezes the field order of that time
so the migration converts them exactly, whatever the dataclasses look like later.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import fields
from typing import Any

from ..model import POSITIONAL_FIELDS, Document, PublishedDate

LAYER_FORMAT = 2

# Format 1's field order is the model's frozen positional order (it still names the fields since
# removed: Mention.entity, Quote.speaker, EventMention.event); chains came after format 1.
V1_FIELDS: dict[str, tuple[str, ...]] = {k: v for k, v in POSITIONAL_FIELDS.items() if k != "chains"}

LAYER_NAMES: tuple[str, ...] = tuple(Document._LAYERS)


def layer_names(layers: bool | Iterable[str]) -> list[str]:
    """The stored layers a read asks for: all (True), none (False) or the named ones it knows."""
    if isinstance(layers, bool):
        return list(LAYER_NAMES) if layers else []
    wanted = set(layers)
    return [n for n in LAYER_NAMES if n in wanted]


def _plain(v: Any) -> Any:
    if isinstance(v, tuple):
        return [_plain(x) for x in v]
    return v


def encode_layer(doc: Document, name: str) -> tuple[str, int]:
    """One layer as format-2 JSON, and its number of items."""
    cls = Document._LAYERS[name]
    names = [f.name for f in fields(cls)]
    items = getattr(doc, name)
    rows = [[_plain(getattr(item, n)) for n in names] for item in items]
    data = json.dumps({"fields": names, "rows": rows}, ensure_ascii=False, separators=(",", ":"))
    return data, len(rows)


def decode_layer(name: str, data: str, version: int = LAYER_FORMAT) -> list[dict[str, Any]]:
    """A stored layer as a list of {field: value} dicts, keeping only fields the model knows."""
    parsed = json.loads(data)
    if version == 1 or isinstance(parsed, list):
        names: list[str] = list(V1_FIELDS[name])
        rows = parsed
    else:
        names, rows = parsed["fields"], parsed["rows"]
    known = {f.name for f in fields(Document._LAYERS[name])}
    keep = [(i, n) for i, n in enumerate(names) if n in known]
    return [{n: row[i] for i, n in keep if i < len(row)} for row in rows]


def convert_v1(name: str, data: str) -> tuple[str, int]:
    """A format-1 (positional) layer as format-2 JSON, and its number of items."""
    rows = json.loads(data)
    names = list(V1_FIELDS[name])
    return json.dumps({"fields": names, "rows": rows}, ensure_ascii=False, separators=(",", ":")), len(rows)


def doc_row(doc: Document, text_hash: str, signature: bytes | None) -> dict[str, Any]:
    """A document's metadata as the values of the ``documents`` columns."""
    p = doc.published
    return {
        "id": doc.id, "source": doc.source, "url": doc.url, "title": doc.title,
        "publisher": doc.publisher, "genre": doc.genre, "category": doc.category,
        "language": doc.language,
        "published_value": p.value if p else None,
        "published_granularity": p.granularity if p else None,
        "published_source": p.source if p else None,
        "published_raw": p.raw if p else None,
        "text": doc.text, "text_hash": text_hash, "raw_hash": doc.raw_hash,
        "duplicate_of": doc.duplicate_of,
        "warnings": json.dumps(doc.warnings, ensure_ascii=False),
        "meta": json.dumps(doc.meta, ensure_ascii=False, default=str),
        "processed": json.dumps(doc.processed),
        "signature": signature,
    }


DOC_COLUMNS = list(doc_row(Document(id="", text="", source=""), "", None))
# The columns a document's version is made of (``Store.document_versions``): all but the text
# itself (its hash stands in for it) and the near-duplicate signature, which no reader of a
# document without layers sees.
VERSION_COLUMNS = [c for c in DOC_COLUMNS if c not in ("id", "text", "signature")]


def version_of(values: Iterable[Any]) -> str:
    """One document's version string from its ``VERSION_COLUMNS`` values."""
    return "\x1f".join("\x00" if v is None else str(v) for v in values)


def doc_from_row(r: dict[str, Any], layers: dict[str, list[dict[str, Any]]] | None) -> Document:
    """A Document from its ``documents`` row and (decoded) layers."""
    d: dict[str, Any] = {
        "id": r["id"], "text": r["text"], "source": r["source"], "raw_hash": r["raw_hash"],
        "url": r["url"], "title": r["title"], "publisher": r["publisher"], "genre": r["genre"],
        "category": r["category"], "language": r["language"], "duplicate_of": r["duplicate_of"],
        "warnings": json.loads(r["warnings"]), "meta": json.loads(r["meta"]),
        "processed": json.loads(r["processed"]),
    }
    d.update(layers or {})
    doc = Document.from_dict(d)
    if r["published_value"]:
        doc.published = PublishedDate(
            value=r["published_value"], granularity=r["published_granularity"],
            source=r["published_source"], raw=r["published_raw"],
        )
    return doc
