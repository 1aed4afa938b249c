"""Run the Frog CLI over CoNLL-2002 sentences once and cache its word/lemma/POS/NER per token.

Frog runs with ``--skip=tmpac``: the given tokens are kept (t), and multi-word units (m),
parser (p), morphological analyser (a) and chunker (c) are off, leaving lemma, CGN POS and
Frog's NER -- the only Frog layers the CRF uses, and the same ones ``kroniek eval ner`` asks for.

    python eval/ner/frog_cache.py ned.train ned.testa ned.testb
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from kroniek.evaluation.ner import FROG_SKIP, frog_cli  # noqa: E402

HERE = Path(__file__).resolve().parent
CACHE = HERE / "cache"
DATA = HERE.parents[2] / "shared" / "data" / "conll2002-ned"


def read_conll_raw(path: Path) -> list[list[tuple[str, str, str]]]:
    """Sentences of (word, conll_pos, gold) rows; a ("-DOCSTART-", "", "") row marks a new article."""
    sents: list[list[tuple[str, str, str]]] = []
    cur: list[tuple[str, str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            if cur:
                sents.append(cur)
                cur = []
            continue
        if parts[0] == "-DOCSTART-":
            if cur:
                sents.append(cur)
                cur = []
            sents.append([("-DOCSTART-", "", "")])
            continue
        cur.append((parts[0], parts[1], parts[2]))
    if cur:
        sents.append(cur)
    return sents


def run_frog(sentences: list[list[str]]) -> list[list[dict]]:
    """Frog tokens per sentence, through the same CLI runner ``kroniek eval ner`` falls back to."""
    return [
        [
            {"word": t.word, "lemma": t.lemma, "pos": {"tag": t.pos}, "ner": {"tag": t.ner}}
            for t in s
        ]
        for s in frog_cli(sentences, skip=FROG_SKIP)
    ]


def build(split: str) -> Path:
    """Write eval/ner/cache/<split>.frog.tsv: word, lemma, pos, frog_ner, gold per token."""
    target = CACHE / f"{split}.frog.tsv"
    if target.exists():
        return target
    raw = read_conll_raw(DATA / split)
    real = [s for s in raw if s[0][0] != "-DOCSTART-"]
    frogged = run_frog([[w for w, _, _ in s] for s in real])
    if len(frogged) != len(real):
        raise SystemExit(f"{split}: Frog returned {len(frogged)} sentences for {len(real)}")
    it = iter(frogged)
    lines: list[str] = []
    for sent in raw:
        if sent[0][0] == "-DOCSTART-":
            lines.append("-DOCSTART-")
            lines.append("")
            continue
        toks = next(it)
        if [t["word"] for t in toks] != [w for w, _, _ in sent]:
            raise SystemExit(f"{split}: token mismatch in {[w for w, _, _ in sent][:10]}")
        for (w, _, gold), t in zip(sent, toks, strict=True):
            ner = t.get("ner", {}).get("tag", "O")
            lines.append("\t".join([w, t.get("lemma", w), t["pos"]["tag"], ner, gold]))
        lines.append("")
    CACHE.mkdir(parents=True, exist_ok=True)
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return target


if __name__ == "__main__":
    for name in sys.argv[1:] or ["ned.train", "ned.testa", "ned.testb"]:
        print(build(name))
