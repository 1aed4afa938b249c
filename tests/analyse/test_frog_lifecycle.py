"""Issue 16, defect 7: Frog dies with the kroniek process that started it, and a Frog left by a
kroniek killed with -9 is found and stopped on the next start."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kroniek.analyse.frog import OWNER_FILE, group_members, stop_orphans

CHILD = """
import sys, time
from kroniek.analyse.frog import FrogServer
from kroniek.settings import Settings
server = FrogServer(Settings(), skip="mpac")
server.start()
print(server._procs[False].proc.pid, server._procs[False].workdir, flush=True)
time.sleep(600)
"""


def _wait_gone(pgid: int, seconds: float = 15) -> list[int]:
    deadline = time.monotonic() + seconds
    while group_members(pgid) and time.monotonic() < deadline:
        time.sleep(0.1)
    return group_members(pgid)


def _folder_gone(workdir: str, seconds: float = 10) -> bool:
    deadline = time.monotonic() + seconds
    while Path(workdir).exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    return not Path(workdir).exists()


@pytest.mark.frog
def test_frog_lifecycle_server_dies_with_killed_parent() -> None:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    parent = subprocess.Popen([sys.executable, "-c", CHILD], stdout=subprocess.PIPE, text=True, env=env)
    assert parent.stdout is not None
    pid, workdir = parent.stdout.readline().split()
    frog_pid = int(pid)
    assert group_members(frog_pid)
    assert Path(workdir, "frog.log").exists()
    parent.kill()  # kill -9: no atexit, no close()
    parent.wait()
    assert _wait_gone(frog_pid) == []
    assert _folder_gone(workdir)  # Frog's log and debug file are not left in the temp dir


# Frog started from a thread that is not the main one (as a web server's request threads do),
# with a request answered so a per-connection child runs beside the server.
THREAD_CHILD = """
import threading, time
from kroniek.analyse.frog import FrogServer
from kroniek.settings import Settings
server = FrogServer(Settings(), skip="mpac")
t = threading.Thread(target=lambda: server.analyse("Het kabinet viel gisteren."))
t.start()
t.join()
print(server._procs[False].proc.pid, server._procs[False].workdir, flush=True)
time.sleep(600)
"""


@pytest.mark.frog
def test_frog_lifecycle_group_dies_with_parent_terminated() -> None:
    """SIGTERM leaves no atexit and the parent-death signal follows the starting thread only: the
    guard kills Frog's whole group (the server and its per-connection child) all the same."""
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    parent = subprocess.Popen([sys.executable, "-c", THREAD_CHILD], stdout=subprocess.PIPE, text=True, env=env)
    assert parent.stdout is not None
    pid, workdir = parent.stdout.readline().split()
    frog_pid = int(pid)
    assert len(group_members(frog_pid)) >= 2  # the server and the child answering the connection
    parent.terminate()
    assert parent.wait() == -signal.SIGTERM
    left = _wait_gone(frog_pid)
    for pid in left:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    assert left == []
    assert _folder_gone(workdir)


def test_frog_lifecycle_orphan_found_and_stopped(tmp_path: Path) -> None:
    # A stand-in for a Frog server left running: its own process group, its cwd the work folder.
    folder = tmp_path / "kroniek-frog-abc123"
    folder.mkdir()
    orphan = subprocess.Popen(["sleep", "300"], cwd=folder, start_new_session=True)
    dead = subprocess.Popen(["true"])
    dead.wait()  # an owner that is gone
    (folder / OWNER_FILE).write_text(f"{dead.pid} 12345 {orphan.pid}\n", encoding="ascii")
    # A live owner's Frog is left alone.
    alive_folder = tmp_path / "kroniek-frog-live"
    alive_folder.mkdir()
    keep = subprocess.Popen(["sleep", "300"], cwd=alive_folder, start_new_session=True)
    from kroniek.analyse.frog import _start_time

    (alive_folder / OWNER_FILE).write_text(f"{os.getpid()} {_start_time(os.getpid())} {keep.pid}\n")
    try:
        assert stop_orphans(str(tmp_path)) == [orphan.pid]
        assert orphan.wait(10) == -signal.SIGKILL and not folder.exists()
        assert keep.poll() is None and alive_folder.exists()
    finally:
        keep.kill()
        orphan.kill()


@pytest.mark.frog
@pytest.mark.skipif(os.geteuid() != 0, reason="network namespaces need root; elsewhere Frog listens as before")
def test_frog_lifecycle_server_unreachable_from_outside() -> None:
    import socket

    from kroniek.analyse.frog import FrogServer
    from kroniek.settings import Settings

    server = FrogServer(Settings(), skip="mpac")
    try:
        (sent,) = server.analyse("Rutte belde Macron.")
        assert [t.word for t in sent] == ["Rutte", "belde", "Macron", "."]
        port = server._procs[False].port
        for host in ("127.0.0.1", socket.gethostbyname(socket.gethostname())):
            with pytest.raises(OSError):
                socket.create_connection((host, port), timeout=2).close()
    finally:
        server.close()


def test_frog_lifecycle_document_deadline_fails_that_document(monkeypatch) -> None:
    from kroniek.analyse.frog import FrogServer
    from kroniek.errors import AnalysisError
    from kroniek.settings import Settings

    server = FrogServer(Settings(frog_doc_deadline=1.0))
    calls: list[float] = []

    def slow(payload: str, pretokenised: bool, timeout: float | None = None):
        calls.append(timeout or 0)
        time.sleep(0.6)  # each request answers, but the document as a whole is too slow
        return []

    monkeypatch.setattr(server, "_request", slow)
    text = "\n\n".join(["De gemeenteraad van Utrecht stemde gisteren in met het plan."] * 600)
    with pytest.raises(AnalysisError, match="longer than 1 s"):
        server.analyse(text)
    assert len(calls) == 2 and all(t <= 1.0 for t in calls)
