"""Event evaluation: MEANTIME documents rebuilt with exact offsets, and the quality gate through real Frog."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from kroniek.evaluation import events as events_eval
from kroniek.evaluation.events import (
    TUNE_TOPIC,
    command,
    detection_errors,
    evaluate,
    load,
    read_gold,
    read_meantime,
)


@pytest.fixture(scope="module")
def meantime(data_dir):
    path = data_dir / "meantime-nl-cdcr"
    docs = read_meantime(path)
    return path, docs


def test_events_eval_rebuilds_documents_with_exact_offsets(meantime):
    path, docs = meantime
    assert len(docs) == 120
    rows = [line.split("\t") for line in (path / "output_data" / "nl" / "meantime.conll").read_text().splitlines()
            if line.count("\t") >= 3 and not line.startswith("#")]
    by_key = {md.key: md for md in docs}
    for topic_doc, sid, tid, word, *_ in rows:
        a, b = by_key[topic_doc].offsets[int(sid), int(tid)]
        assert by_key[topic_doc].doc.text[a:b] == word


def test_events_eval_places_every_gold_event_mention(meantime):
    path, docs = meantime
    gold = read_gold(path, {md.key: md for md in docs}, "event_mentions.json")
    assert len(gold) == 912
    by_key = {md.key: md for md in docs}
    for g in gold[:50]:
        text = by_key[g.doc].doc.text
        assert g.start <= g.head[0] < g.end and text[g.start : g.end].strip()


# Measured with `kroniek eval events` (numbers in docs/events.md); pinned a little below so
# Frog version noise passes and a real regression fails.
# Measured 2026-11-23 (first): detection F1 0.413 (with "other"), CoNLL F1 0.658, same-lemma 0.479, singletons 0.560.
# Measured 2026-11-23 (detection rules, lexicon additions): detection F1 0.434 (with "other"; corpus_gm 0.424,
# held-out topics 0.438), lexicon-only 0.427, CoNLL F1 0.674, same-lemma 0.479, singletons 0.560.
# Measured 2026-12-06 (events-detect: heading / bare-PP idiom / reflexive-particle rules, governing time
# expressions, verb forms in names, learned trigger filter as a third setting): detection F1 0.435 (held-out
# 0.439 at P 0.319 / R 0.706), lexicon-only 0.427, learned 0.448 (held-out 0.442 at P 0.333 / R 0.659),
# CoNLL F1 0.677.
# Measured 2026-12-06 (events-link: sayings never joined, happening families, names within news days,
# per-text units in average link): CoNLL F1 0.680 (corpus_gm 0.745; three held-out topics pooled 0.659,
# same-lemma 0.479).
# Measured 2026-12-06 (events2: sayings folded into the events they report): the chronicle's own
# detection, statement mentions left out, held-out P 0.326 / R 0.620 (with them 0.318 / 0.706):
# MEANTIME counts many speech verbs as events, so folding them gains little precision there.
# Measured 2026-12-06 (trig5: unlisted verbs count when they report in the past, the chronicle's default):
# held-out P 0.335 / R 0.647 / F1 0.441 against the lexicon alone 0.365 / 0.498 / 0.422; with sayings
# folded (what the chronicle lists) 0.347 / 0.561.
MIN_DETECTION_PAST_F1_HELD_OUT = 0.43
MIN_DETECTION_PAST_R_HELD_OUT = 0.63
# htitle19 (2026-12-08): a text's headline line bound to the lead mention restating it (link.headlines;
# eval/events/title_lead.py): corpus_gm 0.749 -> 0.809, so the floor moves from 0.72 to 0.78.
MIN_CONLL_F1_TUNE = 0.78
MIN_DETECTION_P_HELD_OUT_NO_SAYINGS = 0.32
# events7: attempts, wishes and beginnings with a verbal complement ("probeerden te vluchten") are no
# events by design, but MEANTIME annotates such aspectual and intensional verbs: statement-free
# held-out recall 0.611 -> 0.610 (P 0.328 -> 0.329), so the floor moves from 0.61 to 0.60.
# trig13 (dev6 rules: knowing, perceiving and dwelling verbs are no happenings, which MEANTIME sometimes
# marks): statement-free held-out recall 0.6024 -> 0.5994 (P 0.3377 -> 0.3435, F1 up), so 0.60 -> 0.59.
MIN_DETECTION_R_HELD_OUT_NO_SAYINGS = 0.59
# htitle19: held-out 0.660 -> 0.678 with the headline binding (reported once, not tuned on): 0.64 -> 0.66.
MIN_CONLL_F1_HELD_OUT = 0.66
MIN_DETECTION_F1 = 0.42
MIN_DETECTION_F1_HELD_OUT = 0.42
MIN_DETECTION_RECALL_HELD_OUT = 0.69
MIN_DETECTION_LEXICON_F1 = 0.41
MIN_DETECTION_LEARNED_F1_HELD_OUT = 0.43
MIN_CONLL_F1 = 0.70  # htitle19: 0.681 -> 0.709 with the headline binding
# mtime10 (2026-12-07): the second figure "in the lead" (sentence ids 0-5, the part MEANTIME annotates in every
# article; eval/events/README.md), every content verb, held-out pooled: P 0.467 / R 0.714 (full: 0.317 / 0.706);
# with trig11's purpose-clause and state-verb rules merged the same session, P 0.468 / R 0.699 (full 0.321 / 0.694:
# MEANTIME marks aims and states as events).
MIN_DETECTION_LEAD_P_HELD_OUT = 0.45
MIN_DETECTION_LEAD_R_HELD_OUT = 0.69
MIN_MARGIN_OVER_BASELINE = 0.15
MIN_MARGIN_OVER_SINGLETONS = 0.07


@pytest.fixture(scope="module")
def meantime_loaded(data_dir):
    """The MEANTIME documents through Frog (cached) and their gold, loaded once for this module."""
    return load(data_dir / "meantime-nl-cdcr")


@pytest.fixture(scope="module")
def meantime_result(data_dir, meantime_loaded):
    """The whole evaluation (every detection setting and the coreference), run once for this
    module: the gate and the command's output read the same result instead of each running it."""
    return evaluate(data_dir / "meantime-nl-cdcr", loaded=meantime_loaded)


@pytest.mark.frog
@pytest.mark.slow
def test_events_eval_gate_meantime(meantime_result):
    res = meantime_result
    assert res["detection"]["with_other"]["overall"]["f1"] >= MIN_DETECTION_F1
    # The detection rules were studied on corpus_gm only: the other topics must hold up on their own.
    assert res["detection"]["with_other"]["held_out"]["f1"] >= MIN_DETECTION_F1_HELD_OUT
    assert res["detection"]["with_other"]["held_out"]["r"] >= MIN_DETECTION_RECALL_HELD_OUT
    assert res["detection"]["learned"]["held_out"]["f1"] >= MIN_DETECTION_LEARNED_F1_HELD_OUT
    assert res["detection"]["lexicon"]["overall"]["f1"] >= MIN_DETECTION_LEXICON_F1
    past = res["detection"]["past_other"]["held_out"]
    assert past["f1"] >= MIN_DETECTION_PAST_F1_HELD_OUT and past["r"] >= MIN_DETECTION_PAST_R_HELD_OUT
    assert past["f1"] > res["detection"]["lexicon"]["held_out"]["f1"]
    lead = res["detection"]["lead_other"]["held_out"]
    assert lead["p"] >= MIN_DETECTION_LEAD_P_HELD_OUT and lead["r"] >= MIN_DETECTION_LEAD_R_HELD_OUT
    assert lead["gold"] < res["detection"]["with_other"]["held_out"]["gold"]  # beside the full figure, never instead
    folded = res["detection"]["no_sayings"]["held_out"]
    assert folded["p"] >= MIN_DETECTION_P_HELD_OUT_NO_SAYINGS and folded["r"] >= MIN_DETECTION_R_HELD_OUT_NO_SAYINGS
    assert folded["pred"] < res["detection"]["with_other"]["held_out"]["pred"]
    overall = res["coreference"]["overall"]
    assert overall["system"]["conll_f1"] >= MIN_CONLL_F1
    assert overall["system"]["conll_f1"] >= overall["baseline"]["conll_f1"] + MIN_MARGIN_OVER_BASELINE
    assert overall["system"]["conll_f1"] >= overall["singletons"]["conll_f1"] + MIN_MARGIN_OVER_SINGLETONS
    assert res["coreference"][TUNE_TOPIC]["system"]["conll_f1"] >= MIN_CONLL_F1_TUNE
    held = res["coreference"]["held_out"]
    assert held["system"]["conll_f1"] >= MIN_CONLL_F1_HELD_OUT
    assert held["system"]["conll_f1"] >= held["baseline"]["conll_f1"] + MIN_MARGIN_OVER_BASELINE
    # Held-out topics must beat the baseline on their own, not only the tuning topic.
    for topic in ("corpus_airbus", "corpus_stock"):
        t = res["coreference"][topic]
        assert t["system"]["conll_f1"] > t["baseline"]["conll_f1"], topic


@pytest.mark.frog
@pytest.mark.slow
def test_events_eval_detection_per_topic_and_errors_agree(meantime_loaded, meantime_result):
    """"held_out" pools every topic but the tuning one; the error list covers the tuning topic only
    and counts exactly the false triggers and misses the scores are made of."""
    docs, gold, _ = meantime_loaded
    table = meantime_result["detection"]["with_other"]
    held = [v for k, v in table.items() if k not in (TUNE_TOPIC, "held_out", "overall")]
    assert table["held_out"]["pred"] == sum(v["pred"] for v in held)
    assert table["held_out"]["gold"] == sum(v["gold"] for v in held)
    errors = detection_errors(docs, gold)
    assert {e.doc.split("/")[0] for e in errors} == {TUNE_TOPIC}
    tune = table[TUNE_TOPIC]
    false = sum(e.kind == "false" for e in errors)
    missed = sum(e.kind == "missed" for e in errors)
    assert round(1 - false / tune["pred"], 4) == tune["p"]
    assert round(1 - missed / tune["gold"], 4) == tune["r"]


@pytest.mark.frog
@pytest.mark.slow
def test_events_eval_command_prints_table_and_json(data_dir, meantime_result, monkeypatch):
    """The command's table and JSON line, made from the module's one evaluation of the same folder
    (the command's own ``evaluate`` would run it all again)."""
    asked = []

    def evaluated(path, **kwargs):
        asked.append(path)
        return meantime_result

    monkeypatch.setattr(events_eval, "evaluate", evaluated)
    out = CliRunner().invoke(command, [str(data_dir / "meantime-nl-cdcr")])
    assert asked == [data_dir / "meantime-nl-cdcr"]
    assert out.exit_code == 0, out.output
    lines = out.output.strip().splitlines()
    assert any(line.startswith("with_other   held_out") for line in lines)
    scores = json.loads(lines[-1])
    assert {"detection_f1", "detection_f1_tune", "detection_f1_held_out", "detection_p_held_out",
            "detection_r_held_out", "detection_learned_f1_held_out", "conll_f1", "conll_f1_tune",
            "conll_f1_held_out"} <= set(scores)
    assert any(line.startswith("learned      held_out") for line in lines)
    assert any(line.startswith("no_sayings   held_out") for line in lines)
    assert {"detection_p_held_out_no_sayings", "detection_r_held_out_no_sayings"} <= set(scores)
    assert {"detection_lead_p_held_out", "detection_lead_r_held_out"} <= set(scores)
    assert any(line.startswith("lead_other   held_out") for line in lines)
    errors = CliRunner().invoke(command, [str(data_dir / "meantime-nl-cdcr"), "--errors"])
    assert errors.exit_code == 0, errors.output
    assert "corpus_gm/" in errors.output and "corpus_airbus/" not in errors.output


@pytest.mark.frog
@pytest.mark.slow
def test_events_eval_link_errors_cover_the_tuning_topic_only(data_dir):
    out = CliRunner().invoke(command, [str(data_dir / "meantime-nl-cdcr"), "--link-errors"])
    assert out.exit_code == 0, out.output
    assert "gold chains split" in out.output
    assert "corpus_airbus" not in out.output and "corpus_stock" not in out.output
