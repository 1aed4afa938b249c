"""How many of CROMER's event instances keep a mention in each language's conversion.

    python eval/events/instances_by_language.py OUTPUT_DATA [--data DIR]

OUTPUT_DATA is the converter's ``MEANTIME-prep/output_data`` folder of Diverse_CDCR_datasets
(commit 9dfb462, the one ../shared/data/meantime-nl-cdcr was copied from), holding
``{en,es,it,nl}/event_mentions.json``; only nl/ is in the shared data, so export the others, e.g.
``git -C REPO show HEAD:MEANTIME-prep/output_data/en/event_mentions.json > OUT/en/event_mentions.json``.
The instance list is the same for the four languages and the Dutch, Italian and Spanish texts are
sentence-aligned translations whose annotation was projected from English, so a language that
keeps far fewer instances than another lost them in conversion, not by the annotation protocol.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from kroniek.evaluation.events import read_instances  # noqa: E402

DATA = Path(__file__).resolve().parents[3] / "shared" / "data" / "meantime-nl-cdcr"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("output_data", type=Path)
    ap.add_argument("--data", type=Path, default=DATA)
    args = ap.parse_args()
    kinds = read_instances(args.data)
    events = {k for k, v in kinds.items() if v == "EVENT"}
    union: set[str] = set()
    print(f"CROMER event instances: {len(events)}")
    print(f"{'lang':4} {'mentions':>8} {'instances':>9}  per topic (mentions)")
    for lang in ("en", "es", "it", "nl"):
        path = args.output_data / lang / "event_mentions.json"
        if not path.is_file():
            continue
        mentions = json.loads(path.read_text(encoding="utf-8"))
        kept = {m["coref_chain"].split("_")[-1] for m in mentions} & events
        union |= kept
        topics = Counter(m["topic"] for m in mentions)
        print(f"{lang:4} {len(mentions):8} {len(kept):9}  " + ", ".join(f"{t} {n}" for t, n in sorted(topics.items())))
    print(f"instances kept by at least one language: {len(union)}")


if __name__ == "__main__":
    main()
