"""Speaker census: which attribution step chose each found quote's speaker, and how often it is
right, over every quote dev batch at once (``dev_sets.SETS``, dev splits only; never a test split).

    python eval/quotes/speaker_census.py [--frog] [--base] [--json] [--rules]

One row per step (``attribute.run_traced``: "after", "reported-final+resolve", "carry-topic",
"carry/none" …; ``--base`` folds the resolution suffixes "+…" into their step): picks (found
quotes whose speaker that step gave, or left empty), right and wrong by the strict rule, wrong
where the gold has no speaker (a guess), empty where the gold has one, and in how many batches
the step is wrong at least once. Frog's output comes from the quote cache (``--frog``);
``--rules`` leaves the learned ranker out (the rules' own empty speakers stay empty).
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from kroniek.evaluation.leestmeer import Posts, post_document  # noqa: E402
from kroniek.evaluation.quotes import (  # noqa: E402
    DEFAULT_CACHE,
    GoldDoc,
    GoldQuote,
    cached,
    frog_analyser,
    gold_document,
    load_gold,
    match,
    speaker_right,
)
from kroniek.extract.quotes.attribute import run_traced  # noqa: E402
from kroniek.extract.quotes.context import Context  # noqa: E402
from kroniek.extract.quotes.names import read_context  # noqa: E402
from kroniek.model import Quote  # noqa: E402

SETS = ["gold.jsonl", "leestmeer.jsonl", *sorted(p.name for p in HERE.glob("leestmeer_dev*.jsonl"))]


@dataclass(slots=True)
class Found:
    """One found quote of a dev batch: the gold quote, the prediction and its step."""

    batch: str
    doc: GoldDoc
    st: Context
    index: int  # the prediction's index in its document
    gold: GoldQuote
    pred: Quote
    path: str
    right: bool
    prev: tuple[int, int] | None  # the speaker of the document's quote before it


def batch_docs(name: str, use_frog: bool, titles: bool = False) -> tuple[list[GoldDoc], list[Context]]:
    """The dev documents of one batch and their quote contexts (after Frog when asked; with each
    leestmeer post's title from the archive when ``titles``: the gold rows carry none)."""
    docs = [d for d in load_gold(HERE / name) if d.split == "dev"]
    ds = [gold_document(g) for g in docs]
    if use_frog:
        ds = cached(frog_analyser(), DEFAULT_CACHE)(ds)
    if titles and name.startswith("leestmeer"):
        for d, title in zip(ds, post_titles([g.id for g in docs]), strict=True):
            d.title = title
    return docs, [read_context(d) for d in ds]


def post_titles(ids: list[str]) -> list[str | None]:
    """The title kroniek's reader gives each leestmeer post (set after Frog, so the cache holds)."""
    raws = Posts().load(ids)
    return [post_document(pid, raws[pid]).title for pid in ids]


def found_quotes(name: str, use_frog: bool, ranker: bool = True, titles: bool = False) -> Iterator[Found]:
    """Every found quote of one dev batch with the step that chose its speaker (with the ranker
    where the rules give none, unless ``ranker`` is off; ``titles``: see ``batch_docs``)."""
    docs, contexts = batch_docs(name, use_frog, titles)
    for doc, st in zip(docs, contexts, strict=True):
        traced = run_traced(st, ranker)
        preds = [q for q, _ in traced]
        for i, j in match(doc.text, doc.quotes, preds):
            g, (p, path) = doc.quotes[i], traced[j]
            before = preds[j - 1] if j > 0 else None
            prev = None
            if before is not None and before.speaker_start is not None and before.speaker_end is not None:
                prev = (before.speaker_start, before.speaker_end)
            yield Found(name, doc, st, j, g, p, path, speaker_right(doc.text, p, g), prev)


def census(rows: list[Found], base: bool) -> dict[str, dict[str, int]]:
    """Per step: picks, right, wrong, wrong_gold_none, empty_gold_has, batches_wrong."""
    out: dict[str, dict[str, int]] = defaultdict(
        lambda: dict.fromkeys(("picks", "right", "wrong", "wrong_gold_none", "empty_gold_has"), 0)
    )
    wrong_in: dict[str, set[str]] = defaultdict(set)
    for f in rows:
        key = f.path.split("+")[0] if base else f.path
        r = out[key]
        r["picks"] += 1
        r["right" if f.right else "wrong"] += 1
        if not f.right:
            wrong_in[key].add(f.batch)
            if not f.gold.speaker_name:
                r["wrong_gold_none"] += 1
            elif f.pred.speaker_start is None:
                r["empty_gold_has"] += 1
    for key, r in out.items():
        r["batches_wrong"] = len(wrong_in[key])
    return dict(sorted(out.items(), key=lambda kv: -kv[1]["picks"]))


def table(res: dict[str, dict[str, int]]) -> str:
    head = f"| {'step':28} | picks | right | wrong | guess where gold none | empty where gold has | batches wrong |"
    lines = [head, "|" + "---|" * 7]
    total = dict.fromkeys(("picks", "right", "wrong", "wrong_gold_none", "empty_gold_has"), 0)
    for key, r in res.items():
        lines.append(
            f"| {key:28} | {r['picks']} | {r['right']} | {r['wrong']} | {r['wrong_gold_none']} "
            f"| {r['empty_gold_has']} | {r['batches_wrong']} |"
        )
        for k in total:
            total[k] += r[k]
    lines.append(
        f"| {'all':28} | {total['picks']} | {total['right']} | {total['wrong']} "
        f"| {total['wrong_gold_none']} | {total['empty_gold_has']} | |"
    )
    return "\n".join(lines)


def main(argv: list[str]) -> None:
    use_frog = "--frog" in argv
    rows = [f for name in SETS for f in found_quotes(name, use_frog, "--rules" not in argv)]
    res = census(rows, "--base" in argv)
    if "--json" in argv:
        print(json.dumps(res, indent=1))
    else:
        print(table(res))


if __name__ == "__main__":
    main(sys.argv[1:])
