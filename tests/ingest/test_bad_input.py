"""Bad input: each failure is one InputError naming the input and saying what to do."""

from __future__ import annotations

from pathlib import Path

import pytest

from kroniek.errors import BinaryInputError, EmptyInputError, InputError, ParseError, TooLargeError
from kroniek.ingest import iter_inputs
from kroniek.model import Document
from kroniek.settings import Settings

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"


def read_all(inputs: list, settings: Settings | None = None) -> list:
    return list(iter_inputs([str(i) for i in inputs], settings or Settings()))


@pytest.mark.parametrize(
    ("name", "error", "says"),
    [
        pytest.param("empty.txt", EmptyInputError, "empty", id="empty file"),
        pytest.param("blank.txt", EmptyInputError, "empty", id="only whitespace"),
        pytest.param("binary.txt", BinaryInputError, "binary", id="NUL bytes and control codes"),
        pytest.param("broken.pdf", ParseError, "PDF", id="truncated PDF"),
        pytest.param("malformed.xml", ParseError, "malformed feed XML", id="malformed feed XML"),
        pytest.param("bomb.xml", ParseError, "entities", id="billion laughs entity bomb"),
        pytest.param("xxe.rss", ParseError, "entities", id="external entity"),
    ],
)
def test_bad_input_is_one_named_error(name: str, error: type[InputError], says: str) -> None:
    (item,) = read_all([FIX / name])
    assert type(item) is error
    message = str(item)
    assert "\n" not in message
    assert message.startswith(str(FIX / name) + ": ")
    assert says in message
    assert item.hint, "every error says what to do"


def test_bad_input_batch_goes_on(seeds_dir: Path) -> None:
    seed = next(seeds_dir.glob("000_*.txt"))
    items = read_all([FIX / "broken.pdf", FIX / "bomb.xml", seed, FIX / "empty.txt"])
    assert [type(i).__name__ for i in items] == [
        "ParseError",
        "ParseError",
        "Document",
        "EmptyInputError",
    ]


def test_bad_input_entity_bomb_refused_before_parsing(monkeypatch) -> None:
    # feedparser would expand the bomb into gigabytes: it must never see these bytes.
    import feedparser

    def must_not_parse(*args, **kwargs):
        raise AssertionError("feedparser was given an entity bomb")

    monkeypatch.setattr(feedparser, "parse", must_not_parse)
    for name in ("bomb.xml", "xxe.rss"):
        (item,) = read_all([FIX / name])
        assert isinstance(item, ParseError)


def test_bad_input_too_large_refused_without_reading(tmp_path: Path, monkeypatch) -> None:
    big = tmp_path / "groot.txt"
    with open(big, "wb") as fh:
        fh.truncate(50_000_000)  # sparse: 50 MB on paper, nothing written
    opened: list[str] = []
    real_open = open

    def spy(file, *a, **kw):
        opened.append(str(file))
        return real_open(file, *a, **kw)

    monkeypatch.setattr("builtins.open", spy)
    (item,) = read_all([big], Settings(max_input_bytes=20_000_000))
    assert isinstance(item, TooLargeError)
    assert "50,000,000" in str(item) and "KRONIEK_MAX_INPUT_BYTES" in str(item)
    assert str(big) not in opened


def test_bad_input_jsonl_over_limit_stops(tmp_path: Path) -> None:
    path = tmp_path / "veel.jsonl"
    line = '{"text": "Het kabinet heeft besloten de missie voort te zetten."}\n'
    path.write_text(line * 50, encoding="utf-8")
    items = read_all([path], Settings(max_input_bytes=len(line) * 100))
    assert all(isinstance(i, Document) for i in items) and len(items) == 50
    # a file small enough on disk but growing past the limit while streamed is cut off
    from kroniek.ingest.readers import read_jsonl

    with open(path, "rb") as fh:
        streamed = list(read_jsonl(fh, str(path), len(line) * 10))
    assert len(streamed) == 11 and isinstance(streamed[-1], TooLargeError)
    assert all(isinstance(i, Document) for i in streamed[:10])


def test_bad_input_stdin_one_huge_line_is_not_read_whole() -> None:
    import io

    class Counting(io.BytesIO):
        read_bytes = 0

        def readline(self, size: int | None = -1) -> bytes:
            line = super().readline(size)
            Counting.read_bytes += len(line)
            return line

    stream = Counting(b'{"text": "' + b"a" * 5_000_000 + b'"}\n')
    items = list(iter_inputs(["-"], Settings(max_input_bytes=1000), stdin=stream))
    assert [type(i) for i in items] == [TooLargeError]
    assert Counting.read_bytes <= 1001


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        pytest.param(
            "cp1252.txt",
            "De minister is „zeer geëngageerd”, zei hij in het café. Het kost 5 € per persoon – "
            "dat is ‘redelijk’.\n\nDe coördinatie ligt bij Defensie.",
            id="Windows-1252 with curly quotes, euro and dash",
        ),
        pytest.param(
            "latin1.txt",
            "Hij is geëngageerd en drinkt koffie in het café.\n\nÉén keer per week.",
            id="Latin-1",
        ),
    ],
)
def test_bad_input_legacy_encodings_decode_right(name: str, expected: str) -> None:
    (doc,) = read_all([FIX / name])
    assert isinstance(doc, Document)
    assert doc.text == expected
    assert doc.meta["encoding"] == "cp1252"


def test_bad_input_utf16_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "utf16.txt"
    path.write_bytes("Een „citaat” uit België.".encode("utf-16"))
    (doc,) = read_all([path])
    assert doc.text == "Een „citaat” uit België."


def test_bad_input_malformed_metadata_date_is_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "post.md"
    path.write_text(
        "---\ntitle: Test\ndate: 32 januari 2020\n---\nHet kabinet zwijgt.\n", encoding="utf-8"
    )
    (doc,) = read_all([path])
    assert isinstance(doc, Document)
    assert doc.published is None
    assert doc.warnings == [
        "bad-date: date '32 januari 2020' is not a date kroniek can read; ignored"
    ]


def test_bad_input_broken_front_matter_is_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "post.md"
    path.write_text("---\ntitle: [kapot\n---\nHet kabinet zwijgt.\n", encoding="utf-8")
    (doc,) = read_all([path])
    assert isinstance(doc, Document) and doc.text == "Het kabinet zwijgt."
    assert any(w.startswith("front-matter") for w in doc.warnings)


def test_bad_input_front_matter_never_closed_is_body_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "post.md"
    path.write_text("---\ntitle: Dijk hersteld\ndate: 2019-06-03\n\nHet waterschap herstelde de dijk.\n",
                    encoding="utf-8")
    (doc,) = read_all([path])
    assert isinstance(doc, Document) and "Het waterschap herstelde de dijk." in doc.text
    assert doc.title is None and doc.published is None  # nothing guessed from the unclosed block
    assert any(w.startswith("front-matter: no closing") for w in doc.warnings)
    rule = tmp_path / "regel.md"  # a rule at the top over plain text is no front matter
    rule.write_text("---\nHet waterschap herstelde de dijk.\n", encoding="utf-8")
    (plain,) = read_all([rule])
    assert isinstance(plain, Document) and not plain.warnings


def test_bad_input_pdf_without_text_layer(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 50)  # a drawing, no text: like a scan without OCR
    path = tmp_path / "scan.pdf"
    path.write_bytes(bytes(pdf.output()))
    (item,) = read_all([path])
    assert isinstance(item, EmptyInputError) and "OCR" in str(item)


def test_bad_input_feed_with_unescaped_ampersand_is_read_leniently(tmp_path: Path) -> None:
    path = tmp_path / "slordig.rss"
    path.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Slordig & co</title>'
        "<item><title>Item</title><description>Kabinet & Kamer zijn het eens.</description></item>"
        "</channel></rss>",
        encoding="utf-8",
    )
    (doc,) = read_all([path])
    assert isinstance(doc, Document)
    assert doc.text == "Kabinet & Kamer zijn het eens."
    assert any(w.startswith("feed-malformed") for w in doc.warnings)


def test_bad_input_jsonl_line_in_windows_1252(tmp_path: Path) -> None:
    path = tmp_path / "oud.jsonl"
    path.write_bytes('{"text": "Een „citaat” uit het café."}\n{"text": 5}\n'.encode("cp1252"))
    items = read_all([path])
    assert isinstance(items[0], Document) and items[0].text == "Een „citaat” uit het café."
    assert isinstance(items[1], EmptyInputError) and str(items[1]).startswith(f"{path}:2: ")


def test_bad_input_front_matter_date_that_is_no_day_keeps_the_title(tmp_path: Path) -> None:
    # YAML reads 2021-14-40 as a timestamp and fails on month 14: only the date may be lost.
    path = tmp_path / "post.md"
    path.write_text(
        "---\ntitle: Raad kiest nieuwe voorzitter\ndate: 2021-14-40\n---\nDe raad koos een voorzitter.\n",
        encoding="utf-8",
    )
    (doc,) = read_all([path])
    assert isinstance(doc, Document)
    assert doc.title == "Raad kiest nieuwe voorzitter"
    assert doc.published is None
    assert doc.warnings == ["bad-date: date '2021-14-40' is not a date kroniek can read; ignored"]


def test_bad_input_jsonl_with_utf8_byte_order_mark_keeps_line_one(tmp_path: Path) -> None:
    path = tmp_path / "bom.jsonl"
    path.write_bytes(
        '{"text": "Het waterschap opent de sluis."}\n{"text": "De pont vaart weer."}\n'.encode("utf-8-sig")
    )
    items = read_all([path])
    assert [i.text for i in items] == ["Het waterschap opent de sluis.", "De pont vaart weer."]


def test_bad_input_jsonl_in_utf16_is_one_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "breed.jsonl"
    path.write_bytes('{"text": "Het waterschap opent de sluis."}\n{"text": "De pont."}\n'.encode("utf-16"))
    (item,) = read_all([path])
    assert isinstance(item, ParseError) and "UTF-16" in str(item) and "UTF-8" in item.hint


@pytest.mark.parametrize(
    ("line", "says"),
    [
        pytest.param('{"text": "Een getal.", "n": ' + "7" * 5000 + "}", "number too long", id="huge int"),
        pytest.param("[" * 100_000 + "]" * 100_000, "nested too deeply", id="deep nesting"),
    ],
)
def test_bad_input_jsonl_unreadable_line_says_why(tmp_path: Path, line: str, says: str) -> None:
    path = tmp_path / "raar.jsonl"
    path.write_text(line + '\n{"text": "De pont vaart weer."}\n', encoding="utf-8")
    bad, good = read_all([path])
    assert isinstance(bad, ParseError) and str(bad).startswith(f"{path}:1: ") and says in str(bad)
    assert "sys." not in str(bad)  # no Python advice for the user
    assert isinstance(good, Document)


def test_bad_input_encrypted_pdf_says_so(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(text="De gemeente sluit de brug voor onderhoud.")
    pdf.set_encryption(owner_password="eigenaar", user_password="geheim")
    path = tmp_path / "slot.pdf"
    path.write_bytes(bytes(pdf.output()))
    (item,) = read_all([path])
    assert isinstance(item, ParseError) and "encrypted" in str(item) and "decrypt" in item.hint


def test_bad_input_folder_gone_while_read_is_named(tmp_path: Path) -> None:
    # The folder is walked lazily: "b" is listed as a subfolder, then removed before it is entered.
    import shutil

    for sub, text in (("a", "De gemeente plant bomen."), ("b", "Het dorp krijgt een bus.")):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "stuk.txt").write_text(text, encoding="utf-8")
    items = iter_inputs([str(tmp_path)], Settings())
    first = next(items)
    assert isinstance(first, Document) and first.text == "De gemeente plant bomen."
    shutil.rmtree(tmp_path / "b")
    (gone,) = list(items)
    assert isinstance(gone, InputError) and str(gone).startswith(f"{tmp_path / 'b'}: cannot list")
