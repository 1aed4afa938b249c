"""URL inputs against a local http.server on 127.0.0.1: sniffing, redirects, limits, fetch_links."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from kroniek.errors import InputError, TooLargeError
from kroniek.ingest import iter_inputs
from kroniek.model import Document
from kroniek.settings import Settings

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"


def _article_page(seeds_dir: Path) -> bytes:
    text = next(seeds_dir.glob("000_*.txt")).read_text(encoding="utf-8").split(" ", 3)[3]
    paras = "".join(f"<p>{p}</p>\n" for p in text.split("\n\n") if p.strip())
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Bijleveld over Soleimani</title>"
        "<meta property='og:site_name' content='Lokale Krant'></head><body><nav>Menu Home Sport</nav>"
        f"<article><h1>Bijleveld over Soleimani</h1>{paras}</article><footer>Colofon</footer></body></html>"
    ).encode()


@pytest.fixture(scope="module")
def server(seeds_dir: Path) -> Iterator[str]:
    routes: dict[str, tuple[int, str, bytes]] = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server API)
            if self.path == "/redirect":
                self.send_response(302)
                self.send_header("Location", "/artikel")
                self.end_headers()
                return
            if self.path == "/stream":  # no Content-Length: the size cap must hold while reading
                self.send_response(200)
                self.send_header("Content-Type", "text/plain")
                self.end_headers()
                for _ in range(200):
                    self.wfile.write(b"Het kabinet besluit. " * 50)
                return
            status, ctype, body = routes.get(self.path, (404, "text/plain", b"niet gevonden"))
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    base = f"http://127.0.0.1:{httpd.server_port}"
    feed = (FIX / "feed.rss").read_bytes().replace(b"http://127.0.0.1/", base.encode() + b"/")
    routes.update(
        {
            "/feed": (200, "application/rss+xml; charset=utf-8", feed),
            "/feed-as-text": (200, "text/plain", feed),
            "/artikel": (200, "text/html; charset=utf-8", (FIX / "article.html").read_bytes()),
            "/nieuws/1": (200, "text/html; charset=utf-8", _article_page(seeds_dir)),
            "/brief": (200, "application/octet-stream", (FIX / "kamerbrief.pdf").read_bytes()),
            "/bom": (200, "application/xml", (FIX / "bomb.xml").read_bytes()),
        }
    )
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    yield base
    httpd.shutdown()
    httpd.server_close()


def read_all(inputs: list[str], settings: Settings | None = None, **kw) -> list:
    # The test server is on 127.0.0.1: private addresses allowed here (refusing them is tested in tests/hostile).
    return list(iter_inputs(inputs, settings or Settings(allow_private=True), **kw))


def test_urls_feed_by_content_type(server: str) -> None:
    items = read_all([f"{server}/feed"])
    assert [type(i) for i in items] == [Document] * 3
    assert items[0].source == f"{server}/feed#1" and items[0].url == f"{server}/nieuws/1"
    assert "text_from" not in items[0].meta  # no page fetched unless fetch_links


def test_urls_feed_sniffed_by_content(server: str) -> None:
    assert [type(i) for i in read_all([f"{server}/feed-as-text"])] == [Document] * 3


def test_urls_html_page_and_redirect(server: str) -> None:
    (doc,) = read_all([f"{server}/redirect"])
    assert isinstance(doc, Document)
    assert doc.source == f"{server}/redirect"
    assert doc.title == "NAVO wil opleiding in Irak hernemen"
    assert doc.text.startswith("Jens Stoltenberg")


def test_urls_pdf_sniffed_from_bytes(server: str, seeds_dir: Path) -> None:
    (doc,) = read_all([f"{server}/brief"])
    (txt,) = read_all([str(next(seeds_dir.glob("002_*.txt")))])
    assert doc.genre == "letter" and doc.text == txt.text
    assert doc.url == f"{server}/brief" and doc.source == f"{server}/brief"


def test_urls_fetch_links_gets_full_text(server: str) -> None:
    plain = read_all([f"{server}/feed"])
    full = read_all([f"{server}/feed"], fetch_links=True)
    assert full[0].meta.get("text_from") == "link"
    assert len(full[0].text) > len(plain[0].text)
    assert "Menu" not in full[0].text and "Colofon" not in full[0].text
    # the other links answer 404: the item keeps the feed's text and says why
    assert full[1].text == plain[1].text
    assert any(w.startswith("fetch-link") and "404" in w for w in full[1].warnings)


@pytest.mark.parametrize(
    ("path", "says"),
    [
        pytest.param("/weg", "HTTP 404", id="missing page"),
        pytest.param("/bom", "entities", id="entity bomb over HTTP"),
    ],
)
def test_urls_errors_name_the_url(server: str, path: str, says: str) -> None:
    (item,) = read_all([f"{server}{path}"])
    assert isinstance(item, InputError)
    assert str(item).startswith(f"{server}{path}: ") and says in str(item)


@pytest.mark.parametrize(
    "path",
    [
        pytest.param("/artikel", id="declared Content-Length over the limit"),
        pytest.param("/stream", id="undeclared length, cut off while reading"),
    ],
)
def test_urls_too_large(server: str, path: str) -> None:
    (item,) = read_all([f"{server}{path}"], Settings(max_input_bytes=1000, allow_private=True))
    assert isinstance(item, TooLargeError)


def test_urls_unreachable_host_is_an_error() -> None:
    (item,) = read_all(["http://127.0.0.1:9/niets"])
    assert isinstance(item, InputError) and "could not fetch" in str(item)


@pytest.mark.parametrize(("value", "seconds"), [
    ("120", 120.0),  # delta-seconds
    ("Thu, 01 Jan 1970 00:02:00 GMT", 20.0),  # an HTTP date, 20 s after "now" (100 s)
    ("Thu, 01 Jan 1970 00:00:10 GMT", 0.0),  # in the past: no wait
    ("morgen", None),  # unreadable: ignored
    (None, None),
])
def test_urls_retry_after_header(value: str | None, seconds: float | None) -> None:
    from kroniek.ingest.fetch import retry_after

    assert retry_after(value, now=100.0) == seconds


def test_urls_clients_share_one_verifying_tls_context() -> None:
    # Every fetch's client takes the process's one TLS context (loading the CA bundle once, not per
    # URL or per watch poll), and that context still verifies certificates and host names.
    import ssl

    from kroniek.ingest.fetch import new_client, tls_context

    contexts = []
    for _ in range(2):
        with new_client() as client:
            contexts.append(client._transport._pool._ssl_context)  # httpx's transport, httpcore's pool
    assert contexts[0] is contexts[1] is tls_context()
    assert tls_context().verify_mode == ssl.CERT_REQUIRED and tls_context().check_hostname
