"""Time-expression scoring, the gold set's integrity, and the quality gate on it."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from kroniek.errors import EvalError
from kroniek.evaluation.timex import (
    DEFAULT_GOLD,
    Span,
    _align_timeml,
    command,
    evaluate,
    read_gold,
    run_kroniek,
    score,
)

# Measured on 2026-11-23 with `kroniek eval timex` (see eval/timex/README.md); pinned a little lower
# so that only a real regression fails.
BASELINES = {
    "test": {"strict_f1": 0.94, "relaxed_f1": 0.95, "value_acc": 0.90},
    "dev": {"strict_f1": 0.96, "relaxed_f1": 0.97, "value_acc": 0.96},
}


@pytest.mark.parametrize(
    ("gold", "system", "expected"),
    [
        pytest.param([Span(0, 8, "DATE", "2020-01-05")], [Span(0, 8, "DATE", "2020-01-05")],
                     {"strict": 1, "relaxed": 1, "value_ok": 1, "type_ok": 1}, id="exact-match"),
        pytest.param([Span(3, 14, "DATE", "2008-W35")], [Span(0, 14, "DATE", "2008-W35")],
                     {"strict": 0, "relaxed": 1, "value_ok": 1, "type_ok": 1}, id="overlap-counts-relaxed-only"),
        pytest.param([Span(0, 8, "DATE", "2020-01-05")], [Span(0, 8, "DATE", "2020-01-06")],
                     {"strict": 1, "relaxed": 1, "value_ok": 0, "type_ok": 1}, id="right-extent-wrong-value"),
        pytest.param([Span(0, 4, "DATE", "2020")], [Span(10, 14, "DATE", "2021")],
                     {"strict": 0, "relaxed": 0, "value_ok": 0, "type_ok": 0}, id="disjoint"),
        pytest.param([Span(0, 10, "DATE", "x"), Span(11, 20, "DATE", "y")], [Span(0, 20, "DATE", "x")],
                     {"strict": 0, "relaxed": 1, "value_ok": 1, "type_ok": 1}, id="one-system-span-matches-one-gold-span"),
    ],
)
def test_timex_eval_score(gold, system, expected):
    s = score(gold, system)
    assert {k: getattr(s, k) for k in expected} == expected
    assert (s.gold, s.system) == (len(gold), len(system))


def test_timex_eval_rates():
    s = score([Span(0, 4, "DATE", "2020"), Span(5, 9, "DATE", "2021")], [Span(0, 4, "DATE", "2020")]).as_dict()
    assert (s["strict_p"], s["strict_r"], s["value_acc"]) == (1.0, 0.5, 1.0)
    assert s["strict_f1"] == pytest.approx(2 / 3, abs=1e-4)


def test_timex_eval_align_heideltime_output():
    text = "De Dow daalde donderdag & vrijdag."
    timeml = 'De Dow daalde <TIMEX3 tid="t1" type="DATE" value="2008-09-04">donderdag</TIMEX3> &amp; ' \
             '<TIMEX3 tid="t2" type="DATE" value="2008-09-05">vrijdag</TIMEX3>.'
    spans = _align_timeml(timeml, text)
    assert [(text[s.start : s.end], s.value) for s in spans] == [("donderdag", "2008-09-04"), ("vrijdag", "2008-09-05")]


def test_timex_eval_rejects_gold_whose_offsets_do_not_match(tmp_path):
    bad = tmp_path / "gold.jsonl"
    bad.write_text(json.dumps({"id": "x", "dct": "2020-01-06", "text": "gisteren",
                               "timexes": [{"start": 0, "end": 4, "text": "gisteren", "type": "DATE", "value": "v"}]}))
    with pytest.raises(EvalError):
        read_gold(bad)


def test_timex_eval_gold_set_is_complete():
    docs = read_gold(DEFAULT_GOLD)
    n = {s: sum(len(d.spans) for d in docs if d.split == s) for s in ("dev", "test")}
    assert sum(n.values()) >= 300 and n["test"] >= 150
    for d in docs:
        assert all(0 <= s.start < s.end <= len(d.text) for s in d.spans)
        assert all(s.type in {"DATE", "TIME", "DURATION", "SET"} for s in d.spans)


@pytest.mark.parametrize("split", ["test", "dev"])
def test_timex_eval_quality_gate(split):
    docs = [d for d in read_gold(DEFAULT_GOLD) if d.split == split]
    s = evaluate(docs, run_kroniek).as_dict()
    for metric, floor in BASELINES[split].items():
        assert s[metric] >= floor, f"{split} {metric} {s[metric]} fell below {floor}"


def test_timex_eval_command_prints_json_last_line():
    result = CliRunner().invoke(command, ["--no-heideltime", "--no-dateparser", "--split", "test"])
    assert result.exit_code == 0, result.output
    last = json.loads(result.output.strip().splitlines()[-1])
    assert set(last) == {"kroniek"} and last["kroniek"]["test"]["gold"] >= 150
