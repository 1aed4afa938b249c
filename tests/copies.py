"""Deep copies of analysed documents for tests that must not change a shared one."""

from __future__ import annotations

import pickle
from typing import TypeVar

T = TypeVar("T")


def clone(obj: T) -> T:
    """A deep copy made by pickling: equal to ``copy.deepcopy`` for kroniek's dataclasses and about
    five times cheaper on an analysed document (the fast lane copies hundreds of them)."""
    return pickle.loads(pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL))
