"""Shared fixtures: paths to the sample corpus and evaluation data, and one Frog server per session.

Tests are marked by the fixtures they use (``pytest_collection_modifyitems`` below), so the fast
lane ``python3 -m pytest -m "not frog and not browser and not slow"`` leaves out every test that
starts real Frog, Chromium or PostgreSQL (the last marked ``slow``, tests/lanes.py), including tests
written later, without anyone remembering a mark. Expensive shared inputs are session fixtures here
(``recorded_seed_docs``).
"""

from __future__ import annotations

import gc
import importlib.util
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

# The test session writes bytecode caches (``__pycache__``, git-ignored) as Python does by default,
# also where PYTHONDONTWRITEBYTECODE is set (it is on the project's machines): without them every
# run compiled each kroniek module again and rewrote the asserts of every test module, ~2.5 s of
# CPU of each fast lane's collection. Interpreters that tests start read the caches too. Sources
# are checked against their cache by modification time and size, so an edit is never run stale.
sys.dont_write_bytecode = False

from lanes import (  # noqa: E402
    could_select,
    end_with_controller,
    heavy_files_first,
    marks_for,
    module_marks,
    used_fixtures,
)

from kroniek.ingest.worker import close_shared  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(__file__).resolve().parents[2] / "shared"
SEEDS = SHARED / "corpus" / "seeds"
DATA = SHARED / "data"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        have = {m.name for m in item.iter_markers()}
        for name in sorted(marks_for(used_fixtures(item)) - have):
            item.add_marker(getattr(pytest.mark, name))
    if os.environ.get("PYTEST_XDIST_WORKER"):
        items[:] = heavy_files_first(items)


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    """A test module whose every test the ``-m`` expression leaves out (its ``pytestmark``: the
    real-Frog, browser and PostgreSQL modules in the fast lane) is not imported at all: importing
    them (schemathesis, Playwright, their fixtures) only to deselect every test cost ~1 s."""
    if collection_path.suffix == ".py" and collection_path.name.startswith("test_") \
            and not could_select(config.option.markexpr, module_marks(collection_path)):
        return True
    return None


def pytest_configure(config: pytest.Config) -> None:
    """schemathesis's pytest plugin (blocked in pyproject's ``addopts``) is loaded only when the
    slow tests can run and it is installed (a dev dependency): only the API fuzzing test (slow) uses
    it, and importing it cost ~0.8 s of CPU in every fast lane.

    Less garbage-collector work in a session that keeps about a million objects alive: the young
    generation is collected every 20,000 allocations instead of 700, so the objects imports and
    tests keep are promoted, and the whole heap walked, far less often. Garbage is still
    collected, only later."""
    if could_select(config.option.markexpr, {"slow"}) and importlib.util.find_spec("schemathesis") is not None:
        config.pluginmanager.import_plugin("schemathesis.pytest.plugin")
    gc.set_threshold(20_000, 20, 20)
    _temporary_files_in_memory()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        end_with_controller()


def _temporary_files_in_memory() -> None:
    """Put the session's temporary files (``tmp_path``, ``tempfile``, and those of the processes
    tests start) on the RAM file system when the machine has one and TMPDIR is not set already.
    Hundreds of tests create a SQLite store, and every new store syncs its files to disk (the
    WAL switch, checkpoints at close): on a disk shared with other work those syncs are waits of
    their own, on tmpfs they return at once. What is written and read back is the same."""
    shm = Path("/dev/shm")
    if "TMPDIR" in os.environ or not (shm.is_dir() and os.access(shm, os.W_OK | os.X_OK)):
        return
    os.environ["TMPDIR"] = str(shm)
    tempfile.tempdir = None  # gettempdir() reads TMPDIR again


def pytest_collection_finish(session: pytest.Session) -> None:
    """What collection imported and built (modules, test items) lives to the end of the session:
    take it out of the collector's sight (``gc.freeze``), so full collections, the five pytest makes
    at the end and forked reading workers (copy-on-write) no longer walk it."""
    gc.collect()
    gc.freeze()


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session: pytest.Session) -> None:
    """After the last test, collect the garbage once and freeze what is left alive (session
    fixtures, caches, modules imported by tests): pytest's clean-up then collects five more times
    to report exceptions raised in ``__del__`` (its unraisable-exception check), and each of those
    walked the whole heap again, about half a second each. The garbage is collected here, with
    pytest's hook still catching what finalizers raise, so the check reports the same; the five
    collections walk only what is made after this point, as does the collection at interpreter exit."""
    gc.collect()
    gc.freeze()


@pytest.fixture(autouse=True)
def _readers_see_patches(request: pytest.FixtureRequest) -> Iterator[None]:
    """Ingests reuse one reading child per process (``ingest.worker.shared_pool``), forked when the
    first one read. A test that patches something (``monkeypatch``) may patch what a reader runs, or
    the environment it reads: it gets a child forked after its patches, and leaves none behind that
    saw them. The other tests share one child, as a server's or a watch loop's reads do."""
    patched = "monkeypatch" in request.fixturenames
    if patched:
        close_shared()
    yield
    if patched:
        close_shared()


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    assert SEEDS.is_dir(), f"sample corpus not found at {SEEDS}"
    return SEEDS


@pytest.fixture(scope="session")
def data_dir() -> Path:
    assert DATA.is_dir(), f"evaluation data not found at {DATA}"
    return DATA


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def recorded_seed_docs(fixtures_dir: Path, seeds_dir: Path):
    """The five seeds through the shipped components (chronicle's order) on recorded Frog output
    (tests/fixtures/frog), run once per session and shared: deep-copy before changing them."""
    import sys

    from kroniek.analyse.annotator import FrogAnnotator
    from kroniek.analyse.frog import RecordedFrog
    from kroniek.extract.coref import Coreference
    from kroniek.extract.docdate import DocDate
    from kroniek.extract.events import EventExtractor
    from kroniek.extract.ner import CrfNer
    from kroniek.extract.quotes import QuoteExtractor
    from kroniek.extract.timex import TimexTagger
    from kroniek.model import Document
    from kroniek.pipeline import Pipeline

    sys.path.insert(0, str(fixtures_dir / "frog"))
    from record_seeds import seed_text

    pipe = Pipeline([DocDate(), FrogAnnotator(backend=RecordedFrog(fixtures_dir / "frog")), CrfNer(), Coreference(),
                     TimexTagger(), QuoteExtractor(), EventExtractor()])
    return [pipe(Document(id=f"d-{p.stem[:3]}", text=seed_text(p), source=str(p))) for p in sorted(seeds_dir.glob("*.txt"))]


@pytest.fixture(scope="session")
def warm_readers() -> None:
    """The test process warmed once as ``kroniek watch`` warms itself (``ingest.worker.warm(dates=True)``):
    htmldate's dateparser fallback and the hyphen word list's indexes are built here, so reading
    children forked afterwards find them built. Without it, each test whose reading child meets a
    page with no date in its markup (~1.7 s of CPU) or a line-end hyphen (~0.8 s) built them again in
    that child, and the warm tests built them a third time. What is read does not change (see ``warm``)."""
    from kroniek.ingest.worker import warm

    warm(dates=True)


@pytest.fixture(scope="session")
def frog_servers():
    """Frog servers kept for the whole session (``kroniek.analyse.frog.ReusedServers``): every
    in-process ``kroniek ingest`` of tests/ingested.py and the ``frog`` fixture get the one server
    started for their options instead of loading Frog's models again (a test module's ingest
    started its own, 50-90 s of setup each). At the session's end they are stopped, and each Frog
    process and work folder they had must be gone (checked here, not in the shared temp folder,
    where other runs' Frogs live)."""
    from kroniek.analyse.frog import ReusedServers, group_members

    kept = ReusedServers()
    yield kept
    stopped = kept.close()
    left = [(pid, folder) for pid, folder in stopped if group_members(pid) or Path(folder).exists()]
    assert not left, f"Frog processes or work folders left after the session: {left}"


@pytest.fixture(scope="session")
def frog(frog_servers):
    """One managed Frog server (full modules) shared by every test that needs real Frog, and by
    the in-process ingests of the same options (``frog_servers``)."""
    from kroniek.settings import Settings

    server = frog_servers.server(Settings())
    server.start()
    return server


@pytest.fixture(scope="session")
def postgres_server():
    """A throwaway PostgreSQL server (initdb + pg_ctl in a temporary directory) for the whole session."""
    from kroniek.store.pgtemp import TempPostgres, postgres_bindir

    if postgres_bindir() is None:
        pytest.skip("no PostgreSQL binaries (initdb, pg_ctl): install Debian's postgresql package (scripts/setup does)")
    pytest.importorskip("psycopg", reason="psycopg is not installed (pip install -e .)")
    with TempPostgres() as pg:
        yield pg


@pytest.fixture
def postgres_url(postgres_server) -> str:
    """The session's PostgreSQL database, emptied (schema kept) for this test."""
    url = postgres_server.url
    postgres_server.empty(url)
    return url
