"""The fetch deadline on every socket wait, headers included.

httpx's timeouts are per operation: a server that sends its status line and headers a byte at a
time, each byte well inside the read timeout, held a fetch as long as it liked (until h11's header
size limit), because the timer that closes a response (``fetch._get``) can only start once the
headers are in. Here the connection pool's network backend wraps every stream it opens, so each
connect, read and write waits at most until the deadline of the fetch running in this thread
(``until``), and one that starts after it fails at once with httpcore's timeout, which httpx turns
into its own and ``fetch`` reports as the deadline. Outside ``until`` the streams behave as before.

httpx offers no public way to give ``HTTPTransport`` a network backend (httpcore's
``ConnectionPool`` takes one publicly, but the transport builds its pool itself), and a transport
of our own would copy httpx's request, response and exception mapping. So ``install`` sets the
pool's backend (``transport._pool._network_backend``), on the httpx and httpcore versions this
was written and tested for (``HTTPX_RANGE``, ``HTTPCORE_RANGE``; pyproject pins the same httpx
range and ``tests/ingest/test_fetch_deadline.py`` checks the installed ones). On a version whose
pool has another shape it raises one clear line instead of fetching without the deadline.
"""

from __future__ import annotations

import contextlib
import ssl
import time
import typing
from collections.abc import Iterator
from contextvars import ContextVar

import httpcore

from ..errors import KroniekError

# The versions whose pool shape ``install`` knows: [low, high), as (major, minor).
HTTPX_RANGE = ((0, 27), (1, 0))
HTTPCORE_RANGE = ((1, 0), (2, 0))

# When the fetch running in this thread (or task) must end, in ``time.monotonic`` seconds.
_DEADLINE: ContextVar[float | None] = ContextVar("kroniek_fetch_deadline", default=None)


@contextlib.contextmanager
def until(deadline: float) -> Iterator[None]:
    """Bound every socket wait of this thread's fetches by ``deadline`` (monotonic seconds)."""
    token = _DEADLINE.set(deadline)
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def bounded(timeout: float | None, late: type[Exception]) -> float | None:
    """``timeout`` cut to what is left of the deadline; ``late`` raised when nothing is left."""
    deadline = _DEADLINE.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise late("the fetch deadline passed")
    return left if timeout is None else min(timeout, left)


class DeadlineStream(httpcore.NetworkStream):
    """A network stream whose every wait ends by the deadline."""

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self.inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self.inner.read(max_bytes, bounded(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self.inner.write(buffer, bounded(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self.inner.close()

    def start_tls(self, ssl_context: ssl.SSLContext, server_hostname: str | None = None,
                  timeout: float | None = None) -> httpcore.NetworkStream:
        inner = self.inner.start_tls(ssl_context, server_hostname, bounded(timeout, httpcore.ConnectTimeout))
        return DeadlineStream(inner)

    def get_extra_info(self, info: str) -> typing.Any:
        return self.inner.get_extra_info(info)


class DeadlineBackend(httpcore.NetworkBackend):
    """A network backend whose streams are ``DeadlineStream``s."""

    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self.inner = inner

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                    socket_options: typing.Iterable[typing.Any] | None = None) -> httpcore.NetworkStream:
        stream = self.inner.connect_tcp(host, port, bounded(timeout, httpcore.ConnectTimeout), local_address,
                                        socket_options)
        return DeadlineStream(stream)

    def connect_unix_socket(self, path: str, timeout: float | None = None,
                            socket_options: typing.Iterable[typing.Any] | None = None) -> httpcore.NetworkStream:
        stream = self.inner.connect_unix_socket(path, bounded(timeout, httpcore.ConnectTimeout), socket_options)
        return DeadlineStream(stream)

    def sleep(self, seconds: float) -> None:
        self.inner.sleep(seconds)


def _shown(span: tuple[tuple[int, int], tuple[int, int]]) -> str:
    (lo, hi) = span
    return f">={lo[0]}.{lo[1]},<{hi[0]}.{hi[1]}"


def unavailable() -> KroniekError:
    """The one-line error of an httpx/httpcore whose connection pool ``install`` cannot hook into."""
    import httpx

    return KroniekError(
        f"cannot put the fetch deadline on httpx {httpx.__version__} / httpcore {httpcore.__version__}: "
        f"their connection pool changed shape (kroniek/ingest/fetch_deadline.py knows httpx "
        f"{_shown(HTTPX_RANGE)}, httpcore {_shown(HTTPCORE_RANGE)}); install httpx in that range")


def install(transport: typing.Any) -> None:
    """Put the deadline on the streams of an ``httpx.HTTPTransport``'s connection pool (a proxy's
    pool too: httpcore's proxies are connection pools); ``unavailable()`` raised, nothing changed,
    when the transport has no pool of the shape this knows."""
    pool = getattr(transport, "_pool", None)
    inner = getattr(pool, "_network_backend", None)
    if not isinstance(pool, httpcore.ConnectionPool) or not isinstance(inner, httpcore.NetworkBackend):
        raise unavailable()
    if not isinstance(inner, DeadlineBackend):
        pool._network_backend = DeadlineBackend(inner)
