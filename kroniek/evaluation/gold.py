"""Reading hand-made gold sets: JSON lines, one record each, errors naming file and line."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from ..errors import EvalError

T = TypeVar("T")


def read_jsonl(path: str | Path, parse: Callable[[dict[str, Any]], T]) -> list[T]:
    """Parse every non-blank line of a gold file; a bad line raises EvalError naming file:line."""
    return list(_records(Path(path), parse))


def _records(p: Path, parse: Callable[[dict[str, Any]], T]) -> Iterator[T]:
    try:
        lines = p.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise EvalError(f"{p}: cannot read gold file ({e})") from e
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            yield parse(json.loads(line))
        except EvalError as e:
            raise EvalError(f"{p}:{n}: {e}") from e
        except (KeyError, TypeError, ValueError) as e:
            raise EvalError(f"{p}:{n}: malformed gold record ({e})") from e
