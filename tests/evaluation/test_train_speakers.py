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


def _overrides():
    sys.path.insert(0, str(SCRIPT.parent))
    try:
        _script()
        spec = importlib.util.spec_from_file_location("speaker_overrides", SCRIPT.parent / "speaker_overrides.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules.setdefault(spec.name, module)
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(SCRIPT.parent))
    return module


def _item(ts, rule_right: bool, labels: list[bool], fillable: bool = False):
    """"No speaker", the rule's pick and one other name (no features beyond their roles)."""
    cands = [
        ts.Candidate(None, {"is_none": 1.0}),
        ts.Candidate((0, 4), {"is_rule": 1.0}),
        ts.Candidate((10, 14), {"is_other": 1.0}),
    ]
    return ts.Item("b", cands, labels, rule_right, "after+resolve", fillable)


def test_margin_overrides_the_rule_only_beyond_the_margin() -> None:
    ov = _overrides()
    ts = sys.modules["train_speakers"]
    wrong_rule = _item(ts, False, [False, False, True])
    s = np.array([0.0, 1.0, 1.6])
    assert ov.margin_right(wrong_rule, s, 0.5)  # 1.6 beats 1.0 by more than 0.5: the other name
    assert not ov.margin_right(wrong_rule, s, 1.0)  # not by more than 1.0: the rule's pick stays
    assert ov.override_value(wrong_rule, s) == 1
    right_rule = _item(ts, True, [False, True, False])
    assert ov.override_value(right_rule, s) == -1
    assert not ov.margin_right(right_rule, s, 0.5)


def test_margin_leaves_a_fillable_quote_to_the_ranker() -> None:
    ov = _overrides()
    ts = sys.modules["train_speakers"]
    empty = _item(ts, False, [False, False, True], fillable=True)
    assert not ov.overridable(empty)
    assert ov.shipped_right(empty, np.array([0.0, 0.5, 2.0]))  # the ranker's top pick
