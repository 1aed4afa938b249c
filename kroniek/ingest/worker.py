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
readers are imported once in the parent (``warm``) so no child pays for it.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import resource
import traceback
from collections.abc import Callable, Iterator
from multiprocessing.connection import Connection
from typing import Any

from ..errors import InputError, ParseError, TooLargeError
from ..model import Document

Item = Document | InputError
_DONE = "__kroniek_done__"


def warm() -> None:
    """Import the readers' heavy libraries in this (parent) process, so forked children share them."""
    for name in ("trafilatura", "feedparser", "pdfplumber", "charset_normalizer", "httpx", "yaml"):
        with contextlib.suppress(ImportError):
            __import__(name)


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


def _child(conn: Connection, source: str, memory: int, produce: Callable[[], Any]) -> None:
    _cap_memory(memory)
    try:
        for item in produce():
            conn.send(item)
    except MemoryError:
        conn.send(TooLargeError(
            source, "reading it needed more memory than allowed (a compressed or expanding bomb?)",
            "raise KRONIEK_READ_MEMORY if you trust this source",
        ))
    except InputError as exc:
        conn.send(exc)
    except Exception as exc:  # a reader bug: one line naming the input, the batch goes on
        where = traceback.extract_tb(exc.__traceback__)[-1]
        conn.send(ParseError(
            source, f"could not read it ({type(exc).__name__}: {str(exc)[:200]} at "
            f"{os.path.basename(where.filename)}:{where.lineno})", "report it with the file attached",
        ))
    with contextlib.suppress(Exception):
        conn.send(_DONE)
    conn.close()


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
                yield InputError(
                    source, f"reading it took longer than {deadline:g} s and was stopped",
                    "the input may be built to stall parsers; raise KRONIEK_READ_DEADLINE if you trust it",
                )
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


def _died(source: str, code: int | None) -> InputError:
    if code is not None and code < 0:
        how = f"was ended by signal {-code}"
    else:
        how = f"exited with code {code}"
    return ParseError(source, f"the reader {how} while reading it (out of memory or a parser crash)",
                      "report it with the file attached")
