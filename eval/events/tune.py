"""Grid-search the event linker's weights on ONE MEANTIME topic (corpus_gm) and print the best.

    python eval/events/tune.py            # uses the Frog cache that `kroniek eval events` fills

Weights are chosen on the tuning topic only. The mean CoNLL-F1 of the three held-out topics is
printed beside each setting so that a choice can be reported honestly, never to choose.
`kroniek eval events` reports every topic with the weights kept in kroniek.link.events.LinkWeights.
"""

from __future__ import annotations

import itertools
import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from kroniek.evaluation.events import (  # noqa: E402
    DEFAULT_DATA,
    TUNE_TOPIC,
    coreference,
    load,
)
from kroniek.link.events import LinkWeights  # noqa: E402

HELD_OUT = ("corpus_airbus", "corpus_apple", "corpus_stock")


def main() -> None:
    docs, gold, entities = load(DEFAULT_DATA, topics=None)
    base = LinkWeights()
    grid = {
        "threshold": [0.6, 0.65, 0.7],
        "semantic": [0.0, 0.1, 0.2, 0.3],
        "same_object": [0.0, 0.25],
    }
    results = []
    for values in itertools.product(*grid.values()):
        w = replace(base, **dict(zip(grid, values, strict=True)))
        res = coreference(docs, gold, entities, weights=w)
        held = sum(res[t]["system"]["conll_f1"] for t in HELD_OUT) / len(HELD_OUT)
        results.append((res[TUNE_TOPIC]["system"]["conll_f1"], held, values))
        print(f"{TUNE_TOPIC} {results[-1][0]:.4f}  held-out {held:.4f}  {dict(zip(grid, values, strict=True))}",
              flush=True)
    results.sort(key=lambda r: -r[0])
    print("baseline", coreference(docs, gold, entities, weights=base)[TUNE_TOPIC]["baseline"]["conll_f1"])
    print("best on the tuning topic:")
    for f1, held, values in results[:5]:
        print(round(f1, 4), "held-out", round(held, 4), dict(zip(grid, values, strict=True)))


if __name__ == "__main__":
    main()
