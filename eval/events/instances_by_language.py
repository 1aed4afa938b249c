"""How many of CROMER's event instances keep a mention in each language's conversion.

    python eval/events/instances_by_language.py OUTPUT_DATA [--data DIR]

OUTPUT_DATA is the converter's ``MEANTIME-prep/output_data`` folder of Diverse_CDCR_datasets
(commit 9dfb462, the one ../shared/data/meantime-nl-cdcr was copied from), holding
``{en,es,it,nl}/event_mentions.json``; only nl/ is in the shared data, so export the others, e.g.
``git -C REPO show HEAD:MEANTIME-prep/output_data/en/event_mentions.json > OUT/en/event_mentions.json``
(and ``meantime.conll`` likewise, for the sentence table).
The instance list is the same for the four languages and the Dutch, Italian and Spanish texts are
sentence-aligned translations whose annotation was projected from English, so a language that
keeps far fewer instances than another lost them in conversion, not by the annotation protocol.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
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
    other_language_events(args.output_data, args.data)


def _sentences(conll: Path) -> dict[str, set[int]]:
    out: dict[str, set[int]] = defaultdict(set)
    for line in conll.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) >= 4 and not line.startswith("#"):
            out[cols[0]].add(int(cols[1]))
    return out


def _event_sentences(path: Path) -> dict[str, set[int]]:
    out: dict[str, set[int]] = defaultdict(set)
    for m in json.loads(path.read_text(encoding="utf-8")):
        out[f"{m['topic']}/{m['subtopic']}"].add(int(m["sent_id"]))
    return out


def other_language_events(output_data: Path, data: Path) -> None:
    """Per topic: Dutch sentences with no Dutch gold event that hold one in another language
    (articles whose conversion has as many sentences as the Dutch one, so ids align)."""
    nl_sents = _sentences(data / "output_data" / "nl" / "meantime.conll")
    nl_events = _event_sentences(data / "output_data" / "nl" / "event_mentions.json")
    others = {lang: (_sentences(output_data / lang / "meantime.conll"),
                     _event_sentences(output_data / lang / "event_mentions.json"))
              for lang in ("en", "es", "it") if (output_data / lang / "meantime.conll").is_file()}
    if not others:
        return
    table: dict[str, Counter[str]] = defaultdict(Counter)
    for doc, sids in nl_sents.items():
        aligned = [ev for sents, ev in others.values() if len(sents.get(doc, ())) == len(sids)]
        for sid in sids:
            c = table[doc.split("/")[0]]
            c["sentences"] += 1
            here = sid in nl_events[doc]
            c["nl_event"] += here
            c["elsewhere_only"] += not here and any(sid in ev[doc] for ev in aligned)
    print(f"Dutch sentences holding no Dutch event but one in {'/'.join(others)} (aligned articles):")
    for topic, c in sorted(table.items()):
        print(f"  {topic:15} {c['elsewhere_only']:4} of {c['sentences'] - c['nl_event']} "
              f"(sentences {c['sentences']}, with a Dutch event {c['nl_event']})")


if __name__ == "__main__":
    main()
