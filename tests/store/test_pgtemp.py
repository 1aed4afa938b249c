"""The throwaway PostgreSQL server of the tests: a port taken before the server binds it is retried
(parallel test workers each start one, and may pick the same free port), and a server whose
starter is killed (kill -9, no ``stop()``) is stopped and its folder removed by its guard."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from kroniek.store.pgtemp import TempPostgres, postgres_bindir

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_temp_postgres_starts_on_another_port_when_its_port_is_taken() -> None:
    if postgres_bindir() is None:
        pytest.skip("no PostgreSQL binaries (initdb, pg_ctl)")
    pytest.importorskip("psycopg")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        pg = TempPostgres()
        pg.port = taken.getsockname()[1]  # as if another worker had bound it first
        with pg:
            assert pg.port != taken.getsockname()[1]
            import psycopg

            with psycopg.connect(pg.url) as conn:
                assert conn.execute("SELECT 1").fetchone() == (1,)


# A child that opens a TempPostgres, reports its folder, its postmaster and the child it forked
# (0 for none; a forked child must not keep the guard waiting), and waits to be killed.
_STARTER = """
import os, sys, time
from kroniek.store.pgtemp import TempPostgres

pg = TempPostgres().start()
pid = (pg.data / "postmaster.pid").read_text().split()[0]
forked = os.fork() if sys.argv[1] == "fork" else 0
if forked == 0 and sys.argv[1] == "fork":
    time.sleep(600)
    os._exit(0)
print(pg.dir, pid, forked, flush=True)
time.sleep(600)
"""


def _running(pid: int) -> bool:
    """Whether a process runs (a zombie nobody reaped yet counts as gone)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text(encoding="ascii")
    except OSError:
        return False
    return "\nState:\tZ" not in status


def _soon(check: Callable[[], bool], seconds: float = 60, step: float = 0.1) -> bool:
    deadline = time.monotonic() + seconds
    while not check() and time.monotonic() < deadline:
        time.sleep(step)
    return check()


@pytest.mark.slow
@pytest.mark.parametrize(
    ("how", "forks"),
    [
        (signal.SIGKILL, False),  # kill -9: no __exit__, no atexit
        (signal.SIGTERM, False),  # a CI timeout or a terminal: Python's default handler, no atexit
        (signal.SIGKILL, True),  # a forked child (a worker) still running holds no pipe end
    ],
)
def test_temp_postgres_is_stopped_and_removed_when_its_starter_is_killed(how: signal.Signals, forks: bool) -> None:
    if postgres_bindir() is None:
        pytest.skip("no PostgreSQL binaries (initdb, pg_ctl)")
    pytest.importorskip("psycopg")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    argv = [sys.executable, "-c", _STARTER, "fork" if forks else "-"]
    starter = subprocess.Popen(argv, stdout=subprocess.PIPE, text=True, env=env)
    folder, pid, forked = Path(), 0, 0
    try:
        assert starter.stdout is not None
        line = starter.stdout.readline().split()
        assert len(line) == 3, f"the starter said {line!r}"
        folder, pid, forked = Path(line[0]), int(line[1]), int(line[2])
        assert _running(pid) and folder.is_dir()
        starter.send_signal(how)
        starter.wait()
        assert not forked or _running(forked)
        assert _soon(lambda: not _running(pid)), f"the postmaster {pid} outlived its starter"
        assert _soon(lambda: not folder.exists()), f"{folder} was left behind"
    finally:
        if starter.poll() is None:
            starter.kill()
            starter.wait()
        if forked:
            os.kill(forked, signal.SIGKILL)
        if pid and _running(pid):  # the guard failed: do its work, so no server is left running
            os.kill(pid, signal.SIGQUIT)
        if folder != Path() and folder.exists():
            _soon(lambda: not _running(pid), 10)
            shutil.rmtree(folder, ignore_errors=True)


# A child that starts a TempPostgres and is killed alone while initdb or pg_ctl runs: those go on
# as orphans, and the postmaster pg_ctl starts writes postmaster.pid after the starter is gone.
_SLOW_STARTER = """
from kroniek.store.pgtemp import TempPostgres

pg = TempPostgres()
print(pg.dir, flush=True)
pg.start()
"""


def _child_named(parent: int, name: str) -> int:
    """The pid of a running child of ``parent`` whose command is ``name``, or 0."""
    if parent <= 0:
        return 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text(encoding="ascii", errors="replace")
        except OSError:
            continue
        comm, _, rest = text.rpartition(")")[0].partition("(")[2], None, text.rpartition(")")[2].split()
        if comm == name and int(rest[1]) == parent:
            return int(stat.parent.name)
    return 0


def _postmaster_in(folder: Path) -> int:
    """The oldest ``postgres`` process working in ``folder`` (the postmaster: its backends are
    forked after it), or 0."""
    mine = []
    for pid in _working_in(folder):
        try:
            comm = Path(f"/proc/{pid}/comm").read_text(encoding="ascii", errors="replace").strip()
        except OSError:
            continue
        if comm == "postgres":
            mine.append(pid)
    return min(mine, default=0)


def _working_in(folder: Path) -> list[int]:
    """The processes whose working directory or command line lies in ``folder`` (Linux /proc)."""
    found = []
    for proc in Path("/proc").glob("[0-9]*"):
        try:
            cwd = os.readlink(proc / "cwd")
            argv = (proc / "cmdline").read_bytes().decode(errors="replace")
        except OSError:
            continue
        if (cwd == str(folder) or cwd.startswith(f"{folder}/") or str(folder) in argv) and _running(int(proc.name)):
            found.append(int(proc.name))
    return found


@pytest.mark.slow
@pytest.mark.parametrize("program", ["initdb", "pg_ctl"])
def test_temp_postgres_leaves_nothing_when_its_starter_alone_is_killed_mid_start(program: str) -> None:
    """SIGKILL to the starter's pid only (not its group) while initdb or ``pg_ctl start`` runs.

    What the guard must outlast is frozen (SIGSTOP) for the moment of the kill, so the race is
    always lost the same way: initdb itself, or the postmaster pg_ctl just started, before it wrote
    postmaster.pid (a guard that looks once for that file finds nothing and leaves it running)."""
    if postgres_bindir() is None:
        pytest.skip("no PostgreSQL binaries (initdb, pg_ctl)")
    if not Path("/proc/self/cwd").exists():
        pytest.skip("needs Linux's /proc")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    starter = subprocess.Popen([sys.executable, "-c", _SLOW_STARTER], stdout=subprocess.PIPE, text=True, env=env)
    folder, frozen = Path(), 0
    try:
        assert starter.stdout is not None
        folder = Path(starter.stdout.readline().strip()).resolve()
        found = [0]

        def target() -> bool:
            if found[0]:
                return True  # _soon asks once more after the loop: the process may be gone by then
            if program == "initdb":
                pid = _child_named(starter.pid, "initdb")
            else:
                # the postmaster while pg_ctl still waits for it; on a loaded machine this test may
                # look only after pg_ctl is done: then the postmaster running in the folder
                pid = _child_named(_child_named(starter.pid, "pg_ctl"), "postgres") or _postmaster_in(folder)
            found[0] = pid
            return pid > 0

        assert _soon(target, 60, 0.002), f"{program} was not seen running"
        frozen = found[0]
        assert frozen > 0  # never os.kill(0, ...): that would stop this test's own process group
        os.kill(frozen, signal.SIGSTOP)
        os.kill(starter.pid, signal.SIGKILL)  # the starter alone
        starter.wait()
        assert _soon(lambda: not _working_in(folder), 20), f"{_working_in(folder)} still run on {folder}"
        assert _soon(lambda: not folder.exists(), 20), f"{folder} was left behind"
    finally:
        if starter.poll() is None:
            starter.kill()
            starter.wait()
        if folder != Path():  # the guard failed: do its work, so no server is left running
            for pid in [*_working_in(folder), *([frozen] if frozen and _running(frozen) else [])]:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
            shutil.rmtree(folder, ignore_errors=True)
