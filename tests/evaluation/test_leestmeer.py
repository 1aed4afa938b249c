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
        '---\nlayout: post\ntitle: "Overval op juwelier"\ndate: Tue, 14 May 2019 10:00:00 +0200\n'
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
