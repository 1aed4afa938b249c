"""`kroniek serve` warms the readers' date fallback and word list at start, in the background.

An API ingest reads each input in a forked child (``ingest.worker``). A child of a cold server
that meets an undated HTML page builds htmldate's dateparser fallback (~2 s of CPU), and one that
meets a line-end hyphen builds the word list's indexes (~0.9 s). Warmed once in the server's
process, every child finds them built.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from kroniek.model import Document
from kroniek.pipeline import Pipeline
from kroniek.serve.cli import serve
from kroniek.serve.deps import get_pipeline, get_settings
from kroniek.settings import Settings

# A page whose only date is in its text ("Kampen, 12 maart 2024"), which htmldate's patterns do
# not read: it hands the page to dateparser (tests/ingest/test_worker_pool.py).
UNDATED_PAGE = (
    '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Werk aan de dijk</title></head>'
    "<body><main><p>Kampen, 12 maart 2024</p><p>Beste bewoners,</p>"
    "<p>Het waterschap versterkt de dijk langs het Zwarte Water; fietsers worden tot de zomer "
    "omgeleid via de Frieseweg.</p><p>Met vriendelijke groet, het waterschap</p></main></body></html>"
)
# A letter typed with a word broken at a line end: the reader asks the word list about it.
HYPHEN_LETTER = (
    "De provincie steunt de boeren in de polder met een nieuw\n"
    "fonds. De regels voor de land-\n"
    "bouwbedrijven aan de rand van het dorp gelden vanaf\n"
    "volgend jaar, zo schrijft de gedeputeerde in een brief aan\n"
    "de gemeenteraad van Kampen.\n"
)


class _NoAnalysis:
    name = "test-noop"

    def __call__(self, doc: Document) -> Document:
        return doc


@pytest.mark.slow
def test_serve_warm_api_ingest_reader_finds_dates_and_word_list_built(tmp_path: Path, monkeypatch) -> None:
    import uvicorn

    import kroniek.ingest as ingest
    from kroniek.ingest.hyphen import load_wordlist

    load_wordlist.cache_clear()  # a word list whose indexes nobody built yet
    apps: list = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **_kw: apps.append(app))
    log = tmp_path / "reader-cpu.txt"
    read = ingest._one_input

    def timed_read(*args, **kwargs):  # runs in the forked reading child
        t0 = time.process_time()
        items = list(read(*args, **kwargs))
        with open(log, "a") as fh:
            fh.write(f"{Path(args[0]).suffix} {time.process_time() - t0:.3f}\n")
        return iter(items)

    monkeypatch.setattr(ingest, "_one_input", timed_read)
    db = str(tmp_path / "k.db")
    r = CliRunner().invoke(serve, ["--db", db, "--port", "0"])  # returns at once: warming goes on beside
    assert r.exit_code == 0, r.output
    (app,) = apps
    app.dependency_overrides[get_settings] = lambda: Settings(db=db, api_token="s3cret")
    app.dependency_overrides[get_pipeline] = lambda: lambda: Pipeline([_NoAnalysis()])
    # at once, while the warm-up may still run: the reader is forked when it is done
    r = TestClient(app).post("/api/ingest?wait=true", headers={"Authorization": "Bearer s3cret"},
                             files=[("files", ("dijk.html", UNDATED_PAGE.encode(), "text/html")),
                                    ("files", ("boeren.txt", HYPHEN_LETTER.encode(), "text/plain"))])
    assert r.status_code == 200 and len(r.json()["added"]) == 2, r.text
    cpu = {kind: float(s) for kind, s in (line.split() for line in log.read_text().splitlines())}
    assert set(cpu) == {".html", ".txt"}, cpu
    # cold, a child takes ~1.7 s for the page (dateparser) and ~0.2 s for the letter (the indexes)
    assert cpu[".html"] < 1.0, f"the reading child built htmldate's date fallback again ({cpu})"
    assert cpu[".txt"] < 0.1, f"the reading child built the word list's indexes again ({cpu})"
    assert "_indexes" in vars(load_wordlist())  # built (or read back from disk) in the serving process
