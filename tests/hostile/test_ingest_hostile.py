"""Issue 16, defects 1-5 and 9: what a source sends cannot stop, hang or poison an ingest.

Every text here is written for these tests. Each test failed before the fix it names.
"""

from __future__ import annotations

import gzip
import json
import os
import time
from pathlib import Path

import pytest

from kroniek.errors import InputError
from kroniek.ingest import iter_inputs
from kroniek.model import Document
from kroniek.settings import Settings

NEWS = "De gemeenteraad van Utrecht heeft gisteren een motie aangenomen over het zwembad in Overvecht."


def _read(inputs: list[str], **settings: object) -> list[Document | InputError]:
    return list(iter_inputs(inputs, Settings(**settings)))  # type: ignore[arg-type]


# --- 1. one bad character must not abort the batch ------------------------------------------


def test_ingest_lone_surrogate_in_jsonl_is_stored_replaced_and_batch_goes_on(tmp_path: Path, chron_factory) -> None:
    path = tmp_path / "a.jsonl"
    lines = [json.dumps({"text": NEWS, "title": "Zwembad \ud800 blijft open"}),
             json.dumps({"text": NEWS.replace("Utrecht", "Zwolle"), "source": "bron-\udcff"})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    later = tmp_path / "b.txt"
    later.write_text(NEWS.replace("Utrecht", "Deventer"), encoding="utf-8")
    chron = chron_factory()
    report = chron.ingest([str(path), str(later)])
    assert report.errors == [] and len(report.added) == 3
    titles = {d.title for d in chron.store.iter_documents()}
    assert "Zwembad \ufffd blijft open" in titles
    assert chron.store.entities() is not None and chron.store.get_meta("links_stale") is None


def test_ingest_undecodable_file_name_is_named_and_read(tmp_path: Path, chron_factory) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    bad = os.path.join(os.fsencode(folder), b"bericht-\xff\xfe.txt")
    with open(bad, "wb") as fh:
        fh.write(NEWS.encode())
    chron = chron_factory()
    report = chron.ingest([str(folder)])
    assert report.errors == [] and len(report.added) == 1
    (doc,) = chron.store.iter_documents()
    assert doc.source.endswith("bericht-\ufffd\ufffd.txt")


def test_ingest_any_exception_storing_one_document_fails_it_alone(tmp_path: Path, chron_factory, monkeypatch) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text("\n".join(json.dumps({"text": NEWS.replace("Utrecht", city)})
                              for city in ("Utrecht", "Zwolle", "Breda")) + "\n", encoding="utf-8")
    chron = chron_factory()
    real = chron.store.add_document

    def flaky(doc, **kw):  # a store error of a kind nobody planned for, on the second document
        if "Zwolle" in doc.text:
            raise UnicodeEncodeError("utf-8", "x", 0, 1, "surrogates not allowed")
        return real(doc, **kw)

    monkeypatch.setattr(chron.store, "add_document", flaky)
    lines: list[str] = []
    report = chron.ingest([str(path)], on_error=lines.append)
    assert len(report.added) == 2 and len(report.errors) == 1
    assert len(lines) == 1 and lines[0].startswith("error: ") and ":2: UnicodeEncodeError" in lines[0]
    assert "\n" not in lines[0]


# --- 2. out-of-range dates are dropped, never stored ------------------------------------------

FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Lokale Krant</title>
<item><title>Zwembad</title><guid>z1</guid><pubDate>{date}</pubDate>
<description>{text}</description></item>
<item><title>Brug</title><guid>z2</guid><pubDate>Tue, 12 Mar 2024 10:00:00 +0100</pubDate>
<description>De brug over de IJssel bij Deventer gaat maandag dicht voor onderhoud.</description></item>
</channel></rss>"""


@pytest.mark.parametrize("date", [
    "9999999999-01-01",  # the year overflows datetime when linking (OverflowError before the fix)
    "0000-00-00",  # stored as "-001-11-30T00:00" before the fix
    "Sat, 01 Jan 9999 00:00:00 GMT",  # far future
    "Mon, 01 Jan 1700 00:00:00 GMT",  # before any newspaper in the corpus could be
])
def test_ingest_feed_date_out_of_range_dropped_and_linking_runs(tmp_path: Path, chron_factory, date: str) -> None:
    path = tmp_path / "feed.rss"
    path.write_text(FEED.format(date=date, text=NEWS), encoding="utf-8")
    chron = chron_factory()
    report = chron.ingest([str(path)])
    assert report.errors == [] and len(report.added) == 2
    by_title = {d.title: d for d in chron.store.iter_documents()}
    assert by_title["Zwembad"].published is None
    assert by_title["Brug"].published is not None and by_title["Brug"].published.value.startswith("2024-03-12")
    # and a later ingest into the same store still links
    more = tmp_path / "b.txt"
    more.write_text(NEWS.replace("Utrecht", "Arnhem"), encoding="utf-8")
    assert chron.ingest([str(more)]).errors == []


def test_ingest_date_window_is_configurable(tmp_path: Path, chron_factory) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"text": NEWS, "date": "1850-05-01"}) + "\n", encoding="utf-8")
    chron = chron_factory(date_min_year=1900)
    chron.ingest([str(path)])
    (doc,) = chron.store.iter_documents()
    assert doc.published is None and any("outside 1900-01-01" in w for w in doc.warnings)


# --- 3. small inputs must not hang ingest ---------------------------------------------------

HANGS = [
    ("p.txt", "<p " * 70_000, "looks_like_html scanned to the end from every '<p'"),
    ("stars.md", "*a " * 50_000, "emphasis pattern scanned each line from every '*'"),
    ("brackets.md", "[" * 50_000, "link pattern scanned to the end from every '['"),
    ("images.md", "![" * 30_000, "image pattern scanned to the end from every '!['"),
    ("fences.md", "`" * 60_000, "fenced-code pattern scanned to the end from every fence"),
    ("heading.md", "# " + "# " * 40_000 + "x", "heading pattern backtracked over the '#' run"),
]


@pytest.mark.parametrize(("name", "text", "why"), HANGS, ids=[h[0] for h in HANGS])
def test_ingest_pathological_text_reads_fast(tmp_path: Path, name: str, text: str, why: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    t0 = time.monotonic()
    _read([str(path)], read_deadline=30)
    # a hang guard, not a speed figure: the patterns it caught took minutes; 15 s leaves room
    # for a loaded machine (it read 6 s under a load of 12 on 2 cores)
    assert time.monotonic() - t0 < 15, why


def test_ingest_reader_past_deadline_stopped_and_batch_goes_on(tmp_path: Path, monkeypatch) -> None:
    from kroniek.ingest import readers

    def stall(raw: bytes, source: str):
        time.sleep(60)
        yield from ()

    monkeypatch.setattr(readers, "read_text", stall)
    (tmp_path / "a.txt").write_text(NEWS, encoding="utf-8")
    (tmp_path / "b.md").write_text(NEWS, encoding="utf-8")
    t0 = time.monotonic()
    items = _read([str(tmp_path / "a.txt"), str(tmp_path / "b.md")], read_deadline=1)
    assert time.monotonic() - t0 < 10
    assert isinstance(items[0], InputError) and "longer than 1 s" in str(items[0])
    assert isinstance(items[1], Document)


# --- 4. special files and symlinks ------------------------------------------------------------


def test_ingest_fifo_in_folder_refused_by_name(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    os.mkfifo(folder / "pijp.txt")
    (folder / "z.txt").write_text(NEWS, encoding="utf-8")
    t0 = time.monotonic()
    items = _read([str(folder)], read_deadline=20)
    assert time.monotonic() - t0 < 10
    assert isinstance(items[0], InputError) and "pijp.txt: a FIFO; refused" in str(items[0])
    assert isinstance(items[1], Document)


def test_ingest_fifo_given_directly_refused(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pijp")
    (item,) = _read([str(tmp_path / "pijp")], read_deadline=20)
    assert isinstance(item, InputError) and "FIFO" in str(item)


def test_ingest_symlink_out_of_folder_refused_inside_kept(tmp_path: Path) -> None:
    outside = tmp_path / "geheim.txt"
    outside.write_text("Dit bestand staat buiten de map en mag niet gelezen worden.", encoding="utf-8")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "echt.txt").write_text(NEWS, encoding="utf-8")
    (folder / "lek.txt").symlink_to(outside)
    (folder / "passwd").symlink_to("/etc/passwd")
    (folder / "zelfde.txt").symlink_to(folder / "echt.txt")  # inside the folder: fine
    items = _read([str(folder)])
    errors = sorted(str(i) for i in items if isinstance(i, InputError))
    assert len(errors) == 2 and all("symlink pointing out of the folder" in e for e in errors)
    texts = [i.text for i in items if isinstance(i, Document)]
    assert texts and all("buiten de map" not in t and "root:" not in t for t in texts)


# --- 5. expansion bombs -----------------------------------------------------------------------

ALIAS_BOMB = "\n".join(
    ["---", 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    + [f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},"
       f"*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)}]" for i in range(8)]
    + ["title: Zwembad", "---", NEWS]
)


def test_ingest_yaml_alias_bomb_refused_text_kept(tmp_path: Path) -> None:
    path = tmp_path / "bom.md"
    path.write_text(ALIAS_BOMB, encoding="utf-8")
    assert len(ALIAS_BOMB) < 1000
    t0 = time.monotonic()
    (doc,) = _read([str(path)])
    assert time.monotonic() - t0 < 10
    assert isinstance(doc, Document) and doc.text == NEWS
    assert len(json.dumps(doc.meta)) < 1000 and any("aliases" in w for w in doc.warnings)


def test_ingest_memory_bomb_in_reader_is_one_error(tmp_path: Path, monkeypatch) -> None:
    from kroniek.ingest import readers

    def inflate(raw: bytes, source: str):
        hog = [bytearray(50_000_000) for _ in range(100)]  # 5 GB, as a decompression bomb would
        yield from (hog and ())

    monkeypatch.setattr(readers, "read_text", inflate)
    (tmp_path / "a.txt").write_text(NEWS, encoding="utf-8")
    (item,) = _read([str(tmp_path / "a.txt")], read_memory=300_000_000)
    assert isinstance(item, InputError) and "more memory than allowed" in str(item)


# --- 9. errors keep the one-line promise ------------------------------------------------------


ONE_ERROR = [
    ("leeg.jsonl", b"", "empty"),
    ("leeg.json", b"", "empty"),
    ("wit.jsonl", b"\n\n  \n", "empty"),
    ("lijst.json", b"[]", "no JSON records"),
    ("ruis.jsonl", os.urandom(200_000), "binary data"),
    ("ruis.json", os.urandom(50_000), "binary data"),
    ("gz.jsonl", gzip.compress(b'{"text": "x"}\n' * 1000)[:500], "binary data"),
    # nesting deeper than the JSON parser's recursion limit (bench/hostile's deep-json kind)
    ("diep.json", b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    ("diep.jsonl", b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    ("meta.jsonl", b'{"text": "Het kabinet zwijgt.", "meta": ' + b'{"a":' * 5000 + b"1" + b"}" * 5001, "nested too deeply"),
]


# Named by file: the random bytes would make test ids that differ between parallel workers' collections.
@pytest.mark.parametrize(("name", "content", "expect"), ONE_ERROR, ids=[c[0] for c in ONE_ERROR])
def test_ingest_empty_or_binary_json_is_exactly_one_error(tmp_path: Path, name: str, content: bytes, expect: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    items = _read([str(path)])
    assert len(items) == 1 and isinstance(items[0], InputError) and expect in str(items[0]), items[:3]


def test_ingest_not_json_lines_stops_after_a_few_errors(tmp_path: Path) -> None:
    path = tmp_path / "proza.jsonl"
    path.write_text("\n".join([NEWS] * 3000), encoding="utf-8")
    items = _read([str(path)])
    assert all(isinstance(i, InputError) for i in items) and len(items) <= 51


@pytest.mark.parametrize("encoding", ["utf-16-be", "utf-16-le", "utf-32-le", "utf-32-be", "cp500"])
def test_ingest_entity_guard_holds_in_every_encoding(tmp_path: Path, encoding: str) -> None:
    decl = f'<?xml version="1.0" encoding="{encoding.upper()}"?>'
    body = (decl + '<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>'
            '<rss version="2.0"><channel><title>t</title><item><title>&b;</title>'
            f"<description>{NEWS} &b;&b;</description></item></channel></rss>")
    path = tmp_path / "feed.rss"
    path.write_bytes(body.encode(encoding))
    items = _read([str(path)])
    assert len(items) == 1 and isinstance(items[0], InputError) and "declares entities" in str(items[0])


def test_ingest_pdfminer_warnings_stay_out_of_stderr(tmp_path: Path) -> None:
    # In a fresh interpreter: pytest's log capture would hide what Python prints on stderr.
    import subprocess
    import sys

    path = tmp_path / "kapot.pdf"  # a page without MediaBox: pdfminer logs warnings, then fails
    path.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                     b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                     b"3 0 obj << /Type /Page /Parent 2 0 R /Contents 4 0 R >> endobj\n"
                     b"4 0 obj << /Length 999 /Filter /FlateDecode >> stream\nxx\nendstream endobj\n"
                     b"trailer << /Root 1 0 R >>\n%%EOF")
    code = ("import sys\nfrom kroniek.ingest import iter_inputs\nfrom kroniek.settings import Settings\n"
            "for item in iter_inputs([sys.argv[1]], Settings()):\n    print(type(item).__name__)")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    done = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True,
                          env=env, timeout=120)
    assert done.stdout.split() == ["ParseError"] and done.stderr.strip() == "", done.stderr[:300]
