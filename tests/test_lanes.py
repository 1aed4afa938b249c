"""The test lanes: tests that start real Frog or Chromium are marked by the fixtures they use.

The fast lane (``-m "not frog and not browser and not slow"``) relies on these marks, so a new
test that asks for the ``frog`` fixture must land in the Frog lane without a hand-written mark.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from lanes import could_select, heavy_files_first, marks_for, module_marks, used_fixtures

TESTS = Path(__file__).resolve().parent


@pytest.mark.parametrize(
    ("fixtures", "marks"),
    [
        pytest.param(["frog"], {"frog"}, id="the session Frog server starts real Frog"),
        pytest.param(["light_server", "tmp_path"], {"frog"}, id="the lifecycle server is real Frog too"),
        pytest.param(["seeds_dir", "doc", "frog"], {"frog"}, id="frog reached through a module fixture"),
        pytest.param(["browser", "server"], {"browser"}, id="Playwright's Chromium"),
        pytest.param(["recorded", "fixtures_dir"], set(), id="recorded Frog output is the fast lane"),
        pytest.param(["postgres_url", "postgres_server"], {"slow"}, id="a PostgreSQL server start takes seconds"),
        pytest.param([], set(), id="no fixtures, no marks"),
    ],
)
def test_lanes_marks_follow_fixtures(fixtures: list[str], marks: set[str]) -> None:
    assert marks_for(fixtures) == marks


def _collected(marker: str, *paths: Path) -> set[str]:
    """Test names pytest collects under ``-m marker`` (run as a child so the hook really runs)."""
    out = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider",
         "-m", marker, *map(str, paths)],
        capture_output=True, text=True, cwd=TESTS.parent, env={**os.environ}, timeout=120,
    )
    assert out.returncode in (0, 5), out.stdout + out.stderr  # 5: nothing collected
    return {line.split("::", 1)[1].split("[")[0] for line in out.stdout.splitlines() if "::" in line}


@pytest.mark.slow  # a child pytest collecting two modules: seconds; the rules themselves are tested in-process
def test_lanes_frog_fixture_puts_a_test_in_the_frog_lane() -> None:
    frog = _collected("frog", TESTS / "analyse" / "test_frog.py", TESTS / "evaluation" / "test_ner_scoring.py")
    # Unmarked in the file; marked by the hook because they take `frog` or `light_server`.
    assert "test_frog_server_analyses_text_with_all_modules" in frog
    assert "test_frog_server_restarts_after_crash" in frog
    # A test that only points Frog at a missing binary stays in the fast lane.
    assert "test_frog_missing_binary_says_how_to_install" not in frog
    # A parameter that happens to be called `frog` (a Frog tag) is a value, not the server.
    assert "test_ner_frog_to_conll_maps_types" not in frog


class _Item:
    """Just what used_fixtures reads of a collected test."""

    def __init__(self, fixturenames: list[str], params: dict[str, object], parametrized: tuple[str, ...] = ()) -> None:
        self.fixturenames = fixturenames
        self.callspec = type("CallSpec", (), {"params": params})()
        self._marks = [pytest.mark.parametrize(parametrized, []).mark] if parametrized else []

    def iter_markers(self, name: str | None = None):
        return iter([m for m in self._marks if name is None or m.name == name])


@pytest.mark.parametrize(("item", "slow"), [
    pytest.param(_Item(["store", "backend"], {"backend": "postgresql"}), True,
                 id="the store backend asks for PostgreSQL at run time"),
    pytest.param(_Item(["store", "backend"], {"backend": "sqlite"}), False, id="the SQLite backend is fast"),
    pytest.param(_Item(["any_db"], {"any_db": "postgresql"}), True, id="so does the watch loop's database"),
    pytest.param(_Item(["dsn"], {"dsn": "postgresql"}, ("dsn",)), False,
                 id="a test's own parameter is a value, not the server"),
])
def test_lanes_postgresql_backend_parameter_is_the_slow_lane(item: _Item, slow: bool) -> None:
    assert ("slow" in marks_for(used_fixtures(item))) == slow


FAST = "not frog and not browser and not slow"


@pytest.mark.parametrize(
    ("markexpr", "marks", "selectable"),
    [
        pytest.param(FAST, {"frog", "slow"}, False, id="the fast lane leaves out a real-Frog module unimported"),
        pytest.param(FAST, {"slow"}, False, id="and a slow module"),
        pytest.param(FAST, set(), True, id="a module without marks may hold fast tests"),
        pytest.param("slow", set(), True, id="a module without marks may hold tests that earn slow from fixtures"),
        pytest.param("not frog", {"slow"}, True, id="a slow module in a lane that keeps slow tests"),
        pytest.param("frog and not slow", {"frog", "slow"}, False, id="a negated mark the module carries"),
        pytest.param("", {"frog"}, True, id="no -m: the full suite imports everything"),
        pytest.param("not smoke", {"slow"}, True, id="a mark that is not a lane mark: never guessed"),
    ],
)
def test_lanes_could_select_decides_whether_a_module_is_imported(markexpr: str, marks: set[str],
                                                                  selectable: bool) -> None:
    assert could_select(markexpr, marks) is selectable


@pytest.mark.parametrize(
    ("source", "marks"),
    [
        pytest.param("pytestmark = [pytest.mark.frog, pytest.mark.slow]\n", {"frog", "slow"}, id="a list"),
        pytest.param("pytestmark = pytest.mark.slow  # a cluster takes seconds\n", {"slow"}, id="one mark, commented"),
        pytest.param("pytestmark = [\n    pytest.mark.browser,\n    pytest.mark.skipif(True, reason='x'),\n]\n",
                     {"browser"}, id="a list over lines, a conditional mark left out"),
        pytest.param("def test_x():\n    pytestmark = 1\n", set(), id="indented: not the module's"),
        pytest.param("import pytest\n", set(), id="no module mark"),
    ],
)
def test_lanes_module_marks_read_from_the_text(tmp_path: Path, source: str, marks: set[str]) -> None:
    path = tmp_path / "test_x.py"
    path.write_text(source, encoding="utf-8")
    assert module_marks(path) == marks


class _Marked:
    """Just what heavy_files_first reads of a collected test: its file and its lane marks."""

    def __init__(self, name: str, path: str, *marks: str) -> None:
        self.name, self.path, self.marks = name, Path(path), set(marks)

    def get_closest_marker(self, name: str) -> object | None:
        return name if name in self.marks else None


def test_lanes_heavy_files_first_moves_whole_files_and_keeps_their_order() -> None:
    items = [_Marked("a1", "a.py"), _Marked("a2", "a.py"),
             _Marked("b1", "b.py"), _Marked("b2", "b.py", "frog"),
             _Marked("c1", "c.py"),
             _Marked("d1", "d.py", "slow"), _Marked("d2", "d.py"),
             _Marked("e1", "e.py"), _Marked("e2", "e.py", "frog", "slow"), _Marked("e3", "e.py", "browser")]
    got = heavy_files_first(items)  # type: ignore[arg-type]
    assert [i.name for i in got] == ["e1", "e2", "e3", "b1", "b2", "d1", "d2", "a1", "a2", "c1"]


_WORKER = """
import sys, time
sys.path.insert(0, sys.argv[1])
from lanes import end_with_controller
end_with_controller(poll=0.05)
print("ready", flush=True)
time.sleep(60)
"""

_CONTROLLER = """
import subprocess, sys, time
worker = subprocess.Popen([sys.executable, "-c", sys.argv[1], sys.argv[2]], stdout=subprocess.PIPE, text=True)
worker.stdout.readline()
print(worker.pid, flush=True)
time.sleep(60)
"""


def test_lanes_worker_ends_when_its_controller_is_killed() -> None:
    """A real process tree: a controller killed with SIGTERM leaves a worker that watches it no
    time to run on (an xdist worker kept its Frog servers until its test file ended)."""
    controller = subprocess.Popen([sys.executable, "-c", _CONTROLLER, _WORKER, str(TESTS)], stdout=subprocess.PIPE, text=True)
    assert controller.stdout is not None
    worker = int(controller.stdout.readline())
    controller.terminate()
    controller.wait()
    deadline = time.monotonic() + 10
    while _alive(worker) and time.monotonic() < deadline:
        time.sleep(0.05)
    alive = _alive(worker)
    if alive:
        os.kill(worker, signal.SIGKILL)
    assert not alive


def _alive(pid: int) -> bool:
    """Whether the process runs (a zombie, dead but not yet reaped by init, does not)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False
