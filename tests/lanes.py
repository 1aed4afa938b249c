"""Which lane a test belongs to, from the fixtures it uses (read by the hook in conftest.py), and how
parallel runs hand out and end their workers."""

from __future__ import annotations

import itertools
import os
import re
import signal
import threading
import time
from collections.abc import Iterable
from pathlib import Path

import pytest

# Fixtures that start a real Frog process or a real Chromium; a test that uses one of them (directly
# or through another fixture) gets the mark. Add a fixture here when it starts either.
FROG_FIXTURES = frozenset({"frog", "frog_servers", "light_server"})
BROWSER_FIXTURES = frozenset({"browser"})
# A throwaway PostgreSQL server (initdb, pg_ctl, a database emptied per test) costs seconds: its
# tests are the full suite's. The store backends ask for it at run time (``getfixturevalue``), so a
# fixture parameter naming it counts as using it (POSTGRES_PARAMS).
SLOW_FIXTURES = frozenset({"postgres_server"})
POSTGRES_PARAMS = frozenset({"postgresql"})


def marks_for(fixturenames: Iterable[str]) -> set[str]:
    """The lane marks a test earns from the fixtures it uses (its whole fixture closure)."""
    names = set(fixturenames)
    marks = set()
    if names & FROG_FIXTURES:
        marks.add("frog")
    if names & BROWSER_FIXTURES:
        marks.add("browser")
    if names & SLOW_FIXTURES:
        marks.add("slow")
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
    used = set(getattr(item, "fixturenames", ())) - direct
    callspec = getattr(item, "callspec", None)
    params = callspec.params if callspec is not None else {}
    if any(isinstance(v, str) and v in POSTGRES_PARAMS for k, v in params.items() if k not in direct):
        used.add("postgres_server")
    return used


LANE_MARKS = ("frog", "browser", "slow")
_MODULE_MARKS = re.compile(r"^pytestmark = (\[[^\]]*\]|.*)$", re.M)
_BARE_MARK = re.compile(r"pytest\.mark\.(\w+)\b(?!\()")


def module_marks(path: Path) -> set[str]:
    """The marks a test module puts on every test in it (its ``pytestmark``), read from its text."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return set()
    found = _MODULE_MARKS.search(text)
    return set(_BARE_MARK.findall(found.group(1))) if found else set()


def could_select(markexpr: str, marks: set[str]) -> bool:
    """Whether ``-m markexpr`` can select a test that carries ``marks`` (and may earn more lane marks
    from its fixtures). An expression naming anything but the lane marks may select anything."""
    if not markexpr:
        return True
    names = set(re.findall(r"[A-Za-z_]\w*", markexpr)) - {"and", "or", "not"}
    if not names <= set(LANE_MARKS):
        return True
    others = [m for m in LANE_MARKS if m not in marks]
    for n in range(len(others) + 1):
        for more in itertools.combinations(others, n):
            on = marks | set(more)
            if eval(markexpr, {"__builtins__": {}}, {m: m in on for m in LANE_MARKS}):  # noqa: S307 - and/or/not over lane marks only
                return True
    return False


def heavy_files_first(items: list[pytest.Item]) -> list[pytest.Item]:
    """The items with whole test files reordered by how long they are likely to take: first the
    files holding a test marked both frog and slow (the gates over gold sets, Frog runs in several
    processes: minutes each), then those holding any frog, browser or slow test, then the rest;
    each file's tests kept together and in their order, and files in collection order within a tier.

    Parallel runs (pytest-xdist, ``--dist loadfile --no-loadscope-reorder``) hand out whole files
    in this order: the long files start first, and the many short ones fill both workers at the
    end, instead of one long file starting last while the other worker has nothing left to do."""
    tier: dict[Path, int] = {}
    for item in items:
        marks = {m for m in LANE_MARKS if item.get_closest_marker(m)}
        rank = 0 if {"frog", "slow"} <= marks else 1 if marks else 2
        tier[item.path] = min(tier.get(item.path, 2), rank)
    return sorted(items, key=lambda item: tier[item.path])


def end_with_controller(poll: float = 1.0) -> threading.Thread:
    """In a pytest-xdist worker: end this worker (SIGTERM to itself) when the controller that
    started it is gone. A controller killed with SIGTERM (CI's time limit, ``kill``) does not stop
    its workers, which ran on with their Frog servers until their test files ended; a worker
    that ends takes its Frog with it (``kroniek.analyse.frog``'s guard). The parent is watched by
    a daemon thread every ``poll`` seconds, not with a parent-death signal, which follows the thread
    that started the worker rather than the controller process."""
    controller = os.getppid()

    def watch() -> None:
        while os.getppid() == controller:
            time.sleep(poll)
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(10)  # a test that handles SIGTERM (a watch loop stopping cleanly) had its chance
        os.kill(os.getpid(), signal.SIGKILL)

    thread = threading.Thread(target=watch, name="end-with-controller", daemon=True)
    thread.start()
    return thread
