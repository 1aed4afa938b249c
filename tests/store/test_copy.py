"""`kroniek copy`: a whole store from SQLite into a real PostgreSQL (and back), resumable."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kroniek.cli import main
from kroniek.errors import StoreError
from kroniek.export import build_export
from kroniek.model import Document
from kroniek.search import INDEX_VERSION, SearchIndex
from kroniek.store import Store, open_store
from kroniek.store.copy import copy_store

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "serve"))
from seedstore import build_seed_store  # noqa: E402

sys.path.pop(0)


def _same(a: Store, b: Store) -> None:
    assert build_export(a, generated="x") == build_export(b, generated="x")
    assert a.stats() == b.stats()
    for q in ("droneaanval", "ministers", '"Verenigde Staten"'):
        ha = [(h.doc, h.start) for h in SearchIndex(a).search(q, limit=100).hits]
        hb = [(h.doc, h.start) for h in SearchIndex(b).search(q, limit=100).hits]
        assert sorted(ha, key=str) == sorted(hb, key=str) and ha, q  # title hits have no start


@pytest.fixture
def seed_sqlite(tmp_path: Path, seeds_dir: Path) -> str:
    db = tmp_path / "seeds.db"
    build_seed_store(db, seeds_dir, hostile=True).close()
    return str(db)


def test_copy_sqlite_to_postgresql_moves_the_whole_store(seed_sqlite: str, postgres_url: str) -> None:
    src, dst = open_store(seed_sqlite), open_store(postgres_url)
    src.set_meta("relinked_at", "2026-12-06T09:00:00Z")
    report = copy_store(src, dst)
    # The copy's search index is built by this kroniek, so the target records its version.
    assert dst.meta_items() == {"relinked_at": "2026-12-06T09:00:00Z", "search_index_version": str(INDEX_VERSION)}
    assert report.copied == src.stats()["documents"] == 6 and report.skipped == 0
    assert report.entities > 5 and report.events >= 2 and report.stories >= 2
    _same(src, dst)
    back = open_store(str(Path(seed_sqlite).with_name("back.db")))
    copy_store(dst, back)  # and back again
    _same(src, back)


def test_copy_resumes_after_an_interruption(seed_sqlite: str, postgres_url: str) -> None:
    src, dst = open_store(seed_sqlite), open_store(postgres_url)

    class Interrupt:
        def __init__(self, total: int) -> None:
            self.n = 0

        def update(self, k: int) -> None:
            self.n += k
            if self.n == 3:
                raise KeyboardInterrupt

        def close(self) -> None:
            pass

    with pytest.raises(KeyboardInterrupt):
        copy_store(src, dst, progress=Interrupt)
    assert dst.stats()["documents"] == 3 and dst.stats()["entities"] == 0
    report = copy_store(src, dst)
    assert (report.copied, report.skipped) == (3, 3)
    _same(src, dst)


def test_copy_refuses_a_target_with_other_documents(seed_sqlite: str, tmp_path: Path) -> None:
    other = open_store(str(tmp_path / "other.db"))
    other.add_document(Document(id="d-else", text="Iets anders.", source="x"), text_hash="x")
    with pytest.raises(StoreError, match="1 documents the source does not"):
        copy_store(open_store(seed_sqlite), other)


def test_copy_cli_with_progress(seed_sqlite: str, tmp_path: Path) -> None:
    target = tmp_path / "copy.db"
    r = CliRunner().invoke(main, ["copy", "--from", seed_sqlite, "--to", str(target)])
    assert r.exit_code == 0, r.output
    assert "6 documents copied, 0 already there" in r.output and "copy: 100%" in r.output
    again = CliRunner().invoke(main, ["copy", "--from", seed_sqlite, "--to", str(target), "--quiet"])
    assert again.exit_code == 0 and "0 documents copied, 6 already there" in again.output
    _same(open_store(seed_sqlite), open_store(str(target)))


def test_copy_cli_names_an_unreachable_server(seed_sqlite: str) -> None:
    r = CliRunner().invoke(main, ["copy", "--from", seed_sqlite, "--to", "postgresql://nobody:secret@127.0.0.1:1/none"])
    assert r.exit_code == 2
    assert "cannot connect to PostgreSQL" in r.output and "secret" not in r.output
