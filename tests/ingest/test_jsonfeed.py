"""JSON Feed (jsonfeed.org) read like RSS/Atom: one document per item, with its metadata."""

from __future__ import annotations

import json

import pytest

from kroniek.errors import InputError
from kroniek.ingest import read_bytes
from kroniek.ingest.readers import sniff
from kroniek.model import Document
from kroniek.settings import Settings

FEED = {
    "version": "https://jsonfeed.org/version/1.1",
    "title": "Omroep Voorbeeld",
    "items": [
        {"id": "https://omroep.example/nieuws/1", "url": "https://omroep.example/nieuws/1",
         "title": "Brand in loods in Heerenveen",
         "content_html": "<p>In een loods aan de Kanaalweg in Heerenveen is dinsdagavond brand uitgebroken.</p>"
                         "<p>Volgens de brandweer raakte niemand gewond.</p>",
         "date_published": "2026-12-01T21:15:00+01:00", "authors": [{"name": "Redactie"}], "tags": ["regio", "brand"]},
        {"id": 2, "url": "https://omroep.example/nieuws/2", "title": "Gemeente stelt nieuwe wethouder aan",
         "content_text": "De gemeenteraad van Sneek heeft woensdag een nieuwe wethouder gekozen.",
         "date_published": "2026-12-02T10:00:00+01:00"},
        "not an object",
    ],
}


@pytest.mark.parametrize(("raw", "ctype", "kind"), [
    (json.dumps(FEED).encode(), None, "jsonfeed"),  # recognised by its version URL
    (b'{"items": []}', "application/feed+json", "jsonfeed"),  # by its media type
    (b'{"text": "Een gewone regel JSON."}', None, "jsonl"),  # plain JSON stays JSON Lines
])
def test_jsonfeed_sniffed_by_version_or_media_type(raw: bytes, ctype: str | None, kind: str) -> None:
    assert sniff(raw, "items.json", ctype) == kind


def test_jsonfeed_items_become_documents_and_a_bad_item_is_one_error() -> None:
    out = list(read_bytes(json.dumps(FEED).encode(), "https://omroep.example/feed.json", Settings(),
                          name="https://omroep.example/feed.json", content_type="application/feed+json"))
    docs = [d for d in out if isinstance(d, Document)]
    errors = [e for e in out if isinstance(e, InputError)]
    assert [d.title for d in docs] == ["Brand in loods in Heerenveen", "Gemeente stelt nieuwe wethouder aan"]
    first = docs[0]
    assert "Volgens de brandweer raakte niemand gewond." in first.text and "<p>" not in first.text
    assert first.url == "https://omroep.example/nieuws/1" and first.publisher == "Omroep Voorbeeld"
    assert first.published is not None and first.published.value.startswith("2026-12-01")
    assert first.category == "regio" and first.meta.get("author") == "Redactie"
    assert docs[1].text.startswith("De gemeenteraad van Sneek")
    assert len(errors) == 1 and "#3" in str(errors[0])
    # the same bytes give the same ids: re-reading a feed changes nothing
    again = [d.id for d in read_bytes(json.dumps(FEED).encode(), "x", Settings()) if isinstance(d, Document)]
    assert again == [d.id for d in docs]


def test_jsonfeed_without_items_is_one_error() -> None:
    out = list(read_bytes(b'{"version": "https://jsonfeed.org/version/1", "items": []}', "leeg.json", Settings()))
    assert len(out) == 1 and isinstance(out[0], InputError) and "no items" in str(out[0])
