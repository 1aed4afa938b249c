"""A small learned filter on event triggers: does this candidate word report a happening?

The lexicon and the parse rules in ``kroniek.extract.events`` propose candidates; this logistic
model scores each over Frog features (compound or not, lexicon type, CGN tag, dependency relation,
the word above it, its arguments, determiner, sentence position and length, quote, factuality)
and drops candidates below the threshold stored with the weights. The weights are trained by
``eval/events/train_triggers.py`` on MEANTIME's tuning topic ``corpus_gm`` only (the threshold is
chosen by cross-validation across that topic's documents) and shipped as
``kroniek/data/event_triggers.json``; scoring is a dot product, so it costs nothing at ingest.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..model import EventMention
    from .events import ParsedSentence

DEFINITE_DETS = frozenset({"de", "het", "deze", "die", "dit", "dat"})
MODEL_FILE = "event_triggers.json"


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for e in edges:
        if n <= e:
            return f"<={e}"
    return f">{edges[-1]}"


def features(s: ParsedSentence, i: int, m: EventMention, *, support: bool = False) -> list[str]:
    """The features of candidate trigger token i (its mention m) in its sentence."""
    tok = s.tok(i)
    tag = tok.pos.split(",")[0] + ("," + tok.pos.split(",")[1] if "," in tok.pos else "")
    # No lemma identity: on MEANTIME's tuning topic it adds nothing under cross-validation and it
    # would tie the model to that topic's vocabulary (car makers' sales).
    out = ["bias", f"type={m.type}", f"tag={tag}", f"pos={tok.coarse_pos}",
           f"rel={tok.deprel}", f"rel+pos={tok.deprel}+{tok.coarse_pos}", f"type+pos={m.type}+{tok.coarse_pos}",
           f"fact={m.factuality}"]
    word = m.lemma.replace("_", "").replace(" ", "")
    head = _compound_head(word)
    if head and head != word:
        out.append("compound")
    h = s.head(i)
    if h is None:
        out.append("root")
    else:
        ht = s.tok(h)
        out += [f"hpos={ht.coarse_pos}", f"hrel={ht.deprel}"]
        if ht.coarse_pos in ("WW", "VZ"):
            out.append(f"hlemma={ht.lemma.lower()}")
    kids = {s.tok(c).deprel for c in s.kids(i)}
    out += [f"kid={k}" for k in sorted(kids & {"su", "obj1", "obj2", "vc", "pc", "ld", "predc", "svp"})]
    if tok.coarse_pos == "N":
        dets = [s.tok(c).lemma.lower() for c in s.kids(i, "det")]
        out.append("det=" + ("def" if set(dets) & DEFINITE_DETS else "indef" if dets else "none"))
        if ",mv," in tok.pos:
            out.append("plural")
    out += _context(s, i, m)
    out.append("sent=" + _bucket(tok.sent, (0, 1, 3, 7)))
    out.append("len=" + _bucket(s.last - s.first, (4, 10, 25)))
    if any(q.start <= tok.start < q.end for q in s.doc.quotes):
        out.append("in_quote")
    if support:
        out.append("support")
    return out


def _context(s: ParsedSentence, i: int, m: EventMention) -> list[str]:
    """Where the candidate sits: a heading line, a name, a time of its own, who its subject is."""
    from .events import heading, in_name

    out = []
    if heading(s):
        out.append("heading")
    if in_name(s, i):
        out.append("in_name")
    if m.when:
        out.append("timed")
    roles = {role for role, _, _ in m.arguments}
    out += [f"arg={r}" for r in sorted(roles)]
    su = next(iter(s.kids(i, "su")), None)
    if su is not None:
        out.append("su=" + s.tok(su).coarse_pos)
    return out


def _compound_head(word: str) -> str | None:
    from .events import lexicon

    hit = lexicon().noun_type(word)
    return hit[1] if hit else None


@dataclass(frozen=True, slots=True)
class TriggerModel:
    """Logistic-regression weights over feature strings and the threshold chosen for them."""

    weights: dict[str, float]
    threshold: float

    def probability(self, feats: list[str]) -> float:
        z = sum(self.weights.get(f, 0.0) for f in feats)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def keep(self, feats: list[str]) -> bool:
        return self.probability(feats) >= self.threshold

    def to_json(self) -> str:
        return json.dumps({"threshold": self.threshold, "weights": dict(sorted(self.weights.items()))},
                          ensure_ascii=False, indent=0)


@cache
def trigger_model() -> TriggerModel | None:
    """The shipped model, or None when kroniek/data holds none (then every candidate is kept)."""
    path = resources.files("kroniek.data").joinpath(MODEL_FILE)
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return TriggerModel({str(k): float(v) for k, v in data["weights"].items()}, float(data["threshold"]))


def train(samples: list[tuple[list[str], int]], *, l2: float = 1.0, epochs: int = 300,
          rate: float = 0.5) -> dict[str, float]:
    """Fit logistic-regression weights (full-batch gradient descent, L2 on all but the bias)."""
    import numpy as np

    index: dict[str, int] = {}
    for feats, _ in samples:
        for f in feats:
            index.setdefault(f, len(index))
    x = np.zeros((len(samples), len(index)))
    for r, (feats, _) in enumerate(samples):
        for f in feats:
            x[r, index[f]] = 1.0
    y = np.array([lab for _, lab in samples], dtype=float)
    w = np.zeros(len(index))
    reg = np.full(len(index), l2 / len(samples))
    reg[index["bias"]] = 0.0
    for _ in range(epochs):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        grad = x.T @ (p - y) / len(samples) + reg * w
        w -= rate * grad
    return {f: round(float(w[k]), 4) for f, k in index.items() if abs(w[k]) >= 1e-4}
