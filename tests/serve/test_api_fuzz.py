"""API fuzzing from /openapi.json with schemathesis over the seed store: every operation, a bounded
number of examples each, no 5xx (issue 16). bench/hostile/api_fuzz.py runs the same for 5,000+ requests."""

from __future__ import annotations

from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from kroniek.serve.app import create_app
from kroniek.settings import Settings

schema = schemathesis.pytest.from_fixture("api_schema")

# Hundreds of requests with schema validation: tens of seconds, so the full suite's, not the fast lane's.
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def api_schema(seed_db: Path):
    db = str(seed_db)
    return schemathesis.openapi.from_asgi("/openapi.json", create_app(db, Settings(db=db, api_token=None)))


CHECKS = [status_code_conformance, content_type_conformance, response_schema_conformance]


@schema.parametrize()
@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_fuzz_no_server_errors(case) -> None:
    """Bounded schemathesis run over every operation: no 5xx, every status and content type the
    answer has is one /openapi.json documents for it, and the body fits its documented schema
    (bench/hostile/api_fuzz.py runs 5,000+ requests)."""
    response = case.call()
    assert response.status_code < 500, f"{case.method} {case.formatted_path} {case.query}: {response.status_code}"
    case.validate_response(response, checks=CHECKS)
