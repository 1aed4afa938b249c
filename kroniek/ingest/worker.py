"""Read inputs in a worker process that can be stopped: a per-document deadline and a memory cap.

Reading and cleaning run third-party parsers (trafilatura, lxml, pdfminer, feedparser, YAML) and
regular expressions over text a source chose. Any of them can take minutes or gigabytes on a small
hostile input, and a thread cannot be stopped. So each input is read in a forked child process:

* the child sends each item (a Document or an InputError) through a pipe as soon as it is made;
* the parent waits at most ``deadline`` seconds for the next item, then kills the child and
  yields one error naming the input (a feed or JSONL file keeps the items already sent);
* the child's address space is capped (``RLIMIT_AS``) at what it had when forked plus
  ``memory`` bytes, so a decompression or expansion bomb ends in MemoryError, reported as one line;
* a child that dies any other way (a crash in a C library) is one line too.

Fork keeps the parent's imported modules, so the child starts in milliseconds; the heavy
readers are imported once in the parent (``warm``) so no child pays for it. A long-lived parent
(``kroniek watch``, which forks readers at every poll) also warms the page-date fallback
(``warm(dates=True)``); ``kroniek serve`` does so in a background thread at start
(``warm_in_background``), and a reader forked meanwhile waits for it.

``iter_inputs`` reads through one pool per process (``shared_pool``): its child outlives the call,
so a server's API ingests, a watch loop's polls and repeated library ingests do not each fork a
copy of the process; it ends after 30 s idle, and a warm-up replaces it with a warm one. Watch's
feed, page and sitemap reads go through one such child too (``read_shared``).
"""

from __future__ import annotations

import contextlib
import functools
import multiprocessing
import os
import resource
import signal
import threading
import traceback
from collections.abc import Callable, Iterator
from multiprocessing.connection import Connection
from typing import Any

from ..errors import InputError, ParseError, TooLargeError
from ..model import Document

Item = Document | InputError
_DONE = "__kroniek_done__"
_DONE_EXIT = "__kroniek_done_exit__"


# A page text no date pattern reads, so htmldate hands it to dateparser (see ``warm``).
_UNDATED_PAGE = "<html><body><p>Bijgewerkt xq 12 zq 2019</p></body></html>"


# Held while ``warm`` runs. ``iter_inputs`` warms before it forks any reader, so a reader is never
# forked while another thread is half-way through building what warm builds (a lock held by that
# thread would stay held in the child for ever).
_WARMING = threading.Lock()


def warm_in_background() -> threading.Thread:
    """``warm(dates=True)`` in a daemon thread: a server starts as fast as before and its first
    readers find the date fallback and the word list's indexes built (or wait until they are)."""
    thread = threading.Thread(target=warm, kwargs={"dates": True}, name="kroniek-warm-readers", daemon=True)
    thread.start()
    return thread


def warm(*, dates: bool = False) -> None:
    """Import the readers' heavy libraries in this (parent) process, so forked children share them.

    ``dates``: also load what htmldate's last date fallback builds at its first use. A page whose
    markup holds no date is read by dateparser with every locale it knows: ~2 s of CPU and ~45 MB
    in each fresh reading child, at every poll of ``kroniek watch`` that meets such a page. Done
    once here, the children find it built. Only the time changes: htmldate's parser does not
    prefer locales it has seen before (``try_previous_locales`` is off), so every page gets the
    date it got before. Worth it in a process that forks readers again and again, not in one
    ``kroniek ingest`` (its reading child lives for 64 inputs and pays it once, if at all).
    The Dutch word list that decides line-end hyphens is loaded and indexed with it (~0.9 s of CPU
    in each child that meets a hyphen at a line end otherwise).
    """
    with _WARMING:
        for name in ("trafilatura", "feedparser", "pdfplumber", "charset_normalizer", "httpx", "yaml"):
            with contextlib.suppress(ImportError):
                __import__(name)
        if dates:
            with contextlib.suppress(ImportError):
                from htmldate import find_date

                find_date(_UNDATED_PAGE, extensive_search=True)
            from .hyphen import load_wordlist

            load_wordlist().build_indexes()
    if dates:  # an idle shared reading child was forked cold: the next read forks a warm one
        close_shared()


def _vm_size() -> int:
    """This process's virtual memory size in bytes (0 when /proc is not there)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    return 0


def _cap_memory(extra: int) -> None:
    if extra <= 0:
        return
    base = _vm_size()
    if base:
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_AS, (base + extra, base + extra))


def _produce_into(conn: Connection, source: str, produce: Callable[[], Any]) -> bool:
    """Send what ``produce()`` yields, then one error line if it failed; False after MemoryError."""
    try:
        for item in produce():
            conn.send(item)
    except MemoryError:
        conn.send(TooLargeError(
            source, "reading it needed more memory than allowed (a compressed or expanding bomb?)",
            "raise KRONIEK_READ_MEMORY if you trust this source",
        ))
        return False
    except InputError as exc:
        conn.send(exc)
    except Exception as exc:  # a reader bug: one line naming the input, the batch goes on
        where = traceback.extract_tb(exc.__traceback__)[-1]
        conn.send(ParseError(
            source, f"could not read it ({type(exc).__name__}: {str(exc)[:200]} at "
            f"{os.path.basename(where.filename)}:{where.lineno})", "report it with the file attached",
        ))
    return True


def _child(conn: Connection, source: str, memory: int, produce: Callable[[], Any]) -> None:
    _cap_memory(memory)
    _produce_into(conn, source, produce)
    with contextlib.suppress(Exception):
        conn.send(_DONE)
    conn.close()


def _serve(conn: Connection, memory: int, handler: Callable[..., Any], jobs: int, parent_end: Connection,
           idle: float | None = None) -> None:
    """A reading child that reads up to ``jobs`` inputs sent to it, one after the other, and ends
    after ``idle`` seconds without one.

    It first closes its copy of the parent's end of the pipe, so that when the parent dies without
    a word (SIGKILL) the child's next read meets the end of the pipe and the child exits; and it
    lets SIGTERM end it again, which multiprocessing sends its daemon children at exit (a parent
    such as ``kroniek watch`` handles SIGTERM itself, and the child would inherit that handler and
    keep the parent waiting at exit until it ends idle)."""
    parent_end.close()
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _cap_memory(memory)
    for _ in range(jobs):
        try:
            if idle is not None and not conn.poll(idle):
                break
            job = conn.recv()
        except (EOFError, OSError):
            break
        if job is None:
            break
        source, args = job
        healthy = _produce_into(conn, source, functools.partial(handler, *args))
        with contextlib.suppress(Exception):
            conn.send(_DONE if healthy else _DONE_EXIT)
        if not healthy:  # after a MemoryError the heap is not to be trusted: a fresh child reads on
            break
    conn.close()


class ReaderPool:
    """Read inputs one after the other in a reused child process (forking one per input costs
    about 0.2 s on a busy machine, as much as reading a short article).

    The guarantees of ``run_isolated`` hold per input: at most ``deadline`` seconds per item,
    then the child is killed and the input named in one error; a child that dies or runs out of
    its memory cap fails the input it was reading, and the next input gets a fresh child. A
    child reads at most ``jobs`` inputs, so memory a reader leaks does not pile up.
    """

    def __init__(self, handler: Callable[..., Any], *, deadline: float, memory: int, jobs: int = 64,
                 idle: float | None = None) -> None:
        self.handler, self.deadline, self.memory, self.jobs, self.idle = handler, deadline, memory, jobs, idle
        self.proc: Any = None
        self.channel: Connection | None = None
        self.done = 0
        self.busy = False  # lent out by ``shared_pool``

    def _spawn(self) -> Connection:
        ctx = multiprocessing.get_context("fork")
        mine, theirs = ctx.Pipe(duplex=True)
        self.proc = ctx.Process(target=_serve, args=(theirs, self.memory, self.handler, self.jobs, mine, self.idle),
                                daemon=True)
        self.proc.start()
        theirs.close()
        self.channel, self.done = mine, 0
        return mine

    def _retire(self, kill: bool) -> int | None:
        """End the current child; its exit code."""
        proc, conn = self.proc, self.channel
        self.proc = self.channel = None
        if proc is None:
            return None
        if kill and proc.is_alive():
            proc.kill()
        elif conn is not None:
            with contextlib.suppress(Exception):
                conn.send(None)
        proc.join(5)
        if proc.is_alive():
            proc.kill()
            proc.join(5)
        if conn is not None:
            conn.close()
        return proc.exitcode

    def read(self, source: str, *args: Any) -> Iterator[Item]:
        """What ``handler(*args)`` yields, read in the child; errors name ``source``."""
        conn = self._send((source, args))
        finished = passed_on = retried = False
        try:
            while True:
                if not conn.poll(self.deadline):
                    self._retire(kill=True)
                    finished = True
                    yield _stalled(source, self.deadline)
                    return
                try:
                    msg = conn.recv()
                except (EOFError, OSError):
                    code = self._retire(kill=True)
                    if code == 0 and not (passed_on or retried):  # it ended idle as the input came
                        retried = True
                        conn = self._send((source, args))
                        continue
                    finished = True
                    yield _died(source, code)
                    return
                except Exception as exc:  # an item that could not be unpickled
                    yield ParseError(source, f"an item could not be passed on ({type(exc).__name__})")
                    continue
                if isinstance(msg, str) and msg in (_DONE, _DONE_EXIT):
                    finished = True
                    self.done += 1
                    if msg == _DONE_EXIT or self.done >= self.jobs:
                        self._retire(kill=False)
                    return
                passed_on = True
                yield msg
        finally:
            if not finished:  # the caller stopped reading in the middle of an input
                self._retire(kill=True)

    def _send(self, job: tuple[str, tuple[Any, ...]]) -> Connection:
        conn = self.channel or self._spawn()
        try:
            conn.send(job)
        except (BrokenPipeError, OSError):  # the child ended between two inputs: start another
            self._retire(kill=True)
            conn = self._spawn()
            conn.send(job)
        return conn

    def close(self) -> None:
        self._retire(kill=False)


# One pool per (handler, deadline, memory), kept between reads: a server's API ingests, a watch
# loop's polls and a library's repeated ingests reuse one reading child instead of forking (and
# tearing down) a copy of a large process for each read. Its child is a daemon: multiprocessing
# ends it when the process exits, and it ends by itself when the process is killed (``_serve``)
# or after SHARED_IDLE seconds without input (an idle copy would keep the pages the parent
# changes since: up to the parent's size again).
SHARED_IDLE = 30.0
_SHARED: dict[tuple[Callable[..., Any], float, int], ReaderPool] = {}
_SHARED_LOCK = threading.Lock()


@contextlib.contextmanager
def shared_pool(handler: Callable[..., Any], *, deadline: float, memory: int) -> Iterator[ReaderPool]:
    """The process's pool for ``handler`` under these limits; a fresh one (closed afterwards) while
    another reader (a thread, an unfinished ingest) holds it. ``handler`` gets every value it
    reads by as arguments: the reading child may be older than this call."""
    key = (handler, deadline, memory)
    with _SHARED_LOCK:
        pool = _SHARED.setdefault(key, ReaderPool(handler, deadline=deadline, memory=memory, idle=SHARED_IDLE))
        mine = not pool.busy
        if mine:
            pool.busy = True
        else:
            pool = ReaderPool(handler, deadline=deadline, memory=memory)
    try:
        yield pool
    finally:
        if mine:
            with _SHARED_LOCK:
                pool.busy = False
        else:
            pool.close()


def _apply(func: Callable[..., Any], *args: Any) -> Any:
    return func(*args)


def read_shared(func: Callable[..., Any], source: str, *args: Any, deadline: float, memory: int) -> Iterator[Item]:
    """What ``func(*args)`` yields, read in the process's shared reading child (``shared_pool``)
    under ``deadline`` and ``memory`` as ``run_isolated`` reads it: ``func`` is a module-level
    function (it is passed to the child by name) and ``args`` are every value it reads, since the
    child may be older than this call. Read to the end: a caller that stops half-way ends the child."""
    with shared_pool(_apply, deadline=deadline, memory=memory) as pool:
        yield from pool.read(source, func, *args)


def close_shared() -> None:
    """End the reading children of the shared pools not in use (their next read forks a new one),
    where what a child was forked with may have changed (a test that patches a reader)."""
    with _SHARED_LOCK:
        idle = [key for key, pool in _SHARED.items() if not pool.busy]
        pools = [_SHARED.pop(key) for key in idle]
    for pool in pools:
        pool.close()


def run_isolated(
    produce: Callable[[], Any], source: str, *, deadline: float, memory: int
) -> Iterator[Item]:
    """Run ``produce()`` (a generator of Documents and InputErrors) in a child process.

    Yields what it yields; a child slower than ``deadline`` seconds per item, or one that dies,
    ends in one InputError naming ``source``.
    """
    ctx = multiprocessing.get_context("fork")
    recv, send = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(send, source, memory, produce), daemon=True)
    proc.start()
    send.close()
    try:
        while True:
            if not recv.poll(deadline):
                yield _stalled(source, deadline)
                return
            try:
                msg = recv.recv()
            except (EOFError, OSError):
                proc.join(5)
                yield _died(source, proc.exitcode)
                return
            except Exception as exc:  # an item that could not be unpickled
                yield ParseError(source, f"an item could not be passed on ({type(exc).__name__})")
                continue
            if isinstance(msg, str) and msg == _DONE:
                return
            yield msg
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join(5)
        recv.close()


def _stalled(source: str, deadline: float | None = None) -> InputError:
    return InputError(
        source, f"reading it took longer than {deadline:g} s and was stopped" if deadline is not None
        else "reading it took too long and was stopped",
        "the input may be built to stall parsers; raise KRONIEK_READ_DEADLINE if you trust it",
    )


def _died(source: str, code: int | None) -> InputError:
    if code is not None and code < 0:
        how = f"was ended by signal {-code}"
    else:
        how = f"exited with code {code}"
    return ParseError(source, f"the reader {how} while reading it (out of memory or a parser crash)",
                      "report it with the file attached")
