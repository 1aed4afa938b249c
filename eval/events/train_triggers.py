"""Train the event-trigger filter (kroniek/extract/triggers.py) on MEANTIME's tuning topic and
the dev posts of the real-news trigger gold.

    python eval/events/train_triggers.py [--write] [--min-recall 0.70] [--l2 1.0] [--no-leestmeer]
        [--candidates chronicle|other] [--news-splits dev,dev2,...] [--by-batch]

Candidates are what the lexicon and parse rules propose (``--candidates chronicle``, the default:
``EventExtractor(learned=False)``, listed words and unlisted verbs that report in the past, as
the chronicle runs it; ``other``: every content verb too) in the annotated sentences of
``corpus_gm`` and in the dev posts of
``eval/triggers/leestmeer.json`` (Frog cached as ``kroniek eval events --gold leestmeer`` caches
it); a candidate is positive when a gold event mention overlaps it (leestmeer: an ``event``
span; a candidate on a ``maybe`` span only is left out). The threshold is chosen by 4-fold
cross-validation across documents: the highest precision whose cross-validated recall (against
every gold mention, also those no candidate reaches) stays at or above ``--min-recall`` on both
sources. MEANTIME's three other topics and the leestmeer test posts are never read here.
``--write`` stores the weights, fitted on all training documents, in
kroniek/data/event_triggers.json.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from kroniek.evaluation.events import TUNE_TOPIC, GoldMention, MeantimeDoc, load  # noqa: E402
from kroniek.extract.events import EventExtractor, ParsedSentence  # noqa: E402
from kroniek.extract.triggers import MODEL_FILE, TriggerModel, features, train  # noqa: E402

DATA = Path(__file__).resolve().parents[3] / "shared" / "data" / "meantime-nl-cdcr"
OTHER_CANDIDATES = False  # True: every content verb is a candidate (--candidates other)
OUT = Path(__file__).resolve().parents[2] / "kroniek" / "data" / MODEL_FILE

Sample = tuple[list[str], int, str, frozenset[str]]  # features, label, document, gold ids it hits
UNMARKED = "unmarked"  # feature-free tag on a corpus_gm candidate in a sentence with no gold mention
TRAIN_UNMARKED = True  # False (--skip-unmarked): such candidates are scored but not trained on


def samples(docs: list[MeantimeDoc], gold: list[GoldMention]) -> tuple[list[Sample], dict[str, int]]:
    """Every candidate of the tuning topic with its features and label; gold mentions per document."""
    ex = EventExtractor(other=OTHER_CANDIDATES, learned=False)
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
        for sent, sid in zip(md.doc.sentences, md.sentences, strict=True):
            s = ParsedSentence(md.doc, sent)
            for i, m, sup in ex.candidates(s):
                if m.start >= limit:
                    continue
                hits = frozenset(g.id for g in golds if m.start < g.end and g.start < m.end)
                marked = any(g.sent_id == sid for g in golds)
                out.append((features(s, i, m, support=sup), int(bool(hits)), md.key if marked else md.key + "#" + UNMARKED,
                            hits))
    return out, {k: len(v) for k, v in by_doc.items()}


def leestmeer_samples(splits: tuple[str, ...] = ("dev",)) -> tuple[list[Sample], dict[str, int]]:
    """Every candidate in the dev posts of the real-news trigger gold, labelled by its spans."""
    from kroniek.evaluation import triggers_leestmeer as lm

    gold = lm.load_gold()
    posts = [p for split in splits for p in gold.posts(split)]
    docs = lm.analysed(posts)
    spans = lm.place([g for g in gold.triggers if g.post in set(posts)], docs)
    ex = EventExtractor(other=OTHER_CANDIDATES, learned=False)
    out: list[Sample] = []
    for pid, doc in docs.items():
        events = [(k, g) for k, g in enumerate(spans) if g.post == pid and g.label == "event"]
        for sent in doc.sentences:
            s = ParsedSentence(doc, sent)
            for i, m, sup in ex.candidates(s):
                over = [g for g in spans if g.post == pid and m.start < g.end and g.start < m.end]
                hits = frozenset(f"lm{k}" for k, g in events if m.start < g.end and g.start < m.end)
                if over and not hits:
                    continue  # on a borderline span only: neither a happening nor a false trigger
                out.append((features(s, i, m, support=sup), int(bool(hits)), "lm:" + pid, hits))
    return out, {"lm:" + p: sum(g.post == p and g.label == "event" for g in spans) for p in posts}


def cross_validate(data: list[Sample], l2: float, folds: int = 4,
                   batch_of: dict[str, int] | None = None) -> list[float]:
    """The out-of-fold probability of every sample; the topic's documents are split into folds.
    With ``batch_of`` (a leestmeer post's dev batch) each fold holds one whole news batch out,
    so a post is scored by a model that saw none of its batch (``--by-batch``)."""
    docs = sorted({_doc(d) for _, _, d, _ in data})
    fold_of = {d: k % folds for k, d in enumerate(docs)}
    if batch_of:
        fold_of.update({d: batch_of[d] for d in docs if d in batch_of})
    probs: list[float] = [0.0] * len(data)
    for f in range(folds):
        train_set = [(x, y) for x, y, d, _ in data if fold_of[_doc(d)] != f and _trained(d)]
        model = TriggerModel(train(train_set, l2=l2), 0.5)
        for k, (x, _, d, _) in enumerate(data):
            if fold_of[_doc(d)] == f:
                probs[k] = model.probability(x)
    return probs


def _doc(d: str) -> str:
    return d.split("#")[0]


def _trained(d: str) -> bool:
    return TRAIN_UNMARKED or not d.endswith("#" + UNMARKED)


def sweep(data: list[Sample], probs: list[float], n_gold: int,
          source: str | None = None) -> list[tuple[float, float, float]]:
    """(threshold, precision, recall) for thresholds 0.05 … 0.95, over one source's documents
    ("lm:" for the leestmeer posts, "" for MEANTIME) or all."""
    rows = []
    mine = [k for k, (_, _, d, _) in enumerate(data) if source is None or d.startswith("lm:") == (source == "lm:")]
    for t in [x / 100 for x in range(5, 96, 5)]:
        kept = [k for k in mine if probs[k] >= t]
        tp = sum(data[k][1] for k in kept)
        hit = set().union(*(data[k][3] for k in kept)) if kept else set()
        rows.append((t, tp / len(kept) if kept else 0.0, len(hit) / n_gold))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--min-recall", type=float, default=0.70)
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--candidates", choices=["chronicle", "other"], default="chronicle")
    ap.add_argument("--no-leestmeer", action="store_true", help="train on corpus_gm only (as before)")
    ap.add_argument("--news-splits", default="dev",
                    help="comma-separated dev splits of eval/triggers/leestmeer.json to train on (never test)")
    ap.add_argument("--skip-unmarked", action="store_true",
                    help="do not train on corpus_gm candidates in sentences the conversion marks no event in "
                         "(they are still scored): eval/events/README.md")
    ap.add_argument("--by-batch", action="store_true",
                    help="hold out one news dev batch per fold (and print each held-out batch's P/R by threshold)")
    args = ap.parse_args()
    global OTHER_CANDIDATES, TRAIN_UNMARKED
    OTHER_CANDIDATES = args.candidates == "other"
    TRAIN_UNMARKED = not args.skip_unmarked
    docs, gold, _ = load(DATA, topics={TUNE_TOPIC})
    data, per_doc = samples(docs, gold)
    n_mt = sum(per_doc.values())
    n_lm = 0
    if not args.no_leestmeer:
        splits = tuple(x for x in args.news_splits.split(",") if x)
        if "test" in splits or "all" in splits:
            raise SystemExit("the test posts are never trained on")
        lm_data, lm_gold = leestmeer_samples(splits)
        data += lm_data
        n_lm = sum(lm_gold.values())
    batch_of = None
    if args.by_batch and not args.no_leestmeer:
        from kroniek.evaluation import triggers_leestmeer as lm

        gold_splits = lm.load_gold().split
        batch_of = {"lm:" + p: k for k, split in enumerate(splits) for p in gold_splits[split]}
    probs = cross_validate(data, args.l2, folds=len(splits) if batch_of else 4, batch_of=batch_of)
    if batch_of:
        for k, split in enumerate(splits):
            mine = [n for n, (_, _, d, _) in enumerate(data) if batch_of.get(d) == k]
            n_gold = sum(lm_gold[d] for d in batch_of if batch_of[d] == k)
            rows = sweep([data[n] for n in mine], [probs[n] for n in mine], n_gold, "lm:")
            print(split, "held out: " + " ".join(f"{t:.2f}:{p:.3f}/{r:.3f}" for t, p, r in rows[::2]))
    mt_rows = sweep(data, probs, n_mt, "")
    lm_rows = sweep(data, probs, n_lm, "lm:") if n_lm else [(t, 0.0, 1.0) for t, _, _ in mt_rows]
    print(f"{len(data)} candidates, {sum(y for _, y, _, _ in data)} positive; gold mentions: {n_mt} ({TUNE_TOPIC}), "
          f"{n_lm} (leestmeer dev)")
    print("threshold  P(cv) R(cv) corpus_gm   P(cv) R(cv) leestmeer dev")
    for (t, p, r), (_, p2, r2) in zip(mt_rows, lm_rows, strict=True):
        print(f"{t:9.2f} {p:6.3f} {r:6.3f}           {p2:6.3f} {r2:6.3f}")
    ok = [(p + p2, t) for (t, p, r), (_, p2, r2) in zip(mt_rows, lm_rows, strict=True)
          if r >= args.min_recall and r2 >= args.min_recall]
    threshold = max(ok)[1] if ok else 0.05
    print(f"chosen threshold {threshold} (best cross-validated precision at recall >= {args.min_recall} on both)")
    if args.write:
        model = TriggerModel(train([(x, y) for x, y, d, _ in data if _trained(d)], l2=args.l2), threshold)
        OUT.write_text(model.to_json() + "\n", encoding="utf-8")
        print(f"wrote {OUT} ({len(model.weights)} weights)")


if __name__ == "__main__":
    main()
