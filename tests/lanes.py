"""Which lane a test belongs to, from the fixtures it uses (read by the hook in conftest.py)."""

from __future__ import annotations

from collections.abc import Iterable

import pytest

# Fixtures that start a real Frog process or a real Chromium; a test that uses one of them (directly
# or through another fixture) gets the mark. Add a fixture here when it starts either.
FROG_FIXTURES = frozenset({"frog", "light_server"})
BROWSER_FIXTURES = frozenset({"browser"})


def marks_for(fixturenames: Iterable[str]) -> set[str]:
    """The lane marks a test earns from the fixtures it uses (its whole fixture closure)."""
    names = set(fixturenames)
    marks = set()
    if names & FROG_FIXTURES:
        marks.add("frog")
    if names & BROWSER_FIXTURES:
        marks.add("browser")
    return marks


def used_fixtures(item: pytest.Item) -> set[str]:
    """The fixtures a test really uses: its fixture closure less the names it parametrizes
    directly (``@pytest.mark.parametrize(("frog", "conll"), ...)`` is a value, not the server)."""
    direct: set[str] = set()
    for mark in item.iter_markers("parametrize"):
        names = mark.args[0] if mark.args else mark.kwargs.get("argnames", ())
        if isinstance(names, str):
            names = [n.strip() for n in names.split(",")]
        indirect = mark.kwargs.get("indirect", False)
        if indirect is True:
            continue
        direct.update(n for n in names if not (isinstance(indirect, list | tuple) and n in indirect))
    return set(getattr(item, "fixturenames", ())) - direct
