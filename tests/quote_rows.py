"""What the quote finder makes of a sentence written in a test, for tables of quote rows."""

from __future__ import annotations

from kroniek.extract.quotes import find_quotes
from kroniek.model import Document


def found(doc: Document) -> dict[str, str]:
    """Every quote, direct ("D") or reported ("R"), with the last word of its speaker."""
    out: dict[str, str] = {}
    for q in find_quotes(doc):
        who = "" if q.speaker_start is None else doc.text[q.speaker_start : q.speaker_end]
        out[f"{'D' if q.direct else 'R'} {doc.text[q.start : q.end]}"] = (who.split() or [""])[-1]
    return out


def frog_doc(frog, text: str) -> Document:
    """``text`` analysed by the real Frog server ``frog``."""
    from kroniek.analyse.annotator import FrogAnnotator

    return FrogAnnotator(frog)(Document(id="f", text=text, source="test"))
