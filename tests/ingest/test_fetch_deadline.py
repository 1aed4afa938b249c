"""The fetch deadline's hook into httpx (kroniek/ingest/fetch_deadline.py): it reaches into the
connection pool of httpx's transport, so the versions it knows are pinned here, and a transport
of another shape is refused with one clear line instead of fetching without the deadline."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import httpcore
import httpx
import pytest

from kroniek.errors import KroniekError
from kroniek.ingest.fetch import new_client
from kroniek.ingest.fetch_deadline import HTTPCORE_RANGE, HTTPX_RANGE, DeadlineBackend, install

ROOT = Path(__file__).resolve().parents[2]


def _minor(version: str) -> tuple[int, int]:
    major, minor = re.match(r"(\d+)\.(\d+)", version).groups()  # type: ignore[union-attr]
    return int(major), int(minor)


@pytest.mark.parametrize(("module", "span"), [(httpx, HTTPX_RANGE), (httpcore, HTTPCORE_RANGE)])
def test_fetch_deadline_installed_versions_are_in_the_known_range(module: object, span: tuple) -> None:
    lo, hi = span
    assert lo <= _minor(module.__version__) < hi, (  # type: ignore[attr-defined]
        f"{module.__name__} {module.__version__} is outside the range fetch_deadline knows; "  # type: ignore[attr-defined]
        "check its hook and widen HTTPX_RANGE/HTTPCORE_RANGE and pyproject together")


def test_fetch_deadline_pyproject_pins_the_same_httpx_range() -> None:
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    (lo, hi) = HTTPX_RANGE
    assert f"httpx>={lo[0]}.{lo[1]},<{hi[0]}.{hi[1]}" in deps


def test_fetch_deadline_client_streams_go_through_the_deadline_backend() -> None:
    client = new_client()
    try:
        pool = client._transport._pool  # type: ignore[attr-defined]
        assert isinstance(pool._network_backend, DeadlineBackend)
    finally:
        client.close()


def test_fetch_deadline_installed_once_only() -> None:
    transport = httpx.HTTPTransport()
    install(transport)
    install(transport)
    backend = transport._pool._network_backend  # type: ignore[attr-defined]
    assert isinstance(backend, DeadlineBackend) and not isinstance(backend.inner, DeadlineBackend)
    transport.close()


class _OtherShape(httpx.BaseTransport):
    """A transport whose pool is not where this httpx keeps it (as after an upgrade)."""


def test_fetch_deadline_unknown_transport_shape_is_one_clear_line() -> None:
    with pytest.raises(KroniekError) as caught:
        install(_OtherShape())
    message = str(caught.value)
    assert "\n" not in message
    assert f"httpx {httpx.__version__}" in message and "fetch_deadline.py" in message
