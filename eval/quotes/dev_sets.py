"""Every quote dev set scored in one process (the same ``evaluate`` as ``kroniek eval quotes``).

    python eval/quotes/dev_sets.py [--frog [--crf]] [--errors]

One line per set: the older gold's dev split and each leestmeer dev batch (``leestmeer.jsonl``'s
dev split, ``leestmeer_dev4.jsonl`` …), with detection F1 and strict speaker accuracy; each line
is what ``kroniek eval quotes GOLD --split dev [--frog [--crf]]`` prints for that set. Test splits
are never read here. ``--errors`` also lists the strict speaker errors of the leestmeer sets.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from kroniek.evaluation.quotes import (  # noqa: E402
    DEFAULT_CACHE,
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


def main(argv: list[str]) -> None:
    use_frog, crf = "--frog" in argv, "--crf" in argv
    for name in SETS:
        res = evaluate(HERE / name, "dev", use_frog, DEFAULT_CACHE, crf)
        strict = res["speaker_strict"]
        print(json.dumps({
            "gold": name, "f1": round(res["overlap"]["f1"], 4),
            "strict": round(strict["accuracy"], 4), "right": strict["correct"], "found": strict["known"],
        }), flush=True)
        if "--errors" in argv and name.startswith("leestmeer"):
            _errors(HERE / name, use_frog)


if __name__ == "__main__":
    main(sys.argv[1:])
