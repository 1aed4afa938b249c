"""Train the event-trigger filter (kroniek/extract/triggers.py) on MEANTIME's tuning topic only.

    python eval/events/train_triggers.py [--write] [--min-recall 0.75] [--l2 3.0]

Candidates are what the lexicon and parse rules propose (``EventExtractor(other=True,
learned=False)``) in the annotated sentences of ``corpus_gm``; a candidate is positive when a
gold event mention overlaps it. The threshold is chosen by 4-fold cross-validation across the
topic's documents: the highest precision whose cross-validated recall (against every gold
mention, also those no candidate reaches) stays at or above ``--min-recall``. The three other
topics are never read here. ``--write`` stores the weights, fitted on the whole topic, in
kroniek/data/event_triggers.json.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from kroniek.evaluation.events import TUNE_TOPIC, GoldMention, MeantimeDoc, load  # noqa: E402
from kroniek.extract.events import EventExtractor, _Sent  # noqa: E402
from kroniek.extract.triggers import MODEL_FILE, TriggerModel, features, train  # noqa: E402

DATA = Path(__file__).resolve().parents[3] / "shared" / "data" / "meantime-nl-cdcr"
OUT = Path(__file__).resolve().parents[2] / "kroniek" / "data" / MODEL_FILE

Sample = tuple[list[str], int, str, frozenset[str]]  # features, label, document, gold ids it hits


def samples(docs: list[MeantimeDoc], gold: list[GoldMention]) -> tuple[list[Sample], dict[str, int]]:
    """Every candidate of the tuning topic with its features and label; gold mentions per document."""
    ex = EventExtractor(other=True, learned=False)
    by_doc: dict[str, list[GoldMention]] = defaultdict(list)
    for g in gold:
        by_doc[g.doc].append(g)
    out: list[Sample] = []
    for md in docs:
        golds = by_doc.get(md.key, [])
        if md.topic != TUNE_TOPIC or not golds:
            continue
        last = max(g.sent_id for g in golds)
        limit = next((a for (sid, _), (a, _) in sorted(md.offsets.items()) if sid > last), len(md.doc.text))
        for sent in md.doc.sentences:
            s = _Sent(md.doc, sent)
            for i, m, sup in ex.candidates(s):
                if m.start >= limit:
                    continue
                hits = frozenset(g.id for g in golds if m.start < g.end and g.start < m.end)
                out.append((features(s, i, m, support=sup), int(bool(hits)), md.key, hits))
    return out, {k: len(v) for k, v in by_doc.items()}


def cross_validate(data: list[Sample], l2: float, folds: int = 4) -> list[float]:
    """The out-of-fold probability of every sample; the topic's documents are split into folds."""
    docs = sorted({d for _, _, d, _ in data})
    fold_of = {d: k % folds for k, d in enumerate(docs)}
    probs: list[float] = [0.0] * len(data)
    for f in range(folds):
        train_set = [(x, y) for x, y, d, _ in data if fold_of[d] != f]
        model = TriggerModel(train(train_set, l2=l2), 0.5)
        for k, (x, _, d, _) in enumerate(data):
            if fold_of[d] == f:
                probs[k] = model.probability(x)
    return probs


def sweep(data: list[Sample], probs: list[float], n_gold: int) -> list[tuple[float, float, float]]:
    """(threshold, precision, recall) for thresholds 0.05 … 0.95."""
    rows = []
    for t in [x / 100 for x in range(5, 96, 5)]:
        kept = [k for k, p in enumerate(probs) if p >= t]
        tp = sum(data[k][1] for k in kept)
        hit = set().union(*(data[k][3] for k in kept)) if kept else set()
        rows.append((t, tp / len(kept) if kept else 0.0, len(hit) / n_gold))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--min-recall", type=float, default=0.75)
    ap.add_argument("--l2", type=float, default=3.0)
    args = ap.parse_args()
    docs, gold, _ = load(DATA, topics={TUNE_TOPIC})
    data, per_doc = samples(docs, gold)
    n_gold = sum(per_doc.values())
    probs = cross_validate(data, args.l2)
    rows = sweep(data, probs, n_gold)
    print(f"{len(data)} candidates, {sum(y for _, y, _, _ in data)} positive, {n_gold} gold mentions ({TUNE_TOPIC})")
    print("threshold  P(cv)  R(cv)")
    for t, p, r in rows:
        print(f"{t:9.2f} {p:6.3f} {r:6.3f}")
    ok = [(p, t) for t, p, r in rows if r >= args.min_recall]
    threshold = max(ok)[1] if ok else 0.05
    print(f"chosen threshold {threshold} (best cross-validated precision at recall >= {args.min_recall})")
    if args.write:
        model = TriggerModel(train([(x, y) for x, y, _, _ in data], l2=args.l2), threshold)
        OUT.write_text(model.to_json() + "\n", encoding="utf-8")
        print(f"wrote {OUT} ({len(model.weights)} weights)")


if __name__ == "__main__":
    main()
