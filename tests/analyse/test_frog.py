"""The Frog client: JSON parsing, multi-word units, recorded output, and the managed server itself."""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path

import pytest

from kroniek.analyse.frog import (
    FrogServer,
    FrogToken,
    RecordedFrog,
    fit_to_words,
    group_members,
    parse_json_output,
    record,
    split_multiword,
)
from kroniek.errors import AnalysisError, FrogUnavailable
from kroniek.settings import Settings


def frog_json(*sentences: list[tuple[str, str, int, str]]) -> str:
    """Frog-style JSON: one pretty-printed array per sentence; NER key absent for O, as Frog does."""
    out = []
    for sent in sentences:
        items = []
        for i, (word, ner, head, rel) in enumerate(sent, start=1):
            d = {
                "chunking": {"confidence": 1.0, "tag": "B-NP"},
                "index": i,
                "lemma": word.lower(),
                "morph": f"[{word.lower()}]",
                "parse": {"parse_index": head, "parse_role": rel},
                "pos": {"confidence": 0.9, "tag": "N(eigen,ev,basis,zijd,stan)"},
                "ucto": {"token": "WORD"},
                "word": word,
            }
            if ner != "O":
                d["ner"] = {"confidence": 1.0, "tag": ner}
            items.append(d)
        out.append(json.dumps(items, indent=1))
    return "\n".join(out) + "\n"


def test_frog_parse_json_output_one_array_per_sentence() -> None:
    raw = frog_json(
        [("Kaag", "B-PER", 2, "su"), ("sprak", "O", 0, "ROOT")], [("Ja", "O", 0, "ROOT")]
    )
    sents = parse_json_output(raw)
    assert [[t.word for t in s] for s in sents] == [["Kaag", "sprak"], ["Ja"]]
    assert sents[0][0] == FrogToken(
        "Kaag", "kaag", "[kaag]", "N(eigen,ev,basis,zijd,stan)", 0.9, "B-PER", "B-NP", 2, "su"
    )
    assert sents[0][1].ner == "O"


def test_frog_parse_json_output_without_parser_has_no_heads() -> None:
    raw = json.dumps(
        [{"index": 1, "word": "Rutte", "lemma": "Rutte", "pos": {"tag": "SPEC(deeleigen)"}}]
    )
    (sent,) = parse_json_output(raw)
    assert sent[0].head == -1 and sent[0].deprel == ""


def test_frog_parse_json_output_rejects_garbage() -> None:
    with pytest.raises(AnalysisError):
        parse_json_output('[{"index": 1, "word": ')


@pytest.mark.parametrize(
    ("word", "pos", "ner", "split"),
    [
        pytest.param(
            "Den_Haag",
            "SPEC(deeleigen)_SPEC(deeleigen)",
            "B-LOC_I-LOC",
            ["Den", "Haag"],
            id="place-name",
        ),
        pytest.param(
            "naar_aanleiding_van",
            "VZ(init)_N(soort,ev,basis,zijd,stan)_VZ(init)",
            "O",
            ["naar", "aanleiding", "van"],
            id="fixed-expression-ner-tag-repeated",
        ),
        pytest.param(
            "@een_naam", "SPEC(symb)", "O", ["@een_naam"], id="underscore-in-one-word-kept"
        ),
    ],
)
def test_frog_split_multiword(word: str, pos: str, ner: str, split: list[str]) -> None:
    sent = [
        FrogToken("in", "in", "[in]", "VZ(init)", 1.0, "O", "B-PP", 0, "ROOT"),
        FrogToken(word, word, word, pos, 1.0, ner, "B-NP", 1, "obj1"),
    ]
    out = split_multiword(sent)
    assert [t.word for t in out] == ["in", *split]
    assert out[1].head == 1 and out[1].deprel == "obj1"
    assert all(t.head == 2 and t.deprel == "mwp" for t in out[2:])
    if ner != "O":
        assert [t.ner for t in out[1:]] == ner.split("_")


def test_frog_fit_to_words_restores_given_tokens() -> None:
    frog = [
        FrogToken(
            "Ank_Bijleveld",
            "x_y",
            "a_b",
            "SPEC(deeleigen)_SPEC(deeleigen)",
            1.0,
            "B-PER_I-PER",
            "O",
            2,
            "su",
        ),
        FrogToken("zei", "zeggen", "[zei]", "WW(pv,verl,ev)", 1.0, "O", "B-VP", 0, "ROOT"),
    ]
    out = fit_to_words(frog, ["Ank", "Bijleveld", "zei"])
    assert [t.word for t in out] == ["Ank", "Bijleveld", "zei"]
    assert [t.head for t in out] == [3, 1, 0]
    with pytest.raises(AnalysisError):
        fit_to_words(frog, ["Ank", "Bijleveld", "zegt"])


def test_frog_recorded_roundtrip_and_unknown_text(tmp_path: Path) -> None:
    first = RecordedFrog(Path(__file__).parents[1] / "fixtures" / "frog")
    text = next(iter(first.texts))
    record(first, [text], tmp_path / "one.json")
    again = RecordedFrog(tmp_path / "one.json")
    assert again.analyse(text) == first.analyse(text)
    with pytest.raises(AnalysisError, match="no recorded Frog output"):
        again.analyse("Deze tekst is nooit opgenomen.")


def test_frog_missing_binary_says_how_to_install() -> None:
    server = FrogServer(Settings(frog_bin="/nonexistent/bin/frog"))
    with pytest.raises(FrogUnavailable, match="apt-get install frog frogdata"):
        server.analyse("Hallo.")


def test_frog_process_dying_at_start_is_unavailable() -> None:
    server = FrogServer(
        Settings(frog_bin="false")
    )  # exits at once, like Frog without its data files
    with pytest.raises(FrogUnavailable, match="exited with code 1"):
        server.start()
    assert server._procs == {}


# --- real Frog -------------------------------------------------------------------------------


def test_frog_server_analyses_text_with_all_modules(frog: FrogServer) -> None:
    (sent,) = frog.analyse("Minister Kaag sprak dinsdag in Den Haag.")
    assert [t.word for t in sent] == [
        "Minister",
        "Kaag",
        "sprak",
        "dinsdag",
        "in",
        "Den",
        "Haag",
        ".",
    ]
    by_word = {t.word: t for t in sent}
    assert by_word["Den"].ner == "B-LOC" and by_word["Haag"].ner == "I-LOC"
    assert by_word["sprak"].lemma == "spreken" and by_word["sprak"].pos.startswith("WW")
    assert by_word["Haag"].deprel == "mwp" and sum(t.head == 0 for t in sent) >= 1


def test_frog_server_headline_is_its_own_sentence(frog: FrogServer) -> None:
    sents = frog.analyse("Kamerbrief\n\nDe minister schrijft de Kamer.")
    assert [t.word for t in sents[0]] == ["Kamerbrief"]


def test_frog_server_caps_sentence_length(frog: FrogServer) -> None:
    text = " ".join(["en dan nog een woord"] * 100)  # 500 words, no punctuation
    sents = frog.analyse(text)
    assert sum(len(s) for s in sents) == 500
    assert max(len(s) for s in sents) <= frog.settings.max_sentence_tokens


def test_frog_server_pretokenised_keeps_tokens(frog: FrogServer) -> None:
    given = [
        ["Ank", "Bijleveld", "zei", "dat", "''", "New", "York", "''", "ver", "is", "."],
        ["Ja", "!"],
    ]
    out = frog.analyse_pretokenised(given)
    assert [[t.word for t in s] for s in out] == given
    assert out[0][0].ner == "B-PER"


@pytest.fixture
def light_server():
    """A fast-starting server (no parser, morphology, chunker or MWUs) for lifecycle tests."""
    server = FrogServer(Settings(), skip="mpac")
    yield server
    server.close()


def test_frog_server_restarts_after_crash(light_server: FrogServer) -> None:
    light_server.start()
    first = light_server._procs[False].proc.pid
    os.killpg(first, signal.SIGKILL)
    light_server._procs[False].proc.wait()
    (sent,) = light_server.analyse("Rutte belde Macron.")
    assert [t.word for t in sent] == ["Rutte", "belde", "Macron", "."]
    assert light_server._procs[False].proc.pid != first


def test_frog_server_opens_another_connection_while_one_is_busy(light_server: FrogServer) -> None:
    light_server.settings = light_server.settings.with_(frog_connections=2)
    light_server.start()
    proc = light_server._procs[False]
    busy = proc._checkout(5.0)  # as if another thread's request held the first connection
    (sent,) = light_server.analyse("Rutte belde Macron.")
    assert [t.word for t in sent] == ["Rutte", "belde", "Macron", "."]
    assert len(proc._open) == 2 and busy in proc._open
    proc._idle.append(busy)


def test_frog_server_requests_from_threads_at_once(light_server: FrogServer) -> None:
    from concurrent.futures import ThreadPoolExecutor

    light_server.settings = light_server.settings.with_(frog_connections=2)
    texts = [f"Zin {i} gaat over Amsterdam en Rotterdam." for i in range(8)]
    alone = [light_server.analyse(t) for t in texts]
    with ThreadPoolExecutor(4) as pool:
        together = list(pool.map(light_server.analyse, texts))
    assert together == alone
    assert len(light_server._procs[False]._open) <= 2  # never more connections than allowed


def test_frog_server_timeout_fails_only_that_request(light_server: FrogServer) -> None:
    light_server.start()
    light_server.settings = light_server.settings.with_(frog_timeout=0.001)
    with pytest.raises(AnalysisError, match="failed twice"):
        light_server.analyse("Dit verzoek kan nooit op tijd klaar zijn.")
    assert light_server.restarts == 1
    light_server.settings = light_server.settings.with_(frog_timeout=120.0)
    (sent,) = light_server.analyse("Daarna werkt het weer.")
    assert sent[-1].word == "."


def test_frog_server_close_leaves_no_processes(light_server: FrogServer) -> None:
    light_server.analyse("Een zin.")
    light_server.analyse_pretokenised([["Nog", "een", "zin", "."]])
    pids = [p.proc.pid for p in light_server._procs.values()]
    assert len(pids) == 2
    light_server.close()
    assert [group_members(p) for p in pids] == [[], []]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Zin een.\n\n\x07\n\nZin twee.", id="control-character-line"),
        pytest.param("Het\u00a0kabinet zwijgt\u200b vandaag 😀.", id="nbsp-zero-width-emoji"),
        pytest.param("<p>De <b>Kamer</b> stemt.</p>", id="raw-html"),
        pytest.param(
            "Tel. 070-1234567, zie www.rijksoverheid.nl/brief_2020.pdf!", id="url-with-underscore"
        ),
    ],
)
def test_frog_server_odd_input_aligns(frog: FrogServer, text: str) -> None:
    from kroniek.analyse.align import align

    warnings: list[str] = []
    _, toks = align(text, frog.analyse(text), warnings)
    assert toks and warnings == []
    assert all(text[t.start : t.end].strip() for t in toks)
