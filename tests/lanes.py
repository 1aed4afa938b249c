"""Which lane a test belongs to, from the fixtures it uses (read by the hook in conftest.py)."""

from __future__ import annotations

from collections.abc import Iterable

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
