"""Ingest: files, folders, URLs and stdin -> cleaned Documents.

``iter_inputs`` is the one entry point. Each input is read as one of (sniffed from content, name
and content type): plain text, Markdown/Jekyll, HTML, PDF, RSS/Atom, JSON Lines. Every failure is
yielded as an InputError naming the input and never stops the batch.
"""

from __future__ import annotations

import functools
import os
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from ..errors import EmptyInputError, InputError, ParseError, TooLargeError
from ..model import Document
from ..settings import Settings
from . import readers
from .clean import CleanResult, clean_text, reflow
from .dedup import Deduplicator
from .fetch import READ_TIMEOUT, fetch_url, new_client
from .hyphen import dehyphenate, keep_hyphen
from .worker import run_isolated, shared_pool, warm

__all__ = [
    "CleanResult",
    "Deduplicator",
    "clean_text",
    "count_inputs",
    "dehyphenate",
    "fetch_url",
    "iter_inputs",
    "keep_hyphen",
    "read_bytes",
    "reflow",
]

FETCH_TIMEOUT = READ_TIMEOUT  # kept for callers of the old name


def _is_url(s: str) -> bool:
    return s.startswith(("http://", "https://"))


def display_name(path: str) -> str:
    """A path as text that can be printed and stored: undecodable bytes in a file name become U+FFFD."""
    return os.fsencode(path).decode("utf-8", errors="replace")


def _walk(folder: Path) -> Iterator[Path | OSError]:
    """Files under a folder, sorted, skipping hidden files and folders; symlinked folders are not
    entered. A folder that cannot be listed (gone while the folder is read, no permission) comes
    as its OSError, so that it is named instead of silently left out."""
    unlisted: list[OSError] = []
    for root, dirs, files in os.walk(folder, onerror=unlisted.append):
        yield from unlisted
        unlisted.clear()
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(root) / name
    yield from unlisted


def _unlisted(exc: OSError) -> InputError:
    return InputError(display_name(str(exc.filename)), f"cannot list this folder ({exc.strerror or exc})",
                      "check that it still exists and can be read")


def refuse_special(path: str, top: str | None) -> InputError | None:
    """An error for a path that is not a regular file, or a symlink out of the folder ``top``."""
    name = display_name(path)
    try:
        st = os.stat(path)  # follows symlinks: what would be read
    except OSError as exc:
        return InputError(name, f"cannot open ({exc.strerror or exc})", "check the path and permissions")
    if not stat.S_ISREG(st.st_mode):
        kind = "a FIFO" if stat.S_ISFIFO(st.st_mode) else "a device" if (
            stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode)) else "a socket" if stat.S_ISSOCK(
            st.st_mode) else "not a regular file"
        return InputError(name, f"{kind}; refused", "give regular files only")
    if top is not None and os.path.islink(path):
        real, root = os.path.realpath(path), os.path.realpath(top)
        if os.path.commonpath([real, root]) != root:
            return InputError(name, "a symlink pointing out of the folder; refused",
                              "give the target itself if you mean to ingest it")
    return None


def count_inputs(inputs: list[str]) -> int | None:
    """Estimate how many files the inputs hold (None when stdin makes it unknowable)."""
    n = 0
    for inp in inputs:
        if isinstance(inp, Document):
            n += 1
        elif inp == "-":
            return None
        if _is_url(inp):
            n += 1
        elif os.path.isdir(inp):
            n += sum(1 for _ in _walk(Path(inp)))
        else:
            n += 1
    return n


def read_bytes(
    raw: bytes,
    source: str,
    settings: Settings,
    *,
    name: str = "",
    content_type: str | None = None,
    url: str | None = None,
    fetch_links: bool = False,
    fetcher: Callable[[str], tuple[bytes, str | None, str]] | None = None,
) -> Iterator[Document | InputError]:
    """Read one input's bytes as whatever kind they are; yield Documents and InputErrors."""
    if not raw.strip():
        yield EmptyInputError(source, "the input is empty", "give a file with text in it")
        return
    kind = readers.sniff(raw, name or source, content_type)
    if kind == "jsonl" and readers.binary_jsonl(raw[:8192]):
        yield readers.binary_jsonl_error(source)
        return
    try:
        if kind in ("pdf", "markdown", "text") and url:
            # A single document fetched from the web: its URL is where it came from.
            for item in _dispatch(kind, raw, source, settings, url, fetch_links, fetcher):
                if isinstance(item, Document) and item.url is None:
                    item.url = url
                yield item
        else:
            yield from _dispatch(kind, raw, source, settings, url, fetch_links, fetcher)
    except InputError as exc:
        yield exc
    except MemoryError:
        raise  # the worker reports it as a memory bomb
    except Exception as exc:  # a reader bug or a library's odd exception must not end the batch
        yield ParseError(
            source,
            f"could not read this {kind} input ({type(exc).__name__}: {exc})",
            "report it with the file attached",
        )


def _dispatch(
    kind: str,
    raw: bytes,
    source: str,
    settings: Settings,
    url: str | None,
    fetch_links: bool,
    fetcher: Any,
) -> Iterator[Document | InputError]:
    if kind == "pdf":
        yield from readers.read_pdf(raw, source)
    elif kind == "officialxml":
        yield from readers.read_official_xml(raw, source)
    elif kind == "feed":
        yield from readers.read_feed(raw, source, fetch_links=fetch_links, fetcher=fetcher)
    elif kind == "jsonfeed":
        yield from readers.read_json_feed(raw, source, fetch_links=fetch_links, fetcher=fetcher)
    elif kind == "jsonl":
        yield from readers.read_jsonl(readers.json_records(raw), source, settings.max_input_bytes)
    elif kind == "html":
        yield from readers.read_html(raw, source, url)
    elif kind == "markdown":
        yield from readers.read_markdown(raw, source)
    else:
        yield from readers.read_text(raw, source)


def _read_file(
    path: str, settings: Settings, fetch_links: bool, fetcher: Any
) -> Iterator[Document | InputError]:
    name = display_name(path)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)  # a FIFO swapped in late must not block
    except OSError as exc:
        yield InputError(name, f"cannot open ({exc.strerror or exc})", "check the path and permissions")
        return
    with os.fdopen(fd, "rb") as fh:
        st = os.fstat(fh.fileno())
        if not stat.S_ISREG(st.st_mode):
            yield InputError(name, "not a regular file; refused", "give regular files only")
            return
        if st.st_size > settings.max_input_bytes:
            yield TooLargeError(
                name,
                f"the file is {st.st_size:,} bytes, over the limit of {settings.max_input_bytes:,}",
                "split it, or raise KRONIEK_MAX_INPUT_BYTES",
            )
            return
        if st.st_size == 0 or not path.lower().endswith((".jsonl", ".ndjson")):
            raw = fh.read(settings.max_input_bytes + 1)
            yield from read_bytes(raw, name, settings, name=name, fetch_links=fetch_links,
                                  fetcher=fetcher)
            return
        if readers.binary_jsonl(fh.peek(8192) if hasattr(fh, "peek") else b""):
            yield readers.binary_jsonl_error(name)
            return
        yield from readers.read_jsonl(fh, name, settings.max_input_bytes)  # streamed: may be large


def _one_input(
    inp: str, top: str | None, settings: Settings, fetch_links: bool, stdin: Any
) -> Iterator[Document | InputError]:
    """Read one input (a file, URL or stdin): runs inside the reading worker."""
    client: Any = None

    def fetcher(url: str) -> tuple[bytes, str | None, str]:
        nonlocal client
        if client is None:
            client = new_client()
        return fetch_url(url, settings, client)

    try:
        if inp == "-":
            stream = stdin if stdin is not None else getattr(sys.stdin, "buffer", None)
            if stream is None:  # started with stdin closed
                yield InputError("<stdin>", "there is no standard input (it is closed)",
                                 "pipe JSON Lines in: kroniek ingest - < lines.jsonl")
                return
            yield from readers.read_jsonl(stream, "<stdin>", settings.max_input_bytes)
        elif _is_url(inp):
            try:
                raw, ctype, final = fetcher(inp)
            except InputError as exc:
                yield exc
                return
            yield from read_bytes(raw, inp, settings, name=final, content_type=ctype, url=final,
                                  fetch_links=fetch_links, fetcher=fetcher)
        else:
            yield from _read_file(inp, settings, fetch_links, fetcher)
    finally:
        if client is not None:
            client.close()


def _expand(inputs: Iterable[str | Document]) -> Iterator[tuple[str, str | None] | Document | InputError]:
    """Each input as (path or URL, the folder it was found in); special files refused by name;
    a Document already read (``kroniek watch`` reads its sources itself) as it is."""
    for inp in inputs:
        if isinstance(inp, Document):
            yield inp
        elif inp == "-" or _is_url(inp):
            yield inp, None
        elif os.path.isdir(inp):
            for path in _walk(Path(inp)):
                if isinstance(path, OSError):
                    yield _unlisted(path)
                    continue
                bad = refuse_special(str(path), inp)
                yield bad if bad is not None else (str(path), inp)
        elif os.path.lexists(inp):
            bad = refuse_special(inp, None)
            yield bad if bad is not None else (inp, None)
        else:
            yield InputError(
                display_name(inp), "no such file, folder or URL",
                "check the spelling; URLs need http(s)://",
            )


def _stdin_for_child(stdin: IO[bytes] | IO[str] | None) -> tuple[Any, IO[bytes] | None]:
    """The stream a reading child reads "-" from, and what to close after it.

    multiprocessing closes ``sys.stdin`` in every child it starts, so the child cannot read the
    parent's ``sys.stdin`` object: a stream on a file descriptor is handed on as a binary stream
    on a duplicate of it. A stream without one (``io.StringIO``) is handed on as it is."""
    stream = stdin if stdin is not None else sys.stdin
    try:
        fd = stream.fileno()
    except (AttributeError, OSError, ValueError):  # no descriptor (OSError: io.UnsupportedOperation)
        return stream, None
    opened = os.fdopen(os.dup(fd), "rb")
    return opened, opened


def iter_inputs(
    inputs: Iterable[str | Document],
    settings: Settings,
    *,
    fetch_links: bool = False,
    stdin: IO[bytes] | IO[str] | None = None,
    isolate: bool = True,
) -> Iterator[Document | InputError]:
    """Yield one cleaned Document per document in the inputs, or an InputError per failure.

    Inputs are file paths, folders (recursive, hidden entries skipped), http(s) URLs (feeds,
    HTML pages, PDFs, text) and "-" for JSON Lines on stdin; Documents read elsewhere pass through. ``fetch_links`` makes feed items
    fetch their linked page for the full text. ``stdin`` (binary or text stream) replaces
    ``sys.stdin`` for "-". Each input is read in a worker process (``isolate``) under the
    settings' deadline and memory cap (see ``ingest.worker``); FIFOs, devices and symlinks out
    of a given folder are refused by name.
    """
    if isolate:
        warm()
    with shared_pool(_one_input, deadline=settings.read_deadline, memory=settings.read_memory) as pool:
        for entry in _expand(inputs):
            if isinstance(entry, (InputError, Document)):  # a Document: read already (kroniek watch)
                yield entry
                continue
            inp, top = entry
            if not isolate:
                yield from _one_input(inp, top, settings, fetch_links, stdin)
            elif inp == "-":  # the child must inherit stdin: a child of its own
                stream, opened = _stdin_for_child(stdin)
                try:
                    yield from run_isolated(
                        functools.partial(_one_input, inp, top, settings, fetch_links, stream),
                        display_name(inp), deadline=settings.read_deadline, memory=settings.read_memory)
                finally:
                    if opened is not None:
                        opened.close()
            else:  # the settings go with each input: the pool's child may have been forked earlier
                yield from pool.read(display_name(inp), inp, top, settings, fetch_links, None)
