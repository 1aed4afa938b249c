"""The one atomic writer (kroniek/atomic.py): a file is written whole or not at all, and a failed
write leaves neither half a file nor its temporary file behind."""

from __future__ import annotations

from pathlib import Path

import pytest

from kroniek.atomic import atomic_file, write_atomic


def test_atomic_write_replaces_text_and_bytes_whole(tmp_path: Path) -> None:
    target = tmp_path / "map" / "tabel.bin"
    write_atomic(target, "de eerste versie")
    assert target.read_text(encoding="utf-8") == "de eerste versie"
    write_atomic(target, b"\x00\x01 tweede")
    assert target.read_bytes() == b"\x00\x01 tweede"
    assert [p.name for p in target.parent.iterdir()] == ["tabel.bin"]


@pytest.mark.parametrize("failure", [
    OSError(28, "No space left on device"),  # a full disk half-way through
    KeyboardInterrupt(),  # stopped by the user half-way through
])
def test_atomic_failed_write_leaves_the_old_file_and_nothing_else(tmp_path: Path, failure: BaseException) -> None:
    target = tmp_path / "tabel.pickle"
    write_atomic(target, b"oud")
    with pytest.raises(type(failure)), atomic_file(target) as fh:
        fh.write(b"half geschreven")
        raise failure
    assert target.read_bytes() == b"oud"
    assert [p.name for p in tmp_path.iterdir()] == ["tabel.pickle"]


def test_atomic_failed_first_write_leaves_no_file_at_all(tmp_path: Path) -> None:
    target = tmp_path / "nieuw.json"
    with pytest.raises(OSError), atomic_file(target) as fh:
        fh.write(b"{")
        raise OSError(5, "Input/output error")
    assert list(tmp_path.iterdir()) == []


def test_atomic_temporary_file_is_hidden_from_globs_of_its_siblings(tmp_path: Path) -> None:
    target = tmp_path / "geonames-abc.pickle"
    with atomic_file(target) as fh:
        fh.write(b"x")
        assert list(tmp_path.glob("geonames-*.pickle")) == []  # an older-version sweep cannot hit it
        assert len(list(tmp_path.iterdir())) == 1
    assert list(tmp_path.glob("geonames-*.pickle")) == [target]
