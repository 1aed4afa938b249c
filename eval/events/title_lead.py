"""How much of the tuning topic's linking error a title restating its lead was: with and without
the headline binding the linker now makes (``kroniek.link.headlines``).

    python eval/events/title_lead.py [DATA_DIR]

A MEANTIME article's first line is its title, and the title names the happening the lead
(the body's first sentences) tells: "GM rapporteert verlies" / "General Motors meldt een verlies".
Session 15 shipped the rule this experiment measured (``extract.headline``: a text's headline
line is bound to the lead mention with the same lemma, stem or happening family, a saying for a
saying, or failing those the first of its typed type); this script prints corpus_gm's CoNLL-F1
with the linker as shipped and with that binding switched off. Tuning topic only: the held-out
topics are not read.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import kroniek.link.events.linker as linker  # noqa: E402
from kroniek.evaluation.events import TUNE_TOPIC, _scores, load, prepare_gold_events  # noqa: E402
from kroniek.link.events import LinkWeights, cluster, read_mentions  # noqa: E402

DATA = Path(__file__).resolve().parents[3] / "shared" / "data" / "meantime-nl-cdcr"


def main() -> None:
    data = Path(sys.argv[1]) if len(sys.argv) > 1 else DATA
    docs, gold, entities = load(data, topics={TUNE_TOPIC})
    owners = prepare_gold_events(docs, gold, entities)
    index = {(m.doc, m.start, m.end): m.chain for m in entities}
    weights = LinkWeights()
    shipped = linker.bind_headlines
    for with_titles in (False, True):
        linker.bind_headlines = shipped if with_titles else (lambda ms: 0)
        ms = read_mentions([md.doc for md in docs], lambda d, a, b: index.get((d, a, b)), weights=weights)
        system = [{gid for i in c for gid in owners.get(ms[i].key, [])} for c in cluster(ms, weights)]
        placed = {gid for s in system for gid in s}
        chains: dict[str, set[str]] = defaultdict(set)
        for g in gold:
            if g.id in placed:
                chains[g.chain].add(g.id)
        f1 = _scores(list(chains.values()), system)["conll_f1"]
        print(f"{TUNE_TOPIC} CoNLL-F1 {f1:.4f}" + (" (the linker as shipped: headline lines bound to their lead)"
                                                  if with_titles else " (headline binding off)"))
    linker.bind_headlines = shipped


if __name__ == "__main__":
    main()
