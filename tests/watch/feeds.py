"""A local feed server whose feeds change under the test: RSS with ETag/Last-Modified, failures on demand.

Texts are short Dutch news items written for these tests.
"""

from __future__ import annotations

import threading
import time
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from xml.sax.saxutils import escape

ITEMS = [
    ("https://regio.example/nieuws/1", "Brand in loods in Heerenveen",
     "In een loods aan de Kanaalweg in Heerenveen is dinsdagavond brand uitgebroken. Volgens de brandweer "
     "raakte niemand gewond. De politie onderzoekt hoe de brand kon ontstaan.", "Tue, 01 Dec 2026 21:15:00 +0100"),
    ("https://regio.example/nieuws/2", "Gemeente Sneek kiest nieuwe wethouder",
     "De gemeenteraad van Sneek heeft woensdag Anna de Vries gekozen als wethouder van onderwijs. "
     "Zij volgt Peter Bakker op, die in oktober vertrok.", "Wed, 02 Dec 2026 10:00:00 +0100"),
    ("https://regio.example/nieuws/3", "Staking bij streekvervoer in Friesland",
     "Chauffeurs van het streekvervoer in Friesland leggen donderdag het werk neer. De vakbond eist een "
     "hogere loonsverhoging. Reizigers moeten rekening houden met uitval van bussen.", "Thu, 03 Dec 2026 07:30:00 +0100"),
    ("https://regio.example/nieuws/4", "Politie houdt verdachte aan na overval",
     "De politie heeft vrijdag in Leeuwarden een 24-jarige man aangehouden. Hij wordt verdacht van een overval "
     "op een tankstation aan de Valdersweg.", "Fri, 04 Dec 2026 09:00:00 +0100"),
]


def rss(items: list[tuple[str, str, str, str]]) -> bytes:
    body = "".join(
        f"<item><guid>{escape(link)}</guid><link>{escape(link)}</link><title>{escape(title)}</title>"
        f"<description>{escape(text)}</description><pubDate>{date}</pubDate></item>"
        for link, title, text, date in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Regio Voorbeeld</title>'
            f"{body}</channel></rss>").encode()


class FeedServer:
    """Serves ``feeds[path]`` (bytes) with an ETag (not for a path in ``plain``); ``fail[path]`` = (status,
    Retry-After) answers that instead; ``stall[path]`` = seconds the server waits, silent, before it
    answers (a feed that times out)."""

    def __init__(self) -> None:
        self.feeds: dict[str, bytes] = {}
        self.fail: dict[str, tuple[int, str | None]] = {}
        self.stall: dict[str, float] = {}
        self.plain: set[str] = set()  # paths answered without ETag and Last-Modified (never a 304)
        self.log: list[tuple[str, int]] = []  # (path, status) per request
        self.url = ""

    def set(self, path: str, body: bytes) -> None:
        self.feeds[path] = body

    def statuses(self, path: str) -> list[int]:
        return [s for p, s in self.log if p == path]

    def handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server API)
                path = self.path
                if path in server.stall:
                    time.sleep(server.stall[path])
                if path in server.fail:
                    status, retry = server.fail[path]
                    self._answer(path, status, b"", {"Retry-After": retry} if retry else {})
                    return
                body = server.feeds.get(path)
                if body is None:
                    self._answer(path, 404, b"", {})
                    return
                etag = f'"{zlib.crc32(body):x}"'
                if self.headers.get("If-None-Match") == etag:
                    self._answer(path, 304, b"", {"ETag": etag})
                    return
                ctype = "application/feed+json" if body.lstrip().startswith(b"{") else (
                    "text/html" if body.lstrip().startswith(b"<html") else "application/rss+xml")
                stamps = {} if path in server.plain else {"ETag": etag, "Last-Modified": formatdate(usegmt=True)}
                self._answer(path, 200, body, {"Content-Type": ctype, **stamps})

            def _answer(self, path: str, status: int, body: bytes, headers: dict[str, Any]) -> None:
                server.log.append((path, status))
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        return Handler


@contextmanager
def serve_feeds() -> Iterator[FeedServer]:
    fs = FeedServer()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), fs.handler())
    fs.url = f"http://127.0.0.1:{httpd.server_address[1]}"
    # serve_forever checks for shutdown() every poll_interval (0.5 s by default): every test using
    # a fresh server would wait up to that long at its end.
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    try:
        yield fs
    finally:
        httpd.shutdown()
        httpd.server_close()


def item_keys(body: bytes, url: str) -> list[str]:
    """The seen keys of a feed's items, in its order, as a poll of ``url`` serving ``body`` makes them."""
    from kroniek.ingest.readers import FeedStamp, feed_stamps, sniff
    from kroniek.watch.sources import feed_item_key

    return [feed_item_key(s) for s in feed_stamps(body, url, sniff(body)) if isinstance(s, FeedStamp)]


def stored(db: str) -> list[Any]:
    """The documents a watch test's store holds (no layers)."""
    from kroniek.store import open_store

    store = open_store(db)
    try:
        return list(store.iter_documents(layers=False))
    finally:
        store.close()
