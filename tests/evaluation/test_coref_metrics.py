"""MUC, B³ and CEAF-e on hand-computed examples from the coreference-metric literature.

Key and responses (a)-(d) are the running example of Luo (2005), "On coreference resolution
performance metrics" (Fig. 1): key {1..5} {6,7} {8,9,A,B,C}. The expected values below are worked
out by hand from the metric definitions (fractions kept exact), and agree with the F values
Luo's Table 1 reports for MUC and B³ (.947/.865, .947/.737, .900/.545).
"""

from __future__ import annotations

import pytest

from kroniek.evaluation.coref import b_cubed, ceaf_e, conll_scores, muc

KEY = [set("12345"), set("67"), set("89ABC")]


@pytest.mark.parametrize(
    ("response", "muc_rp", "b3_rp", "ceafe_rp"),
    [
        pytest.param(
            [set("12345"), set("6789ABC")],
            (1, 9 / 10),
            (1, 64 / 84),
            ((1 + 10 / 12) / 3, (1 + 10 / 12) / 2),
            id="luo-a: two key entities merged, MUC barely notices",
        ),
        pytest.param(
            [set("1234589ABC"), set("67")],
            (1, 9 / 10),
            (1, 7 / 12),
            ((1 + 10 / 15) / 3, (1 + 10 / 15) / 2),
            id="luo-b: the two big entities merged, B3 precision drops more",
        ),
        pytest.param(
            [set("123456789ABC")],
            (1, 9 / 11),
            (1, 4.5 / 12),
            ((10 / 17) / 3, 10 / 17),
            id="luo-c: everything in one cluster still gets MUC recall 1",
        ),
        pytest.param(
            [set(c) for c in "123456789ABC"],
            (0, 0),
            (3 / 12, 1),
            ((4 / 3) / 3, (4 / 3) / 12),
            id="luo-d: all singletons, no links for MUC",
        ),
        pytest.param(KEY, (1, 1), (1, 1), (1, 1), id="identical partitions score 1 everywhere"),
    ],
)
def test_coref_metrics_luo_example(response, muc_rp, b3_rp, ceafe_rp):
    m, b, c = muc(KEY, response), b_cubed(KEY, response), ceaf_e(KEY, response)
    assert (m.recall, m.precision) == pytest.approx(muc_rp)
    assert (b.recall, b.precision) == pytest.approx(b3_rp)
    assert (c.recall, c.precision) == pytest.approx(ceafe_rp)


@pytest.mark.parametrize(
    ("response", "expected_f1"),
    [
        pytest.param(
            [set("12345"), set("6789ABC")], {"muc": 0.947, "b3": 0.865}, id="luo-a F values"
        ),
        pytest.param(
            [set("1234589ABC"), set("67")], {"muc": 0.947, "b3": 0.737}, id="luo-b F values"
        ),
        pytest.param([set("123456789ABC")], {"muc": 0.900, "b3": 0.545}, id="luo-c F values"),
    ],
)
def test_coref_metrics_f1_match_published_table(response, expected_f1):
    assert muc(KEY, response).f1 == pytest.approx(expected_f1["muc"], abs=5e-4)
    assert b_cubed(KEY, response).f1 == pytest.approx(expected_f1["b3"], abs=5e-4)


def test_coref_metrics_twinless_response_mention():
    """A response mention the key lacks counts against precision only (Pradhan et al. 2014)."""
    key, response = [{"a", "b"}], [{"a", "b", "c"}]
    m, b = muc(key, response), b_cubed(key, response)
    assert (m.recall, m.precision) == pytest.approx((1, 1 / 2))  # c is its own partition of {a,b,c}
    assert (b.recall, b.precision) == pytest.approx((1, (4 / 3) / 3))


def test_coref_metrics_conll_is_mean_of_three_f1():
    response = [set("12345"), set("6789ABC")]
    s = conll_scores(KEY, response)
    assert s["conll_f1"] == pytest.approx((s["muc"].f1 + s["b3"].f1 + s["ceafe"].f1) / 3)
    assert s["ceafe"].f1 == pytest.approx(0.7333, abs=1e-4)  # 2PR/(P+R) with R=.6111, P=.9167


def test_coref_metrics_ceafe_uses_optimal_not_greedy_alignment():
    # Aligning in key order would pair K1 with its best match R1 and leave K2 nothing; the
    # optimal alignment pairs K1-R2 and K2-R1 for a larger total.
    key = [{"a", "b", "c"}, {"d", "e"}]
    response = [{"a", "b", "d", "e"}, {"c"}]
    c = ceaf_e(key, response)
    greedy = 2 * 2 / 7  # K1-R1 only
    optimal = 2 * 1 / 4 + 2 * 2 / 6  # K1-R2 + K2-R1
    assert optimal > greedy
    assert c.recall == pytest.approx(optimal / 2)
