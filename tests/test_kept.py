"""Built data kept on disk (kroniek/kept.py): read back when valid, rebuilt otherwise, and the
older versions of the same table removed once a new one is written."""

from __future__ import annotations

from pathlib import Path

from kroniek.kept import kept_on_disk


def test_kept_value_is_read_back_without_building_again(tmp_path: Path) -> None:
    path = tmp_path / "table-v1.pickle"
    assert kept_on_disk(path, lambda: {"a": 1}, lambda v: isinstance(v, dict)) == {"a": 1}

    def fail() -> dict[str, int]:
        raise AssertionError("built again although a valid file was kept")

    assert kept_on_disk(path, fail, lambda v: isinstance(v, dict)) == {"a": 1}


def test_invalid_or_damaged_file_is_rebuilt(tmp_path: Path) -> None:
    path = tmp_path / "table-v1.pickle"
    path.write_bytes(b"not a pickle")
    assert kept_on_disk(path, lambda: [1, 2], lambda v: isinstance(v, list)) == [1, 2]
    assert kept_on_disk(path, lambda: [3], lambda v: v == [9]) == [3]


def test_older_versions_of_the_table_are_removed_and_others_kept(tmp_path: Path) -> None:
    old = tmp_path / "table-v1.pickle"
    other_table = tmp_path / "other-v1.pickle"
    not_a_pickle = tmp_path / "table-v0.txt"
    for p in (old, other_table, not_a_pickle):
        p.write_bytes(b"x")
    new = tmp_path / "table-v2.pickle"
    kept_on_disk(new, lambda: 7, lambda v: v == 7, stale="table-*.pickle")
    assert new.exists()
    assert not old.exists()
    assert other_table.exists() and not_a_pickle.exists()


def test_without_stale_pattern_nothing_else_is_removed(tmp_path: Path) -> None:
    old = tmp_path / "table-v1.pickle"
    old.write_bytes(b"x")
    kept_on_disk(tmp_path / "table-v2.pickle", lambda: 7, lambda v: v == 7)
    assert old.exists()


def test_a_failed_write_leaves_no_temporary_file(tmp_path: Path, monkeypatch) -> None:
    import pickle

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pickle, "dump", full_disk)
    assert kept_on_disk(tmp_path / "table-v1.pickle", lambda: 7, lambda v: v == 7) == 7
    assert list(tmp_path.iterdir()) == []
