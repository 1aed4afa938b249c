"""Grid-search the event linker's weights on ONE MEANTIME topic (corpus_gm) and print the best.

    python eval/events/tune.py            # uses the Frog cache that `kroniek eval events` fills

Only the tuning topic is scored here; `kroniek eval events` reports every topic with the
weights kept in kroniek.link.events.LinkWeights.
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


def main() -> None:
    docs, gold, entities = load(DEFAULT_DATA, topics={TUNE_TOPIC})
    base = LinkWeights()
    grid = {
        "threshold": [0.65, 0.8, 0.95],
        "semantic": [0.0, 0.3, 0.6],
        "context": [0.4],
    }
    results = []
    for values in itertools.product(*grid.values()):
        w = replace(base, **dict(zip(grid, values, strict=True)))
        res = coreference(docs, gold, entities, weights=w)[TUNE_TOPIC]
        results.append((res["system"]["conll_f1"], values))
    results.sort(reverse=True)
    print("baseline", coreference(docs, gold, entities, weights=base)[TUNE_TOPIC]["baseline"]["conll_f1"])
    for f1, values in results[:10]:
        print(round(f1, 4), dict(zip(grid, values, strict=True)))


if __name__ == "__main__":
    main()
