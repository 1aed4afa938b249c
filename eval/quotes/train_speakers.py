"""The speaker ranker (``kroniek/extract/quotes/ranker.py``) fitted and judged leave-one-batch-out
over every quote dev batch (dev splits only; never a test split).

    python eval/quotes/train_speakers.py [--frog] [--save] [--dump] [--groups su,volgens,app,cue,headline] [--titles]
        [-h|--help]

For each batch the ranker is fitted on all the other batches and scored on it; one line per batch
gives strict speaker accuracy (right / found quotes) for: the rules alone; the ranker alone; the
rules with the ranker only where they give no speaker ("empty"); the same only where the package
lets it fill (``ranker.fillable``: Frog's names, a story opener or a reported clause, no speaker on
the quote before; what ``find_quotes`` runs); the rules with the ranker where they give none or
carry a speaker over from another sentence ("unsure": carry-*, prev); the fillable quotes plus a
ranker pick in place of the weak steps' ("override": prev, carry-last). The last
line is the mean over batches and the total. ``--save`` fits on every batch and writes the weights
to kroniek/data/speaker_ranker.json. ``--groups`` turns on parse feature groups the shipped ranker
does not read (``ranker.PARSE_GROUPS``; none gained leave-one-batch-out, see ranker.py).
``--titles`` gives the leestmeer posts their own titles from the archive (the gold rows carry none,
so the headline group otherwise reads the opening sentence). ``eval/quotes/speaker_overrides.py``
judges, on the same items, two ways of replacing a rule's pick (a margin, a "rule is wrong" model).

A conditional logit (a softmax over each quote's candidates, L2 penalty), fitted with scipy's
L-BFGS: numpy and scipy are already dependencies, the model is small (a few dozen features), and
the package scores with the same feature code that trains it; scikit-learn has no conditional
logit and would add a dev dependency for one ``fit`` call. The loss sums every quote's softmax at
once (``group_loss``), and a leave-one-batch-out run builds the feature matrices once (``Design``):
the 13 fits take about 1 s of CPU (23 s with the per-quote loop before session 13).
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy.optimize import minimize

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from speaker_census import SETS, Found, found_quotes  # noqa: E402

from kroniek.evaluation.quotes import speaker_right  # noqa: E402
from kroniek.extract.quotes import ranker  # noqa: E402
from kroniek.extract.quotes.ranker import Candidate, candidates, fillable, step_of, vectorise  # noqa: E402
from kroniek.model import Quote  # noqa: E402

WEIGHTS = HERE.parents[1] / "kroniek" / "data" / "speaker_ranker.json"
L2 = 1.0
UNSURE = ("carry", "prev")
# the steps the census calls weak (eval/quotes/speaker_census.py --frog --base): "override" lets
# the ranker replace their pick (judged here; not adopted, see ranker.py)
WEAK = frozenset(["prev", "carry-last"])


@dataclass(slots=True)
class Item:
    """One found quote: its candidates, which are right, the rules' pick and whether it is right."""

    batch: str
    cands: list[Candidate]
    labels: list[bool]
    rule_right: bool
    path: str
    fillable: bool  # whether the package lets the ranker fill this quote (``ranker.fillable``)


def item(f: Found) -> Item:
    p = f.pred
    rule = None if p.speaker_start is None or p.speaker_end is None else (p.speaker_start, p.speaker_end)
    cands = candidates(f.st, p.start, p.end, rule, f.path, f.prev, p.direct, p.cue)
    labels = [
        speaker_right(f.doc.text, Quote(p.start, p.end, *(c.span or (None, None))), f.gold) for c in cands
    ]
    empty = f.path.endswith("/none")
    return Item(f.batch, cands, labels, f.right, f.path, empty and fillable(f.st, f.path, f.prev))


def vocabulary(items: list[Item]) -> dict[str, int]:
    """Every feature the items' candidates carry, in order of first use."""
    vocab: dict[str, int] = {}
    for it in items:
        for c in it.cands:
            for k in c.features:
                vocab.setdefault(k, len(vocab))
    return vocab


class Design:
    """The candidates' feature matrices of a set of items over one vocabulary, built once so a
    leave-one-batch-out run fits on row subsets instead of vectorising every fold again (a
    feature no training item carries gets weight 0 under the L2 penalty, so a fold's weights
    score as if fitted on the fold's own vocabulary)."""

    def __init__(self, items: list[Item]) -> None:
        self.vocab = vocabulary(items)
        self.rows = {id(it): vectorise([c.features for c in it.cands], self.vocab) for it in items}

    def scores(self, it: Item, w: np.ndarray) -> np.ndarray:
        return self.rows[id(it)] @ w


def fit(items: list[Item], design: Design | None = None) -> tuple[dict[str, int], np.ndarray]:
    """Vocabulary and weights of a conditional logit: per quote, a softmax over its candidates,
    fitted to the candidates that are right (quotes without a right candidate teach nothing)."""
    vocab = design.vocab if design is not None else vocabulary(items)
    taught = [it for it in items if any(it.labels)]
    if design is not None:
        x = np.vstack([design.rows[id(it)] for it in taught])
    else:
        x = vectorise([c.features for it in taught for c in it.cands], vocab)
    labels = [np.array(it.labels, dtype=float) for it in taught]
    y = np.concatenate([lab / lab.sum() for lab in labels])
    w = minimize(group_loss, np.zeros(x.shape[1]), args=(x, y, group_starts(labels)), jac=True, method="L-BFGS-B").x
    return vocab, w


def group_starts(groups: list[np.ndarray]) -> np.ndarray:
    """The row where each quote's candidates begin in the stacked matrix."""
    return np.cumsum([0] + [len(g) for g in groups[:-1]])


def group_loss(w: np.ndarray, x: np.ndarray, y: np.ndarray, starts: np.ndarray) -> tuple[float, np.ndarray]:
    """The conditional logit's penalised negative log-likelihood and its gradient, every quote's
    softmax at once (group maxima and sums by ``np.maximum.reduceat`` / ``np.add.reduceat``)."""
    z = x @ w
    sizes = np.diff(np.append(starts, len(z)))
    zz = z - np.repeat(np.maximum.reduceat(z, starts), sizes)
    e = np.exp(zz)
    p = e / np.repeat(np.add.reduceat(e, starts), sizes)
    total = L2 * w @ w / 2 - float(y @ np.log(p + 1e-12))
    return total, L2 * w + x.T @ (p - y)


def modes(it: Item, scores: np.ndarray) -> dict[str, bool]:
    """Whether each way of choosing (the rules, the ranker's top ``scores``, …) is right."""
    ranked = it.labels[int(np.argmax(scores))]
    empty = it.path.endswith("/none")
    unsure = empty or step_of(it.path).startswith(UNSURE)
    return {
        "rules": it.rule_right,
        "ranker": ranked,
        "rules+ranker(empty)": ranked if empty else it.rule_right,
        "rules+ranker(fillable)": ranked if it.fillable else it.rule_right,
        "rules+ranker(unsure)": ranked if unsure else it.rule_right,
        "rules+ranker(override)": ranked if it.fillable or step_of(it.path) in WEAK else it.rule_right,
        "oracle": any(it.labels),
    }


def leave_one_batch_out(items: list[Item]) -> None:
    names = [
        "rules", "ranker", "rules+ranker(empty)", "rules+ranker(fillable)", "rules+ranker(unsure)",
        "rules+ranker(override)", "oracle",
    ]
    print("| batch | found | " + " | ".join(names) + " |")
    print("|---|---|" + "---|" * len(names))
    means = {n: 0.0 for n in names}
    totals = {n: 0 for n in names}
    batches = sorted({it.batch for it in items}, key=SETS.index)
    design = Design(items)
    for b in batches:
        _vocab, w = fit([it for it in items if it.batch != b], design)
        held = [it for it in items if it.batch == b]
        right = {n: 0 for n in names}
        for it in held:
            for n, ok in modes(it, design.scores(it, w)).items():
                right[n] += ok
        for n in names:
            means[n] += right[n] / len(held) / len(batches)
            totals[n] += right[n]
        print(f"| {b} | {len(held)} | " + " | ".join(f"{right[n]} ({right[n] / len(held):.3f})" for n in names) + " |")
    n_all = len(items)
    print(f"| mean / total | {n_all} | " + " | ".join(f"{totals[n]} ({means[n]:.3f})" for n in names) + " |")


def load_items(argv: list[str]) -> list[Item]:
    """The found quotes of every dev batch as items, read as the command line asks: ``--frog``
    (Frog's cached analysis), ``--groups su,cue`` (the parse feature groups, ranker.PARSE_GROUPS),
    ``--titles`` (the leestmeer posts' own titles, which the headline group reads)."""
    if "--groups" in argv:
        ranker.GROUPS = frozenset(g for g in argv[argv.index("--groups") + 1].split(",") if g)
    use_frog, titles = "--frog" in argv, "--titles" in argv
    return [item(f) for name in SETS for f in found_quotes(name, use_frog, ranker=False, titles=titles)]


def main(argv: list[str]) -> None:
    if "-h" in argv or "--help" in argv:
        print(__doc__)
        return
    items = load_items(argv)
    if "--dump" in argv:  # the candidates of every batch, for trying features without reloading
        import pickle

        Path("/tmp/qrank_items.pkl").write_bytes(pickle.dumps(items))
    leave_one_batch_out(items)
    if "--save" in argv:
        vocab, w = fit(items)
        WEIGHTS.write_text(json.dumps({"features": list(vocab), "weights": [round(float(v), 5) for v in w]}, indent=0) + "\n")
        print(f"wrote {WEIGHTS}")


if __name__ == "__main__":
    main(sys.argv[1:])
