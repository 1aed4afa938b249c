"""iter_inputs over the seeds and the fixtures: metadata, provenance, dates, genres, containers."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
from pathlib import Path

import pytest

from kroniek.errors import InputError
from kroniek.ingest import count_inputs, iter_inputs
from kroniek.model import Document
from kroniek.settings import Settings

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"


def read_all(inputs: list[str], **kw) -> list[Document | InputError]:
    return list(iter_inputs([str(i) for i in inputs], Settings(), **kw))


def one_doc(path: Path | str) -> Document:
    (item,) = read_all([path])
    assert isinstance(item, Document), item
    return item


def seed(seeds_dir: Path, prefix: str) -> Path:
    return next(seeds_dir.glob(f"{prefix}_*.txt"))


# ------------------------------------------------------------------ seeds


@pytest.mark.parametrize("prefix", ["000", "001", "003"])
def test_ingest_seed_form_month_date(seeds_dir: Path, prefix: str) -> None:
    doc = one_doc(seed(seeds_dir, prefix))
    assert doc.published is not None
    assert (
        doc.published.value,
        doc.published.granularity,
        doc.published.source,
        doc.published.raw,
    ) == ("2020-01", "month", "metadata", "2020-01")
    assert not doc.text.startswith((" ", "date"))
    assert doc.genre == "news"


@pytest.mark.parametrize(
    ("head", "value", "granularity"),
    [
        pytest.param(" date 2023-11 ", "2023-11", "month", id="another year and month"),
        pytest.param(" date 2021-03-15 ", "2021-03-15", "day", id="full day"),
        pytest.param("date 1998-07\n", "1998-07", "month", id="no leading space, newline after"),
    ],
)
def test_ingest_seed_form_any_date(tmp_path: Path, head: str, value: str, granularity: str) -> None:
    path = tmp_path / "a.txt"
    path.write_text(
        head + "Het kabinet heeft besloten de missie voort te zetten.", encoding="utf-8"
    )
    doc = one_doc(path)
    assert doc.published and (doc.published.value, doc.published.granularity) == (
        value,
        granularity,
    )
    assert doc.text == "Het kabinet heeft besloten de missie voort te zetten."


def test_ingest_seed_form_impossible_date_warns(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(" date 2020-13 Het kabinet zwijgt.", encoding="utf-8")
    doc = one_doc(path)
    assert doc.published is None
    assert doc.text == "Het kabinet zwijgt."
    assert any(w.startswith("bad-date") for w in doc.warnings)


def test_ingest_letter_seed(seeds_dir: Path) -> None:
    doc = one_doc(seed(seeds_dir, "002"))
    assert doc.genre == "letter"
    assert doc.published is not None
    assert (
        doc.published.value,
        doc.published.granularity,
        doc.published.source,
        doc.published.raw,
    ) == ("2020-01-06", "day", "text", "Den Haag, 6 januari 2020")
    assert doc.text.startswith("Den Haag, 6 januari 2020\n\n")


def test_ingest_letter_pdf_equals_letter_text(seeds_dir: Path) -> None:
    pdf = one_doc(FIX / "kamerbrief.pdf")
    txt = one_doc(seed(seeds_dir, "002"))
    assert pdf.text == txt.text
    assert pdf.genre == "letter" and pdf.published == txt.published
    # running header and page-number footers are gone
    assert "Pagina" not in pdf.text and "Staten-Generaal" not in pdf.text


def test_ingest_letter_pdf_with_sidebar(seeds_dir: Path) -> None:
    # The sender's column sits beside the first lines; it must not be woven into them.
    pdf = one_doc(FIX / "kamerbrief_zijkolom.pdf")
    assert pdf.text == one_doc(seed(seeds_dir, "002")).text
    assert "Postbus 20701" in pdf.meta["sidebar"] and "Postbus" not in pdf.text


def test_ingest_two_column_pdf_reads_columns_in_order(seeds_dir: Path) -> None:
    from kroniek.ingest.clean import clean_text

    doc = one_doc(FIX / "nieuws_kolommen.pdf")
    expected = clean_text(seed(seeds_dir, "003").read_text(encoding="utf-8").split(" ", 3)[3]).text
    assert doc.text == expected
    assert doc.genre == "other"


def test_ingest_jekyll_seed(seeds_dir: Path) -> None:
    doc = one_doc(seed(seeds_dir, "004"))
    assert doc.title == "Scepsis bij bondgenoten VS over dreiging in Irak"
    assert doc.url == "http://feeds.nos.nl/~r/nosnieuwsbuitenland/~3/MgZNuWpkq7Y/2284826"
    assert doc.category == "buitenland"
    assert doc.published is not None
    assert (doc.published.value, doc.published.granularity, doc.published.raw) == (
        "2019-05-15T22:01",
        "minute",
        "Wed, 15 May 2019 22:01:53 +0200",
    )
    assert doc.meta["layout"] == "post" and doc.meta["feature_image"].endswith("1008x567.jpg")
    assert "<" not in doc.text and "feedburner" not in doc.text
    assert "\n\nOpgeklopt vanuit VS?\n\n" in doc.text
    assert doc.text.startswith("Niet alle Europese landen")
    assert doc.text.count("\n\n") == 7


def test_ingest_provenance_and_stable_ids(seeds_dir: Path) -> None:
    first = read_all([seeds_dir])
    second = read_all([seeds_dir])
    assert len(first) == 5 and all(isinstance(d, Document) for d in first)
    assert [d.id for d in first] == [d.id for d in second]
    assert len({d.id for d in first}) == 5
    for doc in first:
        raw = Path(doc.source).read_bytes()
        assert doc.raw_hash == hashlib.sha256(raw).hexdigest()
        assert Path(doc.source).parent == seeds_dir


def test_ingest_copy_of_file_keeps_id(seeds_dir: Path, tmp_path: Path) -> None:
    src = seed(seeds_dir, "000")
    dst = tmp_path / "kopie.txt"
    shutil.copy(src, dst)
    assert one_doc(src).id == one_doc(dst).id
    assert one_doc(dst).source == str(dst)


# ------------------------------------------------------------------ feeds, JSONL, HTML


def test_ingest_rss_items() -> None:
    items = read_all([FIX / "feed.rss"])
    assert [type(i).__name__ for i in items] == ["Document"] * 3
    first, second, third = items
    assert first.source.endswith("feed.rss#1") and first.url == "http://127.0.0.1/nieuws/1"
    assert first.title == "Bijleveld: begrip voor Amerikaanse actie"
    assert first.publisher == "Voorbeeldkrant Buitenland" and first.category == "Politiek"
    assert first.published and first.published.value == "2020-01-07T09:15"
    # content:encoded wins over the description: four paragraphs, no markup or pixel
    assert first.text.count("\n\n") == 3 and "<" not in first.text and "pixel" not in first.text
    assert second.published and (second.published.value, second.published.granularity) == (
        "2020-01-07",
        "day",
    )
    assert third.published is None and any(w.startswith("bad-date") for w in third.warnings)
    assert len({i.id for i in items}) == 3


def test_ingest_atom_entries() -> None:
    a, b = read_all([FIX / "feed.atom"])
    assert a.publisher == "Voorbeeld Atom" and a.meta["author"] == "Redactie"
    assert a.published and a.published.value == "2020-01-08T10:00" and a.category == "buitenland"
    assert a.text.count("\n\n") == 1
    assert b.text.startswith("Minister van Buitenlandse Zaken en Defensie Philippe Goffin")
    assert "“noodzakelijk”" in b.text


def test_ingest_jsonl_lines() -> None:
    items = read_all([FIX / "docs.jsonl"])
    kinds = [(type(i).__name__, i.source) for i in items]
    jsonl = str(FIX / "docs.jsonl")
    assert kinds == [
        ("Document", f"{jsonl}:1"),
        ("ParseError", f"{jsonl}:2"),
        ("EmptyInputError", f"{jsonl}:3"),
        ("Document", "nieuwsarchief/1234"),
        ("Document", f"{jsonl}:6"),
        ("ParseError", f"{jsonl}:7"),
    ]
    first = items[0]
    assert first.title == "Bijleveld over Soleimani" and first.publisher == "Voorbeeldkrant"
    assert first.published and first.published.value == "2020-01-07"
    assert first.meta == {"author": "A. Redacteur"}
    assert "\n\n" in first.text
    assert items[3].published is None and any("31-02-2020" in w for w in items[3].warnings)
    assert items[4].published and items[4].published.value == "2020-02"
    assert str(items[1]).startswith(f"{jsonl}:2: not valid JSON")


def test_ingest_json_array_file(tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    path.write_text(
        json.dumps(
            [
                {"text": "Eerste bericht.", "title": "Een"},
                {"titel": "geen tekst"},
                {"text": "Derde bericht.", "published": "2021-03-12"},
            ],
            indent=2,
        ),
        encoding="utf-8",
    )
    items = read_all([path])
    assert [type(i).__name__ for i in items] == ["Document", "EmptyInputError", "Document"]
    assert items[0].title == "Een" and str(items[1]).startswith(f"{path}:2: ")
    assert items[2].published and items[2].published.value == "2021-03-12"


def test_ingest_jsonl_from_stdin() -> None:
    lines = [
        json.dumps({"text": "Het kabinet besluit vandaag.", "genre": "other"}),
        "niet json",
        json.dumps({"text": "Tweede bericht.", "genre": "roman"}),
    ]
    stream = io.BytesIO(("\n".join(lines) + "\n").encode("utf-8"))
    items = list(iter_inputs(["-"], Settings(), stdin=stream))
    assert [type(i).__name__ for i in items] == ["Document", "ParseError", "Document"]
    assert items[0].genre == "other" and items[0].source == "<stdin>:1"
    assert items[2].genre == "news" and any(w.startswith("bad-genre") for w in items[2].warnings)


def test_ingest_jsonl_from_text_stdin() -> None:
    stream = io.StringIO(
        json.dumps({"text": "Een „citaat” uit België."}, ensure_ascii=False) + "\n"
    )
    (doc,) = list(iter_inputs(["-"], Settings(), stdin=stream))
    assert isinstance(doc, Document) and doc.text == "Een „citaat” uit België."


def test_ingest_jsonl_from_the_real_stdin() -> None:
    # The process's own stdin, as `kroniek ingest -` reads it: multiprocessing closes sys.stdin in
    # the reading child, so before the fix every line failed with "I/O operation on closed file".
    import subprocess
    import sys

    script = ("from kroniek.ingest import iter_inputs\nfrom kroniek.settings import Settings\n"
              "for item in iter_inputs(['-'], Settings()):\n    print(type(item).__name__, item.text)")
    lines = json.dumps({"text": "De veerpont vaart weer."}) + "\n"
    done = subprocess.run([sys.executable, "-c", script], input=lines.encode(), capture_output=True,
                          timeout=120, check=True)
    assert done.stdout.decode().splitlines() == ["Document De veerpont vaart weer."]


def test_ingest_stdin_closed_is_one_clear_error() -> None:
    import subprocess
    import sys

    script = ("from kroniek.ingest import iter_inputs\nfrom kroniek.settings import Settings\n"
              "for item in iter_inputs(['-'], Settings()):\n    print(item)")
    done = subprocess.run(["sh", "-c", 'exec "$0" -c "$1" <&-', sys.executable, script],
                          capture_output=True, timeout=120, check=True)
    assert done.stdout.decode().startswith("<stdin>: there is no standard input")


def test_ingest_html_article() -> None:
    doc = one_doc(FIX / "article.html")
    assert doc.title == "NAVO wil opleiding in Irak hernemen"
    assert doc.publisher == "Voorbeeldkrant" and doc.meta.get("author") == "Piet Verslaggever"
    assert doc.url == "http://127.0.0.1/artikel/navo"
    assert doc.published and doc.published.value == "2020-01-07"
    assert doc.text.startswith("Jens Stoltenberg, de secretaris-generaal van de NAVO")
    for junk in ("tracker", "Cookiebeleid", "Home", "font-family"):
        assert junk not in doc.text


def test_ingest_hostile_html_has_no_markup() -> None:
    doc = one_doc(FIX / "hostile.html")
    lowered = doc.text.lower()
    for bad in (
        "<",
        ">",
        "script",
        "alert",
        "onerror",
        "onclick",
        "javascript",
        "xxxxxxxx",
        "color: red",
    ):
        assert bad not in lowered, bad
    assert "Het kabinet veroordeelt de aanvallen." in doc.text
    assert "Klik hier voor het hele verhaal." in doc.text
    assert "Diep genest maar leesbaar." in doc.text


def test_ingest_hostile_full_page_has_no_markup() -> None:
    from kroniek.ingest import read_bytes

    body = (FIX / "hostile.html").read_text(encoding="utf-8")
    page = f"<!DOCTYPE html><html><head><title>Test</title><script>var x = 1;</script></head><body>{body}</body></html>"
    (doc,) = list(read_bytes(page.encode(), "pagina.html", Settings()))
    assert isinstance(doc, Document)
    for bad in ("<", ">", "script", "alert", "onerror", "javascript", "var x"):
        assert bad not in doc.text.lower(), bad
    assert "Het kabinet veroordeelt de aanvallen." in doc.text


def test_ingest_text_file_with_markup(tmp_path: Path) -> None:
    path = tmp_path / "geplakt.txt"
    path.write_text(
        " date 2022-09 <p>Het kabinet <b>zwijgt</b>.</p><script>x()</script><p>Tweede &amp; laatste.</p>",
        encoding="utf-8",
    )
    doc = one_doc(path)
    assert doc.text == "Het kabinet zwijgt.\n\nTweede & laatste."
    assert doc.published and doc.published.value == "2022-09"


@pytest.mark.parametrize(
    ("text", "genre"),
    [
        pytest.param(
            "De minister van Defensie zegt dat de missie doorgaat.\n\nDe minister van Financiën "
            "zwijgt. Hij wil eerst de cijfers zien.",
            "news",
            id="news paragraphs start with De minister",
        ),
        pytest.param(
            "Geachte voorzitter,\n\nHierbij informeer ik uw Kamer over de stand van zaken.\n\n"
            "De Staatssecretaris van Financiën,\nJ.A. Jansen",
            "letter",
            id="salutation and signature",
        ),
    ],
)
def test_ingest_genre_of_plain_text(tmp_path: Path, text: str, genre: str) -> None:
    path = tmp_path / "t.txt"
    path.write_text(text, encoding="utf-8")
    assert one_doc(path).genre == genre


def test_ingest_markdown_body_and_bad_front_matter_date(tmp_path: Path) -> None:
    path = tmp_path / "post.md"
    path.write_text(
        "---\ntitle: Kabinet reageert\ndate: volgende week\ncategories: [politiek, defensie]\n"
        "author: Jan\n---\n\n# Reactie\n\nHet kabinet **reageert** op de\n[motie](http://x.invalid) van het parlement.\n\n"
        "- eerste punt\n- tweede punt\n",
        encoding="utf-8",
    )
    doc = one_doc(path)
    assert doc.title == "Kabinet reageert" and doc.category == "politiek"
    assert doc.published is None and any(w.startswith("bad-date") for w in doc.warnings)
    assert doc.meta["author"] == "Jan" and doc.meta["categories"] == ["politiek", "defensie"]
    assert doc.text == (
        "Reactie\n\nHet kabinet reageert op de motie van het parlement.\n\n"
        "eerste punt\n\ntweede punt"
    )


@pytest.mark.parametrize(
    ("date_line", "value", "granularity"),
    [
        pytest.param("date: 2019-05-15", "2019-05-15", "day", id="YAML date"),
        pytest.param(
            "date: 2019-05-15 10:30:00 +0200", "2019-05-15T10:30", "minute", id="Jekyll datetime"
        ),
        pytest.param("date: 15 mei 2019", "2019-05-15", "day", id="Dutch textual date"),
        pytest.param("date: '2019-05'", "2019-05", "month", id="month only"),
    ],
)
def test_ingest_front_matter_date_forms(
    tmp_path: Path, date_line: str, value: str, granularity: str
) -> None:
    path = tmp_path / "post.md"
    path.write_text(f"---\n{date_line}\n---\n<p>Tekst.</p>\n", encoding="utf-8")
    doc = one_doc(path)
    assert doc.published and (doc.published.value, doc.published.granularity) == (
        value,
        granularity,
    )


# ------------------------------------------------------------------ folders and counting


def test_ingest_folder_recursive_skips_hidden(tmp_path: Path, seeds_dir: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / ".git").mkdir()
    shutil.copy(seed(seeds_dir, "000"), tmp_path / "sub" / "a.txt")
    shutil.copy(seed(seeds_dir, "003"), tmp_path / "b.txt")
    shutil.copy(seed(seeds_dir, "001"), tmp_path / ".git" / "c.txt")
    (tmp_path / ".verborgen.txt").write_text("geheim", encoding="utf-8")
    items = read_all([tmp_path])
    assert sorted(Path(d.source).name for d in items) == ["a.txt", "b.txt"]
    assert count_inputs([str(tmp_path)]) == 2
    assert count_inputs([str(tmp_path), "http://127.0.0.1/x"]) == 3
    assert count_inputs([str(tmp_path), "-"]) is None


def test_ingest_missing_path_is_an_error_and_batch_goes_on(seeds_dir: Path) -> None:
    items = read_all(["/nergens/bestand.txt", seed(seeds_dir, "000")])
    assert isinstance(items[0], InputError) and "/nergens/bestand.txt" in str(items[0])
    assert isinstance(items[1], Document)
