"""Every quote dev set scored in one process (the same ``evaluate`` as ``kroniek eval quotes``).

    python eval/quotes/dev_sets.py [--frog [--crf]] [--errors] [--detection]

One line per set: the older gold's dev split and each leestmeer dev batch (``leestmeer.jsonl``'s
dev split, ``leestmeer_dev4.jsonl`` …), with detection F1 and strict speaker accuracy; each line
is what ``kroniek eval quotes GOLD --split dev [--frog [--crf]]`` prints for that set. Test splits
are never read here. ``--errors`` also lists the strict speaker errors of the leestmeer sets, ``--detection`` every set's
detection errors (missed, extra and differently bounded quotes).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from kroniek.evaluation.quotes import (  # noqa: E402
    DEFAULT_CACHE,
    _words,
    attribution_words,
    cached,
    evaluate,
    frog_analyser,
    load_gold,
    match,
    predict,
    speaker_right,
)

SETS = ["gold.jsonl", "leestmeer.jsonl", *sorted(p.name for p in HERE.glob("leestmeer_dev*.jsonl"))]


def _errors(path: Path, use_frog: bool) -> None:
    docs = [d for d in load_gold(path) if d.split == "dev"]
    analyse = cached(frog_analyser(), DEFAULT_CACHE) if use_frog else None
    for d, pred in zip(docs, predict(docs, analyse), strict=True):
        for i, j in match(d.text, d.quotes, pred):
            g, p = d.quotes[i], pred[j]
            if not speaker_right(d.text, p, g):
                said = "-" if p.speaker_start is None else d.text[p.speaker_start : p.speaker_end]
                print(f"  {d.id} [{d.text[g.start : g.end][:50]}] gold={g.speaker_name} pred={said}")


def _gold_words(text: str, start: int, end: int) -> str:
    return " ".join(text[start:end].split())


def _detection_errors(path: Path, use_frog: bool) -> None:
    """Missed gold quotes (MISS), predictions that find none (EXTRA, "+gold" when they overlap a
    gold quote another prediction found: a partial quote counted twice) and found quotes whose
    words differ (SPAN: gold | predicted)."""
    docs = [d for d in load_gold(path) if d.split == "dev"]
    analyse = cached(frog_analyser(), DEFAULT_CACHE) if use_frog else None
    for d, pred in zip(docs, predict(docs, analyse), strict=True):
        pairs = match(d.text, d.quotes, pred)
        found_g, found_p = {i for i, _ in pairs}, {j for _, j in pairs}
        for i, g in enumerate(d.quotes):
            if i not in found_g:
                kind = "D" if g.direct else "R"
                print(f"  MISS {kind} {d.id} [{_gold_words(d.text, g.start, g.end)[:110]}]")
        for j, p in enumerate(pred):
            if j not in found_p:
                twice = any(g.start < p.end and p.start < g.end for g in d.quotes)
                kind = ("D" if p.direct else "R") + ("+gold" if twice else "")
                print(f"  EXTRA {kind} {d.id} [{_gold_words(d.text, p.start, p.end)[:110]}]")
        for i, j in pairs:
            g, p = d.quotes[i], pred[j]
            gold_words = _words(d.text, g.start, g.end) - attribution_words(d.text, g, p)
            if gold_words != _words(d.text, p.start, p.end):
                print(f"  SPAN {d.id} gold=[{_gold_words(d.text, g.start, g.end)[:80]}]"
                      f" pred=[{_gold_words(d.text, p.start, p.end)[:80]}]")


def main(argv: list[str]) -> None:
    use_frog, crf = "--frog" in argv, "--crf" in argv
    for name in SETS:
        res = evaluate(HERE / name, "dev", use_frog, DEFAULT_CACHE, crf)
        strict = res["speaker_strict"]
        print(json.dumps({
            "gold": name, "f1": round(res["overlap"]["f1"], 4), "exact_f1": round(res["exact"]["f1"], 4),
            "old_f1": round(res["old_scorer"]["overlap"]["f1"], 4),
            "old_exact_f1": round(res["old_scorer"]["exact"]["f1"], 4),
            "strict": round(strict["accuracy"], 4), "right": strict["correct"], "found": strict["known"],
        }), flush=True)
        if "--errors" in argv and name.startswith("leestmeer"):
            _errors(HERE / name, use_frog)
        if "--detection" in argv:
            _detection_errors(HERE / name, use_frog)


if __name__ == "__main__":
    main(sys.argv[1:])
