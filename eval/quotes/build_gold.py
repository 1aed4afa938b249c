"""Build the hand-annotated quotation gold set (eval/quotes/gold.jsonl) from its sources.

The texts are rebuilt from the shared data (detokenised CoNLL-2002 sentences, MEANTIME
documents, the seeds); the annotations are hand-written in eval/quotes/annotations/*.txt
(format in eval/quotes/README.md). Every annotated string is located in its text here, so a
typo fails the build instead of silently shifting offsets.

    python eval/quotes/build_gold.py show conll:testa:28      # print a source text to annotate
    python eval/quotes/build_gold.py build                    # write eval/quotes/gold.jsonl
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SHARED = REPO.parent / "shared"
CONLL = SHARED / "data" / "conll2002-ned"
MEANTIME = SHARED / "data" / "meantime-nl-cdcr" / "output_data" / "nl" / "meantime.conll"
SEEDS = SHARED / "corpus" / "seeds"

_NO_SPACE_BEFORE = {",", ".", ":", ";", "?", "!", ")", "]", "%", "...", "…", "”"}
_NO_SPACE_AFTER = {"(", "[", "“"}


def detokenise(tokens: list[str]) -> str:
    """Join tokenised Dutch text back into running text (quotes attached to their words)."""
    out: list[str] = []
    open_double = False
    open_single = False
    glue_next = False
    for i, tok in enumerate(tokens):
        space = bool(out) and not glue_next
        if tok in _NO_SPACE_BEFORE:
            space = False
        elif tok == '"':
            # a lone mark at the start opens; one before ", zegt" or at the end closes
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            if not open_double and (nxt is None or nxt in _NO_SPACE_BEFORE):
                open_double = True  # closing a quote opened in an earlier sentence
            if open_double:
                space = False
                open_double = False
            else:
                open_double = True
                out.append((" " if space else "") + tok)
                glue_next = True
                continue
        elif tok == "'":
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            if open_single or nxt is None or nxt in _NO_SPACE_BEFORE:
                space = False
                open_single = False
            else:
                open_single = True
                out.append((" " if space else "") + tok)
                glue_next = True
                continue
        elif tok in ("'s", "'t", "'n") and out and out[-1].endswith("'"):
            space = True
        out.append((" " if space else "") + tok)
        glue_next = tok in _NO_SPACE_AFTER
    return "".join(out)


def conll_articles(split: str) -> list[list[list[str]]]:
    """CoNLL-2002 articles as lists of token lists (sentence order as in the file)."""
    from kroniek.evaluation.ner import read_conll

    return [[[t.word for t in sent] for sent in article] for article in read_conll(CONLL / f"ned.{split}")]


def meantime_docs() -> dict[str, list[list[str]]]:
    docs: dict[str, dict[int, list[str]]] = {}
    for line in MEANTIME.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        doc, sid, _tid, tok = line.split("\t")[:4]
        docs.setdefault(doc, {}).setdefault(int(sid), []).append(tok)
    out: dict[str, list[list[str]]] = {}
    for d, sents in docs.items():
        clean = []
        for k in sorted(sents):
            toks = sents[k]
            # the converter wrapped sentences holding a ";" in CSV quotes: not quote marks
            if len(toks) > 2 and toks[0] == '"' and toks[-1] == '"':
                toks = toks[1:-1]
            # LaTeX-style marks from the original tokenisation (``word … ' '), as curly quotes
            fixed: list[str] = []
            for t in toks:
                if t == "'" and fixed and fixed[-1] == "'":
                    fixed[-1] = "”"
                    continue
                if t.startswith("``"):
                    fixed.extend(["“", t[2:]] if len(t) > 2 else ["“"])
                    continue
                fixed.append("”" if t == "''" else t)
            clean.append(fixed)
        out[d] = clean
    return out


def source_text(key: str) -> str:
    """The text of one source: conll:<split>:<article>:<sentence>, meantime:<doc>, seed:<nnn>."""
    kind, _, rest = key.partition(":")
    if kind == "conll":
        split, art, sent = rest.split(":")
        return detokenise(conll_articles(split)[int(art)][int(sent)])
    if kind == "meantime":
        sents = meantime_docs()[rest]
        # sentence 0 is the headline, sentence 1 the date line: keep them as their own paragraphs
        paras = [
            detokenise(sents[0]),
            detokenise(sents[1]),
            " ".join(detokenise(s) for s in sents[2:]),
        ]
        return "\n\n".join(p for p in paras if p)
    if kind == "seed":
        path = next(SEEDS.glob(f"{rest}_*"))
        text = path.read_text(encoding="utf-8")
        return seed_clean(text)
    raise ValueError(key)


def seed_clean(text: str) -> str:
    """Strip a Jekyll front matter and HTML tags the way the ingest step does (paragraphs kept)."""
    if text.startswith("---"):
        text = text.split("---", 2)[2]
        text = re.sub(r"<img[^>]*>", "", text)
        text = re.sub(r"</p>\s*|</h\d>\s*", "\n\n", text)
        text = re.sub(r"<[^>]+>", "", text)
    return text.strip()


def parse_annotations(path: Path) -> list[dict]:
    """Read one annotation file: '## <key> [dev|test]' headers, then one line per quote."""
    docs: list[dict] = []
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.rstrip()
        if not line or line.startswith("# "):
            continue
        if line.startswith("## "):
            key, split = line[3:].split()
            docs.append({"key": key, "split": split, "items": [], "file": path.name})
            continue
        parts = [p.strip().replace("\\n", "\n") for p in line.split(" | ")]
        if parts[0] not in ("D", "R") or len(parts) != 4:
            raise SystemExit(
                f"{path.name}:{n}: expected 'D|R | quote | speaker text | speaker name'"
            )
        docs[-1]["items"].append((n, *parts))
    return docs


def locate(text: str, needle: str, after: int, where: str) -> tuple[int, int]:
    """Find needle in text at or after ``after`` (a '…' in the needle stands for any text)."""
    if "…" in needle and needle not in text:
        head, tail = needle.split("…", 1)
        i = text.find(head, after)
        j = text.find(tail, i + len(head)) if i >= 0 else -1
        if i < 0 or j < 0:
            raise SystemExit(f"{where}: not found: {needle!r}")
        return i, j + len(tail)
    i = text.find(needle, after)
    if i < 0:
        i = text.find(needle)
    if i < 0:
        raise SystemExit(f"{where}: not found: {needle!r}")
    return i, i + len(needle)


def build() -> None:
    rows = []
    n_quotes = 0
    for path in sorted((HERE / "annotations").glob("*.txt")):
        for d in parse_annotations(path):
            text = source_text(d["key"])
            quotes = []
            pos = 0
            for n, kind, qtext, sp_text, sp_name in d["items"]:
                where = f"{path.name}:{n}"
                s, e = locate(text, qtext, pos, where)
                pos = s
                q = {
                    "start": s,
                    "end": e,
                    "text": text[s:e],
                    "direct": kind == "D",
                    "speaker_start": None,
                    "speaker_end": None,
                    "speaker_text": None,
                    "speaker_name": None if sp_name == "-" else sp_name,
                }
                if sp_text != "-":
                    # the speaker words: the occurrence nearest before the quote, else after it
                    cands = [m.start() for m in re.finditer(re.escape(sp_text), text)]
                    if not cands:
                        raise SystemExit(f"{where}: speaker not found: {sp_text!r}")
                    before = [c for c in cands if c < e]
                    after = [c for c in cands if c >= e]
                    ss = after[0] if after and (not before or after[0] - e < 80) else before[-1]
                    q.update(speaker_start=ss, speaker_end=ss + len(sp_text), speaker_text=sp_text)
                quotes.append(q)
            n_quotes += len(quotes)
            rows.append({"id": d["key"], "split": d["split"], "text": text, "quotes": quotes})
    out = HERE / "gold.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    by = {s: sum(len(r["quotes"]) for r in rows if r["split"] == s) for s in ("dev", "test")}
    print(f"wrote {out.relative_to(REPO)}: {len(rows)} docs, {n_quotes} quotes {by}")


def main(argv: list[str]) -> None:
    if len(argv) >= 2 and argv[0] == "show":
        for key in argv[1:]:
            print(f"## {key}\n{source_text(key)}\n")
    elif argv[:1] == ["build"]:
        build()
    else:
        print(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
