"""Train kroniek's Dutch NER CRF on CoNLL-2002 ned.train, tune on ned.testa, write the packaged model.

    python eval/ner/train.py                      # train with the pinned settings, score ned.testa
    python eval/ner/train.py --c1 0.1 --c2 0.01   # try other regularisation (still scored on testa)
    python eval/ner/train.py --final              # train on ned.train + ned.testa (pinned settings)

Frog output for the three files is computed once by ``eval/ner/frog_cache.py`` (Frog ``--skip=tmpac``:
given tokens, lemma, POS, NER) and cached under ``eval/ner/cache/``. ned.testb is never read here:
report it with ``kroniek eval ner /work/shared/data/conll2002-ned/ned.testb``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE))

import pycrfsuite  # noqa: E402

import frog_cache  # noqa: E402
from kroniek.evaluation.ner import evaluate, format_table, frog_to_conll  # noqa: E402
from kroniek.extract.ner import FEATURE_VERSION, MODEL_PATH  # noqa: E402
from kroniek.extract.ner_features import document_features  # noqa: E402

# Settings chosen on ned.testa (see README.md for the runs that picked them).
C1 = 0.05
C2 = 0.01
MAX_ITER = 200
MIN_FREQ = 1


@dataclass(frozen=True, slots=True)
class Tok:
    word: str
    lemma: str
    pos: str
    ner: str


def load(split: str) -> list[tuple[list[list[Tok]], list[list[str]]]]:
    """Documents of (Frog tokens per sentence, gold tags per sentence) from the Frog cache."""
    path = frog_cache.build(split)
    docs: list[tuple[list[list[Tok]], list[list[str]]]] = []
    sents: list[list[Tok]] = []
    golds: list[list[str]] = []
    cur: list[Tok] = []
    gold: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line == "-DOCSTART-":
            if sents:
                docs.append((sents, golds))
            sents, golds = [], []
            continue
        if not line:
            if cur:
                sents.append(cur)
                golds.append(gold)
                cur, gold = [], []
            continue
        w, lemma, pos, ner, g = line.split("\t")
        cur.append(Tok(w, lemma, pos, ner))
        gold.append(g)
    if cur:
        sents.append(cur)
        golds.append(gold)
    if sents:
        docs.append((sents, golds))
    return docs


def train(docs, model: Path, c1: float, c2: float, max_iter: int, min_freq: float) -> float:
    trainer = pycrfsuite.Trainer(verbose=False)
    for sents, golds in docs:
        for feats, gold in zip(document_features(sents), golds, strict=True):
            trainer.append(feats, gold)
    trainer.set_params(
        {
            "c1": c1,
            "c2": c2,
            "max_iterations": max_iter,
            "feature.possible_transitions": True,
            "feature.minfreq": min_freq,
        }
    )
    t = time.time()
    trainer.train(str(model))
    return time.time() - t


def score(docs, model: Path) -> tuple[dict, dict]:
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    gold, pred, frog = [], [], []
    for sents, golds in docs:
        for sent, feats, g in zip(sents, document_features(sents), golds, strict=True):
            gold.append(g)
            pred.append(tagger.tag(feats))
            frog.append([frog_to_conll(t.ner) for t in sent])
    return evaluate(gold, pred), evaluate(gold, frog)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--c1", type=float, default=C1)
    ap.add_argument("--c2", type=float, default=C2)
    ap.add_argument("--max-iter", type=int, default=MAX_ITER)
    ap.add_argument("--min-freq", type=float, default=MIN_FREQ)
    ap.add_argument("--final", action="store_true", help="train on train+testa and write the packaged model")
    ap.add_argument("--out", type=Path, default=None, help="model path (default: a scratch file, or the package with --final)")
    args = ap.parse_args()
    print("command:", " ".join(["python", "eval/ner/train.py", *sys.argv[1:]]))

    train_docs = load("ned.train")
    dev_docs = load("ned.testa")
    out = args.out or (MODEL_PATH if args.final else HERE / "cache" / "scratch.crfsuite")
    data = train_docs + dev_docs if args.final else train_docs
    secs = train(data, out, args.c1, args.c2, args.max_iter, args.min_freq)
    info = pycrfsuite.Tagger()
    info.open(str(out))
    n_feats = len(info.info().state_features)
    size = out.stat().st_size
    print(f"trained in {secs:.0f}s: {n_feats} active state features, {size / 1e6:.1f} MB -> {out}")
    crf, frog = score(dev_docs, out)
    print(format_table("ned.testa Frog NER", frog))
    print(format_table("ned.testa CRF" + (" (testa was in training: not a score)" if args.final else ""), crf))
    meta = {
        "feature_version": FEATURE_VERSION,
        "trained_on": ["ned.train", "ned.testa"] if args.final else ["ned.train"],
        "frog_skip": frog_cache.FROG_SKIP,
        "c1": args.c1,
        "c2": args.c2,
        "max_iterations": args.max_iter,
        "min_freq": args.min_freq,
        "state_features": n_feats,
        "data": "CoNLL-2002 Dutch (research use only)",
    }
    if not args.final:
        meta["testa_f1"] = round(crf["overall"]["f1"], 4)
    out.with_suffix(".json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    print(json.dumps({"testa_f1": round(crf["overall"]["f1"], 4), "c1": args.c1, "c2": args.c2}))


if __name__ == "__main__":
    main()
