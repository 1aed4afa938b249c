"""API fuzzing from /openapi.json (issue 16): schemathesis generates requests for every operation
of the API over a store with the five seed documents; every answer must be below 500 and have a
status the operation documents.

    python3 bench/hostile/api_fuzz.py                  # >= 5,000 requests
    python3 bench/hostile/api_fuzz.py --requests 500   # quicker

Writes are disabled (no API token), so POST /api/ingest answers 403 to every generated request;
its URL and upload handling is tested in tests/hostile. Prints a summary and last one JSON line.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests" / "serve"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--requests", type=int, default=5000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()

    import schemathesis
    from hypothesis import HealthCheck, given, seed, settings
    from seedstore import build_seed_store

    from kroniek.serve.app import create_app
    from kroniek.settings import Settings

    shared = REPO.parent / "shared" / "corpus" / "seeds"
    with tempfile.TemporaryDirectory(prefix="kroniek-fuzz-") as tmp:
        db = str(Path(tmp) / "seeds.db")
        build_seed_store(Path(db), shared, hostile=True).close()
        schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(db, Settings(db=db, api_token=None)))
        ops = [r.ok() for r in schema.get_all_operations()]
        per_op = -(-args.requests // len(ops))
        status: collections.Counter[int] = collections.Counter()
        server_errors: list[str] = []
        undocumented: list[str] = []  # answers with a status /openapi.json does not list for the operation
        t0 = time.monotonic()
        for op in ops:
            @seed(args.seed)
            @settings(max_examples=per_op, deadline=None, database=None,
                      suppress_health_check=list(HealthCheck))
            @given(case=op.as_strategy())
            def fuzz(case: object) -> None:
                response = case.call()  # type: ignore[attr-defined]
                status[response.status_code] += 1
                where = f"{case.method} {case.formatted_path} {case.query}"  # type: ignore[attr-defined]
                if response.status_code >= 500:
                    server_errors.append(where)
                documented = case.operation.definition.raw.get("responses", {})  # type: ignore[attr-defined]
                if str(response.status_code) not in documented and "default" not in documented:
                    undocumented.append(f"{response.status_code} {where}")

            fuzz()
        seconds = time.monotonic() - t0
    total = sum(status.values())
    result = {"bench": "api_fuzz", "operations": len(ops), "requests": total,
              "server_errors_5xx": len(server_errors), "undocumented_status": len(undocumented),
              "status": dict(sorted(status.items())),
              "seconds": round(seconds, 1), "sample": server_errors[:5] + undocumented[:5]}
    for k, v in result.items():
        print(f"{k:18} {v}")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
