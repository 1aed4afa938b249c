"""Frog behind a small protocol: a managed ``frog -S`` server, and recorded output for tests.

Verified against Frog 0.20 (Debian) in server mode with ``--JSONout=1``:

* Without ``-n`` the server needs a line ``EOT`` to start, never answers a whitespace-only
  request, and does not end a sentence at a blank line (a headline runs into the next sentence).
  So our servers run with ``-n``: every line ends a sentence (Frog still splits sentences inside
  a line), ``EOT`` is an ordinary word, and each line is answered as soon as it arrives, with
  one JSON array per sentence. :mod:`kroniek.analyse.segment` turns text into such lines.
* JSON output has no ``READY`` line (and, unlike the tab columns, its keys do not shift when
  modules are skipped). So every request ends with a line holding one unique marker word; the
  answer is complete when the marker's one-word sentence arrives.
* The server forks a child per connection, and a child takes seconds of CPU to exit (it frees
  its copy of the models). So we keep one connection open for the life of the process rather
  than connecting per request. A child runs Frog's modules in two OpenMP threads that together
  use about one core (measured: ~1.1 cores busy over an ingest); kroniek keeps up to
  ``Settings.frog_connections`` of them open to one server and sends requests on them at once
  (the models stay shared by the fork). Frog runs with OMP_WAIT_POLICY=PASSIVE (``frog_env``).
* Pretokenised input (CoNLL) uses a second server with ``--skip=t -n``, started lazily.
* The server ignores SIGTERM; shutdown kills its whole process group.
* With the parser on, the multi-word-unit module joins tokens and tags (``New_York``,
  ``B-LOC_I-LOC``), even with ``--skip=t``; we split them back (see :func:`split_multiword`).
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
import uuid
import weakref
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from ..errors import AnalysisError, FrogUnavailable
from ..guard import Guarded, start_guard, stop_guard
from ..settings import Settings
from .segment import request_chunks

INSTALL_HINT = "install it with: apt-get install frog frogdata"
# Characters per request: about 1,500 tokens, a few seconds of Frog with the parser on.
CHUNK_CHARS = 8_000
# Sentences per pretokenised request.
CHUNK_SENTENCES = 200


@dataclass(frozen=True, slots=True)
class FrogToken:
    """One token as Frog returns it (no offsets)."""

    word: str
    lemma: str
    morph: str
    pos: str
    pos_conf: float
    ner: str
    chunk: str
    head: int  # 1-based index of the head within the sentence, 0 = root, -1 = no parse
    deprel: str

    def to_row(self) -> list[Any]:
        return [
            self.word,
            self.lemma,
            self.morph,
            self.pos,
            round(self.pos_conf, 4),
            self.ner,
            self.chunk,
            self.head,
            self.deprel,
        ]

    @classmethod
    def from_row(cls, row: list[Any]) -> FrogToken:
        return cls(*row)


class FrogBackend(Protocol):
    def analyse(self, text: str) -> list[list[FrogToken]]:
        """Tokenise and analyse text with Frog's own tokeniser; return sentences of tokens."""
        ...

    def analyse_pretokenised(self, sentences: list[list[str]]) -> list[list[FrogToken]]:
        """Analyse given sentences of tokens, keeping the tokens exactly."""
        ...

    def close(self) -> None: ...


# --- parsing Frog's JSON ------------------------------------------------------------------


def _token_from_json(d: dict[str, Any]) -> FrogToken:
    pos = d.get("pos") or {}
    parse = d.get("parse")
    return FrogToken(
        word=d.get("word", ""),
        lemma=d.get("lemma", ""),
        morph=d.get("morph", ""),
        pos=pos.get("tag", ""),
        pos_conf=float(pos.get("confidence", 1.0)),
        ner=(d.get("ner") or {}).get("tag", "O"),
        chunk=(d.get("chunking") or {}).get("tag", "O"),
        head=int(parse["parse_index"]) if parse else -1,
        deprel=parse.get("parse_role", "") if parse else "",
    )


def parse_json_output(raw: str) -> list[list[FrogToken]]:
    """Parse Frog's JSON output (a run of arrays, one per sentence) into sentences of tokens."""
    decoder = json.JSONDecoder()
    sentences: list[list[FrogToken]] = []
    i, n = 0, len(raw)
    while True:
        while i < n and raw[i].isspace():
            i += 1
        if i >= n:
            break
        try:
            value, i = decoder.raw_decode(raw, i)
        except json.JSONDecodeError as e:
            raise AnalysisError(f"Frog sent malformed JSON at character {e.pos}: {e.msg}") from e
        items = value if isinstance(value, list) else [value]
        current: list[FrogToken] = []
        for item in items:
            # Token indices restart at 1 in every sentence: a reset inside one array is a new sentence.
            if item.get("index") == 1 and current:
                sentences.append(current)
                current = []
            current.append(_token_from_json(item))
        if current:
            sentences.append(current)
    return sentences


# --- multi-word units ---------------------------------------------------------------------


def _split_tag(tag: str, n: int) -> list[str]:
    parts = tag.split("_")
    return parts if len(parts) == n else [tag] * n


def mwu_parts(tok: FrogToken) -> list[str] | None:
    """The words of a joined multi-word unit (``New_York`` -> [New, York]), or None for a plain token."""
    if "_" not in tok.word:
        return None
    parts = tok.word.split("_")
    if len(parts) < 2 or any(not p for p in parts):
        return None
    # A real MWU carries one POS tag per part; an underscore inside a single word (a handle, a
    # file name) carries one tag.
    if len(tok.pos.split("_")) != len(parts):
        return None
    return parts


def split_multiword(
    sentence: list[FrogToken], parts_of: list[list[str] | None] | None = None
) -> list[FrogToken]:
    """Split joined multi-word units into word tokens and renumber heads.

    The first part takes the unit's head and relation; the other parts attach to the first part
    with relation ``mwp`` (Alpino's multi-word-part relation). Each part gets its own piece of a
    joined tag (``B-LOC_I-LOC``); a tag that is not joined is repeated.
    """
    if parts_of is None:
        parts_of = [mwu_parts(t) for t in sentence]
    if all(p is None for p in parts_of):
        return list(sentence)
    new_index = [0]  # new 1-based index of each old token's first part; old index 0 = root stays 0
    count = 0
    for parts in parts_of:
        new_index.append(count + 1)
        count += len(parts) if parts else 1
    out: list[FrogToken] = []
    for tok, parts in zip(sentence, parts_of, strict=True):
        head = tok.head if tok.head <= 0 or tok.head >= len(new_index) else new_index[tok.head]
        if not parts:
            out.append(
                FrogToken(
                    tok.word,
                    tok.lemma,
                    tok.morph,
                    tok.pos,
                    tok.pos_conf,
                    tok.ner,
                    tok.chunk,
                    head,
                    tok.deprel,
                )
            )
            continue
        n = len(parts)
        lemmas, morphs, poss = (
            _split_tag(tok.lemma, n),
            _split_tag(tok.morph, n),
            _split_tag(tok.pos, n),
        )
        ners, chunks = _split_tag(tok.ner, n), _split_tag(tok.chunk, n)
        first = len(out) + 1
        for k, word in enumerate(parts):
            if k == 0:
                h, rel = head, tok.deprel
            else:
                h, rel = (first, "mwp") if tok.head >= 0 else (-1, "")
            out.append(
                FrogToken(
                    word, lemmas[k], morphs[k], poss[k], tok.pos_conf, ners[k], chunks[k], h, rel
                )
            )
    return out


def fit_to_words(sentence: list[FrogToken], words: list[str]) -> list[FrogToken]:
    """Make Frog's tokens of a pretokenised sentence match the given words one to one."""
    if [t.word for t in sentence] == words:
        return sentence
    parts_of: list[list[str] | None] = []
    i = 0
    for tok in sentence:
        if i < len(words) and tok.word == words[i]:
            parts_of.append(None)
            i += 1
            continue
        # Take as many given words as the joined token spells out.
        target = tok.word.replace("_", "")
        taken: list[str] = []
        acc = ""
        while i < len(words) and len(acc) < len(target):
            taken.append(words[i])
            acc += words[i].replace("_", "")
            i += 1
        if acc != target or not taken:
            raise AnalysisError(
                f"Frog changed the given tokens: {tok.word!r} does not match {taken!r}"
            )
        parts_of.append(taken if len(taken) > 1 else None)
    if i != len(words):
        raise AnalysisError(f"Frog returned {len(sentence)} tokens for {len(words)} given words")
    fitted = split_multiword(sentence, parts_of)
    # Restore the given spelling (Frog keeps it, but a word with "_" must stay exactly as given).
    return [FrogToken(w, *t.to_row()[1:]) for w, t in zip(words, fitted, strict=True)]


# --- the managed server -------------------------------------------------------------------

_live_servers: weakref.WeakSet[FrogServer] = weakref.WeakSet()
_orphans_checked = False


@atexit.register
def _close_all() -> None:
    for server in list(_live_servers):
        server.close()


def group_members(pgid: int) -> list[int]:
    """Pids of the live (not zombie) processes in a process group (Linux /proc; [] elsewhere)."""
    pids = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[2]) == pgid and fields[0] != "Z":
            pids.append(int(stat.parent.name))
    return pids


_DIGITS_TO_LETTERS = str.maketrans("0123456789", "ghijklmnop")


def _end_marker(payload: str) -> str:
    """A one-word line that cannot occur in the payload; its sentence marks the end of the answer."""
    while True:
        # Letters only, so Frog's tokeniser keeps it one word.
        marker = "kroniekeot" + uuid.uuid4().hex[:16].translate(_DIGITS_TO_LETTERS)
        if marker not in payload:
            return marker


_PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:
    """In the forked child before exec: get SIGKILL when the parent dies (Linux prctl)."""
    import ctypes

    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)


# Frog 0.20 has no option to choose the address it listens on: ``frog -S PORT`` listens on every
# interface, without authentication. So, where kroniek may (root, or KRONIEK_FROG_NETNS=0 not
# set), Frog runs in a network namespace of its own that holds only a loopback interface, and
# kroniek connects from a short-lived thread that joins that namespace: nothing outside this
# process can reach the server. Elsewhere Frog listens on a random port of every interface (the
# README says so) for as long as the kroniek process lives.
_CLONE_NEWNET = 0x40000000
_SIOCSIFFLAGS = 0x8914
_IFF_UP_LOOPBACK_RUNNING = 0x1 | 0x8 | 0x40


def _libc() -> Any:
    import ctypes

    return ctypes.CDLL(None, use_errno=True)


def netns_wanted() -> bool:
    return os.geteuid() == 0 and os.environ.get("KRONIEK_FROG_NETNS", "1") != "0" and Path("/proc/self/ns/net").exists()


def _own_network() -> None:
    """In the forked child before exec: a new network namespace with its loopback up."""
    import fcntl
    import struct

    if _libc().unshare(_CLONE_NEWNET) != 0:
        raise OSError("unshare(CLONE_NEWNET) failed")
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        fcntl.ioctl(s.fileno(), _SIOCSIFFLAGS, struct.pack("16sH14s", b"lo", _IFF_UP_LOOPBACK_RUNNING, b"\0" * 14))


# The guard: a shell that waits for the end of its pipe from this process (``kroniek.guard``),
# then kills Frog's process group and removes its work folder (the log and Frog's debug file),
# which ``_Process.kill`` removes when Frog is stopped on purpose. The folder is named by
# ``mkdtemp`` and handed over as an argument.
_GUARD_SCRIPT = 'read -r _; kill -9 -"$1"; rm -rf -- "$2"'


def _guard(pgid: int, workdir: str) -> Guarded | None:
    """A watchdog that kills Frog's process group (the server and its per-connection children)
    when the process that started it ends, however it ends (also after SIGTERM, kill -9, or a
    Frog started from a thread, whose server's children never get the parent-death signal), and
    removes Frog's ``workdir``, which would otherwise be left in the temp folder. None where no
    ``sh`` runs (the parent-death signal and the orphan sweep remain)."""
    return start_guard("kroniek-frog-guard", _GUARD_SCRIPT, str(pgid), workdir)



def _preexec(die_with_parent: bool, isolate: bool) -> Any:
    def run() -> None:
        if die_with_parent:
            _die_with_parent()
        if isolate:
            _own_network()

    return run if (die_with_parent or isolate) else None


def connect_in(pid: int | None, port: int, timeout: float) -> socket.socket:
    """Connect to 127.0.0.1:port, inside the network namespace of process ``pid`` when given."""
    if pid is None:
        return socket.create_connection(("127.0.0.1", port), timeout=timeout)
    out: dict[str, Any] = {}

    def inside() -> None:  # setns changes only this thread, which ends right after
        try:
            fd = os.open(f"/proc/{pid}/ns/net", os.O_RDONLY)
            try:
                if _libc().setns(fd, _CLONE_NEWNET) != 0:
                    raise OSError("setns into Frog's network namespace failed")
            finally:
                os.close(fd)
            out["sock"] = socket.create_connection(("127.0.0.1", port), timeout=timeout)
        except OSError as e:
            out["error"] = e

    t = threading.Thread(target=inside, daemon=True)
    t.start()
    t.join()
    if "error" in out:
        raise out["error"]
    return out["sock"]  # type: ignore[no-any-return]


def _start_time(pid: int) -> str | None:
    """A process's start time (clock ticks since boot): with the pid, it names one process for good."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[19]
    except (OSError, IndexError):
        return None


OWNER_FILE = "owner"


def _write_owner(workdir: str, frog_pid: int) -> None:
    me = os.getpid()
    Path(workdir, OWNER_FILE).write_text(f"{me} {_start_time(me)} {frog_pid}\n", encoding="ascii")


def stop_orphans(tmp: str | None = None) -> list[int]:
    """Stop Frog servers left by kroniek processes that died (kill -9): their owner file in the
    kroniek-frog-* work folder names an owner that is gone. Returns the process groups stopped."""
    stopped = []
    for folder in Path(tmp or tempfile.gettempdir()).glob("kroniek-frog-*"):
        try:
            owner, started, frog = folder.joinpath(OWNER_FILE).read_text(encoding="ascii").split()
            owner_pid, frog_pid = int(owner), int(frog)
        except (OSError, ValueError):
            continue
        if _start_time(owner_pid) == started:
            continue  # its kroniek is still running
        with contextlib.suppress(OSError):
            if os.readlink(f"/proc/{frog_pid}/cwd") == str(folder):  # the pid is still that Frog
                os.killpg(frog_pid, signal.SIGKILL)
                stopped.append(frog_pid)
        shutil.rmtree(folder, ignore_errors=True)
    return stopped


def frog_env() -> dict[str, str]:
    """The environment Frog runs in: this process's, with OpenMP's idle threads sleeping.

    Frog's modules run in OpenMP threads (a server's per-connection child has two busy ones, not
    one). By default an idle OpenMP thread spins, burning a core between Frog's many small
    parallel regions (one per line in ``-n`` mode); OMP_WAIT_POLICY=PASSIVE halved Frog's CPU and
    wall time on a 4-article request and leaves its output unchanged (the wait policy decides only
    how a thread waits; ``bench/ingest --sides raw,raw:passive`` compares the two). A value the
    user set is kept.
    """
    env = dict(os.environ)
    env.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    return env


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class _Process:
    """One ``frog -S PORT`` process in its own process group."""

    def __init__(
        self,
        frog_bin: str,
        skip: str,
        pretokenised: bool,
        start_timeout: float,
        connections: int = 1,
    ) -> None:
        self.port = _free_port()
        self.connections = max(1, connections)
        self._idle: list[socket.socket] = []  # open connections no request is using
        self._open: list[socket.socket] = []  # every open connection
        self._slots = threading.Semaphore(self.connections)
        self._pool_lock = threading.Lock()
        self.workdir = tempfile.mkdtemp(
            prefix="kroniek-frog-"
        )  # Frog writes debug files to its cwd
        self.log_path = Path(self.workdir) / "frog.log"
        args = [frog_bin, "-S", str(self.port), "--JSONout=1"]
        skip_modules = skip + ("t" if pretokenised and "t" not in skip else "")
        if skip_modules:
            args.append(f"--skip={skip_modules}")
        args.append("-n")  # one sentence per line at least; see the module docstring
        self.args = args
        # Only from the main thread: the death signal follows the thread that started Frog, and a
        # web server's worker threads come and go.
        main = threading.current_thread() is threading.main_thread()
        isolate = netns_wanted()
        try:
            self.proc = self._spawn(args, _preexec(main, isolate))
        except (OSError, subprocess.SubprocessError):
            if not isolate:
                raise
            isolate = False  # no namespaces here (a container without them): listen as before
            self.proc = self._spawn(args, _preexec(main, False))
        self.netns_pid: int | None = self.proc.pid if isolate else None
        self._guarded = _guard(self.proc.pid, self.workdir)
        _write_owner(self.workdir, self.proc.pid)
        self._wait_ready(start_timeout)

    def _spawn(self, args: list[str], preexec: Any) -> subprocess.Popen[bytes]:
        with open(self.log_path, "wb") as log:
            return subprocess.Popen(  # noqa: S603 - argument list, no shell
                args,
                cwd=self.workdir,
                env=frog_env(),
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
                preexec_fn=preexec,  # noqa: PLW1509
            )

    def _wait_ready(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while True:
            if self.proc.poll() is not None:
                tail = self.log_tail()
                self.kill()
                raise FrogUnavailable(
                    f"Frog exited with code {self.proc.returncode} while starting: {tail}"
                )
            try:
                # Keep the first connection: it is the first one requests will use.
                sock = connect_in(self.netns_pid, self.port, 1.0)
                self._open.append(sock)
                self._idle.append(sock)
                return
            except OSError:
                pass
            if time.monotonic() > deadline:
                self.kill()
                raise FrogUnavailable(
                    f"Frog did not start listening within {timeout:.0f} s ({' '.join(self.args)})"
                )
            time.sleep(0.05)  # a refused connect costs microseconds; a restart after a crash waits less

    def log_tail(self, n: int = 400) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-n:].strip()
        except OSError:
            return ""

    def alive(self) -> bool:
        return self.proc.poll() is None

    def request(self, payload: str, timeout: float) -> list[list[FrogToken]]:
        """Send one request on a free kept-open connection (opening another, up to ``connections``,
        when all are busy; waiting when none may be opened). A connection that fails is closed."""
        with self._slots:
            sock = self._checkout(timeout)
            try:
                answer = self._ask(sock, payload, timeout)
            except BaseException:
                self._discard(sock)
                raise
            with self._pool_lock:
                self._idle.append(sock)
            return answer

    def _checkout(self, timeout: float) -> socket.socket:
        with self._pool_lock:
            if self._idle:
                return self._idle.pop()
        sock = connect_in(self.netns_pid, self.port, timeout)
        with self._pool_lock:
            self._open.append(sock)
        return sock

    def _discard(self, sock: socket.socket) -> None:
        with contextlib.suppress(OSError):
            sock.close()
        with self._pool_lock:
            if sock in self._open:
                self._open.remove(sock)

    def _ask(self, s: socket.socket, payload: str, timeout: float) -> list[list[FrogToken]]:
        """Send newline-terminated lines; read sentences up to the end marker."""
        marker = _end_marker(payload)
        deadline = time.monotonic() + timeout
        s.settimeout(timeout)
        s.sendall((payload + marker + "\n").encode("utf-8"))
        buf = bytearray()
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"no complete answer from Frog within {timeout:g} s")
            s.settimeout(left)
            data = s.recv(1 << 16)
            if not data:
                raise ConnectionError("Frog closed the connection")
            buf += data
            # Arrays are pretty-printed, so the answer is complete only when the buffer ends with
            # a closing bracket line; only then is it worth parsing.
            if buf.endswith(b"]\n") and marker.encode() in buf[-400:]:
                sentences = parse_json_output(buf.decode("utf-8", errors="replace"))
                if sentences and [t.word for t in sentences[-1]] == [marker]:
                    return sentences[:-1]

    def kill(self) -> None:
        with self._pool_lock:
            socks, self._open, self._idle = self._open, [], []
        for sock in socks:  # a request still reading one of them fails and is retried by its caller
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            with contextlib.suppress(OSError):
                sock.close()
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(
                self.proc.pid, signal.SIGKILL
            )  # the group: the server and its per-connection children
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.proc.wait(timeout=10)
        stop_guard(self._guarded)
        self._guarded = None
        # Children of the killed server are reparented; wait until none is still running.
        deadline = time.monotonic() + 10
        while group_members(self.proc.pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        shutil.rmtree(self.workdir, ignore_errors=True)


class FrogServer:
    """A managed, long-lived ``frog -S`` server (and a second one, started lazily, for pretokenised input)."""

    def __init__(self, settings: Settings, *, skip: str | None = None) -> None:
        self.settings = settings
        self.skip = settings.frog_skip if skip is None else skip
        self._procs: dict[bool, _Process] = {}
        self._lock = threading.Lock()
        self._generation = 0  # one more at every close(): a request running then does not restart Frog
        self.restarts = 0
        _live_servers.add(self)

    # lifecycle

    def start(self) -> None:
        """Start the server for plain text now (it is otherwise started on the first request).

        Under the lock: a request made meanwhile (from another thread) waits for this start
        instead of starting a second server."""
        with self._lock:
            self._process(pretokenised=False)

    def _process(self, pretokenised: bool) -> _Process:
        proc = self._procs.get(pretokenised)
        if proc is not None and proc.alive():
            return proc
        if proc is not None:  # it died: clean up what is left of it
            proc.kill()
            del self._procs[pretokenised]
        global _orphans_checked
        if not _orphans_checked:
            _orphans_checked = True
            stop_orphans()
        if shutil.which(self.settings.frog_bin) is None:
            raise FrogUnavailable(
                f"Frog binary {self.settings.frog_bin!r} not found; {INSTALL_HINT}"
            )
        proc = _Process(
            self.settings.frog_bin,
            self.skip,
            pretokenised,
            self.settings.frog_start_timeout,
            self.settings.frog_connections,
        )
        self._procs[pretokenised] = proc
        return proc

    def close(self) -> None:
        """Stop every Frog process this server started."""
        with self._lock:
            self._generation += 1
            for proc in self._procs.values():
                proc.kill()
            self._procs.clear()

    def processes(self) -> list[tuple[int, str]]:
        """The process id and work folder of each Frog process this server has running."""
        with self._lock:
            return [(p.proc.pid, p.workdir) for p in self._procs.values()]

    def __enter__(self) -> FrogServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # requests

    @property
    def connections(self) -> int:
        """How many requests this server answers at once (one Frog child, one core, each)."""
        return max(1, self.settings.frog_connections)

    def _request(self, payload: str, pretokenised: bool, timeout: float | None = None) -> list[list[FrogToken]]:
        """Send one request; on a crash or timeout restart Frog and retry once.

        Thread-safe: requests from several threads run at once on the server's connections; the
        first that finds the process broken restarts it, the others retry on the new one.
        """
        last: Exception | None = None
        generation = self._generation
        for attempt in range(2):
            with self._lock:
                if self._generation != generation:  # close() stopped Frog under this request
                    raise FrogUnavailable(f"Frog was stopped while a request ran ({last})")
                proc = self._process(pretokenised)
            try:
                return proc.request(payload, timeout or self.settings.frog_timeout)
            except (OSError, AnalysisError) as e:  # TimeoutError and socket errors are OSErrors
                last = e
                with self._lock:
                    if self._procs.get(pretokenised) is proc:
                        proc.kill()
                        del self._procs[pretokenised]
                        if attempt == 0:
                            self.restarts += 1
        raise AnalysisError(
            f"Frog failed twice on the same request ({last}); the server was restarted"
        )

    def analyse(self, text: str) -> list[list[FrogToken]]:
        """Tokenise and analyse text: bounded requests of whole paragraphs, overlong runs split first."""
        sentences: list[list[FrogToken]] = []
        # One deadline for the whole document (each request also has its own timeout): a huge
        # or pathological text fails alone instead of holding the batch for hours.
        budget = self.settings.frog_doc_deadline
        deadline = time.monotonic() + budget
        for chunk in request_chunks(text, self.settings.max_sentence_tokens, CHUNK_CHARS):
            left = deadline - time.monotonic()
            if left <= 0:
                raise AnalysisError(f"Frog took longer than {budget:g} s on this document; stopped "
                                    "(raise KRONIEK_FROG_DOC_DEADLINE for very long documents)")
            sentences.extend(self._request(chunk, pretokenised=False,
                                           timeout=min(self.settings.frog_timeout, left)))
        return [split_multiword(s) for s in sentences]

    def analyse_pretokenised(self, sentences: list[list[str]]) -> list[list[FrogToken]]:
        """Analyse given sentences (e.g. CoNLL), keeping their tokens exactly."""
        out: list[list[FrogToken]] = []
        todo = [s for s in sentences if s]
        for i in range(0, len(todo), CHUNK_SENTENCES):
            batch = todo[i : i + CHUNK_SENTENCES]
            for words in batch:
                if any(not w or any(c.isspace() for c in w) for w in words):
                    raise AnalysisError(
                        f"pretokenised words must be non-empty and without spaces: {words[:10]}"
                    )
            payload = "".join(" ".join(words) + "\n" for words in batch)
            result = self._request(payload, pretokenised=True)
            if len(result) != len(batch):
                raise AnalysisError(f"Frog returned {len(result)} sentences for {len(batch)} given")
            out.extend(fit_to_words(r, w) for r, w in zip(result, batch, strict=True))
        # Keep the caller's sentence list shape: empty sentences stay empty.
        it = iter(out)
        return [next(it) if s else [] for s in sentences]


# --- servers reused within one process ----------------------------------------------------

# The environment variables a Frog process's behaviour depends on (``frog_env``): its threads'
# wait policy and count, the locale, where its binary is found and its work folder made.
_FROG_ENV_PREFIXES = ("OMP_", "LC_")
_FROG_ENV_NAMES = frozenset({"LANG", "LANGUAGE", "PATH", "TMPDIR"})


def frog_options(settings: Settings, skip: str | None = None) -> tuple[Any, ...]:
    """Everything a :class:`FrogServer` reads from its settings and the environment, as one key:
    two servers with equal options answer every request the same way."""
    env = tuple(sorted((k, v) for k, v in frog_env().items()
                       if k in _FROG_ENV_NAMES or k.startswith(_FROG_ENV_PREFIXES)))
    return (settings.frog_bin, settings.frog_skip if skip is None else skip, settings.frog_timeout,
            settings.frog_doc_deadline, settings.frog_start_timeout, settings.frog_connections,
            settings.max_sentence_tokens, env)


class ReusedServers:
    """Frog servers kept until :meth:`close`, one per set of options (:func:`frog_options`). Inside
    a :func:`handing_out` block, every component that would start its own server (an in-process
    ``kroniek ingest``'s :class:`~kroniek.analyse.annotator.FrogAnnotator`) gets the one already
    started for its options, and does not stop it when it closes.

    For a process that runs many short ingests one after another (the test suite), each of which
    otherwise loaded Frog's models again (tens of seconds). A server's answers do not depend on what
    it analysed before (each request is a fresh line-by-line analysis), so a reused server gives
    the same output."""

    def __init__(self) -> None:
        self._servers: dict[tuple[Any, ...], FrogServer] = {}
        self._lock = threading.Lock()
        self._closed = False

    def server(self, settings: Settings, skip: str | None = None) -> FrogServer:
        """The server kept for these options, made (not yet started) on the first ask."""
        key = frog_options(settings, skip)
        with self._lock:
            if self._closed:
                raise RuntimeError("these reused Frog servers were closed")
            found = self._servers.get(key)
            if found is None:
                found = self._servers[key] = FrogServer(settings, skip=skip)
            return found

    @property
    def servers(self) -> list[FrogServer]:
        with self._lock:
            return list(self._servers.values())

    def close(self) -> list[tuple[int, str]]:
        """Stop every server kept (none is handed out again); returns the process id and work
        folder of each Frog process that was running, for a caller to check that none is left."""
        with self._lock:
            self._closed = True
            servers = list(self._servers.values())
        stopped = [p for server in servers for p in server.processes()]
        for server in servers:
            server.close()
        return stopped


_reused: ReusedServers | None = None
_reused_lock = threading.Lock()


@contextlib.contextmanager
def handing_out(kept: ReusedServers) -> Iterator[ReusedServers]:
    """Within this block, :func:`server_for` hands out the servers ``kept`` (see
    :class:`ReusedServers`) instead of new ones; they run on after it, until ``kept.close()``.
    Only what runs inside a block reuses servers, so nothing else in the process (a component
    whose Frog must be its own: one it stops, or one started with a changed environment) is
    affected. Blocks of other servers do not nest."""
    global _reused
    with _reused_lock:
        if _reused is not None and _reused is not kept:
            raise RuntimeError("other Frog servers are already handed out in this process")
        before, _reused = _reused, kept
    try:
        yield kept
    finally:
        with _reused_lock:
            _reused = before


def server_for(settings: Settings) -> tuple[FrogServer, bool]:
    """A Frog server for a component that needs one, and whether the component owns it (stops it
    when it closes): a new one, or inside :func:`handing_out` the one kept for its options."""
    with _reused_lock:
        kept = _reused
    if kept is None:
        return FrogServer(settings), True
    return kept.server(settings), False


# --- recorded output ----------------------------------------------------------------------


def _key(sentences: list[list[str]]) -> str:
    return "\n".join(" ".join(s) for s in sentences)


class RecordedFrog:
    """Replays Frog output recorded with :func:`record` (a JSON file or a directory of them)."""

    def __init__(self, path: str | Path) -> None:
        path = Path(path)
        files = sorted(path.glob("*.json")) if path.is_dir() else [path]
        self.texts: dict[str, list[list[FrogToken]]] = {}
        self.pretokenised: dict[str, list[list[FrogToken]]] = {}
        for f in files:
            data = json.loads(f.read_text(encoding="utf-8"))
            for item in data.get("texts", []):
                self.texts[item["text"]] = [
                    [FrogToken.from_row(r) for r in s] for s in item["sentences"]
                ]
            for item in data.get("pretokenised", []):
                key = _key(item["input"])
                self.pretokenised[key] = [
                    [FrogToken.from_row(r) for r in s] for s in item["sentences"]
                ]

    def analyse(self, text: str) -> list[list[FrogToken]]:
        """Return the recorded analysis of exactly this text."""
        try:
            return self.texts[text]
        except KeyError:
            raise AnalysisError(
                f"no recorded Frog output for this text ({text[:60]!r}...); re-record with kroniek.analyse.frog.record"
            ) from None

    def analyse_pretokenised(self, sentences: list[list[str]]) -> list[list[FrogToken]]:
        """Return the recorded analysis of exactly these sentences."""
        try:
            return self.pretokenised[_key(sentences)]
        except KeyError:
            raise AnalysisError(
                "no recorded Frog output for these sentences; re-record with record()"
            ) from None

    def close(self) -> None:
        pass


def record(
    backend: FrogBackend,
    texts: Iterable[str],
    path: str | Path,
    pretokenised: Iterable[list[list[str]]] = (),
) -> None:
    """Run a backend over texts (and pretokenised inputs) and write its output as a RecordedFrog JSON file."""
    data: dict[str, Any] = {
        "texts": [
            {"text": t, "sentences": [[tok.to_row() for tok in s] for s in backend.analyse(t)]}
            for t in texts
        ],
        "pretokenised": [
            {
                "input": inp,
                "sentences": [
                    [tok.to_row() for tok in s] for s in backend.analyse_pretokenised(inp)
                ],
            }
            for inp in pretokenised
        ],
    }
    if not data["pretokenised"]:
        del data["pretokenised"]
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    # One token per line: small, and diffs stay readable when a fixture is re-recorded.
    lines = ["{"]
    for name in ("texts", "pretokenised"):
        if name not in data:
            continue
        lines.append(f"{json.dumps(name)}: [")
        for n, item in enumerate(data[name]):
            head = {k: v for k, v in item.items() if k != "sentences"}
            sents = ",\n".join(
                "[" + ",\n".join(json.dumps(r, ensure_ascii=False) for r in s) + "]"
                for s in item["sentences"]
            )
            body = json.dumps(head, ensure_ascii=False)[:-1] + ', "sentences": [\n' + sents + "]}"
            lines.append(body + ("," if n < len(data[name]) - 1 else ""))
        lines.append("]" + ("," if name == "texts" and "pretokenised" in data else ""))
    lines.append("}")
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")
