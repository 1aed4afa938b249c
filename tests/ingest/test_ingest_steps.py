"""Chronicle.ingest in steps: plan -> analyse (Pipeline.pipe over batches) -> commit -> link.

The batch keeps every guarantee of the one-document-at-a-time ingest it replaced: a document whose
analysis fails, fails alone with one line; nothing stored is lost; re-ingesting changes nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from kroniek.analyse.annotator import FrogAnnotator
from kroniek.chronicle import Chronicle
from kroniek.errors import AnalysisError
from kroniek.extract.docdate import DocDate
from kroniek.model import Document
from kroniek.pipeline import Pipeline
from kroniek.settings import Settings

# Short Dutch news items written for these tests.
ITEMS = [
    "De gemeenteraad van Utrecht stemde dinsdag in met het plan voor een nieuw zwembad.",
    "Wethouder Jansen wil de bibliotheek in Overvecht langer openhouden.",
    "Bij een brand in een loods in Zwolle is niemand gewond geraakt.",
    "De politie heeft in Rotterdam twee mannen aangehouden na een overval op een juwelier.",
    "Het rijk stopt meer geld in het versterken van de kades langs de IJssel.",
    "Een vrachtwagen is op de A2 bij Weert gekanteld; de weg is urenlang dicht.",
    "De provincie Gelderland wil meer laadpalen langs provinciale wegen.",
]
POISON = "BOEM"  # a component below fails on a document holding this word


def _jsonl(tmp_path: Path, texts: list[str], name: str = "items.jsonl") -> str:
    path = tmp_path / name
    rows = [{"title": f"Bericht {i}", "text": t} for i, t in enumerate(texts)]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    return str(path)


class Recorder:
    """A batching component: records the size of every batch it is given and each text it analyses."""

    name = "recorder"
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()

    def __init__(self) -> None:
        self.batches: list[int] = []
        self.texts: list[str] = []

    def __call__(self, doc: Document) -> Document:
        if POISON in doc.text:
            raise RuntimeError("component bug")
        self.texts.append(doc.text)
        return doc

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        batch = list(docs)
        self.batches.append(len(batch))
        for d in batch:
            yield self(d)


@pytest.fixture()
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture()
def chron(tmp_path: Path, recorder: Recorder) -> Iterator[Chronicle]:
    c = Chronicle(str(tmp_path / "k.db"), Settings(), pipeline=Pipeline([DocDate(), recorder]))
    yield c
    c.close()


def test_ingest_steps_analyse_in_batches_through_pipe(chron: Chronicle, recorder: Recorder, tmp_path: Path) -> None:
    report = chron.ingest([_jsonl(tmp_path, ITEMS)], batch_size=3, on_error=print)
    assert report.ok and len(report.added) == 7
    assert recorder.batches == [3, 3, 1], "every batch goes through Pipeline.pipe as one stream"
    assert recorder.texts == ITEMS, "analysed in input order"
    stored = [chron.store.get_document(i) for i in report.added]
    assert [d.text for d in stored if d] == ITEMS, "stored in input order"


def test_ingest_steps_timings_cover_each_step(chron: Chronicle, tmp_path: Path) -> None:
    timings: dict[str, float] = {}
    chron.ingest([_jsonl(tmp_path, ITEMS[:2])], timings=timings)
    assert set(timings) == {"plan", "analyse", "commit", "link"}
    assert all(v > 0 for v in timings.values()), timings


@pytest.mark.parametrize(
    ("texts", "bad"),
    [
        pytest.param([*ITEMS[:3], f"{POISON} in het midden."], 3, id="last of the batch fails"),
        pytest.param([f"{POISON} vooraan.", *ITEMS[:3]], 0, id="first of the batch fails: the stream after it is not lost"),
        pytest.param([ITEMS[0], f"{POISON} tussendoor.", *ITEMS[1:3]], 1, id="middle of the batch fails"),
    ],
)
def test_ingest_steps_component_bug_fails_one_document(chron: Chronicle, tmp_path: Path, texts: list[str], bad: int) -> None:
    lines: list[str] = []
    report = chron.ingest([_jsonl(tmp_path, texts)], batch_size=10, on_error=lines.append)
    assert len(report.added) == 3 and len(report.errors) == 1
    assert len(lines) == 1 and "\n" not in lines[0]
    assert "items.jsonl" in lines[0] and "analysis failed (RuntimeError: component bug)" in lines[0]
    stored = {d.text for d in chron.store.iter_documents()}
    assert stored == {t for i, t in enumerate(texts) if i != bad}


def test_ingest_steps_reingest_changes_nothing(chron: Chronicle, recorder: Recorder, tmp_path: Path) -> None:
    path = _jsonl(tmp_path, ITEMS)
    first = chron.ingest([path], batch_size=4)
    analysed = len(recorder.texts)
    second = chron.ingest([path, path], batch_size=4)
    assert second.added == [] and sorted(second.skipped) == sorted(first.added * 2)
    assert len(recorder.texts) == analysed, "nothing analysed again"


def test_ingest_steps_same_text_in_one_batch_is_analysed_once(chron: Chronicle, recorder: Recorder, tmp_path: Path) -> None:
    texts = [ITEMS[0], ITEMS[1], ITEMS[0]]  # the third repeats the first (another title, so another id)
    report = chron.ingest([_jsonl(tmp_path, texts)], batch_size=10)
    assert len(report.added) == 3 and report.duplicates == [report.added[2]]
    assert recorder.texts == texts[:2]
    copy = chron.store.get_document(report.added[2])
    assert copy is not None and copy.duplicate_of == report.added[0]
    assert copy.processed == ["docdate", "recorder"], "the copy carries the original's analysis"


def test_ingest_steps_copy_of_a_failed_text_fails_too(chron: Chronicle, tmp_path: Path) -> None:
    texts = [f"{POISON} eerst.", ITEMS[0], f"{POISON} eerst."]
    report = chron.ingest([_jsonl(tmp_path, texts)], batch_size=10, on_error=lambda _m: None)
    assert len(report.added) == 1 and len(report.errors) == 2
    assert "which failed" in report.errors[1]


class _FailingFrog:
    """A Frog backend that fails on one text (as Frog does on a pathological input)."""

    def analyse(self, text: str) -> list:
        if POISON in text:
            raise AnalysisError("Frog timed out on this text")
        return []

    def analyse_pretokenised(self, sentences: list[list[str]]) -> list:
        return []

    def close(self) -> None:
        pass


def test_ingest_steps_frog_failure_in_batch_fails_that_document(tmp_path: Path) -> None:
    pipeline = Pipeline([DocDate(), FrogAnnotator(backend=_FailingFrog())])
    with Chronicle(str(tmp_path / "k.db"), Settings(), pipeline=pipeline) as chron:
        report = chron.ingest([_jsonl(tmp_path, [ITEMS[0], f"{POISON} hier.", ITEMS[1]])],
                              on_error=lambda _m: None)
    assert len(report.added) == 2 and len(report.errors) == 1
    assert "Frog timed out on this text" in report.errors[0]


def test_ingest_steps_near_duplicate_found_across_runs(chron: Chronicle, tmp_path: Path) -> None:
    long = " ".join(ITEMS)
    first = chron.ingest([_jsonl(tmp_path, [long], "a.jsonl")])
    near = long.replace("twee mannen", "twee jonge mannen")  # one word more: a near duplicate
    second = chron.ingest([_jsonl(tmp_path, [near], "b.jsonl")])
    assert second.duplicates == second.added
    doc = chron.store.get_document(second.added[0])
    assert doc is not None and doc.duplicate_of == first.added[0]


def test_ingest_steps_failed_document_is_no_near_duplicate_original(chron: Chronicle, tmp_path: Path) -> None:
    bad = f"{POISON} {' '.join(ITEMS)}"
    chron.ingest([_jsonl(tmp_path, [bad], "a.jsonl")], on_error=lambda _m: None)
    near = bad.replace(POISON, "Vanochtend:")  # nearly the failed text, but that was never stored
    report = chron.ingest([_jsonl(tmp_path, [near], "b.jsonl")])
    assert len(report.added) == 1 and report.duplicates == []
