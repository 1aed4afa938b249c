"""Quote evaluation: the matching rules, the gold file's integrity, and the quality gate."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kroniek.evaluation.leestmeer import archive_path
from kroniek.evaluation.quotes import (
    DEFAULT_GOLD,
    LEESTMEER_GOLD,
    GoldDoc,
    GoldQuote,
    command,
    evaluate,
    load_gold,
    match,
    score,
    speaker_matches,
    speaker_right,
)
from kroniek.model import Quote

TEXT = "Rutte zegt dat het kabinet de missie in Irak voortzet en dat de militairen veilig zijn."
CLAUSE = "het kabinet de missie in Irak voortzet en dat de militairen veilig zijn"


def _span(sub: str) -> tuple[int, int]:
    i = TEXT.index(sub)
    return i, i + len(sub)


def _gold(sub: str = CLAUSE, speaker: str | None = "Rutte") -> GoldQuote:
    s, e = _span(sub)
    return GoldQuote(s, e, False, 0, 5, speaker)


MATCH_ROWS = [
    pytest.param(CLAUSE, True, id="exact-span"),
    pytest.param(
        "het kabinet de missie in Irak voortzet", True, id="predicted-covers-over-half-of-gold"
    ),
    pytest.param("het kabinet de missie", False, id="predicted-covers-under-half-of-gold"),
    pytest.param(
        "dat het kabinet de missie in Irak voortzet en dat de militairen veilig zijn.",
        True,
        id="extra-words-under-half-of-prediction",
    ),
    pytest.param("Rutte zegt", False, id="no-shared-words"),
]


@pytest.mark.parametrize(("pred", "found"), MATCH_ROWS)
def test_quotes_eval_overlap_rule(pred: str, found: bool) -> None:
    s, e = _span(pred)
    assert bool(match(TEXT, [_gold()], [Quote(s, e, direct=False)])) == found


def test_quotes_eval_matching_is_one_to_one() -> None:
    s, e = _span(CLAUSE)
    pairs = match(TEXT, [_gold()], [Quote(s, e, direct=False), Quote(s, e, direct=True)])
    assert len(pairs) == 1


SPEAKER_ROWS = [
    pytest.param("Rutte", "Mark Rutte", True, id="surname-matches-full-name"),
    pytest.param("Mark Rutte", "Rutte", True, id="full-name-matches-surname"),
    pytest.param("de minister", "Rutte", False, id="unresolved-role-does-not-match"),
    pytest.param(
        "Van der Horst", "Arjen van der Horst", True, id="particles-ignored-surname-matches"
    ),
    pytest.param("van de", "Arjen van der Horst", False, id="particles-alone-never-match"),
]


@pytest.mark.parametrize(("pred_speaker", "gold_name", "ok"), SPEAKER_ROWS)
def test_quotes_eval_speaker_alias_match(pred_speaker: str, gold_name: str, ok: bool) -> None:
    text = f"{pred_speaker} zegt iets."
    pred = Quote(0, 3, speaker_start=0, speaker_end=len(pred_speaker))
    gold = GoldQuote(0, 3, True, None, None, gold_name)
    assert speaker_matches(text, pred, gold) is ok


def test_quotes_eval_score_counts_kinds_and_speakers() -> None:
    s, e = _span(CLAUSE)
    doc = GoldDoc("d", "test", TEXT, [_gold()])
    good = score([doc], [[Quote(s, e, 0, 5, direct=False)]])
    assert good["overlap"]["f1"] == 1.0 and good["exact"]["f1"] == 1.0
    assert good["reported"]["f1"] == 1.0 and good["speaker"]["accuracy"] == 1.0
    wrong_kind = score([doc], [[Quote(s, e, 0, 5, direct=True)]])
    assert wrong_kind["overlap"]["f1"] == 1.0 and wrong_kind["reported"]["recall"] == 0.0
    nothing = score([doc], [[]])
    assert nothing["overlap"]["recall"] == 0.0 and nothing["speaker"]["known"] == 0


VOLGENS_TEXT = "Volgens de wethouder, die de buurt bezocht, is de overlast verdwenen."
VOLGENS_ROWS = [
    # the gold labels the whole "volgens" sentence, the prediction gives "volgens X" as its cue
    # and speaker: the same words and source for a reader
    pytest.param("is de overlast verdwenen", "wethouder", "Volgens", True, id="volgens-x-set-aside"),
    pytest.param("is de overlast verdwenen", None, "Volgens", True, id="volgens-cue-speaker-elsewhere"),
    # without a "volgens" frame or a speaker in those words they count as before
    pytest.param("is de overlast verdwenen", None, "zegt", False, id="other-cue-counts-all-words"),
]


@pytest.mark.parametrize(("pred", "speaker", "cue", "exact"), VOLGENS_ROWS)
def test_quotes_eval_volgens_words_set_aside(pred: str, speaker: str | None, cue: str, exact: bool) -> None:
    s = VOLGENS_TEXT.index(pred)
    sp = (None, None) if speaker is None else (VOLGENS_TEXT.index(speaker), VOLGENS_TEXT.index(speaker) + len(speaker))
    gold = GoldQuote(0, len(VOLGENS_TEXT) - 1, False, 0, 0, "wethouder")
    doc = GoldDoc("d", "test", VOLGENS_TEXT, [gold])
    q = Quote(s, s + len(pred), sp[0], sp[1], cue=cue, direct=False)
    assert (score([doc], [[q]])["exact"]["f1"] == 1.0) is exact
    # the scorer before session 12 counted none of them exact (nor found: 4 of 11 words)
    assert score([doc], [[q]], set_aside=False)["overlap"]["f1"] == 0.0


def test_quotes_eval_gold_file_is_consistent() -> None:
    docs = load_gold()
    quotes = [q for d in docs for q in d.quotes]
    assert len(quotes) >= 150
    assert {d.split for d in docs} == {"dev", "test"}
    # 94 since a quoted phrase inside a reported clause counts once (issue #11; it was 102)
    assert sum(len(d.quotes) for d in docs if d.split == "test") >= 90
    assert any(q.direct for q in quotes) and any(not q.direct for q in quotes)
    rows = [json.loads(line) for line in DEFAULT_GOLD.read_text(encoding="utf-8").splitlines()]
    for row in rows:
        for q in row["quotes"]:
            assert row["text"][q["start"] : q["end"]] == q["text"]
            if q["speaker_start"] is not None:
                assert row["text"][q["speaker_start"] : q["speaker_end"]] == q["speaker_text"]


def test_quotes_eval_quality_gate_surface_test_split() -> None:
    # measured (surface only, test split, 94 quotes since nested phrases count once): F1 0.947,
    # reported F1 0.818, speaker accuracy 0.844, strict 0.899 (on the 102-quote gold before
    # issue #11: F1 0.966, speaker 0.855)
    res = evaluate(split="test")
    assert res["overlap"]["f1"] >= 0.93
    assert res["reported"]["f1"] >= 0.78
    assert res["speaker"]["accuracy"] >= 0.82
    assert res["speaker_strict"]["accuracy"] >= 0.87


@pytest.mark.frog
@pytest.mark.slow
def test_quotes_eval_quality_gate_frog_test_split() -> None:
    # measured (with Frog, test split, 94 quotes): F1 0.947, speaker accuracy 0.889 (40/45),
    # strict 0.921 with the coreference chains (0.844 / 0.899 before them); Frog's analysis comes
    # from eval/quotes/cache/frog.jsonl when present, else Frog runs (slow)
    res = evaluate(split="test", use_frog=True)
    assert res["overlap"]["f1"] >= 0.93
    assert res["speaker"]["accuracy"] >= 0.86
    assert res["speaker_strict"]["accuracy"] >= 0.90


def test_quotes_eval_command_prints_json_last_line() -> None:
    result = CliRunner().invoke(command, ["--split", "dev"])
    assert result.exit_code == 0, result.output
    last = json.loads(result.output.strip().splitlines()[-1])
    assert last["split"] == "dev" and last["frog"] is False
    assert 0.0 <= last["f1"] <= 1.0 and "speaker_accuracy" in last


STRICT_ROWS = [
    pytest.param("Rutte", "Mark Rutte", True, id="named-speaker-right"),
    pytest.param(None, "Mark Rutte", False, id="no-speaker-where-gold-has-one-is-wrong"),
    pytest.param("Rutte", None, False, id="a-guess-where-gold-has-none-is-wrong"),
    pytest.param(None, None, True, id="none-where-gold-has-none-is-right"),
    pytest.param("spreekbuis", "politiewoordvoerder / spreekbuis", True, id="gold-alternative"),
    pytest.param("E", "E!", True, id="name-without-content-words-compared-by-letters"),
]


@pytest.mark.parametrize(("pred_speaker", "gold_name", "ok"), STRICT_ROWS)
def test_quotes_eval_strict_speaker_rule(
    pred_speaker: str | None, gold_name: str | None, ok: bool
) -> None:
    text = f"{pred_speaker or 'Iemand'} zegt iets."
    pred = (
        Quote(0, 3, speaker_start=0, speaker_end=len(pred_speaker)) if pred_speaker else Quote(0, 3)
    )
    gold = GoldQuote(0, 3, True, None, None, gold_name)
    assert speaker_right(text, pred, gold) is ok


def test_quotes_eval_strict_accuracy_counts_every_found_quote() -> None:
    s, e = _span(CLAUSE)
    doc = GoldDoc("d", "test", TEXT, [_gold(speaker=None)])
    guessed = score([doc], [[Quote(s, e, 0, 5, direct=False)]])
    assert guessed["speaker"]["known"] == 0  # the lenient figure ignores it
    assert guessed["speaker_strict"] == {"known": 1, "correct": 0, "accuracy": 0.0}


def test_quotes_eval_leestmeer_gold_holds_no_text() -> None:
    # the posts are copyrighted: ids, offsets, digests and labels only
    rows = [json.loads(line) for line in LEESTMEER_GOLD.read_text(encoding="utf-8").splitlines()]
    assert len({r["id"] for r in rows}) == len(rows) >= 100
    quotes = [q for r in rows for q in r["quotes"]]
    assert len(quotes) >= 300
    by_split = {s: sum(len(r["quotes"]) for r in rows if r["split"] == s) for s in ("dev", "test")}
    assert min(by_split.values()) >= 140  # split by post, about half each
    for r in rows:
        assert set(r) == {"id", "split", "quotes"}
        for q in r["quotes"]:
            assert "text" not in q and len(q["digest"]) == 10
            assert (q["speaker_start"] is None) == (q["speaker_digest"] is None)
    assert any(q["speaker_name"] is None for q in quotes)  # "the text does not say" occurs


# measured on the leestmeer test split (179 quotes; `kroniek eval quotes --gold leestmeer --split
# test [--frog]`): surface F1 0.933, strict speaker accuracy 0.778; with Frog F1 0.930, strict
# 0.795 (reads #14/#15, session 5, after the work on dev batch 5; 0.930 / 0.771 and 0.927 / 0.794
# at reads #12/#13, session 4; 0.933 / 0.771 and 0.930 / 0.794 at reads #10/#11, 0.801 / F1 0.933 at read #8, 0.789 before the coreference chains; the code
# before issue #11: F1 0.909, speaker 0.618 / 0.630). The aims (0.95 / 0.92) are not met.
# Read #25 (session 9, qspeak10, Frog only, on the branch's final code): F1 0.930, strict 0.825
# (137/166; 0.819 at reads #22-#24); the Frog gate follows it.
GATE_LEESTMEER = {"f1": 0.92, "surface_speaker": 0.75, "frog_speaker": 0.82}

needs_archive = pytest.mark.skipif(
    not archive_path().is_file(), reason="leestmeer archive not available"
)


@needs_archive
@pytest.mark.slow
def test_quotes_eval_leestmeer_spans_resolve_in_the_posts() -> None:
    docs = load_gold(LEESTMEER_GOLD)
    assert sum(len(d.quotes) for d in docs) >= 300
    for d in docs:
        for q in d.quotes:
            assert 0 <= q.start < q.end <= len(d.text)


@needs_archive
@pytest.mark.slow
def test_quotes_eval_quality_gate_leestmeer_test_split_surface() -> None:
    # see GATE_LEESTMEER above for the measured figures
    res = evaluate(LEESTMEER_GOLD, split="test")
    assert res["overlap"]["f1"] >= GATE_LEESTMEER["f1"]
    assert res["speaker_strict"]["accuracy"] >= GATE_LEESTMEER["surface_speaker"]


@needs_archive
@pytest.mark.frog
@pytest.mark.slow
def test_quotes_eval_quality_gate_leestmeer_test_split_frog() -> None:
    res = evaluate(LEESTMEER_GOLD, split="test", use_frog=True)
    assert res["overlap"]["f1"] >= GATE_LEESTMEER["f1"]
    assert res["speaker_strict"]["accuracy"] >= GATE_LEESTMEER["frog_speaker"]


def test_quotes_eval_command_reads_the_leestmeer_gold_by_name(monkeypatch) -> None:
    seen = {}

    def fake(path, split, use_frog, cache, crf=False):  # the scoring itself is tested above
        seen["path"] = path
        return {
            "documents": 1,
            **{
                k: {"gold": 1, "pred": 1, "correct": 1, "precision": 1.0, "recall": 1.0, "f1": 1.0}
                for k in ("overlap", "exact", "direct", "reported")
            },
            **{
                k: {"known": 1, "correct": 1, "accuracy": 1.0}
                for k in ("speaker", "speaker_strict", "speaker_span")
            },
        }

    monkeypatch.setattr("kroniek.evaluation.quotes.evaluate", fake)
    result = CliRunner().invoke(command, ["--gold", "leestmeer", "--split", "test"])
    assert result.exit_code == 0, result.output
    assert seen["path"] == LEESTMEER_GOLD
    last = json.loads(result.output.strip().splitlines()[-1])
    assert last["gold"] == "leestmeer" and "speaker_accuracy_strict" in last


@needs_archive
@pytest.mark.frog
@pytest.mark.slow
def test_quotes_eval_quality_gate_leestmeer_dev_split_frog() -> None:
    # the development split, whose errors are read (`kroniek eval quotes --gold leestmeer --split
    # dev --frog`; 234 quotes since session 3 added 30 posts): F1 0.972, strict speaker accuracy
    # 0.925 (209/226) with session 10's detection rules (0.966 / 0.929, 208/224, before them;
    # 0.959 / 0.928 before session 9's; 0.952 / 0.923 in session 3; 0.886 on the same 234 with
    # the code before session 3; on the first 162: 0.942, was 0.929); strict 0.938 (212/226)
    # since session 12's speaker ranker where the rules give no speaker (qrank; 0.929, 210/226,
    # before it)
    res = evaluate(LEESTMEER_GOLD, split="dev", use_frog=True)
    assert res["overlap"]["f1"] >= 0.97
    assert res["speaker_strict"]["accuracy"] >= 0.93


LEESTMEER_DEV4 = LEESTMEER_GOLD.parent / "leestmeer_dev4.jsonl"


LEESTMEER_DEV5 = LEESTMEER_GOLD.parent / "leestmeer_dev5.jsonl"
LEESTMEER_DEV6 = LEESTMEER_GOLD.parent / "leestmeer_dev6.jsonl"
LEESTMEER_DEV9 = LEESTMEER_GOLD.parent / "leestmeer_dev9.jsonl"
LEESTMEER_DEV7 = LEESTMEER_GOLD.parent / "leestmeer_dev7.jsonl"
LEESTMEER_DEV8 = LEESTMEER_GOLD.parent / "leestmeer_dev8.jsonl"
LEESTMEER_DEV10 = LEESTMEER_GOLD.parent / "leestmeer_dev10.jsonl"
LEESTMEER_DEV11 = LEESTMEER_GOLD.parent / "leestmeer_dev11.jsonl"
LEESTMEER_DEV12 = LEESTMEER_GOLD.parent / "leestmeer_dev12.jsonl"
LEESTMEER_DEV13 = LEESTMEER_GOLD.parent / "leestmeer_dev13.jsonl"
LEESTMEER_DEV14 = LEESTMEER_GOLD.parent / "leestmeer_dev14.jsonl"
LEESTMEER_DEV15 = LEESTMEER_GOLD.parent / "leestmeer_dev15.jsonl"
LEESTMEER_DEV16 = LEESTMEER_GOLD.parent / "leestmeer_dev16.jsonl"

# The later dev batches, each drawn from posts no earlier quote gold holds: the batch, the golds
# before it, the months it was drawn from (None: all four), its least rows and quotes, and
# whether it holds a quotation that rightly names nobody.
BATCHES = [
    # session 4: police, regional AD, sport, economy, court, background (July-August 2019)
    pytest.param(LEESTMEER_DEV4, (LEESTMEER_GOLD,), ("2019-07", "2019-08"), 20, 80, True, id="dev4"),
    # session 5: politics, regional, foreign news, statements, tweets, interviews, polls,
    # quotes over paragraphs (May-June 2019)
    pytest.param(LEESTMEER_DEV5, (LEESTMEER_GOLD, LEESTMEER_DEV4), ("2019-05", "2019-06"), 20, 80, True, id="dev5"),
    # session 5's second batch: letters and verdicts, post-match and podcast quotes, Q&A
    # interviews, paraphrase, police and regional posts
    pytest.param(LEESTMEER_DEV6, (LEESTMEER_GOLD, LEESTMEER_DEV4, LEESTMEER_DEV5), None, 12, 50, False, id="dev6"),
    # session 9: weighted to the outlets the golds held least (NOS's feed, de Volkskrant), from
    # the weeks batches 4-8 drew least from (`leestmeer_gold.py batch9 20261209`)
    pytest.param(
        LEESTMEER_DEV9,
        tuple(LEESTMEER_GOLD.parent / f"leestmeer{n}.jsonl" for n in ("", "_dev4", "_dev5", "_dev6", "_dev7", "_dev8")),
        None, 13, 60, False, id="dev9",
    ),
    # session 9: kinds hard for quote detection (Q&A, tweets, quotes over paragraphs, quoted
    # fragments in reported speech, headlines, police, columns)
    pytest.param(
        LEESTMEER_DEV10,
        (LEESTMEER_GOLD, LEESTMEER_DEV4, LEESTMEER_DEV5, LEESTMEER_DEV6, LEESTMEER_DEV7, LEESTMEER_DEV8),
        None, 12, 60, True, id="dev10",
    ),
    # session 10: long posts with several speakers (politics, court cases, interviews, sport
    # reactions) from the outlets and weeks the golds held least (`leestmeer_gold.py batch11
    # 20261211`)
    pytest.param(
        LEESTMEER_DEV11,
        (LEESTMEER_GOLD, LEESTMEER_DEV4, LEESTMEER_DEV5, LEESTMEER_DEV6, LEESTMEER_DEV7, LEESTMEER_DEV8,
         LEESTMEER_DEV9, LEESTMEER_DEV10),
        None, 12, 100, False, id="dev11",
    ),
    # session 10: Q&A interviews, live blogs, reports full of indirect quotes, reviews, columns,
    # a police post (`leestmeer_gold.py batch12 20261212`)
    pytest.param(
        LEESTMEER_DEV12,
        (LEESTMEER_GOLD, LEESTMEER_DEV4, LEESTMEER_DEV5, LEESTMEER_DEV6, LEESTMEER_DEV7, LEESTMEER_DEV8,
         LEESTMEER_DEV9, LEESTMEER_DEV10, LEESTMEER_DEV11),
        None, 16, 60, False, id="dev12",
    ),
    # session 11: the sample's own draw per outlet group, as the held-out split was drawn
    # (`leestmeer_gold.py more 1311 7`), in no earlier quote gold
    pytest.param(
        LEESTMEER_DEV13,
        (LEESTMEER_GOLD, LEESTMEER_DEV4, LEESTMEER_DEV5, LEESTMEER_DEV6, LEESTMEER_DEV7, LEESTMEER_DEV8,
         LEESTMEER_DEV9, LEESTMEER_DEV10, LEESTMEER_DEV11, LEESTMEER_DEV12),
        None, 30, 90, False, id="dev13",
    ),
    # session 11: drawn the way the held-out test split was (`leestmeer_gold.py more 1422 7`:
    # outlet groups, 400-4000 characters, two marks or cues), minus every gold's posts and dev13's
    pytest.param(
        LEESTMEER_DEV14,
        (LEESTMEER_GOLD, LEESTMEER_DEV4, LEESTMEER_DEV5, LEESTMEER_DEV6, LEESTMEER_DEV7, LEESTMEER_DEV8,
         LEESTMEER_DEV9, LEESTMEER_DEV10, LEESTMEER_DEV11, LEESTMEER_DEV12, LEESTMEER_DEV13),
        None, 23, 80, True, id="dev14",
    ),
    # session 14: drawn the way the held-out test split was (`leestmeer_gold.py more 1514 7`), in
    # no earlier quote gold
    pytest.param(
        LEESTMEER_DEV15,
        (LEESTMEER_GOLD, LEESTMEER_DEV4, LEESTMEER_DEV5, LEESTMEER_DEV6, LEESTMEER_DEV7, LEESTMEER_DEV8,
         LEESTMEER_DEV9, LEESTMEER_DEV10, LEESTMEER_DEV11, LEESTMEER_DEV12, LEESTMEER_DEV13, LEESTMEER_DEV14),
        None, 28, 73, True, id="dev15",
    ),
    # session 15: drawn the way the held-out test split was (`leestmeer_gold.py more 1615 7`), in
    # no earlier quote gold
    pytest.param(
        LEESTMEER_DEV16,
        (LEESTMEER_GOLD, LEESTMEER_DEV4, LEESTMEER_DEV5, LEESTMEER_DEV6, LEESTMEER_DEV7, LEESTMEER_DEV8,
         LEESTMEER_DEV9, LEESTMEER_DEV10, LEESTMEER_DEV11, LEESTMEER_DEV12, LEESTMEER_DEV13, LEESTMEER_DEV14,
         LEESTMEER_DEV15),
        None, 28, 79, True, id="dev16",
    ),
]


@pytest.mark.parametrize("batch, earlier_golds, months, least_rows, least_quotes, unnamed", BATCHES)
def test_quotes_eval_leestmeer_dev_batch_holds_no_text(
    batch: Path, earlier_golds: tuple[Path, ...], months: tuple[str, ...] | None, least_rows: int,
    least_quotes: int, unnamed: bool,
) -> None:
    rows = [json.loads(line) for line in batch.read_text(encoding="utf-8").splitlines()]
    earlier = {json.loads(line)["id"] for gold in earlier_golds for line in gold.read_text(encoding="utf-8").splitlines()}
    assert len(rows) >= least_rows and not earlier & {r["id"] for r in rows}
    assert all(r["split"] == "dev" and (months is None or r["id"][:7] in months) for r in rows)
    quotes = [q for r in rows for q in r["quotes"]]
    assert len(quotes) >= least_quotes and all("text" not in q and len(q["digest"]) == 10 for q in quotes)
    assert any(q["speaker_name"] is None for q in quotes) == unnamed


@needs_archive
@pytest.mark.frog
@pytest.mark.slow
@pytest.mark.parametrize(
    "batch, least_f1, least_strict",
    [
        # `kroniek eval quotes eval/quotes/leestmeer_dev4.jsonl --split dev --frog` (113 quotes in
        # 24 posts, annotated before the session-4 rules): F1 0.946, strict 0.924 with session 10's
        # detection rules (0.941 / 0.923 with session 9's; 0.906 / 0.921 before them; 0.901 / 0.910 after session 4; the code
        # before session 4: F1 0.885, 0.771; 0.899 / 0.900 on the ingest path, was 0.771)
        # strict 0.933 (98/105) since session 12's speaker ranker (qrank; 97/105 held out of its
        # training, leave-one-batch-out)
        # 0.943 (99/105) since session 15 (qspk19: a pronoun after a sentence about one unnamed
        # person is that person, "Ook de moeder van de scholier zat in de zaal. „…”, zei ze.")
        pytest.param(LEESTMEER_DEV4, 0.94, 0.94, id="dev4"),
        # dev5 (141 quotes in 22 posts, annotated before the session-5 rules): F1 0.975, strict
        # 0.912 (the code before session 5: F1 0.942, 0.752); 0.934 since session 9 (qspeak11:
        # company nouns over MISC subjects, epithets after one person's pronouns)
        # 0.949 (129/136) since session 14 (qspk18: an uncued quote after a sentence whose subject
        # is an unnamed, indefinite person or group, "Sommigen …", "Een ander …", is theirs)
        # 0.956 (130/136) since session 15 (qspk19: a pronoun after a sentence about one unnamed
        # person is that person, "Een buurvrouw keek toe. Zij zegt dat …")
        pytest.param(LEESTMEER_DEV5, 0.97, 0.95, id="dev5"),
        # dev6 (67 quotes in 13 posts, annotated before the rules after it): F1 0.985, strict
        # 0.970 (the code before: F1 0.978, 0.848)
        # 0.985 (65/66) since session 11 (qspeak15: an office noun nothing introduced)
        pytest.param(LEESTMEER_DEV6, 0.98, 0.98, id="dev6"),
        # dev9 (73 quotes in 13 posts, annotated before the session-9 rules): F1 0.944, strict
        # 1.000, 67/67 after qfix10's two fixes (0.930 / 1.000, 66/66, on the merge of qspeak10
        # and qdetect10; 0.937 / 1.000 with qspeak10 alone; the code before session 9: F1 0.937,
        # 0.925); F1 0.951 (68/68 strict) since session 11's dev13 detection rules (qdetect14)
        # F1 0.965 (69/69 strict) since session 12 (qdetect15: "te willen bekijken of …")
        # F1 0.972 (70/70 strict) since session 13 (qdet17: an inverted frame before a colon)
        # F1 0.979 (71/71 strict) since session 14 (qdev15: a "volgens" clause ends at a colon
        # quote)
        pytest.param(LEESTMEER_DEV9, 0.97, 0.99, id="dev9"),
        # dev8 (65 quotes in 13 posts, annotated before the session-8 rules): F1 0.946 with session
        # 10's detection rules (0.938 with session 9's), strict 0.934 (57/61) since session 10
        # (qspeak12: an epithet's guessed person goes on, "de partij" by the party list); 0.902
        # (55/61) with session 9's detection rules (0.923 / 0.917, 55/60, before them)
        # Carrying an epithet's guessed person on (qspeak12) was taken back the same session: it
        # cost the older gold's held-out speakers 0.91 -> 0.73; dev8 strict 0.934 -> 0.918 (56/61)
        # 0.934 (57/61) since session 11 (qspeak14: a role opening the sentence before a name)
        pytest.param(LEESTMEER_DEV8, 0.94, 0.93, id="dev8"),
        # dev10 (60 quotes in 12 posts, annotated before session 9's rules): F1 0.984, strict
        # 0.800 (48/60) with session 10's detection rules (0.975 / 0.797 with session 9's; the
        # code before: F1 0.869, 0.755)
        # strict 0.817 (49/60) since session 12, both with qdetect15's rule (the whole "volgens"
        # phrase names the source) and alone with qrank's speaker ranker where the rules give no
        # speaker (49/60 leave-one-batch-out too); 0.833 (50/60) with both merged
        # F1 0.992 since session 15 (qdev16: "werd beloofd dat …" is no reported clause)
        pytest.param(LEESTMEER_DEV10, 0.99, 0.83, id="dev10"),
        # dev11 (107 quotes in 12 posts, annotated before session 10's rules): F1 0.920, strict
        # 0.959 (94/98) (the code before: F1 0.920, 0.837, 82/98)
        # 0.929 (91/98) since the guessed person is no longer carried on (see dev8)
        # F1 0.930, strict 0.919 (91/99) since session 12's scorer (qdetect15: a gold "volgens X"
        # sentence's own "volgens X" words are set aside when the prediction names them as its
        # speaker): one more quote is found ("Volgens de leider van <partij> …"), whose role
        # speaker is not resolved to the name, so the strict gate goes from 0.92 to 0.91
        # F1 0.935, strict 0.920 (92/100) since session 13 (qdet17: an inverted frame before a
        # colon, its speaker right)
        # F1 0.939 (92/100 strict) since session 14 (qdev15: a dat clause said inside a direct
        # quote ends with it)
        pytest.param(LEESTMEER_DEV11, 0.93, 0.92, id="dev11"),
        # dev12 (66 quotes in 16 posts, annotated before session 10's rules): F1 0.970, strict
        # 0.938 (60/64) since session 10's second speaker wave (qspeak13: initials, "Maar de
        # partij", bureau compounds, "dat volgens X", "Lachend:", "als het aan X ligt"); 0.797
        # (51/64) with its detection rules (the code before: F1 0.919, 0.790, 49/62)
        # 0.984 (63/64) since session 11 (qspeak14: "de zogeheten X van de <adjective> Y", a pronoun
        # after an unnamed spokeswoman, a role opening the sentence before a name)
        # F1 0.977, strict 0.985 (64/65) since session 14 (qdev15: "omschreef X als ‘…’")
        pytest.param(LEESTMEER_DEV12, 0.97, 0.98, id="dev12"),
        # dev13 (97 quotes in 31 posts, drawn as the held-out split was and annotated before
        # session 11's rules): F1 0.882, strict 0.939 (77/82) (the code before: 0.882, 0.841, 69/82)
        # F1 0.937, strict 0.944 (84/89) since session 11's dev13 detection rules (qdetect14)
        # strict 0.955 (85/89) since session 12 (qdetect15: the whole "volgens" phrase)
        # 0.966 (86/89) since session 14 (qspk18: "Een commentator … formuleert het scherper: „…”",
        # an indefinite subject before the colon that opens the quote speaks it)
        # F1 0.942 since session 15 (qdev16: "hebben gedreigd … te …" is no reported clause)
        pytest.param(LEESTMEER_DEV13, 0.94, 0.96, id="dev13"),
        # dev14 (85 quotes in 23 posts, drawn like the test split, annotated before session 11's
        # rules): F1 0.983, strict 0.798 (67/84) with its detection rules (the code before: F1
        # 0.930, 0.788, 63/80)
        # 0.893 (75/84) since session 11's third speaker wave (qspeak15: unintroduced office
        # nouns, epithets after a long quote, apposed names, "de raad", "het stel")
        # 0.905 (76/84) since session 14 (qspk18: a bare plural person noun as the subject of the
        # sentence before an uncued quote speaks it)
        # 0.917 (77/84) since session 14 (qgarb: a verb-final te-infinitive cue's subject
        # follows the subordinator, not the word after the cue)
        # 0.929 (78/84) since session 15 (qspk19: a pronoun after a sentence about one unnamed
        # person is that person, "De man achter het loket is een medewerker. Hij vertelt dat …")
        pytest.param(LEESTMEER_DEV14, 0.98, 0.92, id="dev14"),
        # dev7 (62 quotes in 13 posts, session 7): F1 0.967, strict 0.845 (49/58) since session
        # 11's "adviseren … te" (0.958 / 0.842, 48/57, before; no gate held it until then)
        # 0.862 (50/58) since qspeak15 (an epithet after a long quote is the last named speaker)
        # F1 0.992, strict 0.885 (54/61) since session 14 (qdev15: "roemt hem als “…”" and the
        # phrases after it)
        pytest.param(LEESTMEER_DEV7, 0.99, 0.88, id="dev7"),
    ],
)
def test_quotes_eval_quality_gate_leestmeer_dev_batch_frog(batch: Path, least_f1: float, least_strict: float) -> None:
    res = evaluate(batch, split="dev", use_frog=True)
    assert res["overlap"]["f1"] >= least_f1
    assert res["speaker_strict"]["accuracy"] >= least_strict


@needs_archive
def test_quotes_eval_quality_gate_leestmeer_dev15_surface() -> None:
    # dev15 (73 quotes in 28 posts, drawn like the held-out split with `leestmeer_gold.py more
    # 1514 7`, annotated before session 14's rules); surface only, so CI runs no Frog for it
    # (`KRONIEK_LEESTMEER_DIR=… python3 eval/quotes/dev_sets.py`): F1 0.908, strict 0.828 (53/64)
    # on the code before (Frog: 0.916 / 0.831, 54/65); F1 0.930, strict 0.833 (55/66) with
    # session 14's detection rules (Frog: 0.937 / 0.836, 56/67); strict 0.848 (56/66) since
    # session 14's qgarb ("Volgens X wijzen de cijfers erop dat …" is X's; Frog: 0.851, 57/67)
    res = evaluate(LEESTMEER_DEV15, split="dev")
    assert res["overlap"]["f1"] >= 0.92
    assert res["speaker_strict"]["accuracy"] >= 0.84


@needs_archive
def test_quotes_eval_quality_gate_leestmeer_dev16_surface() -> None:
    # dev16 (79 quotes in 28 posts, drawn like the held-out split with `leestmeer_gold.py more
    # 1615 7`, annotated before session 15's rules); surface only, so CI runs no Frog for it
    # (`KRONIEK_LEESTMEER_DIR=… python3 eval/quotes/dev_sets.py`): F1 0.931, strict 0.851 (63/74)
    # on the code before (Frog: 0.937 / 0.905, 67/74); F1 0.937, strict 0.851 with session 15's
    # detection rules (Frog: 0.943 / 0.905)
    res = evaluate(LEESTMEER_DEV16, split="dev")
    assert res["overlap"]["f1"] >= 0.93
    assert res["speaker_strict"]["accuracy"] >= 0.85


def test_quotes_eval_command_crf_needs_frog() -> None:
    result = CliRunner().invoke(command, ["--gold", "leestmeer", "--split", "dev", "--crf"])
    assert result.exit_code != 0 and "--crf needs --frog" in result.output


@needs_archive
@pytest.mark.frog
@pytest.mark.slow
def test_quotes_eval_quality_gate_leestmeer_dev_split_ingest_path() -> None:
    # Frog, then the CRF NER and coref as `kroniek ingest` runs them (`kroniek eval quotes --gold
    # leestmeer --split dev --frog --crf`): strict speaker accuracy 0.918 on the 234-quote dev
    # split (0.886 with the code before session 3; 0.922 on the earlier 162-quote split)
    res = evaluate(LEESTMEER_GOLD, split="dev", use_frog=True, crf=True)
    assert res["speaker_strict"]["accuracy"] >= 0.91
