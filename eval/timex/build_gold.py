"""Build eval/timex/gold.jsonl from the MEANTIME Dutch tokens and the hand annotations.

The annotations (annotations_*.txt) list, per document and in reading order, the surface string,
TIMEX3 type and value of every time expression; this script only turns them into character
offsets: each surface is looked up, as whole words, after the end of the previous one. It fails
loudly when a surface is not found, so a typo cannot silently drop a gold span.

    python eval/timex/build_gold.py [--meantime PATH]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
from collections import OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_MEANTIME = (
    HERE.parents[2] / "shared" / "data" / "meantime-nl-cdcr" / "output_data" / "nl" / "meantime.conll"
)


def detokenise(tokens: list[str]) -> str:
    """Join tokens with spaces and glue common punctuation back to its word."""
    s = " ".join(tokens)
    s = re.sub(r" ([,.;:!?%)])", r"\1", s)
    return re.sub(r"([($]) ", r"\1", s)


def read_meantime(path: Path) -> dict[str, tuple[str, str]]:
    """Map doc id -> (document creation date, text); sentence 1 of each document is its date line."""
    docs: OrderedDict[str, OrderedDict[int, list[str]]] = OrderedDict()
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            p = line.rstrip("\n").split("\t")
            docs.setdefault(p[0], OrderedDict()).setdefault(int(p[1]), []).append(p[3])
    out = {}
    for doc_id, sents in docs.items():
        dct = dt.datetime.strptime(" ".join(sents[1]), "%d-%b-%y").date().isoformat()
        lines = [detokenise(toks) for k, toks in sents.items() if k != 1]
        out[doc_id] = (dct, "\n".join(lines))
    return out


def read_annotations(path: Path) -> list[dict]:
    docs: list[dict] = []
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("# ") or line == "#":
            continue
        if line.startswith("## "):
            doc_id, dct, split = line[3:].split()
            docs.append({"id": doc_id, "dct": dct, "split": split, "spans": []})
            continue
        surface, typ, value = (x.strip() for x in line.split("|"))
        if typ not in {"DATE", "TIME", "DURATION", "SET"}:
            raise SystemExit(f"{path}:{n}: bad type {typ!r}")
        docs[-1]["spans"].append((surface, typ, value, n))
    return docs


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--meantime", type=Path, default=DEFAULT_MEANTIME)
    ap.add_argument("--out", type=Path, default=HERE / "gold.jsonl")
    args = ap.parse_args()
    texts = read_meantime(args.meantime)
    records = []
    for ann in sorted(HERE.glob("annotations_*.txt")):
        for d in read_annotations(ann):
            dct, text = texts[d["id"]]
            if dct != d["dct"]:
                raise SystemExit(f"{ann}: {d['id']} dct {d['dct']} but the corpus says {dct}")
            pos, timexes = 0, []
            for surface, typ, value, n in d["spans"]:
                m = re.compile(r"(?<!\w)" + re.escape(surface) + r"(?!\w)").search(text, pos)
                if not m:
                    raise SystemExit(f"{ann}:{n}: {surface!r} not found after offset {pos} in {d['id']}")
                timexes.append({"start": m.start(), "end": m.end(), "text": surface, "type": typ, "value": value})
                pos = m.end()
            records.append({"id": "meantime/" + d["id"], "split": d["split"], "dct": dct,
                            "source": "MEANTIME nl (CC BY 4.0)", "text": text, "timexes": timexes})
    with args.out.open("w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    n = sum(len(r["timexes"]) for r in records)
    by = {s: sum(len(r["timexes"]) for r in records if r["split"] == s) for s in ("dev", "test")}
    print(f"{len(records)} documents, {n} time expressions ({by}) -> {args.out}")


if __name__ == "__main__":
    main()
