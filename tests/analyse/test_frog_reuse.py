"""Frog servers reused by successive in-process ingests (``kroniek.analyse.frog.ReusedServers``):
inside a ``handing_out`` block a component gets the server kept for its options and does not stop
it; outside, and for other options, it gets its own as before; ``close`` stops them all.

Frog is tests/fixtures/fake_frog.py (Frog's server protocol, no real analysis), so no Frog is needed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kroniek.analyse.annotator import FrogAnnotator
from kroniek.analyse.frog import FrogServer, ReusedServers, group_members, handing_out, server_for
from kroniek.model import Document
from kroniek.settings import Settings

FAKE_FROG = Path(__file__).resolve().parents[1] / "fixtures" / "fake_frog.py"


def _settings(**changes: object) -> Settings:
    return Settings(frog_bin=str(FAKE_FROG), frog_start_timeout=30.0, frog_timeout=60.0).with_(**changes)


def test_frog_reuse_outside_a_block_every_component_owns_a_new_server() -> None:
    first, owned = server_for(_settings())
    second, _ = server_for(_settings())
    assert owned and isinstance(first, FrogServer) and first is not second


def test_frog_reuse_equal_options_share_one_server_and_other_options_do_not() -> None:
    kept = ReusedServers()
    with handing_out(kept):
        one, owned = server_for(_settings())
        same, _ = server_for(_settings(db="elders.db"))  # the store is no Frog option
        parser_off, _ = server_for(_settings(frog_skip="p"))
        other_bin, _ = server_for(_settings(frog_bin="/usr/bin/frog-elders"))
        slower, _ = server_for(_settings(frog_timeout=5.0))
    assert not owned and one is same
    assert len({id(one), id(parser_off), id(other_bin), id(slower)}) == 4
    assert server_for(_settings())[0] is not one  # after the block: a new one again
    kept.close()


def test_frog_reuse_the_environment_frog_runs_in_is_an_option(monkeypatch) -> None:
    kept = ReusedServers()
    with handing_out(kept):
        monkeypatch.setenv("OMP_WAIT_POLICY", "PASSIVE")
        passive, _ = server_for(_settings())
        monkeypatch.setenv("OMP_WAIT_POLICY", "ACTIVE")
        active, _ = server_for(_settings())
    assert passive is not active
    kept.close()


def test_frog_reuse_blocks_of_other_servers_do_not_nest() -> None:
    kept, others = ReusedServers(), ReusedServers()
    with handing_out(kept):
        with handing_out(kept):  # the same servers again: allowed
            assert server_for(_settings())[0] is kept.server(_settings())
        with pytest.raises(RuntimeError), handing_out(others):
            pass
        assert server_for(_settings())[0] is kept.server(_settings())


def test_frog_reuse_ingests_share_one_running_frog_until_closed() -> None:
    kept = ReusedServers()
    docs = []
    with handing_out(kept):
        for text in ("De trein naar Zwolle rijdt weer.", "In Assen opent een nieuwe bibliotheek."):
            annotator = FrogAnnotator(settings=_settings())
            docs.append(annotator(Document(id=str(len(docs)), text=text, source="t")))
            annotator.close()  # not its own: the server runs on for the next one
    [server] = kept.servers
    [(pid, folder)] = server.processes()
    assert group_members(pid) and Path(folder).is_dir()
    assert [docs[1].text[t.start:t.end] for t in docs[1].tokens][:2] == ["In", "Assen"]
    assert kept.close() == [(pid, folder)]
    assert group_members(pid) == [] and not Path(folder).exists()
    with pytest.raises(RuntimeError):
        kept.server(_settings())


def test_frog_reuse_an_own_server_is_still_stopped_by_its_component() -> None:
    annotator = FrogAnnotator(settings=_settings())
    annotator(Document(id="1", text="Het sneeuwt in Lelystad.", source="t"))
    assert isinstance(annotator.backend, FrogServer)
    [(pid, folder)] = annotator.backend.processes()
    annotator.close()
    assert group_members(pid) == [] and not Path(folder).exists()
