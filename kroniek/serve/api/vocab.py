"""What API filter values may be, checked before a query runs (422 for anything else)."""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files

from ...errors import InputError

# CAMEO root codes of kroniek's event types (docs/events.md); types without a root have none.
CAMEO_ROOT = {
    "statement": "01", "request": "02", "meet": "04", "cooperate": "05", "aid": "07", "withdraw": "08",
    "investigate": "09", "criticize": "11", "reject": "12", "threaten": "13", "protest": "14",
    "deploy": "15", "suspend": "16", "sanction": "17", "arrest": "17", "kill": "18", "attack": "19",
}


@lru_cache(maxsize=1)
def event_types() -> frozenset[str]:
    """Every event type kroniek assigns: the lexicon's (kroniek/data/event_types.tsv) and ``other``."""
    text = files("kroniek").joinpath("data/event_types.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return frozenset({r[2].strip() for r in rows if len(r) >= 3 and r[2].strip() != "type"} | {"other"} | set(CAMEO_ROOT))


def check_event_type(name: str, value: str | None) -> str | None:
    """An event type filter value, or InputError (422) naming the parameter."""
    if value in (None, ""):
        return None
    if value not in event_types():
        raise InputError(name, f"{value!r} is not an event type", "one of " + ", ".join(sorted(event_types())))
    return value
