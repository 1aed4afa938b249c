"""``Chronicle.ingest`` with Frog failing on one document of a batch: that document is one error
line naming its file, the rest of the batch is stored, and no Frog process is left afterwards.

Frog is tests/fixtures/fake_frog.py (Frog's server protocol, no real analysis), so no Frog is needed.
"""

from __future__ import annotations

import time
from pathlib import Path

from kroniek.analyse.annotator import FrogAnnotator
from kroniek.analyse.frog import group_members
from kroniek.chronicle import Chronicle
from kroniek.pipeline import Pipeline
from kroniek.settings import Settings

FAKE_FROG = Path(__file__).resolve().parent / "fixtures" / "fake_frog.py"


def test_chronicle_ingest_frog_dying_on_one_document_fails_it_alone(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("FAKE_FROG_DIE_ON", "Gifwoord")  # Frog exits on any request holding it
    folder = tmp_path / "in"
    folder.mkdir()
    texts = {"1-arnhem.txt": "Het regent vandaag in Arnhem.",
             "2-gif.txt": "In deze tekst staat een Gifwoord dat Frog laat vallen.",
             "3-breda.txt": "De zon schijnt vandaag in Breda."}
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    settings = Settings(frog_bin=str(FAKE_FROG), frog_start_timeout=30.0, frog_timeout=60.0)
    annotator = FrogAnnotator(settings=settings)
    errors: list[str] = []
    with Chronicle(str(tmp_path / "k.db"), settings, pipeline=Pipeline([annotator])) as chron:
        report = chron.ingest([str(folder)], on_error=errors.append)
        stored = sorted(Path(d.source).name for d in chron.store.iter_documents())
        pgid = annotator.backend._procs[False].proc.pid
    assert stored == ["1-arnhem.txt", "3-breda.txt"]
    assert len(report.errors) == 1 and "2-gif.txt" in report.errors[0] and "Frog" in report.errors[0]
    assert errors == [f"error: {report.errors[0]}"] and "\n" not in errors[0]
    assert group_members(pgid) == []  # closing the chronicle stopped Frog


def test_chronicle_ingest_starts_frog_while_the_first_batch_is_planned(monkeypatch, tmp_path: Path) -> None:
    # Planning the last file waits until Frog listens: Frog must have been started by then, at the
    # first document to analyse, not when the batch is complete.
    from kroniek.ingest.plan import Planner

    log = tmp_path / "frog.log"
    monkeypatch.setenv("FAKE_FROG_LOG", str(log))
    folder = tmp_path / "in"
    folder.mkdir()
    for i, town in enumerate(["Assen", "Zwolle", "Lelystad"]):
        (folder / f"{i}.txt").write_text(f"Het regent vandaag in {town}.", encoding="utf-8")
    plan = Planner.plan
    seen: list[bool] = []

    def slow_plan(self, item):
        if item.source.endswith("2.txt"):
            deadline = time.monotonic() + 30
            while not (log.is_file() and "listening" in log.read_text()) and time.monotonic() < deadline:
                time.sleep(0.05)
            seen.append(log.is_file() and "listening" in log.read_text())
        return plan(self, item)

    monkeypatch.setattr(Planner, "plan", slow_plan)
    settings = Settings(frog_bin=str(FAKE_FROG), frog_start_timeout=30.0, frog_timeout=60.0)
    with Chronicle(str(tmp_path / "k.db"), settings, pipeline=Pipeline([FrogAnnotator(settings=settings)])) as chron:
        report = chron.ingest([str(folder)], on_error=lambda msg: None)
    assert seen == [True] and len(report.added) == 3


def test_chronicle_ingest_with_a_pipeline_that_cannot_warm(tmp_path: Path) -> None:
    # A caller's own pipeline object (bench/watch times one) need not have warm().
    from kroniek.analyse.frog import RecordedFrog

    class Plain:
        def __init__(self) -> None:
            self.inner = Pipeline([FrogAnnotator(RecordedFrog(tmp_path))])  # records nothing

        def __call__(self, doc):
            return self.inner(doc)

        def pipe(self, docs):
            return self.inner.pipe(docs)

        def close(self) -> None:
            self.inner.close()

    (tmp_path / "a.txt").write_text("Het regent vandaag in Assen.", encoding="utf-8")
    with Chronicle(str(tmp_path / "k.db"), Settings(), pipeline=Plain()) as chron:  # type: ignore[arg-type]
        report = chron.ingest([str(tmp_path / "a.txt")], on_error=lambda msg: None)
    assert len(report.errors) == 1 and "no recorded Frog output" in report.errors[0]  # analysed, not crashed
