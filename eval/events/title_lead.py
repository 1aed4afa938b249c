"""Experiment, not shipped: how much of the tuning topic's linking error is a title restating its lead.

    python eval/events/title_lead.py [DATA_DIR]

A MEANTIME article's first line is its title, and the title names the happening the lead
(the body's first sentence) tells: "GM rapporteert verlies" / "General Motors meldt een verlies".
kroniek's linker never sees a title (ingest keeps headlines as metadata, out of the text), so
it keeps the two mentions apart unless their words and participants say enough. This script
binds each title mention to the first mention in the next two lines (dateline, lead) with the
same lemma, a stem-related lemma or a saying for a saying, and prints corpus_gm's CoNLL-F1 with
and without that binding. Tuning topic only: the held-out topics are not read.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from kroniek.evaluation.events import TUNE_TOPIC, _scores, load, prepare_gold_events  # noqa: E402
from kroniek.link.events import LinkMention, LinkWeights, cluster, read_mentions  # noqa: E402
from kroniek.link.events.binding import _bind  # noqa: E402
from kroniek.link.events.similarity import _stem_related, link_type  # noqa: E402

DATA = Path(__file__).resolve().parents[3] / "shared" / "data" / "meantime-nl-cdcr"
LEAD_SENTENCES = (2, 3)  # sentence indices of the lead: 0 is the title, 1 the dateline


def restates(x: LinkMention, y: LinkMention) -> bool:
    lx, ly = x.em.lemma.replace("_", ""), y.em.lemma.replace("_", "")
    return lx == ly or _stem_related(lx, ly) or link_type(x) == link_type(y) == "statement"


def bind_titles(ms: list[LinkMention]) -> int:
    """Bind every title mention to the first lead mention that restates it; how many were bound."""
    by_doc: dict[str, list[LinkMention]] = defaultdict(list)
    for m in ms:
        by_doc[m.key[0]].append(m)
    bound = 0
    for group in by_doc.values():
        lead = sorted((m for m in group if m.sent in LEAD_SENTENCES), key=lambda m: m.key[1])
        for x in (m for m in group if m.sent == 0):
            y = next((m for m in lead if restates(x, m)), None)
            if y is not None:
                _bind(x, y)
                bound += 1
    return bound


def main() -> None:
    data = Path(sys.argv[1]) if len(sys.argv) > 1 else DATA
    docs, gold, entities = load(data, topics={TUNE_TOPIC})
    owners = prepare_gold_events(docs, gold, entities)
    index = {(m.doc, m.start, m.end): m.chain for m in entities}
    weights = LinkWeights()
    for with_titles in (False, True):
        ms = read_mentions([md.doc for md in docs], lambda d, a, b: index.get((d, a, b)), weights=weights)
        bound = bind_titles(ms) if with_titles else 0
        system = [{gid for i in c for gid in owners.get(ms[i].key, [])} for c in cluster(ms, weights)]
        placed = {gid for s in system for gid in s}
        chains: dict[str, set[str]] = defaultdict(set)
        for g in gold:
            if g.id in placed:
                chains[g.chain].add(g.id)
        f1 = _scores(list(chains.values()), system)["conll_f1"]
        print(f"{TUNE_TOPIC} CoNLL-F1 {f1:.4f}" + (f" with {bound} title mentions bound to the lead" if with_titles
                                                  else " (the linker as shipped)"))


if __name__ == "__main__":
    main()
