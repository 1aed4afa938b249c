"""``eval/quotes/train_speakers.py``'s fit: the conditional logit's loss summed over every
quote's candidates at once (``group_loss``) equals the per-quote softmax loop it replaces, and its
gradient is the loss's derivative (random candidate groups, no Frog, no gold)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
from scipy.optimize import check_grad

SCRIPT = Path(__file__).resolve().parents[2] / "eval" / "quotes" / "train_speakers.py"


def _script():
    sys.path.insert(0, str(SCRIPT.parent))  # it imports speaker_census beside it
    try:
        spec = importlib.util.spec_from_file_location("train_speakers", SCRIPT)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules.setdefault(spec.name, module)  # dataclasses look their module up there
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(SCRIPT.parent))
    return module


def _groups(seed: int = 3) -> tuple[np.ndarray, np.ndarray, list[np.ndarray]]:
    """Candidate rows of 40 quotes (1 to 6 candidates each), one or two right per quote."""
    rng = np.random.default_rng(seed)
    sizes = rng.integers(1, 7, size=40)
    x = rng.normal(size=(int(sizes.sum()), 9))
    labels = []
    for n in sizes:
        lab = np.zeros(n)
        lab[rng.choice(n, size=min(n, int(rng.integers(1, 3))), replace=False)] = 1.0
        labels.append(lab)
    y = np.concatenate([lab / lab.sum() for lab in labels])
    return x, y, labels


def _loop_loss(w: np.ndarray, x: np.ndarray, y: np.ndarray, labels: list[np.ndarray], l2: float) -> float:
    """The per-quote softmax loop the fit ran before (qrank, session 12)."""
    total, a = l2 * w @ w / 2, 0
    for lab in labels:
        b = a + len(lab)
        z = x[a:b] @ w
        p = np.exp(z - z.max()) / np.exp(z - z.max()).sum()
        total -= float(y[a:b] @ np.log(p + 1e-12))
        a = b
    return total


def test_group_loss_equals_the_per_quote_loop() -> None:
    ts = _script()
    x, y, labels = _groups()
    starts = ts.group_starts(labels)
    for seed in range(3):
        w = np.random.default_rng(seed).normal(size=x.shape[1])
        loss, _grad = ts.group_loss(w, x, y, starts)
        assert abs(loss - _loop_loss(w, x, y, labels, ts.L2)) < 1e-9


def test_group_loss_gradient_is_its_derivative() -> None:
    ts = _script()
    x, y, labels = _groups(seed=5)
    starts = ts.group_starts(labels)
    w = np.random.default_rng(1).normal(size=x.shape[1])
    err = check_grad(lambda v: ts.group_loss(v, x, y, starts)[0], lambda v: ts.group_loss(v, x, y, starts)[1], w)
    assert err < 1e-4
