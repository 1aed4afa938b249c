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


def speaker(text: str, quoted: str) -> str | None:
    """The speaker words of the first quote holding ``quoted`` in ``text`` (surface rules, no Frog)."""
    d = Document(id="t", text=text, source="test")
    hits = [q for q in find_quotes(d) if quoted in d.text[q.start : q.end]]
    assert hits, f"{quoted!r} not found"
    q = hits[0]
    return None if q.speaker_start is None else d.text[q.speaker_start : q.speaker_end]
