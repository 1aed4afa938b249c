"""Two ways to let the speaker ranker override a speaker the rules did pick, judged leave-one-
batch-out over every quote dev batch (dev splits only; never a test split; issue #11, item 2).

    python eval/quotes/speaker_overrides.py [--frog] [--groups su,volgens,app,cue,headline] [--titles]

Both start from what the package runs (``ranker.fill_empty``: the ranker fills the fillable empty
quotes) and may replace a rule's pick by the ranker's best other candidate ("no speaker" included):

- **margin**: when that candidate's score beats the rule candidate's by more than a margin;
- **rule-wrong**: when a binary logistic model ("the rule's pick is wrong here and the ranker's
  other pick is right") over the step, its resolution suffixes, the score margin, the two
  candidates' kinds, distances and positions and the number of candidates says so with more than
  a threshold.

Nothing is chosen on the batch it is scored on. For a left-out batch B the margin and the
threshold are chosen on the other twelve: each of those is scored by a ranker fitted without it
and without B (out-of-fold scores, as B itself is scored by one fitted without B), the margin that
gets most quotes right over them wins (ties: the larger margin, the fewer overrides), and the
rule-wrong model is fitted on their out-of-fold rows, its threshold by a leave-one-batch-out over
the twelve. One line per batch: found quotes, the shipped setting (rules + fillable), margin (and
the margin chosen), rule-wrong (and the threshold chosen), and the totals.
"""

from __future__ import annotations

import math
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy.optimize import minimize

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE))

from train_speakers import SETS, Design, Item, fit, load_items  # noqa: E402

from kroniek.extract.quotes.ranker import step_of, vectorise  # noqa: E402

MARGINS = (-1.0, -0.5, 0.0, 0.25, 0.5, 1.0, 1.5, 2.0, 3.0, math.inf)
THRESHOLDS = (0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.7, math.inf)
SUFFIXES = ("+resolve", "+named", "+role-pronoun", "+pronoun-last", "+group", "+suspect", "+epithet", "+office", "+chain")
# the candidate features the rule-wrong model reads of the rule's pick and of the other pick
CAND_FEATURES = (
    "kind_PER", "kind_ORG", "kind_PRON", "kind_PREV", "kind_RULE", "kind_?", "before", "log_dist", "sent_-2",
    "sent_-1", "sent_0", "sent_1", "opens_sentence", "is_prev", "same_para", "capitalised", "words",
    "dep_su_report_here", "dep_su_report", "dep_su_verb", "dep_volgens", "dep_is_app", "dep_has_app", "in_headline",
)
BINARY_L2 = 1.0


def rule_index(it: Item) -> int | None:
    """The rule's own candidate (None when the rules gave no speaker)."""
    for i, c in enumerate(it.cands):
        if c.features.get("is_rule"):
            return i
    return None


def overridable(it: Item) -> bool:
    return not it.fillable and rule_index(it) is not None


def other_pick(it: Item, s: np.ndarray) -> int:
    """The ranker's best candidate other than the rule's."""
    masked = s.copy()
    masked[rule_index(it)] = -np.inf
    return int(np.argmax(masked))


def shipped_right(it: Item, s: np.ndarray) -> bool:
    """Rules, with the ranker filling the fillable empty quotes (what ``find_quotes`` runs)."""
    return it.labels[int(np.argmax(s))] if it.fillable else it.rule_right


def override_value(it: Item, s: np.ndarray) -> int:
    """+1 when replacing the rule's pick by the other pick gains the quote, -1 when it loses it."""
    return int(it.labels[other_pick(it, s)]) - int(it.rule_right)


def margin_right(it: Item, s: np.ndarray, margin: float) -> bool:
    if overridable(it):
        r, a = rule_index(it), other_pick(it, s)
        if s[a] - s[r] > margin:
            return it.labels[a]
    return shipped_right(it, s)


def quote_features(it: Item, s: np.ndarray) -> dict[str, float]:
    """What the rule-wrong model reads of one quote whose rule pick the ranker could replace."""
    r, a = rule_index(it), other_pick(it, s)
    assert r is not None
    f = {f"step_{step_of(it.path)}": 1.0, "margin": float(s[a] - s[r]), "other_none": float(it.cands[a].span is None)}
    f |= {f"suffix_{x}": 1.0 for x in SUFFIXES if x in it.path}
    f["candidates"] = math.log1p(len(it.cands))
    for prefix, cand in (("rule_", it.cands[r]), ("other_", it.cands[a])):
        f |= {prefix + k: cand.features[k] for k in CAND_FEATURES if cand.features.get(k)}
    return f


def fit_binary(rows: list[dict[str, float]], ys: list[bool]) -> tuple[dict[str, int], np.ndarray]:
    """A plain L2 logistic regression (scipy L-BFGS)."""
    vocab: dict[str, int] = {}
    for r in rows:
        for k in r:
            vocab.setdefault(k, len(vocab))
    x, y = vectorise(rows, vocab), np.array(ys, dtype=float)

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        p = 1 / (1 + np.exp(-(x @ w)))
        ll = float(y @ np.log(p + 1e-12) + (1 - y) @ np.log(1 - p + 1e-12))
        return BINARY_L2 * w @ w / 2 - ll, x.T @ (p - y) + BINARY_L2 * w

    return vocab, minimize(loss, np.zeros(x.shape[1]), jac=True, method="L-BFGS-B").x


def prob(model: tuple[dict[str, int], np.ndarray], f: dict[str, float]) -> float:
    vocab, w = model
    return float(1 / (1 + np.exp(-(vectorise([f], vocab) @ w)[0])))


@dataclass(slots=True)
class Row:
    """One overridable quote with its (out-of-fold) scores, features and override value."""

    batch: str
    features: dict[str, float]
    value: int


class Folds:
    """Rankers fitted without one or two batches, each fitted once."""

    def __init__(self, items: list[Item]) -> None:
        self.items, self.design = items, Design(items)
        self.batches = sorted({it.batch for it in items}, key=SETS.index)
        self.by = {b: [it for it in items if it.batch == b] for b in self.batches}
        self.weights: dict[frozenset[str], np.ndarray] = {}

    def w(self, *left_out: str) -> np.ndarray:
        key = frozenset(left_out)
        if key not in self.weights:
            self.weights[key] = fit([it for it in self.items if it.batch not in key], self.design)[1]
        return self.weights[key]

    def scores(self, it: Item, *left_out: str) -> np.ndarray:
        return self.design.scores(it, self.w(*left_out))

    def rows(self, batch: str, *left_out: str) -> list[Row]:
        out = []
        for it in self.by[batch]:
            if overridable(it):
                s = self.scores(it, *left_out)
                out.append(Row(batch, quote_features(it, s), override_value(it, s)))
        return out


def choose_margin(folds: Folds, b: str) -> float:
    train = [c for c in folds.batches if c != b]
    right = {
        m: sum(margin_right(it, folds.scores(it, b, c), m) for c in train for it in folds.by[c]) for m in MARGINS
    }
    best = max(right.values())
    return max(m for m in MARGINS if right[m] == best)


def rule_wrong_model(rows: list[Row]) -> tuple[dict[str, int], np.ndarray]:
    """Fitted on the rows where overriding changes something (+1 gains, -1 loses)."""
    taught = [r for r in rows if r.value]
    return fit_binary([r.features for r in taught], [r.value > 0 for r in taught])


def choose_threshold(rows: dict[str, list[Row]]) -> float:
    gain = dict.fromkeys(THRESHOLDS, 0)
    for c, held in rows.items():
        model = rule_wrong_model([r for d, rs in rows.items() if d != c for r in rs])
        for r in held:
            p = prob(model, r.features)
            for t in THRESHOLDS:
                gain[t] += r.value if p > t else 0
    best = max(gain.values())
    return max(t for t in THRESHOLDS if gain[t] == best)


def compare(items: list[Item]) -> None:
    folds = Folds(items)
    print("| batch | found | rules+ranker(fillable, shipped) | margin | margin chosen | rule-wrong | threshold chosen |")
    print("|---|---|---|---|---|---|---|")
    totals = [0, 0, 0, 0]
    for b in folds.batches:
        held = folds.by[b]
        shipped = sum(shipped_right(it, folds.scores(it, b)) for it in held)
        m = choose_margin(folds, b)
        margin = sum(margin_right(it, folds.scores(it, b), m) for it in held)
        train_rows = {c: folds.rows(c, b, c) for c in folds.batches if c != b}
        t = choose_threshold(train_rows)
        model = rule_wrong_model([r for rs in train_rows.values() for r in rs])
        wrong = shipped + sum(r.value for r in folds.rows(b, b) if prob(model, r.features) > t)
        for k, v in enumerate((len(held), shipped, margin, wrong)):
            totals[k] += v
        print(f"| {b} | {len(held)} | {shipped} | {margin} | {m} | {wrong} | {t} |")
    print(f"| total | {totals[0]} | {totals[1]} | {totals[2]} | | {totals[3]} | |")
    print("missed quotes with a right candidate, by that candidate's rank under the ranker:", missed_ranks(folds))


def missed_ranks(folds: Folds) -> dict[int, int]:
    """For each quote the shipped setting gets wrong though some candidate is right: the best
    rank (0 = the ranker's top) of a right candidate, scored by the ranker fitted without its batch."""
    ranks: dict[int, int] = {}
    for b in folds.batches:
        for it in folds.by[b]:
            s = folds.scores(it, b)
            if any(it.labels) and not shipped_right(it, s):
                order = list(np.argsort(-s, kind="stable"))
                k = min(order.index(i) for i, ok in enumerate(it.labels) if ok)
                ranks[k] = ranks.get(k, 0) + 1
    return dict(sorted(ranks.items()))


def main(argv: list[str]) -> None:
    if "-h" in argv or "--help" in argv:
        print(__doc__)
        return
    compare(load_items(argv))


if __name__ == "__main__":
    main(sys.argv[1:])

