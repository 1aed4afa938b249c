"""The frog component on Documents: layers, mentions, batching, and failures that spare the batch."""

from __future__ import annotations

import re
import threading
import time
from pathlib import Path

import pytest

from kroniek.analyse.annotator import FrogAnnotator, mentions_from_tokens
from kroniek.analyse.frog import FrogServer, FrogToken, RecordedFrog, group_members
from kroniek.model import Document, Token
from kroniek.pipeline import Pipeline
from kroniek.settings import Settings


def seed_text(path: Path) -> str:
    return re.sub(r"\A date \d{4}-\d{2} ", "", path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def recorded(fixtures_dir: Path) -> RecordedFrog:
    return RecordedFrog(fixtures_dir / "frog")


def seed_docs(seeds_dir: Path) -> list[Document]:
    return [
        Document(id=p.stem, text=seed_text(p), source=str(p))
        for p in sorted(seeds_dir.glob("*.txt"))
    ]


def toks(*tags: str, sent: int = 0) -> list[Token]:
    return [Token(i * 5, i * 5 + 4, "x", "N()", ner=t, sent=sent) for i, t in enumerate(tags)]


@pytest.mark.parametrize(
    ("tags", "expected"),
    [
        pytest.param(["B-PER", "I-PER", "O"], [(0, 9, "PER", "")], id="two-token-person"),
        pytest.param(
            ["B-LOC", "B-LOC"], [(0, 4, "LOC", ""), (5, 9, "LOC", "")], id="adjacent-b-tags-are-two"
        ),
        pytest.param(["O", "I-ORG", "I-ORG"], [(5, 14, "ORG", "")], id="stray-i-starts-a-mention"),
        pytest.param(["B-PRO"], [(0, 4, "MISC", "pro")], id="product-is-misc-pro"),
        pytest.param(["B-EVE", "I-EVE"], [(0, 9, "MISC", "eve")], id="event-is-misc-eve"),
        pytest.param(["B-MISC"], [(0, 4, "MISC", "misc")], id="misc-keeps-subtype"),
        pytest.param(
            ["B-PER", "I-LOC"], [(0, 4, "PER", ""), (5, 9, "LOC", "")], id="type-change-splits"
        ),
        pytest.param(["O", "O"], [], id="nothing"),
    ],
)
def test_annotator_mentions_from_bio_tags(tags: list[str], expected: list[tuple]) -> None:
    got = [(m.start, m.end, m.type, m.subtype) for m in mentions_from_tokens(toks(*tags))]
    assert got == expected


def test_annotator_mention_does_not_cross_sentences() -> None:
    tokens = toks("B-PER") + [Token(5, 9, "x", "N()", ner="I-PER", sent=1)]
    assert len(mentions_from_tokens(tokens)) == 2


def test_annotator_seeds_every_layer_offset_exact(seeds_dir: Path, recorded: RecordedFrog) -> None:
    annotator = FrogAnnotator(recorded)
    for doc in Pipeline([annotator]).pipe(seed_docs(seeds_dir)):
        assert doc.processed == ["frog"] and not doc.warnings
        assert doc.tokens and doc.sentences and doc.mentions
        words = [ft.word for s in recorded.analyse(doc.text) for ft in s]
        assert [
            doc.span_text(t) for t in doc.tokens
        ] == words  # no MWU or quote changes in these seeds
        for i, s in enumerate(doc.sentences):
            assert all(t.sent == i for t in doc.sentence_tokens(s))
            assert (
                doc.span_text(s)
                == doc.text[doc.tokens[s.first_token].start : doc.tokens[s.last_token - 1].end]
            )
        starts = {t.start for t in doc.tokens}
        ends = {t.end for t in doc.tokens}
        for m in doc.mentions:
            assert m.start in starts and m.end in ends and m.source == "frog"
            assert doc.span_text(m).strip() == doc.span_text(m)


def test_annotator_seed_has_known_people_and_dependency_heads(
    seeds_dir: Path, recorded: RecordedFrog
) -> None:
    doc = FrogAnnotator(recorded)(seed_docs(seeds_dir)[0])
    people = {doc.span_text(m) for m in doc.mentions if m.type == "PER"}
    assert "Ank Bijleveld" in people  # joined by Frog as Ank_Bijleveld, split back into two tokens
    heads = [t.head for t in doc.tokens]
    assert all(-1 <= h < len(doc.tokens) for h in heads) and heads.count(-1) >= len(doc.sentences)
    zegt = next(t for t in doc.tokens if doc.span_text(t) == "zegt")
    assert zegt.lemma == "zeggen" and zegt.coarse_pos == "WW"


def test_annotator_failing_document_spares_the_batch(
    seeds_dir: Path, recorded: RecordedFrog
) -> None:
    docs = seed_docs(seeds_dir)[:2]
    stranger = Document(id="x", text="Deze tekst kent de opname niet.", source="x")
    out = list(FrogAnnotator(recorded).pipe([docs[0], stranger, docs[1]]))
    assert [d.id for d in out] == [docs[0].id, "x", docs[1].id]
    assert out[0].tokens and out[2].tokens
    assert not out[1].tokens and out[1].warnings and "frog" in out[1].warnings[0]


def test_annotator_real_frog_batch_matches_single_documents(frog) -> None:
    texts = [
        "Premier Rutte sprak maandag met president Macron.",
        "Kabinet\n\nHet kabinet wil dat de Tweede Kamer snel instemt.",
        "In Rotterdam werd gisteren een man aangehouden.",
    ]
    annotator = FrogAnnotator(frog)
    joint = list(
        annotator.pipe(Document(id=str(i), text=t, source="t") for i, t in enumerate(texts))
    )
    for doc, text in zip(joint, texts, strict=True):
        single = annotator(Document(id="s", text=text, source="t"))
        assert doc.tokens == single.tokens and doc.sentences == single.sentences
        assert doc.mentions == single.mentions
    assert [joint[0].span_text(m) for m in joint[0].mentions if m.type == "PER"] == [
        "Rutte",
        "Macron",
    ]
    assert joint[1].span_text(joint[1].sentences[0]) == "Kabinet"


def test_annotator_pipe_sends_batches_at_once_in_input_order(monkeypatch, frog) -> None:
    # One document per request, two connections: requests overlap, yet every document comes back
    # in its place with the layers it gets alone.
    monkeypatch.setattr("kroniek.analyse.annotator.BATCH_DOCS", 1)
    texts = [
        "Minister Grapperhaus sprak dinsdag in Den Haag.",
        "De brandweer blust een brand in een loods in Tilburg.",
        "Ajax won zondag met 3-1 van PSV.",
        "De politie hield in Utrecht twee mannen aan.",
        "Koning Willem-Alexander bezoekt donderdag Groningen.",
    ]
    two = FrogServer(frog.settings.with_(frog_connections=2))
    try:
        annotator = FrogAnnotator(two)
        out = list(annotator.pipe(Document(id=str(i), text=t, source="t") for i, t in enumerate(texts)))
        assert [d.id for d in out] == ["0", "1", "2", "3", "4"]
        for doc, text in zip(out, texts, strict=True):
            alone = FrogAnnotator(frog)(Document(id="s", text=text, source="t"))
            assert doc.tokens == alone.tokens and doc.mentions == alone.mentions
        assert len(two._procs[False]._open) == 2  # both connections were used
    finally:
        two.close()


WAIT = 20.0  # seconds a test waits for the other thread before it counts as never coming


class GatedFrog:
    """A Frog stand-in whose analysis of the text starting with "Berlijn" starts, then waits until
    the components after Frog have run on the text starting with "Amsterdam"."""

    def __init__(self, log: list[str]) -> None:
        self.log = log
        self.started_b = threading.Event()
        self.extracted_a = threading.Event()

    def analyse(self, text: str) -> list[list[FrogToken]]:
        first = text.split()[0]
        self.log.append(f"frog start {first}")
        if first == "Berlijn":
            self.started_b.set()
            self.extracted_a.wait(WAIT)
        self.log.append(f"frog end {first}")
        return [[FrogToken(w, w.lower(), "", "N(soort)", 1.0, "O", "O", -1, "") for w in text.split()]]

    def analyse_pretokenised(self, sentences: list[list[str]]) -> list[list[FrogToken]]:
        raise NotImplementedError

    def close(self) -> None:
        pass


class Probe:
    """The components after Frog: on "Amsterdam" it waits until Frog has started on "Berlijn"."""

    name = "probe"
    requires = ("tokens",)
    assigns: tuple[str, ...] = ()

    def __init__(self, frog: GatedFrog) -> None:
        self.frog = frog

    def __call__(self, doc: Document) -> Document:
        first = doc.text.split()[0]
        if first == "Amsterdam":
            assert self.frog.started_b.wait(WAIT), "Frog did not start the next batch during extraction"
        self.frog.log.append(f"extract {first}")
        if first == "Amsterdam":
            self.frog.extracted_a.set()
        return doc


def test_annotator_pipe_components_run_while_frog_analyses_the_next_batch(monkeypatch) -> None:
    # One document per Frog batch: Frog holds "Berlijn" while the components work on "Amsterdam".
    monkeypatch.setattr("kroniek.analyse.annotator.BATCH_DOCS", 1)
    log: list[str] = []
    frog = GatedFrog(log)
    texts = ["Amsterdam kreeg gisteren regen.", "Berlijn kreeg gisteren zon.", "Celle bleef droog."]
    pipe = Pipeline([FrogAnnotator(frog), Probe(frog)])
    out = list(pipe.pipe(Document(id=t[:1], text=t, source=t) for t in texts))
    assert [d.id for d in out] == ["A", "B", "C"] and all(d.tokens for d in out)
    assert log.index("frog start Berlijn") < log.index("extract Amsterdam") < log.index("frog end Berlijn")
    assert [e for e in log if e.startswith("extract")] == ["extract Amsterdam", "extract Berlijn", "extract Celle"]


FAKE_FROG = Path(__file__).resolve().parent.parent / "fixtures" / "fake_frog.py"


def fake_frog_server(monkeypatch, **env: str) -> FrogServer:
    """A FrogServer running tests/fixtures/fake_frog.py (FAKE_FROG_* settings from ``env``)."""
    for key, value in env.items():
        monkeypatch.setenv(f"FAKE_FROG_{key.upper()}", value)
    return FrogServer(Settings(frog_bin=str(FAKE_FROG), frog_start_timeout=30.0, frog_timeout=60.0, frog_connections=1))


def test_annotator_pipe_frog_dying_mid_batch_fails_only_that_document(monkeypatch) -> None:
    # Frog exits on the second document of a joint request, and again when that document is sent
    # alone: it keeps its text with one warning line, the others are analysed.
    server = fake_frog_server(monkeypatch, die_on="Gifwoord")
    try:
        docs = [Document(id="a", text="Het regent in Arnhem.", source="a.txt"),
                Document(id="b", text="Hier staat een Gifwoord in.", source="b.txt"),
                Document(id="c", text="De zon schijnt in Breda.", source="c.txt")]
        out = list(FrogAnnotator(server).pipe(docs))
        assert [d.id for d in out] == ["a", "b", "c"]
        assert out[0].tokens and out[2].tokens and not out[1].tokens
        assert [w for w in out[1].warnings if w.startswith("frog: ")] and "\n" not in out[1].warnings[0]
        assert [out[2].text[t.start:t.end] for t in out[2].tokens] == ["De", "zon", "schijnt", "in", "Breda."]
        assert server.restarts >= 2
    finally:
        server.close()


def test_annotator_pipe_stopped_early_leaves_no_thread_or_frog(monkeypatch, tmp_path: Path) -> None:
    # The consumer takes one document and stops while a slow Frog works on the next batch: closing
    # the stream and the annotator returns, the Frog thread ends and no Frog process is left.
    # Frog is slow (3 s) on that next batch only, so the first document comes at once.
    monkeypatch.setattr("kroniek.analyse.annotator.BATCH_DOCS", 1)
    log = tmp_path / "frog.log"
    server = fake_frog_server(monkeypatch, delay="3", delay_on="Zin1", log=str(log))
    annotator = FrogAnnotator(server)
    stream = annotator.pipe(Document(id=str(i), text=f"Zin{i} van het verhaal.", source=str(i)) for i in range(6))
    assert next(stream).id == "0"
    pgid = server._procs[False].proc.pid
    deadline = time.monotonic() + WAIT
    while "start Zin1" not in log.read_text() and time.monotonic() < deadline:
        time.sleep(0.05)  # until Frog works on the next batch
    stream.close()
    server.close()
    for t in threading.enumerate():
        if t.name.startswith("kroniek-frog"):
            t.join(WAIT)
            assert not t.is_alive()
    try:
        assert group_members(pgid) == []
        assert not server._procs  # the request cut off by close() did not start Frog again
    finally:
        server.close()
    assert "start Zin1" in log.read_text() and "start Zin2" not in log.read_text()  # stopped, never ran on


@pytest.mark.parametrize(
    ("user_value", "frog_sees"),
    [
        pytest.param(None, "PASSIVE", id="idle-openmp-threads-sleep-by-default"),
        pytest.param("ACTIVE", "ACTIVE", id="a-value-the-user-set-is-kept"),
    ],
)
def test_annotator_frog_runs_with_openmp_threads_sleeping_when_idle(monkeypatch, user_value, frog_sees) -> None:
    if user_value is None:
        monkeypatch.delenv("OMP_WAIT_POLICY", raising=False)
    else:
        monkeypatch.setenv("OMP_WAIT_POLICY", user_value)
    server = fake_frog_server(monkeypatch)
    try:
        server.start()
        environ = Path(f"/proc/{server._procs[False].proc.pid}/environ").read_bytes().split(b"\0")
        assert f"OMP_WAIT_POLICY={frog_sees}".encode() in environ
    finally:
        server.close()
