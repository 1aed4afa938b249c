"""Read Frog's tab output into a Document's sentence and token layers, aligned to the text.

Used by the event evaluation (which runs the ``frog`` CLI when kroniek.analyse is absent) and
by tests that build Documents from recorded Frog output.
"""

from __future__ import annotations

from ..errors import AnalysisError
from ..model import Document, Sentence, Token


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


def apply_frog(doc: Document, tsv: str) -> Document:
    """Set doc.sentences and doc.tokens from Frog tab output over doc.text."""
    text = doc.text
    pos = 0
    tokens: list[Token] = []
    sentences: list[Sentence] = []
    for raw in parse_tsv(tsv):
        first = len(tokens)
        for row in _split_units(raw):
            word = row[1]
            start = end = -1
            # Multiword units come joined with "_": align each part in turn.
            for part in [word]:
                k = text.find(part, pos)
                if k < 0:
                    raise AnalysisError(f"{doc.id}: cannot align Frog token {word!r} at offset {pos}")
                if start < 0:
                    start = k
                end = pos = k + len(part)
            head = int(row[8]) if len(row) > 8 and row[8].lstrip("-").isdigit() else 0
            tokens.append(
                Token(
                    start=start, end=end, lemma=row[2], pos=row[4], morph=row[3],
                    ner=row[6] if len(row) > 6 else "O", chunk=row[7] if len(row) > 7 else "O",
                    head=first + head - 1 if head > 0 else -1,
                    deprel=row[9] if len(row) > 9 else "",
                    sent=len(sentences), pos_conf=float(row[5]) if len(row) > 5 and row[5] else 1.0,
                )
            )
        if len(tokens) > first:
            sentences.append(Sentence(tokens[first].start, tokens[-1].end, first, len(tokens)))
    doc.sentences, doc.tokens = sentences, tokens
    if "frog" not in doc.processed:
        doc.processed.append("frog")
    return doc


def _split_units(rows: list[list[str]]) -> list[list[str]]:
    """Split joined multiword units the way kroniek.analyse does (parts hang under the first with "mwp")."""
    from ..analyse.frog import FrogToken, split_multiword

    toks = []
    for r in rows:
        r = r + [""] * (10 - len(r))
        head = int(r[8]) if r[8].lstrip("-").isdigit() else 0
        conf = float(r[5]) if r[5] else 1.0
        toks.append(FrogToken(r[1], r[2], r[3], r[4], conf, r[6] or "O", r[7] or "O", head, r[9]))
    out = []
    for i, t in enumerate(split_multiword(toks), 1):
        out.append([str(i), t.word, t.lemma, t.morph, t.pos, str(t.pos_conf), t.ner, t.chunk, str(t.head), t.deprel])
    return out
