"""Read Frog's tab output into a Document's sentence and token layers, aligned to the text.

Used by the event evaluation (which caches the ``frog`` CLI's tab output) and by tests that build
Documents from recorded Frog output. Alignment and multi-word units are kroniek.analyse's.
"""

from __future__ import annotations

from ..analyse.align import align
from ..analyse.frog import FrogToken
from ..errors import AnalysisError
from ..model import Document


def parse_tsv(tsv: str) -> list[list[list[str]]]:
    """Frog's tab output as sentences of rows (columns as Frog wrote them)."""
    sents: list[list[list[str]]] = []
    cur: list[list[str]] = []
    for line in tsv.splitlines():
        if not line.strip():
            if cur:
                sents.append(cur)
                cur = []
            continue
        cur.append(line.split("\t"))
    if cur:
        sents.append(cur)
    return sents


def frog_sentences(tsv: str) -> list[list[FrogToken]]:
    """Frog's tab output (index, word, lemma, morph, POS, confidence, NER, chunk, head, deprel) as FrogTokens."""
    out = []
    for rows in parse_tsv(tsv):
        sent = []
        for r in rows:
            r = r + [""] * (10 - len(r))
            head = int(r[8]) if r[8].lstrip("-").isdigit() else 0
            conf = float(r[5]) if r[5] else 1.0
            sent.append(FrogToken(r[1], r[2], r[3], r[4], conf, r[6] or "O", r[7] or "O", head, r[9]))
        out.append(sent)
    return out


def apply_frog(doc: Document, tsv: str) -> Document:
    """Set doc.sentences and doc.tokens from Frog tab output over doc.text (kroniek.analyse's alignment)."""
    warnings: list[str] = []
    doc.sentences, doc.tokens = align(doc.text, frog_sentences(tsv), warnings)
    if warnings:
        raise AnalysisError(f"{doc.id}: cannot align Frog's tokens ({warnings[0]})")
    if "frog" not in doc.processed:
        doc.processed.append("frog")
    return doc
