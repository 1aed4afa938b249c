"""The leestmeer gold helpers: spans found again by digest, posts read as kroniek reads them."""

from __future__ import annotations

import pytest

from kroniek.evaluation.leestmeer import Posts, archive_path, digest, locate, post_document

TEXT = "De politie heeft dinsdag in Utrecht twee mannen aangehouden na een overval op een juwelier."


def test_leestmeer_locate_finds_a_span_at_its_offsets():
    s = TEXT.index("aangehouden")
    assert locate(TEXT, s, s + 11, digest("aangehouden")) == (s, s + 11)


@pytest.mark.parametrize("shift", [-7, 3, 250])  # text before the span shrank or grew
def test_leestmeer_locate_finds_a_moved_span(shift):
    moved = ("x" * 300 + TEXT)[300 + shift :] if shift < 0 else "y" * shift + TEXT
    s = TEXT.index("Utrecht")
    got = locate(moved, s, s + 7, digest("Utrecht"))
    assert got is not None and moved[got[0] : got[1]] == "Utrecht"


def test_leestmeer_locate_gives_none_when_the_span_changed():
    s = TEXT.index("Utrecht")
    assert locate(TEXT.replace("Utrecht", "Utrekt"), s, s + 7, digest("Utrecht")) is None


def test_leestmeer_posts_read_as_documents(tmp_path):
    month = tmp_path / "2019-05"
    month.mkdir()
    (month / "abc.md").write_text(
        '---\nlayout: post\ntitle: "Overval op juwelier"\ndate: Wed, 22 May 2019 08:45:00 +0200\n'
        'externe_link: "https://example.org/a"\n---\n\n<p>' + TEXT + "</p>\n",
        encoding="utf-8",
    )
    posts = Posts(unpacked=tmp_path)
    raw = posts.load(["2019-05/abc"])
    doc = post_document("2019-05/abc", raw["2019-05/abc"])
    assert "aangehouden" in doc.text and doc.title == "Overval op juwelier"
    assert [pid for pid, _ in posts.iter_all()] == ["2019-05/abc"]
    with pytest.raises(Exception, match="2019-05/nope"):
        posts.load(["2019-05/nope"])


@pytest.mark.skipif(not archive_path().is_file(), reason="shared leestmeer archive not present")
@pytest.mark.slow
def test_leestmeer_archive_holds_posts():
    pid, raw = next(Posts(unpacked=None).iter_all())
    assert pid.startswith("2019-0") and raw.startswith(b"---")


def test_leestmeer_archive_is_read_once_per_process_for_the_posts_asked(tmp_path, monkeypatch):
    """Several evaluations in one process (a test session, ``kroniek eval`` over every split) each
    ask for gold posts: the tar.gz is decompressed again only for posts not read from it before."""
    import io
    import tarfile

    monkeypatch.delenv("KRONIEK_LEESTMEER_DIR", raising=False)
    archive = tmp_path / "posts.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        for pid in ("2019-05/a", "2019-05/b", "2019-06/c"):
            data = f"---\ntitle: {pid}\n---\n\n{TEXT}\n".encode()
            info = tarfile.TarInfo(f"leestmeer-2019-05-08/{pid}.md")
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    passes: list[set[str]] = []
    real = Posts._iter_archive

    def counted(self, want, month=None):
        passes.append(set(want))
        return real(self, want, month)

    monkeypatch.setattr(Posts, "_iter_archive", counted)
    assert set(Posts(archive=archive).load(["2019-05/a"])) == {"2019-05/a"}
    assert Posts(archive=archive).load(["2019-05/a"])["2019-05/a"].startswith(b"---\ntitle: 2019-05/a")
    assert set(Posts(archive=archive).load(["2019-05/a", "2019-06/c"])) == {"2019-05/a", "2019-06/c"}
    assert passes == [{"2019-05/a"}, {"2019-06/c"}]  # the second load read nothing, the third only c
    with pytest.raises(Exception, match="2019-05/nope"):
        Posts(archive=archive).load(["2019-05/nope"])
