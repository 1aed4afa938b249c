"""Issue 16, defect 8: a source cannot steer fetching to private addresses or hold a fetch up."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from kroniek.errors import InputError
from kroniek.ingest.fetch import check_target, fetch_url, public_address
from kroniek.settings import Settings

PAGE = b"<html><body><p>Het kabinet besluit vandaag over de nieuwe brug bij Deventer.</p></body></html>"


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            if self.path in ("/weg", "/verder"):
                self.send_response(302)
                target = (f"http://localhost:{self.server.server_port}/intern" if self.path == "/weg"
                          else "/artikel")
                self.send_header("Location", target)
                self.end_headers()
                return
            if self.path == "/kop-druppel":  # the status line and headers, a byte a second, for 15 s
                head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Traag: " + b"a" * 40 + b"\r\n\r\n"
                for byte in head[:15]:
                    try:
                        self.wfile.write(bytes([byte]))
                        self.wfile.flush()
                    except OSError:
                        return
                    time.sleep(1.0)
                self.close_connection = True
                return
            if self.path == "/druppel":  # a server trickling a byte every 0.2 s, for 12 s
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                for _ in range(60):
                    try:
                        self.wfile.write(b"x")
                        self.wfile.flush()
                    except OSError:
                        return
                    time.sleep(0.2)
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(PAGE)))
            self.end_headers()
            self.wfile.write(PAGE)

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()


@pytest.mark.parametrize(("ip", "public"), [
    ("127.0.0.1", False), ("10.1.2.3", False), ("192.168.0.1", False), ("172.16.5.4", False),
    ("169.254.169.254", False),  # cloud metadata service
    ("::1", False), ("fe80::1", False), ("::ffff:127.0.0.1", False), ("0.0.0.0", False),
    ("100.64.0.1", False),  # carrier-grade NAT
    ("93.184.216.34", True), ("2606:2800:220:1::1", True),
])
def test_fetch_public_address(ip: str, public: bool) -> None:
    assert public_address(ip) is public


@pytest.mark.parametrize("url", ["http://localhost:8080/x", "http://127.0.0.1/", "http://[::1]/",
                                 "http://169.254.169.254/latest/meta-data/", "file:///etc/passwd",
                                 "ftp://example.org/x", "gopher://127.0.0.1/"])
def test_fetch_refuses_private_and_other_schemes(url: str) -> None:
    with pytest.raises(InputError, match="refused"):
        check_target(url, Settings())


def test_fetch_redirect_to_private_refused(server: str) -> None:
    # Allowed to reach the test server itself, but a redirect is checked again on its own: here
    # the first hop is let through by patching the check for that host only.
    import kroniek.ingest.fetch as fetch

    first = server + "/weg"
    real = fetch.check_target
    calls: list[str] = []

    def check_first_public(url: str, settings: Settings) -> None:
        calls.append(url)
        if len(calls) > 1:
            real(url, settings)

    fetch.check_target = check_first_public  # type: ignore[assignment]
    try:
        with pytest.raises(InputError, match="refused"):
            fetch_url(first, Settings())
    finally:
        fetch.check_target = real  # type: ignore[assignment]
    assert len(calls) == 2 and calls[1].startswith("http://localhost:")


def test_fetch_redirect_followed_when_private_allowed(server: str) -> None:
    first = server + "/verder"
    raw, _, final = fetch_url(first, Settings(allow_private=True))
    assert raw == PAGE and final.endswith("/artikel")


def test_fetch_trickling_server_stopped_at_deadline(server: str) -> None:
    # Every byte comes long before the read timeout (READ_TIMEOUT), so only the one deadline for
    # the whole fetch can stop it; a short deadline proves that as well as the 60 s default.
    t0 = time.monotonic()
    with pytest.raises(InputError, match="longer than 1 s"):
        fetch_url(server + "/druppel", Settings(allow_private=True, fetch_deadline=1))
    assert time.monotonic() - t0 < 4


def test_fetch_server_trickling_its_headers_stopped_at_deadline(server: str) -> None:
    # A byte a second of the status line: no read waits long, and the response (whose timer ends
    # a trickling body) does not exist until the headers are in; the deadline must still hold.
    t0 = time.monotonic()
    with pytest.raises(InputError, match="longer than 2 s"):
        fetch_url(server + "/kop-druppel", Settings(allow_private=True, fetch_deadline=2))
    assert time.monotonic() - t0 < 5


def test_fetch_api_ingest_url_to_private_address_refused(tmp_path) -> None:
    from fastapi.testclient import TestClient

    from kroniek.extract.docdate import DocDate
    from kroniek.pipeline import Pipeline
    from kroniek.serve.app import create_app
    from kroniek.serve.deps import get_pipeline, get_settings

    db = str(tmp_path / "k.db")
    app = create_app(db)
    app.dependency_overrides[get_settings] = lambda: Settings(db=db, api_token="s3cret")
    app.dependency_overrides[get_pipeline] = lambda: (lambda: Pipeline([DocDate()]))
    r = TestClient(app).post("/api/ingest?wait=1", data={"urls": ["http://127.0.0.1:9/intern"]},
                             headers={"Authorization": "Bearer s3cret"})
    assert r.status_code == 200 and r.json()["added"] == []
    assert "refused" in r.json()["errors"][0]


def test_fetch_connects_to_the_checked_address(monkeypatch) -> None:
    """DNS rebinding: the request goes to the address that was checked, not to a second answer."""
    import socket

    import httpx

    answers = iter(["93.184.216.34", "127.0.0.1"])  # public for the check, private afterwards

    def resolve(host, port, *a, **kw):
        ip = next(answers)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (ip, port))]

    monkeypatch.setattr(socket, "getaddrinfo", resolve)
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, content=PAGE, headers={"content-type": "text/html"})

    client = httpx.Client(transport=httpx.MockTransport(handler), follow_redirects=False)
    raw, _, final = fetch_url("https://nieuws.example/artikel?id=1", Settings(), client)
    (req,) = seen
    assert req.url.host == "93.184.216.34" and req.headers["host"] == "nieuws.example"
    assert req.extensions.get("sni_hostname") == "nieuws.example"
    assert raw == PAGE and final == "https://nieuws.example/artikel?id=1"


@pytest.mark.parametrize(("url", "ip", "target", "host"), [
    ("https://nieuws.example:8443/a?b=1", "93.184.216.34", "https://93.184.216.34:8443/a?b=1", "nieuws.example:8443"),
    ("http://nieuws.example/", "2606:2800:220:1::1", "http://[2606:2800:220:1::1]/", "nieuws.example"),
])
def test_fetch_pinned_url(url: str, ip: str, target: str, host: str) -> None:
    from kroniek.ingest.fetch import pinned

    assert pinned(url, ip)[:2] == (target, {"Host": host})
