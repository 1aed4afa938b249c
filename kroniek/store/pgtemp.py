"""A throwaway PostgreSQL server in a temporary directory, for tests and benchmarks.

    with TempPostgres() as pg:          # initdb + pg_ctl start on a free port
        store = open_store(pg.url)      # postgresql://kroniek@127.0.0.1:PORT/kroniek

It uses the binaries of Debian's ``postgresql`` package (``/usr/lib/postgresql/<v>/bin``, or
``pg_ctl``/``initdb`` on PATH). PostgreSQL refuses to run as root, so under root the cluster is
made and run as the ``postgres`` system user (or ``nobody``), owning its temporary directory.

A server never outlives the process that started it: a guard (``kroniek.guard``) stops it and
removes the temporary directory when that process dies without ``stop()`` (SIGTERM, kill -9, a CI
timeout), as it does for Frog's servers.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

from ..errors import StoreError
from ..guard import Guarded, start_guard, stop_guard


def postgres_bindir() -> Path | None:
    """The directory holding initdb and pg_ctl, or None when PostgreSQL is not installed."""
    found = shutil.which("pg_ctl")
    if found and shutil.which("initdb"):
        return Path(os.path.realpath(found)).parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=_version_key)
    return Path(candidates[-1]).parent if candidates else None


def _version_key(path: str) -> tuple[int, ...]:
    part = Path(path).parts[-3]
    return tuple(int(x) for x in part.split(".") if x.isdigit())


# How many ports ``start`` tries when the one it picked was taken before the server bound it.
PORT_ATTEMPTS = 3


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _run_as() -> str | None:
    """The unprivileged user to run the server as when we are root, else None."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        with contextlib.suppress(KeyError):
            pwd.getpwnam(name)
            return name
    raise StoreError("running as root and no 'postgres' or 'nobody' user exists to run PostgreSQL as")


# The guard's script, run when the starting process is gone ($1: the temporary directory). It stops every process working in that directory or its data
# folder: the postmaster and its backends (they chdir to the data folder), and initdb, pg_ctl and
# the children they start (they run in the directory, ``cwd=``). A starter killed alone, not its
# process group, leaves initdb or ``pg_ctl start`` running, and the postmaster pg_ctl starts may
# write postmaster.pid only after the guard first looked: so the guard looks again until a pass
# finds nobody (a killed process forks no more). ``postgres`` processes get SIGQUIT, as from
# ``pg_ctl stop -m immediate``, for 5 s, then SIGKILL; the others SIGKILL at once. Then it
# removes the directory. Linux only (/proc): without /proc it only removes the directory.
_GUARD_SCRIPT = """read -r _
dir="$1"
n=0
while :; do
  found=
  for p in /proc/[0-9]*; do
    if [ "$p/cwd" -ef "$dir" ] || [ "$p/cwd" -ef "$dir/data" ]; then
      found=1
      comm=
      read -r comm < "$p/comm"
      if [ "$comm" = postgres ] && [ "$n" -lt 50 ]; then kill -QUIT "${p#/proc/}"; else kill -9 "${p#/proc/}"; fi
    fi
  done 2>/dev/null
  [ -n "$found" ] || break
  sleep 0.1
  n=$((n + 1))
done
rm -rf -- "$dir"
"""


class TempPostgres:
    """initdb, start, create the database; ``stop()`` (or leaving the with block) removes it all."""

    def __init__(self, *, user: str = "kroniek", dbname: str = "kroniek") -> None:
        bindir = postgres_bindir()
        if bindir is None:
            raise StoreError("no PostgreSQL binaries (initdb, pg_ctl); install Debian's postgresql package")
        self.bindir = bindir
        self.user, self.dbname = user, dbname
        self.port = _free_port()
        self.os_user = _run_as()
        self.dir = Path(tempfile.mkdtemp(prefix="kroniek-pg-"))
        self.data = self.dir / "data"
        self.started = False
        # From the directory's birth: a starter killed during initdb or start leaves nothing either.
        self._guarded: Guarded | None = start_guard("kroniek-pg-guard", _GUARD_SCRIPT, str(self.dir))

    @property
    def url(self) -> str:
        return f"postgresql://{self.user}@127.0.0.1:{self.port}/{self.dbname}"

    def _run(self, *args: str) -> None:
        cmd = [str(self.bindir / args[0]), *args[1:]]
        r = subprocess.run(cmd, capture_output=True, text=True, user=self.os_user, cwd=self.dir, check=False)
        if r.returncode != 0:
            raise StoreError(f"{args[0]} failed ({r.returncode}): {(r.stderr or r.stdout).strip()[-500:]}")

    def start(self) -> TempPostgres:
        if self.os_user:
            pw = pwd.getpwnam(self.os_user)
            os.chown(self.dir, pw.pw_uid, pw.pw_gid)
        self._run("initdb", "-D", str(self.data), "-U", self.user, "--auth=trust", "-E", "UTF8",
                  "--locale=C", "--no-sync")
        for attempt in range(1, PORT_ATTEMPTS + 1):
            try:
                self._start_server()
                break
            except StoreError:
                # Another process (a parallel test worker) took the free port between our look and
                # the server's bind: try another one.
                if attempt == PORT_ATTEMPTS or not self._port_was_taken():
                    raise
                self.port = _free_port()
        self.started = True
        self._createdb()
        return self

    def _start_server(self) -> None:
        opts = (f"-c listen_addresses=127.0.0.1 -c port={self.port} -c unix_socket_directories={self.dir} "
                "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=50")
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.dir / "log"), "-o", opts, "-w", "-t", "60", "start")

    def _port_was_taken(self) -> bool:
        """Whether the server's log says its port was in use (then another port is worth a try)."""
        try:
            log = (self.dir / "log").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return False
        return "could not bind" in log or "Address already in use" in log

    def _createdb(self) -> None:
        import psycopg

        deadline = time.monotonic() + 30
        while True:
            try:
                with psycopg.connect(f"postgresql://{self.user}@127.0.0.1:{self.port}/postgres",
                                     autocommit=True) as conn:
                    conn.execute(f'CREATE DATABASE "{self.dbname}"')
                return
            except psycopg.OperationalError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)

    def new_database(self, name: str) -> str:
        """Create another empty database on this server; return its URL."""
        import psycopg

        with psycopg.connect(f"postgresql://{self.user}@127.0.0.1:{self.port}/postgres", autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return f"postgresql://{self.user}@127.0.0.1:{self.port}/{name}"

    def empty(self, url: str) -> None:
        """Empty every kroniek table of a database (keeping its schema): faster than a new database."""
        import psycopg

        with psycopg.connect(url, autocommit=True) as conn:
            tables = [r[0] for r in conn.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename != 'migrations'")]
            if tables:
                conn.execute(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE")

    def stop(self) -> None:
        from .postgres import close_pools

        close_pools()
        if self.started:
            with contextlib.suppress(StoreError):
                self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
            self.started = False
        shutil.rmtree(self.dir, ignore_errors=True)
        # Only now: killed during the stop above, this process still leaves nothing behind.
        stop_guard(self._guarded)
        self._guarded = None

    def __enter__(self) -> TempPostgres:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
