"""Build eval/timex/gold.jsonl from the source texts and the hand annotations.

The annotations (annotations_*.txt) list, per document and in reading order, the surface string,
TIMEX3 type and value of every time expression; this script only turns them into character
offsets: each surface is looked up, as whole words, after the end of the previous one. It fails
loudly when a surface is not found, so a typo cannot silently drop a gold span, and when a
document date in the annotations differs from the one its source gives.

Document ids say where the text comes from:
  corpus_stock/112579            MEANTIME nl (tokens joined, date line left out)
  conll:testa:44:13              CoNLL-2002 ned.testa, article 44, sentence 13 (from 0), detokenised
  conll:testb:45:5               the same for ned.testb (the test-fresh split; evaluation only)
  ud:alpino-test:<sent_id>       UD Dutch Alpino/LassySmall dev/test, the sentence's "# text" line
  seed:002                       /work/shared/corpus/seeds/002_*, as kroniek's ingest cleans it

    python eval/timex/build_gold.py [--meantime PATH] [--shared DIR]
    python eval/timex/build_gold.py --show conll:testa:44:13 ...   # print source texts to annotate
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections import OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
DEFAULT_SHARED = HERE.parents[2] / "shared"
DEFAULT_MEANTIME = DEFAULT_SHARED / "data" / "meantime-nl-cdcr" / "output_data" / "nl" / "meantime.conll"
UD_FILES = {
    "alpino-dev": "ud-dutch-alpino/nl_alpino-ud-dev.conllu",
    "alpino-test": "ud-dutch-alpino/nl_alpino-ud-test.conllu",
    "lassysmall-dev": "ud-dutch-lassysmall/nl_lassysmall-ud-dev.conllu",
    "lassysmall-test": "ud-dutch-lassysmall/nl_lassysmall-ud-test.conllu",
}
SOURCES = {
    "conll": "CoNLL-2002 ned (De Morgen 2000; research use, evaluation only)",
    "ud": "UD Dutch Alpino/LassySmall (CC BY-SA 4.0)",
    "seed": "kroniek sample corpus (seeds)",
    "meantime": "MEANTIME nl (CC BY 4.0)",
}
DUTCH_MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
                "oktober", "november", "december")


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


def conll_articles(path: Path) -> list[list[list[str]]]:
    """CoNLL-2002 articles (split at -DOCSTART-) as lists of token lists, in file order."""
    from kroniek.evaluation.ner import read_conll

    return [[[t.word for t in sent] for sent in article] for article in read_conll(path)]


def conll_edition_date(article: list[list[str]]) -> str | None:
    """The edition date line every De Morgen article carries ("dinsdag, 1 augustus 2000")."""
    for toks in article:
        m = re.fullmatch(r"\w+dag ,? ?(\d{1,2}) (\w+) (\d{4})", " ".join(toks))
        if m and m.group(2) in DUTCH_MONTHS:
            return dt.date(int(m.group(3)), DUTCH_MONTHS.index(m.group(2)) + 1, int(m.group(1))).isoformat()
    return None


def ud_sentences(path: Path) -> dict[str, str]:
    """Map sent_id (without its "document\\" prefix) -> the sentence's "# text" line."""
    out, sid = {}, None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# sent_id = "):
            sid = line[12:].strip().rsplit("\\", 1)[-1]
        elif line.startswith("# text = ") and sid:
            out[sid] = line[9:]
    return out


def seed_document(shared: Path, number: str) -> tuple[str | None, str]:
    """(document date, text) of a seed as kroniek's ingest reads it, so offsets match the pipeline."""
    sys.path.insert(0, str(REPO))
    from kroniek.ingest import iter_inputs
    from kroniek.settings import Settings

    path = next((shared / "corpus" / "seeds").glob(f"{number}_*"))
    doc = next(iter(iter_inputs([str(path)], Settings())))
    if isinstance(doc, Exception):
        raise SystemExit(f"{path}: {doc}")
    return (doc.published.value[:10] if doc.published else None), doc.text


class Texts:
    """The source text and document date of every annotated id, read once per source file."""

    def __init__(self, shared: Path, meantime: Path) -> None:
        self.shared, self.meantime_path = shared, meantime
        self._meantime: dict[str, tuple[str, str]] | None = None
        self._conll: dict[str, list[list[list[str]]]] = {}
        self._ud: dict[str, dict[str, str]] = {}

    def get(self, doc_id: str) -> tuple[str | None, str, str]:
        """Return (document date, text, source key) for one document id."""
        kind, _, rest = doc_id.partition(":")
        if kind == "conll":
            split, art, sent = rest.split(":")
            if split not in self._conll:
                self._conll[split] = conll_articles(self.shared / "data" / "conll2002-ned" / f"ned.{split}")
            article = self._conll[split][int(art)]
            return conll_edition_date(article), detokenise(article[int(sent)]), "conll"
        if kind == "ud":
            part, sid = rest.split(":", 1)
            if part not in self._ud:
                self._ud[part] = ud_sentences(self.shared / "data" / UD_FILES[part])
            return None, self._ud[part][sid], "ud"
        if kind == "seed":
            dct, text = seed_document(self.shared, rest)
            return dct, text, "seed"
        if self._meantime is None:
            self._meantime = read_meantime(self.meantime_path)
        dct, text = self._meantime[doc_id]
        return dct, text, "meantime"


# TIMEX3 value syntax (ISO 8601 with TimeML's extensions): a malformed value fails the build.
_POINT = (r"(?:PRESENT_REF|PAST_REF|FUTURE_REF|(?:\d{2,4}|XXXX)"
          r"(?:-(?:\d\d|XX)(?:-(?:\d\d|XX))?|-W(?:\d\d|XX)(?:-(?:[1-7]|WE))?|-Q[1-4]|-H[12]|-(?:SP|SU|FA|WI))?"
          r"(?:T(?:\d\d:\d\d|MO|AF|EV|NI))?)")
_NUM = r"(?:\d+(?:\.\d+)?|X)"
_SPAN = rf"P(?=.)(?:{_NUM}(?:Y|DE|CE|Q|M|WE|W|D))*(?:T(?:{_NUM}[HMS])+)?"  # WE: weekends (TimeML "P1WE")
VALUE_SYNTAX = {
    "DATE": re.compile(_POINT), "TIME": re.compile(_POINT),
    "DURATION": re.compile(_SPAN), "SET": re.compile(rf"{_SPAN}|{_POINT}"),
}


def read_annotations(path: Path) -> list[dict]:
    """Parse one annotation file: "## <id> <dct|-> <split>" headers, then "surface | TYPE | VALUE"."""
    docs: list[dict] = []
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = re.split(r"\s+#\s", raw.strip(), maxsplit=1)[0].strip()  # a trailing "# note" is a comment
        if not line or line.startswith("# ") or line == "#":
            continue
        if line.startswith("## "):
            doc_id, dct, split = line[3:].split()
            docs.append({"id": doc_id, "dct": None if dct == "-" else dct, "split": split, "spans": []})
            continue
        surface, typ, value = (x.strip() for x in line.split("|"))
        if typ not in {"DATE", "TIME", "DURATION", "SET"}:
            raise SystemExit(f"{path}:{n}: bad type {typ!r}")
        if value != "?" and not VALUE_SYNTAX[typ].fullmatch(value):
            raise SystemExit(f"{path}:{n}: {value!r} is not a TIMEX3 {typ} value")
        # "?": the text and its document date do not fix the value; scored on extent and type only
        docs[-1]["spans"].append((surface, typ, None if value == "?" else value, n))
    return docs


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--meantime", type=Path, default=DEFAULT_MEANTIME)
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    ap.add_argument("--out", type=Path, default=HERE / "gold.jsonl")
    ap.add_argument("--show", nargs="+", metavar="ID", help="print these documents' texts and exit")
    args = ap.parse_args()
    texts = Texts(args.shared, args.meantime)
    if args.show:
        for doc_id in args.show:
            dct, text, _ = texts.get(doc_id)
            print(f"## {doc_id} {dct or '-'}\n{text}\n")
        return
    records = []
    for ann in sorted(HERE.glob("annotations_*.txt")):
        for d in read_annotations(ann):
            dct, text, source = texts.get(d["id"])
            if dct != d["dct"]:
                raise SystemExit(f"{ann}: {d['id']} dct {d['dct']} but the source says {dct}")
            pos, timexes = 0, []
            for surface, typ, value, n in d["spans"]:
                m = re.compile(r"(?<!\w)" + re.escape(surface) + r"(?!\w)").search(text, pos)
                if not m:
                    raise SystemExit(f"{ann}:{n}: {surface!r} not found after offset {pos} in {d['id']}")
                timexes.append({"start": m.start(), "end": m.end(), "text": surface, "type": typ, "value": value})
                pos = m.end()
            doc_id = "meantime/" + d["id"] if source == "meantime" else d["id"]
            records.append({"id": doc_id, "split": d["split"], "dct": dct,
                            "source": SOURCES[source], "text": text, "timexes": timexes})
    with args.out.open("w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    n = sum(len(r["timexes"]) for r in records)
    by: dict[str, list[int]] = {}
    for r in records:
        c = by.setdefault(r["split"], [0, 0, 0])
        c[0] += 1
        c[1] += len(r["timexes"])
        c[2] += sum(t["value"] is None for t in r["timexes"])
    print(f"{len(records)} documents, {n} time expressions -> {args.out}")
    for split, (docs, spans, unvalued) in by.items():
        print(f"  {split:10} {docs:4} documents {spans:4} expressions ({unvalued} with value '?')")


if __name__ == "__main__":
    main()
