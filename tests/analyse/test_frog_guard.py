"""The guard that outlives a Frog's starter (``kroniek.analyse.frog._guard``), without Frog: a
stand-in process group and work folder. When the pipe from the starter closes, as it does when the
starter dies however it dies, the guard kills the group and removes the work folder, so no
``kroniek-frog-*`` folder (Frog's log and debug file) is left in the temp dir."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

from kroniek.analyse.frog import _guard, group_members
from kroniek.guard import stop_guard


def _stand_in(tmp_path: Path) -> tuple[subprocess.Popen[bytes], Path]:
    workdir = tmp_path / "kroniek-frog-standin"
    workdir.mkdir()
    (workdir / "frog.log").write_text("frog 0.20\n", encoding="ascii")
    (workdir / "frog.123.debug").write_text("debug\n", encoding="ascii")
    proc = subprocess.Popen(["sleep", "600"], start_new_session=True)  # noqa: S607 - a test stand-in
    return proc, workdir


def _soon(check, seconds: float = 10) -> bool:
    deadline = time.monotonic() + seconds
    while not check() and time.monotonic() < deadline:
        time.sleep(0.05)
    return bool(check())


def test_frog_guard_kills_the_group_and_removes_the_work_folder_when_the_starter_is_gone(tmp_path: Path) -> None:
    proc, workdir = _stand_in(tmp_path)
    guarded = _guard(proc.pid, str(workdir))
    assert guarded is not None
    guard, write_end = guarded
    try:
        os.close(write_end)  # what the starter's death does to the pipe
        assert _soon(lambda: proc.poll() is not None)
        assert _soon(lambda: not workdir.exists()), sorted(p.name for p in workdir.iterdir())
        assert guard.wait(timeout=10) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait()


def test_frog_guard_stopped_on_purpose_leaves_group_and_folder_to_the_caller(tmp_path: Path) -> None:
    proc, workdir = _stand_in(tmp_path)
    try:
        stop_guard(_guard(proc.pid, str(workdir)))  # Frog stopped by kroniek: kill() cleans up itself
        time.sleep(0.3)
        assert proc.poll() is None and group_members(proc.pid)
        assert workdir.exists()
    finally:
        proc.kill()
        proc.wait()
