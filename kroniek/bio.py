"""BIO (IOB) tag sequences read into spans, the way conlleval reads them: the one decoder for
Frog's entity tags (``analyse``), the CRF's (``extract.ner``) and the NER scores (``evaluation``)."""

from __future__ import annotations

from collections.abc import Sequence


def split_tag(tag: str) -> tuple[str, str]:
    """("B", "PER") for "B-PER"; ("O", "") for "O" and anything too short to carry a type."""
    if tag == "O" or len(tag) < 3:
        return "O", ""
    return tag[0], tag[2:]


def entities(tags: Sequence[str]) -> set[tuple[int, int, str]]:
    """Entity spans (start, end exclusive, type) in a tag sequence, read the way conlleval reads IOB."""
    spans: set[tuple[int, int, str]] = set()
    start = -1
    cur = ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, typ = split_tag(tag)
        # conlleval: a chunk ends before O, before B-, and before an I- of another type.
        if start >= 0 and (prefix in ("O", "B") or typ != cur):
            spans.add((start, i, cur))
            start = -1
        if prefix == "B" or (prefix == "I" and start < 0):
            start, cur = i, typ
    return spans
