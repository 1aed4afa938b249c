"""What each event-linking signal is worth, on the two sets tuning may look at.

    python3 eval/happenings/ablate.py            # needs Frog's output cached by the two eval commands

Each row turns one signal of ``kroniek.link.events.LinkWeights`` off (or the semantic one on) and
prints the cross-document CoNLL-F1 and happenings-as-one-event on the leestmeer dev split
(``kroniek eval happenings --split dev``) and the CoNLL-F1 on MEANTIME's tuning topic corpus_gm
(``kroniek eval events``). The test split and MEANTIME's held-out topics are never run here.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from kroniek.evaluation import happenings as H  # noqa: E402
from kroniek.evaluation.events import DEFAULT_DATA, TUNE_TOPIC, coreference, load  # noqa: E402
from kroniek.evaluation.leestmeer import Posts, post_document  # noqa: E402
from kroniek.link.entities import EntityLinker  # noqa: E402
from kroniek.link.events import LinkWeights, link_events  # noqa: E402
from kroniek.settings import Settings  # noqa: E402

VARIANTS: dict[str, dict[str, object]] = {
    "kroniek (defaults)": {},
    "no happening families": {"family": 0.0},
    "no shared names": {"names": 0.0},
    "sayings may join": {"sayings_apart": False},
    "no next-day tolerance": {"next_day": False},
    "plain average link": {"text_units": False},
    "no same-text lean": {"same_text": 0.0},
    "no 3-7 day penalty": {"days_apart": 0.0},
    "+ sentence encoder 0.2": {"semantic": 0.2},
}


def dev_scorer():
    hs, distract = H.read_gold(H.GOLD, "dev")
    posts = sorted({m["post"] for h in hs for m in h["mentions"]})
    raw = Posts().load(posts + distract)
    triggers = H.place_triggers(hs, {p: post_document(p, raw[p]).text for p in posts})
    docs, _ = H.ingest(raw, H.default_cache(), lambda m: print(m, file=sys.stderr))
    linker = EntityLinker(Settings())
    for d in docs.values():
        linker.add(d)
    linker.entities()
    assigned = linker.assignments()
    key: dict[str, set[str]] = defaultdict(set)
    for g in triggers:
        key[g.happening].add(g.id)

    def score(w: LinkWeights) -> tuple[float, int]:
        events = link_events(list(docs.values()), lambda d, s, e: assigned.get((d, s, e)), weights=w)
        system, _ = H.response(triggers, docs, events)
        return H._scores(list(key.values()), system)["conll_f1"], sum(H.one_event(hs, triggers, system).values())

    return score, len(hs)


def main() -> None:
    score_dev, n = dev_scorer()
    docs, gold, entities = load(DEFAULT_DATA, topics={TUNE_TOPIC})
    print(f"{'variant':26} {'dev CoNLL':>9} {'one event':>9} {'gm CoNLL':>9}")
    for name, change in VARIANTS.items():
        w = replace(LinkWeights(), **change)  # type: ignore[arg-type]
        f1, ones = score_dev(w)
        gm = coreference(docs, gold, entities, weights=w)[TUNE_TOPIC]["system"]["conll_f1"]
        print(f"{name:26} {f1:9.3f} {ones:>6}/{n} {gm:9.3f}", flush=True)


if __name__ == "__main__":
    main()
