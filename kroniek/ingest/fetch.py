"""Fetch a URL without letting the source steer kroniek elsewhere or hold it up.

* Only http(s). Redirects are followed by hand (at most ``MAX_REDIRECTS``), each hop checked again.
* Every host is resolved first; a name that resolves to any private, loopback, link-local,
  multicast, reserved or otherwise non-public address is refused (unless ``allow_private``), so a
  feed cannot make kroniek read an intranet page or a cloud metadata service.
  The connection goes to the checked address itself (Host header and TLS server name kept), so
  a DNS server cannot answer "public" for the check and "private" for the connection.
* One deadline for the whole fetch (all hops, headers and body): every socket wait of a client
  made by ``new_client`` ends by it (``fetch_deadline``), and a timer closes the response when it
  passes, so a server trickling bytes, its headers included, cannot hold a fetch longer than that.
* The body is capped at ``max_input_bytes`` after content decoding (gzip bombs count in full).

``fetch`` is the general form: extra request headers (a conditional GET's ``If-None-Match`` and
``If-Modified-Since``), and the status and headers of the answer (304 comes back with an empty
body; 4xx/5xx raise ``HTTPStatusError`` carrying the status and any ``Retry-After``).
"""

from __future__ import annotations

import functools
import ipaddress
import socket
import threading
import time
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

from ..errors import InputError, TooLargeError
from ..settings import Settings

READ_TIMEOUT = 20.0
MAX_REDIRECTS = 5
USER_AGENT = "kroniek/0.1 (+https://example.invalid/kroniek; news chronicle research)"


class HTTPStatusError(InputError):
    """The server answered 4xx or 5xx; ``retry_after`` is its Retry-After in seconds, if it sent one."""

    def __init__(self, source: str, reason: str, hint: str = "", status: int = 0,
                 retry_after: float | None = None) -> None:
        super().__init__(source, reason, hint)
        self.status = status
        self.retry_after = retry_after

    def __reduce__(self) -> Any:
        return (self.__class__, (self.source, self.reason, self.hint, self.status, self.retry_after))


@dataclass(frozen=True, slots=True)
class Fetched:
    """What one fetch got: the body (empty for 304), its content type, the final URL, status and headers."""

    body: bytes
    content_type: str | None
    url: str
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)


def retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds a Retry-After header asks to wait (delta-seconds or an HTTP date), None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


@functools.cache
def tls_context() -> Any:
    """The TLS settings of every fetch: httpx's defaults (certifi's CA bundle, or SSL_CERT_FILE /
    SSL_CERT_DIR when set; certificates and host names verified), built once per process and
    shared by its clients (an SSLContext is meant to be shared). Building one loads the whole CA
    bundle, ~50 ms of CPU: a new client per fetch (each URL read, each source at each watch poll)
    paid that every time."""
    import httpx

    return httpx.create_ssl_context()


def new_client() -> Any:
    """An httpx client that never follows redirects by itself (fetch_url checks each hop) and
    whose socket waits end by the deadline of the fetch using it (``fetch_deadline``)."""
    import httpx

    from .fetch_deadline import install

    transport = httpx.HTTPTransport(verify=tls_context())
    install(transport)
    return httpx.Client(transport=transport, follow_redirects=False, timeout=READ_TIMEOUT,
                        headers={"User-Agent": USER_AGENT})


def public_address(ip: str) -> bool:
    """True when an address is a public (global unicast) one."""
    addr = ipaddress.ip_address(ip.split("%", 1)[0])
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        addr = addr.ipv4_mapped
    return addr.is_global and not addr.is_multicast


def check_target(url: str, settings: Settings) -> str | None:
    """Refuse a URL that is not http(s), or whose host resolves to a non-public address.

    Returns the checked address to connect to (None when private addresses are allowed)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InputError(url, f"not an http(s) URL ({parts.scheme or 'no scheme'}); refused",
                         "only http:// and https:// are fetched")
    if settings.allow_private:
        return None
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
        infos = socket.getaddrinfo(parts.hostname, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError, ValueError) as exc:
        raise InputError(url, f"cannot resolve {parts.hostname!r} ({exc})",
                         "check the URL and the network") from exc
    bad = sorted({str(i[4][0]) for i in infos if not public_address(str(i[4][0]))})
    if bad:
        raise InputError(
            url, f"{parts.hostname} resolves to a private, loopback or link-local address "
            f"({bad[0]}); refused", "use --allow-private (KRONIEK_ALLOW_PRIVATE=1) for your own network",
        )
    if not infos:
        raise InputError(url, f"{parts.hostname} has no address", "check the URL")
    return str(infos[0][4][0])


def pinned(url: str, ip: str | None) -> tuple[str, dict[str, str], dict[str, str]]:
    """The URL to request so the connection goes to the checked address ``ip`` (not to a second,
    possibly different DNS answer), with the Host header and TLS server name of the original."""
    parts = urlsplit(url)
    if ip is None or not parts.hostname:
        return url, {}, {}
    host = f"[{ip}]" if ":" in ip else ip
    netloc = host + (f":{parts.port}" if parts.port else "")
    target = parts._replace(netloc=netloc).geturl()
    header = parts.hostname + (f":{parts.port}" if parts.port else "")
    return target, {"Host": header}, {"sni_hostname": parts.hostname}


def fetch_url(url: str, settings: Settings, client: Any = None) -> tuple[bytes, str | None, str]:
    """Fetch a URL within the rules above; return its bytes, content type and final URL."""
    got = fetch(url, settings, client)
    return got.body, got.content_type, got.url


def fetch(url: str, settings: Settings, client: Any = None, headers: dict[str, str] | None = None) -> Fetched:
    """Fetch a URL within the rules above, sending ``headers`` too; 304 is an answer, not an error."""
    import httpx

    from .fetch_deadline import until

    own = client is None
    client = client or new_client()
    deadline = time.monotonic() + settings.fetch_deadline
    try:
        with until(deadline):
            return _follow(client, url, settings, deadline, headers or {})
    except httpx.TimeoutException as exc:
        if time.monotonic() >= deadline - 0.05:  # the timeout was the rest of the deadline
            raise _late(url, settings) from exc
        raise InputError(url, f"timed out after {READ_TIMEOUT:.0f} s without data", "try again later") from exc
    except httpx.HTTPError as exc:
        if time.monotonic() >= deadline:
            raise _late(url, settings) from exc
        raise InputError(url, f"could not fetch ({type(exc).__name__}: {exc})",
                         "check the URL and the network") from exc
    finally:
        if own:
            client.close()


def _follow(client: Any, url: str, settings: Settings, deadline: float, headers: dict[str, str]) -> Fetched:
    """Fetch ``url``, following at most ``MAX_REDIRECTS`` redirects, each hop checked."""
    current = url
    for _ in range(MAX_REDIRECTS + 1):
        ip = check_target(current, settings)
        left = deadline - time.monotonic()
        if left <= 0:
            raise _late(url, settings)
        result = _get(client, current, url, settings, left, ip, headers)
        if isinstance(result, str):
            current = result
            continue
        return result
    raise InputError(url, f"more than {MAX_REDIRECTS} redirects", "give the final URL")


def _late(url: str, settings: Settings) -> InputError:
    return InputError(url, f"the fetch took longer than {settings.fetch_deadline:g} s and was stopped",
                      "try again later, or raise KRONIEK_FETCH_DEADLINE")


def _get(client: Any, current: str, url: str, settings: Settings,
         left: float, ip: str | None = None, extra: dict[str, str] | None = None) -> str | Fetched:
    """One hop: the redirect target (a str), or what was fetched."""
    limit = settings.max_input_bytes
    target, headers, extensions = pinned(current, ip)
    # Until the headers are in, only httpx's timeouts stop a silent server: bounded by what is left
    # of the deadline too, so a short deadline is kept before the headers as after them.
    with client.stream("GET", target, headers={**(extra or {}), **headers}, extensions=extensions,
                       timeout=min(READ_TIMEOUT, left)) as resp:
        timer = threading.Timer(left, resp.close)  # the hard stop for a trickling server
        timer.daemon = True
        timer.start()
        try:
            answer = {k.lower(): v for k, v in resp.headers.items()}
            if resp.status_code == 304:  # before redirects: httpx counts 304 as one
                return Fetched(b"", resp.headers.get("content-type"), current, 304, answer)
            if resp.is_redirect:
                location = resp.headers.get("location", "")
                return urljoin(current, location)
            if resp.status_code >= 400:
                raise HTTPStatusError(url, f"the server answered HTTP {resp.status_code}",
                                      "check the URL; the page may be gone or need a login", resp.status_code,
                                      retry_after(resp.headers.get("retry-after")))
            declared = resp.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > limit:
                raise _too_large(url, f"the response is {int(declared):,} bytes", limit)
            chunks, size = [], 0
            for chunk in resp.iter_bytes():
                size += len(chunk)
                if size > limit:
                    raise _too_large(url, "the response", limit)
                chunks.append(chunk)
            if not timer.is_alive():
                raise _late(url, settings)
            return Fetched(b"".join(chunks), resp.headers.get("content-type"), current, resp.status_code, answer)
        finally:
            timer.cancel()


def _too_large(url: str, what: str, limit: int) -> TooLargeError:
    return TooLargeError(url, f"{what} is over the limit of {limit:,} bytes",
                         "raise KRONIEK_MAX_INPUT_BYTES if you trust this source")
