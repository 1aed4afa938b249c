"""Ingest: files, folders, URLs and stdin -> cleaned Documents.

``iter_inputs`` is the one entry point. Each input is read as one of (sniffed from content, name
and content type): plain text, Markdown/Jekyll, HTML, PDF, RSS/Atom, JSON Lines. Every failure is
yielded as an InputError naming the input and never stops the batch.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from ..errors import InputError, ParseError, TooLargeError
from ..model import Document
from ..settings import Settings
from . import readers
from .clean import CleanResult, clean_text, reflow
from .dedup import Deduplicator
from .hyphen import dehyphenate, keep_hyphen

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

FETCH_TIMEOUT = 20.0
USER_AGENT = "kroniek/0.1 (+https://example.invalid/kroniek; news chronicle research)"


def _is_url(s: str) -> bool:
    return s.startswith(("http://", "https://"))


def _walk(folder: Path) -> Iterator[Path]:
    """Files under a folder, sorted, skipping hidden files and folders."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(root) / name


def count_inputs(inputs: list[str]) -> int | None:
    """Estimate how many files the inputs hold (None when stdin makes it unknowable)."""
    n = 0
    for inp in inputs:
        if inp == "-":
            return None
        if _is_url(inp):
            n += 1
        elif os.path.isdir(inp):
            n += sum(1 for _ in _walk(Path(inp)))
        else:
            n += 1
    return n


def fetch_url(url: str, settings: Settings, client: Any = None) -> tuple[bytes, str | None, str]:
    """Fetch a URL (redirects followed, size capped); return its bytes, content type and final URL."""
    import httpx

    limit = settings.max_input_bytes
    own = client is None
    client = client or httpx.Client(
        follow_redirects=True, timeout=FETCH_TIMEOUT, headers={"User-Agent": USER_AGENT}
    )
    try:
        with client.stream("GET", url) as resp:
            if resp.status_code >= 400:
                raise InputError(
                    url,
                    f"the server answered HTTP {resp.status_code}",
                    "check the URL; the page may be gone or need a login",
                )
            declared = resp.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > limit:
                raise TooLargeError(
                    url,
                    f"the response is {int(declared):,} bytes, over the limit of {limit:,}",
                    "raise KRONIEK_MAX_INPUT_BYTES if you trust this source",
                )
            chunks, size = [], 0
            for chunk in resp.iter_bytes():
                size += len(chunk)
                if size > limit:
                    raise TooLargeError(
                        url,
                        f"the response is over the limit of {limit:,} bytes",
                        "raise KRONIEK_MAX_INPUT_BYTES if you trust this source",
                    )
                chunks.append(chunk)
            return b"".join(chunks), resp.headers.get("content-type"), str(resp.url)
    except httpx.TimeoutException as exc:
        raise InputError(url, f"timed out after {FETCH_TIMEOUT:.0f} s", "try again later") from exc
    except httpx.HTTPError as exc:
        raise InputError(
            url, f"could not fetch ({type(exc).__name__}: {exc})", "check the URL and the network"
        ) from exc
    finally:
        if own:
            client.close()


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
    kind = readers.sniff(raw, name or source, content_type)
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
    elif kind == "feed":
        yield from readers.read_feed(raw, source, fetch_links=fetch_links, fetcher=fetcher)
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
    try:
        size = os.path.getsize(path)
    except OSError as exc:
        yield InputError(
            path, f"cannot open ({exc.strerror or exc})", "check the path and permissions"
        )
        return
    if size > settings.max_input_bytes:
        yield TooLargeError(
            path,
            f"the file is {size:,} bytes, over the limit of {settings.max_input_bytes:,}",
            "split it, or raise KRONIEK_MAX_INPUT_BYTES",
        )
        return
    try:
        if path.lower().endswith((".jsonl", ".ndjson")):
            with open(path, "rb") as fh:  # stream: a JSONL file may be large
                yield from readers.read_jsonl(fh, path, settings.max_input_bytes)
            return
        with open(path, "rb") as fh:
            raw = fh.read(settings.max_input_bytes + 1)
    except OSError as exc:
        yield InputError(
            path, f"cannot read ({exc.strerror or exc})", "check the path and permissions"
        )
        return
    yield from read_bytes(raw, path, settings, name=path, fetch_links=fetch_links, fetcher=fetcher)


def iter_inputs(
    inputs: list[str],
    settings: Settings,
    *,
    fetch_links: bool = False,
    stdin: IO[bytes] | IO[str] | None = None,
) -> Iterator[Document | InputError]:
    """Yield one cleaned Document per document in the inputs, or an InputError per failure.

    Inputs are file paths, folders (recursive, hidden entries skipped), http(s) URLs (feeds,
    HTML pages, PDFs, text) and "-" for JSON Lines on stdin. ``fetch_links`` makes feed items
    fetch their linked page for the full text. ``stdin`` (binary or text stream) replaces
    ``sys.stdin`` for "-".
    """
    import httpx

    client: httpx.Client | None = None

    def fetcher(url: str) -> tuple[bytes, str | None, str]:
        nonlocal client
        if client is None:
            client = httpx.Client(
                follow_redirects=True, timeout=FETCH_TIMEOUT, headers={"User-Agent": USER_AGENT}
            )
        return fetch_url(url, settings, client)

    try:
        for inp in inputs:
            if inp == "-":
                stream = stdin if stdin is not None else sys.stdin.buffer
                yield from readers.read_jsonl(stream, "<stdin>", settings.max_input_bytes)
            elif _is_url(inp):
                try:
                    raw, ctype, final = fetcher(inp)
                except InputError as exc:
                    yield exc
                    continue
                yield from read_bytes(
                    raw,
                    inp,
                    settings,
                    name=final,
                    content_type=ctype,
                    url=final,
                    fetch_links=fetch_links,
                    fetcher=fetcher,
                )
            elif os.path.isdir(inp):
                for path in _walk(Path(inp)):
                    yield from _read_file(str(path), settings, fetch_links, fetcher)
            elif os.path.exists(inp):
                yield from _read_file(inp, settings, fetch_links, fetcher)
            else:
                yield InputError(
                    inp, "no such file, folder or URL", "check the spelling; URLs need http(s)://"
                )
    finally:
        if client is not None:
            client.close()
