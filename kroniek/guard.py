"""A guard that cleans up after a child server when the process that started it dies.

    guarded = start_guard("kroniek-frog-guard", 'read -r _; kill -9 -"$1"; rm -rf -- "$2"', pgid, folder)
    ...                                  # the server runs
    stop_guard(guarded)                  # stopped on purpose: the caller cleans up itself

The guard is a shell reading a pipe whose only writer is the starting process. The pipe reaches
its end when that process is gone, however it goes: SIGTERM (no atexit runs), kill -9, a CI
timeout, or a server started from a thread (``PR_SET_PDEATHSIG`` follows the thread). The shell
then runs the rest of its script: kill the server, remove its temporary folder. Used by Frog's
servers (``kroniek.analyse.frog``) and the throwaway PostgreSQL (``kroniek.store.pgtemp``).
"""

from __future__ import annotations

import contextlib
import os
import subprocess

Guarded = tuple[subprocess.Popen[bytes], int]
"""A running guard and the write end of its pipe."""

# The write ends of the guards' pipes: open only in the process that started each server. A child
# forked later (the ingest's reading child, a multiprocessing worker) closes them at once, so it
# never keeps a guard waiting after the process that started the server is gone.
_guard_fds: set[int] = set()


def _close_guard_fds() -> None:
    for fd in list(_guard_fds):
        with contextlib.suppress(OSError):
            os.close(fd)
    _guard_fds.clear()


os.register_at_fork(after_in_child=_close_guard_fds)


def start_guard(name: str, script: str, *args: str) -> Guarded | None:
    """Start a guard running ``script`` (``sh -c``, ``$0`` = ``name``, ``$1``... = ``args``); its
    script should begin with ``read -r _``, which returns when this process is gone. Returns the
    guard and its pipe's write end, or None where no ``sh`` runs."""
    read_end, write_end = os.pipe()
    try:
        guard = subprocess.Popen(  # noqa: S603 - argument list; the scripts are constants
            ["sh", "-c", script, name, *args],
            stdin=read_end,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # a terminal's or CI's signal to our group leaves it waiting
        )
    except OSError:
        os.close(write_end)
        return None
    finally:
        os.close(read_end)
    _guard_fds.add(write_end)
    return guard, write_end


def stop_guard(guarded: Guarded | None) -> None:
    """Stop a guard whose server was (or will be) stopped on purpose, without running its cleanup."""
    if guarded is None:
        return
    guard, write_end = guarded
    # Killed before its pipe is closed: a guard that saw the end would kill a process (group) id
    # that may be free again.
    with contextlib.suppress(ProcessLookupError):
        guard.kill()
    with contextlib.suppress(subprocess.TimeoutExpired):
        guard.wait(timeout=5)
    if write_end in _guard_fds:
        _guard_fds.discard(write_end)
        with contextlib.suppress(OSError):
            os.close(write_end)
