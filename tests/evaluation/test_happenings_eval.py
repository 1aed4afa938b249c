"""``kroniek eval happenings``: the leestmeer happenings gold and how a run is scored."""

from __future__ import annotations

import json

import pytest

from kroniek.evaluation.happenings import (
    GOLD,
    GoldTrigger,
    evaluate,
    one_event,
    phrase_mention,
    read_gold,
)
from kroniek.evaluation.leestmeer import archive_path
from kroniek.model import Document, EventMention, Sentence


def test_happenings_gold_holds_only_ids_offsets_digests_and_labels():
    data = json.loads(GOLD.read_text(encoding="utf-8"))
    for h in data["happenings"]:
        assert set(h) == {"id", "day", "kind", "split", "outlets", "mentions"}
        for m in h["mentions"]:
            assert set(m) == {"post", "outlet", "start", "end", "digest"}, "no post text in the gold"
            assert len(m["digest"]) == 10 and 0 <= m["start"] < m["end"]


def test_happenings_gold_has_enough_multi_outlet_happenings_split_by_happening():
    dev, dev_distract = read_gold(GOLD, "dev")
    test, test_distract = read_gold(GOLD, "test")
    assert len(dev) + len(test) >= 25
    assert len(test) == 11
    assert not {h["id"] for h in dev} & {h["id"] for h in test}
    assert not {m["post"] for h in dev for m in h["mentions"]} & {m["post"] for h in test for m in h["mentions"]}
    for h in dev + test:
        assert len({m["outlet"] for m in h["mentions"]}) >= 3, h["id"]
    gold_posts = {m["post"] for h in dev + test for m in h["mentions"]}
    assert dev_distract and test_distract and not gold_posts & set(dev_distract + test_distract)


def test_happenings_gold_keeps_same_kind_pairs_in_one_split():
    """Two shootings, two Hong Kong protests: the pair that must stay apart is scored together."""
    split = {h["id"]: h["split"] for h in json.loads(GOLD.read_text(encoding="utf-8"))["happenings"]}
    assert split["ijburg-shooting"] == split["zoetermeer-shooting"]
    assert split["hk-june12"] == split["hk-july1"]


@pytest.mark.parametrize(
    ("clusters", "expected"),
    [
        pytest.param([{"a#0", "a#1", "a#2"}, {"b#0"}, {"b#1"}], {"a": True, "b": False}, id="b-split-over-two"),
        pytest.param([{"a#0", "a#1", "a#2", "b#0", "b#1"}], {"a": False, "b": False}, id="merged-is-not-one"),
        pytest.param([{"a#0", "a#2"}, {"a#1"}, {"b#0", "b#1"}], {"a": True, "b": True},
                     id="one-trigger-per-post-is-enough"),
    ],
)
def test_happenings_one_event(clusters, expected):
    hs = [{"id": "a", "mentions": [{"post": "p1"}, {"post": "p1"}, {"post": "p2"}]},
          {"id": "b", "mentions": [{"post": "p3"}, {"post": "p4"}]}]
    triggers = [GoldTrigger("a#0", "a", "p1", 0, 1), GoldTrigger("a#1", "a", "p1", 5, 6),
                GoldTrigger("a#2", "a", "p2", 0, 1), GoldTrigger("b#0", "b", "p3", 0, 1),
                GoldTrigger("b#1", "b", "p4", 0, 1)]
    assert one_event(hs, triggers, clusters) == expected


def _phrase_doc() -> Document:
    text = "Bij de brand is een man om het leven gekomen. Zijn buurman is om het leven gekomen."
    doc = Document(id="d", text=text, source="d", title="d")
    doc.sentences = [Sentence(0, 45, 0, 0), Sentence(46, len(text), 0, 0)]
    k = text.index("gekomen")
    doc.events.append(EventMention(k, k + len("gekomen"), "kill", "om het leven komen"))
    doc.events.append(EventMention(text.index("brand"), text.index("brand") + 5, "fire", "brand"))
    return doc


@pytest.mark.parametrize(
    ("gold", "occurrence", "expected"),
    [
        pytest.param("om het leven", 0, "gekomen", id="fixed-part-of-a-multiword-verb"),
        pytest.param("om het leven", 1, None, id="another-sentence-has-no-mention"),
        pytest.param("brand", 0, None, id="one-word-is-matched-by-overlap-only"),
        pytest.param("een man", 0, None, id="words-not-in-the-lemma"),
    ],
)
def test_happenings_phrase_mention(gold, occurrence, expected):
    """A gold phrase is scored on the mention whose multiword lemma holds it, in its own sentence."""
    doc = _phrase_doc()
    start = doc.text.index(gold) if occurrence == 0 else doc.text.index(gold, doc.text.index(gold) + 1)
    span = phrase_mention(doc, start, start + len(gold))
    assert (doc.text[span[0]:span[1]] if span else None) == expected


# Measured with `kroniek eval happenings --split dev` (2026-12-06, after the trigger-recall rules of
# kroniek/extract/events.py): CoNLL-F1 0.752, 12 of 16 happenings one event, 99 of 106 gold triggers
# covered by an event mention (before them: 0.610, 9/16, 75/106); same-lemma over every gold
# trigger 0.539 (2/16), over the triggers found 0.527. Pinned a little below so Frog noise passes
# and a real regression fails. The test split is never run here (its reads are counted; see the
# README text in the hand-over notes).
# 2026-12-06 (events2: time in other clauses / after another event noun / of a saying never dates
# the trigger, clock time within its part of day, definite family anaphors, a cause clause on a
# death, a place adjective names its place): CoNLL-F1 0.872, 15 of 16 (all reachable).
# 2026-12-06 (fourth session: the scorer matches a gold phrase "om het leven" to the mention of its
# multiword verb, which it had missed): 0.884, 16 of 16.
# Fifth session (a rare name two reports share counts as a linked entity): 0.897, 16 of 16.
# Fourteenth session (hlink18): where two reports' sentences and leads share no name, the names one gives
# around its mention that the other text gives anywhere count at half weight (link.events.similarity.
# _shared_names, LinkWeights.text_names): 0.911, 16 of 16.
MIN_DEV_CONLL = 0.91
MIN_DEV_ONE_EVENT = 16
MIN_DEV_TRIGGER_RECALL = 0.90


@pytest.mark.frog
@pytest.mark.slow
def test_happenings_eval_gate_dev():
    if not archive_path().is_file():
        pytest.skip(f"leestmeer archive not found at {archive_path()}")
    res = evaluate("dev")
    assert res["system"]["conll_f1"] >= MIN_DEV_CONLL
    assert res["one_event"] >= MIN_DEV_ONE_EVENT
    assert res["triggers_detected"] >= MIN_DEV_TRIGGER_RECALL * res["triggers"]
    assert res["system"]["conll_f1"] > res["baseline"]["conll_f1"]
    assert res["system"]["conll_f1"] > res["baseline_detected"]["conll_f1"] + 0.1


def test_happenings_gold_dev2_is_a_third_split_of_other_posts():
    """The second batch (annotated before any linking change) shares no happening or post with the others."""
    dev2, distract = read_gold(GOLD, "dev2")
    others = [h for split in ("dev", "test") for h in read_gold(GOLD, split)[0]]
    assert len(dev2) >= 10 and distract
    assert not {h["id"] for h in dev2} & {h["id"] for h in others}
    assert not {m["post"] for h in dev2 for m in h["mentions"]} & {m["post"] for h in others for m in h["mentions"]}
    for h in dev2:
        assert len({m["outlet"] for m in h["mentions"]}) >= 3, h["id"]


# Measured with `kroniek eval happenings --split dev2` (2026-12-06, events3): before any linking
# change CoNLL-F1 0.761, 8 of 11 one event (10 reachable), 58 of 62 triggers covered; after the
# nominalised-verb time rule, "ter dood veroordelen", "straf" as verdict family and the
# shooting/stabbing-is-an-attack families: 0.831, 9 of 11, 60 of 62 (same-lemma 0.553, 2 of 11);
# after "festival", "toeval", … are no compounds on "val": 0.854, 10 of 11.
# Fourth session, after a headline's names count as the lead's: 0.880, 11 of 11.
# Twelfth session (hlink): after a merge that joins texts is judged by its cross-text pairs alone
# (link.events.cluster._link_average; a report's own weak pairs no longer dilute it): 0.899, 11 of 11.
# Fourteenth session (hlink18): where two reports' sentences and leads share no name, the names one gives
# around its mention that the other text gives anywhere count at half weight (link.events.similarity.
# _shared_names, LinkWeights.text_names): 0.920, 11 of 11.
MIN_DEV2_CONLL = 0.92
MIN_DEV2_ONE_EVENT = 11


@pytest.mark.frog
@pytest.mark.slow
def test_happenings_eval_gate_dev2():
    if not archive_path().is_file():
        pytest.skip(f"leestmeer archive not found at {archive_path()}")
    res = evaluate("dev2")
    assert res["system"]["conll_f1"] >= MIN_DEV2_CONLL
    assert res["one_event"] >= MIN_DEV2_ONE_EVENT
    assert res["triggers_detected"] >= MIN_DEV_TRIGGER_RECALL * res["triggers"]
    assert res["system"]["conll_f1"] > res["baseline"]["conll_f1"] + 0.2


def test_happenings_gold_dev3_is_a_fourth_split_of_other_posts_and_days():
    """The third dev batch (annotated before the session-4 changes) shares no happening, post or day
    (within two days) with the others."""
    import datetime as dt

    dev3, distract = read_gold(GOLD, "dev3")
    others = [h for split in ("dev", "dev2", "test") for h in read_gold(GOLD, split)[0]]
    assert len(dev3) >= 12 and distract
    assert not {h["id"] for h in dev3} & {h["id"] for h in others}
    assert not {m["post"] for h in dev3 for m in h["mentions"]} & {m["post"] for h in others for m in h["mentions"]}
    days = [dt.date.fromisoformat(h["day"]) for h in others]
    for h in dev3:
        assert len({m["outlet"] for m in h["mentions"]}) >= 3, h["id"]
        assert min(abs((dt.date.fromisoformat(h["day"]) - d).days) for d in days) >= 2, h["id"]


# Measured with `kroniek eval happenings --split dev3` (2026-12-06, fourth session): before any change
# CoNLL-F1 0.521, 5 of 13 one event (11 reachable), 62 of 84 triggers covered, same-lemma 0.472
# (4 of 13); after fire/kill compatible types and loose part-of-day edges 0.540, 6 of 13; after
# robbery as an attack and "vertrek" as a resignation 0.607, 8 of 13; after the scorer's phrase
# alignment ("om het leven") 0.662, 9 of 13; after the fronted cause phrase 0.672, 9 of 13, 74 of
# 84 covered, 13 reachable; after a death in the next sentence is the outcome of the attack: 0.696;
# after a headline's names count as the lead's: 0.716, 10 of 13.
# Fifth session, after a rare name two reports share counts as a linked entity: 0.788, 13 of 13.
MIN_DEV3_CONLL = 0.76
MIN_DEV3_ONE_EVENT = 12


@pytest.mark.frog
@pytest.mark.slow
def test_happenings_eval_gate_dev3():
    if not archive_path().is_file():
        pytest.skip(f"leestmeer archive not found at {archive_path()}")
    res = evaluate("dev3")
    assert res["system"]["conll_f1"] >= MIN_DEV3_CONLL
    assert res["one_event"] >= MIN_DEV3_ONE_EVENT
    assert res["triggers_detected"] >= 0.85 * res["triggers"]
    assert res["system"]["conll_f1"] > res["baseline"]["conll_f1"] + 0.15


def test_happenings_gold_dev4_is_a_fifth_split_of_other_posts_and_days():
    """The fourth dev batch (annotated before the session-5 changes) shares no happening, post or day
    with the others (two days apart from every test happening; the Vlaardingen explosion is the day
    before the dev split's Florida one), and holds kinds the others lack (votes, a takeover)."""
    import datetime as dt

    dev4, distract = read_gold(GOLD, "dev4")
    others = [h for split in ("dev", "dev2", "dev3", "test") for h in read_gold(GOLD, split)[0]]
    assert len(dev4) >= 12 and distract
    assert not {h["id"] for h in dev4} & {h["id"] for h in others}
    assert not {m["post"] for h in dev4 for m in h["mentions"]} & {m["post"] for h in others for m in h["mentions"]}
    for h in dev4:
        day = dt.date.fromisoformat(h["day"])
        assert len({m["outlet"] for m in h["mentions"]}) >= 3, h["id"]
        gaps = {o["split"]: min(abs((day - dt.date.fromisoformat(x["day"])).days) for x in others if x["split"] == o["split"])
                for o in others}
        assert gaps["test"] >= 2 and min(gaps.values()) >= 1, h["id"]
    assert {h["kind"] for h in dev4} - {h["kind"] for h in others} >= {"vote", "takeover", "demand"}


# Measured with `kroniek eval happenings --split dev4` (2026-12-06, fifth session): before any change
# CoNLL-F1 0.453, 5 of 13 one event (9 reachable), 69 of 109 triggers covered, same-lemma 0.521 over
# all gold triggers (5 of 13) and 0.402 over the triggers found (3 of 13); after a day agrees with a
# part of it 0.485, 6 of 13; after a takeover family 0.492, 7 of 13; after an election is a vote
# 0.500, 8 of 13. Most of what is left is detection ("uitspraak", "noodweer", "gestemd" are no
# event mentions), which caps it. After rulings told with "oordeelde"/"uitspraak"/"opgelegd" and
# "noodweer" as a storm became event mentions (sixth session): 0.615, 10 of 13. Session 6 (happen8):
# after typed happenings form before untyped (past-tense "other") mentions join: 0.627; after an
# untyped verb done to an event noun no longer takes its anaphor: 0.648, 10 of 13. Seventh session
# (happen9): after an untyped light verb whose object the parse lost binds its event noun
# ("gevangenisstraffen tot ... en ... opgelegd"): 0.663, 11 of 13. Eighth session (happen10): after a
# court's decision is linked as a verdict whatever verb tells it ("het Hof wees ... af", "besloten",
# "oordeelde"): 0.693, 12 of 13 (wilders-appeal one event).
# Twelfth session (hlink): after a merge that joins texts is judged by its cross-text pairs alone
# (link.events.cluster._link_average; a report's own weak pairs no longer dilute it): 0.705, 12 of 13.
# Thirteenth session (hdetect17): after a support verb's object noun is a mention of its own, of the
# verb's type ("een resolutie aangenomen": the gold marks both words): 0.724, 12 of 13 (100 of 109).
MIN_DEV4_CONLL = 0.72
MIN_DEV4_ONE_EVENT = 12


@pytest.mark.frog
@pytest.mark.slow
def test_happenings_eval_gate_dev4():
    if not archive_path().is_file():
        pytest.skip(f"leestmeer archive not found at {archive_path()}")
    res = evaluate("dev4")
    assert res["system"]["conll_f1"] >= MIN_DEV4_CONLL
    assert res["one_event"] >= MIN_DEV4_ONE_EVENT
    assert res["system"]["conll_f1"] > res["baseline_detected"]["conll_f1"] + 0.05


def test_happenings_gold_dev5_is_a_sixth_split_of_other_posts_days_and_kinds():
    """The fifth dev batch (annotated before the session-6 changes) shares no happening, post or day
    with the others (two days apart from every test happening), holds kinds none of them holds
    (sports results, company news), and keeps its same-kind pairs (two wins of one player, two stage
    wins, a race and its pole position) in one split; its near misses are distractors, not gold."""
    import datetime as dt

    dev5, distract = read_gold(GOLD, "dev5")
    others = [h for split in ("dev", "dev2", "dev3", "dev4", "test") for h in read_gold(GOLD, split)[0]]
    assert len(dev5) >= 10
    assert not {h["id"] for h in dev5} & {h["id"] for h in others}
    gold_posts = {m["post"] for h in dev5 for m in h["mentions"]}
    assert not gold_posts & {m["post"] for h in others for m in h["mentions"]}
    assert not gold_posts & set(distract)
    for h in dev5:
        day = dt.date.fromisoformat(h["day"])
        assert len({m["outlet"] for m in h["mentions"]}) >= 3, h["id"]
        assert all(abs((day - dt.date.fromisoformat(o["day"])).days) >= (2 if o["split"] == "test" else 1)
                   for o in others), h["id"]
    assert {h["kind"] for h in dev5} - {h["kind"] for h in others} >= {"sports", "company"}
    assert sum(h["kind"] == "sports" for h in dev5) >= 4


# Measured with `kroniek eval happenings --split dev5` (2026-12-06, sixth session) before any change:
# CoNLL-F1 0.377, 3 of 11 one event (4 reachable), 47 of 81 triggers covered, same-lemma 0.469 over all
# gold triggers (3 of 11) and 0.366 over the triggers found (2 of 11). After Frog's "gewinnen" for
# "gewonnen" reads as "winnen": 0.393; after thunder and heavy showers are storm happenings: 0.400,
# 3 of 11 (50 of 81 triggers covered); after a fire and the explosion it followed are bound in one
# sentence: 0.426; after typed happenings form before untyped mentions join: 0.440; after an untyped
# verb done to an event noun no longer takes its anaphor: 0.449, 3 of 11. Most of what is left is detection: sports nouns ("zege",
# "etappezege", "Grand Prix", "pole position") and "niet doorgaan" / "streep door" are no mentions.
# Seventh session (sports8): after a win, a defeat or a draw is a "contest" happening (verbs and
# nouns, family "result"): 0.479, 4 of 11; after "gaat niet door" and "een streep door" are
# cancellations (family "cancel" with afblazen): 0.543, 5 of 11 (61 of 81 triggers covered).
# Seventh session (happen9): weather of one kind on one day is one happening: 0.580, 6 of 11; an
# apposition's year dates no win and "afrekenen" joins the result family: 0.592, 7 of 11; a stranded
# particle ("neemt ... over"): 62 of 81 triggers; "te sterk voor" is a win: 0.603; "pole position"
# (foreign words) is a contest noun: 0.632, 8 of 11 (67 of 81 triggers). Eighth session (happen10):
# an agreement whose sentence or headline tells of a takeover is the takeover: 0.645, 9 of 11; (detect10)
# a Grand Prix is a race (Frog's named-event span), crown/auction/dismissal words typed: 0.665, 10 of 11.
# Twelfth session (hlink): after a merge that joins texts is judged by its cross-text pairs alone
# (link.events.cluster._link_average; a report's own weak pairs no longer dilute it): 0.683, 10 of 11.
# Thirteenth session (hdetect17): after a plan that "is van de baan" is a cancellation: 0.696, 10 of 11
# (71 of 81 triggers).
# Fourteenth session (hnoun18): after an unlisted verb that reaches a contest's stage is a contest
# result ("heeft de derde ronde bereikt", "plaatste zich voor de halve finales"): 0.709, 10 of 11.
MIN_DEV5_CONLL = 0.70
MIN_DEV5_ONE_EVENT = 10


@pytest.mark.frog
@pytest.mark.slow
def test_happenings_eval_gate_dev5():
    if not archive_path().is_file():
        pytest.skip(f"leestmeer archive not found at {archive_path()}")
    res = evaluate("dev5")
    assert res["system"]["conll_f1"] >= MIN_DEV5_CONLL
    assert res["one_event"] >= MIN_DEV5_ONE_EVENT


def test_happenings_gold_dev6_is_a_seventh_split_of_other_posts_and_kinds():
    """The sixth dev batch (annotated before the session-8 changes) shares no happening or gold post
    with the others, lies at least two days from every test happening, and holds kinds none of them
    holds (a prize, a dismissal, an auction, a song contest, a summit)."""
    import datetime as dt

    dev6, distract = read_gold(GOLD, "dev6")
    others = [h for split in ("dev", "dev2", "dev3", "dev4", "dev5", "test") for h in read_gold(GOLD, split)[0]]
    assert len(dev6) >= 10 and distract
    assert not {h["id"] for h in dev6} & {h["id"] for h in others}
    gold_posts = {m["post"] for h in dev6 for m in h["mentions"]}
    assert not gold_posts & {m["post"] for h in others for m in h["mentions"]}
    assert not gold_posts & set(distract)
    for h in dev6:
        day = dt.date.fromisoformat(h["day"])
        assert len({m["outlet"] for m in h["mentions"]}) >= 3, h["id"]
        assert all(abs((day - dt.date.fromisoformat(o["day"])).days) >= 2 for o in others if o["split"] == "test"), h["id"]
    assert {h["kind"] for h in dev6} - {h["kind"] for h in others} >= {"award", "dismissal", "sale", "contest", "meeting"}


# Measured with `kroniek eval happenings --split dev6` (2026-12-07, eighth session) before any change:
# CoNLL-F1 0.400, 3 of 10 one event (5 reachable), 57 of 76 triggers covered, same-lemma 0.434 (1 of
# 10), lemma/found 0.365 (1 of 10). After a court's decision links as a verdict, the families for a
# dismissal, an auction, a merger and a win, and asides that date nothing ("(1840-1926)", "net als
# vorig jaar"): 0.435, 3 of 10 (59 of 76 covered, 6 reachable). With trig10's lexicon merged: 0.444;
# after detect10's crown, auction, dismissal words and idioms (merged code): 0.508, 4 of 10. Ninth
# session (happen11): after a dismissal links as a departure whatever type its word has ("ontslagen",
# typed economy) and the end of a span dates nothing ("een contract tot medio 2020"): 0.537; after a
# bill rejected is a vote ("verworpen" / "stemde tegen"; measured with "aannemen" too, which was
# then left out, the same 0.565 at the end): 0.550; after "ontbonden" (a contract ended) joins the
# dismissal family: 0.565, 5 of 10.
# Twelfth session (hlink): after a merge that joins texts is judged by its cross-text pairs alone
# (link.events.cluster._link_average; a report's own weak pairs no longer dilute it): 0.631, 6 of 10
# (milieudefensie-appeal one event). Twelfth session (hsport): after two texts' contest mentions are
# placed on their reports' days when undated (a match is reported that day or the next; "vorig jaar"
# is last year's final; link.events.similarity._contest_days_apart): 0.639, 6 of 10.
# Fourteenth session (hlink18): where two reports' sentences and leads share no name, the names one gives
# around its mention that the other text gives anywhere count at half weight (link.events.similarity.
# _shared_names, LinkWeights.text_names): 0.646, 6 of 10 on its branch; merged with hnoun18's typing the
# gain is gone (0.639, under the weight 0.5 and under 0.45, which the lead chose on the merged code since
# 0.5 lowered dev4 0.724 -> 0.715 there): the gate stays at 0.63.
MIN_DEV6_CONLL = 0.65
MIN_DEV6_ONE_EVENT = 7


@pytest.mark.frog
@pytest.mark.slow
def test_happenings_eval_gate_dev6():
    if not archive_path().is_file():
        pytest.skip(f"leestmeer archive not found at {archive_path()}")
    res = evaluate("dev6")
    assert res["system"]["conll_f1"] >= MIN_DEV6_CONLL
    assert res["one_event"] >= MIN_DEV6_ONE_EVENT


def test_happenings_gold_dev7_is_an_eighth_split_of_other_posts_and_kinds():
    """The seventh dev batch (annotated before the session-9 changes) shares no happening or gold post
    with the others, lies at least two days from every test happening, and holds kinds none of them
    holds (three transfers on different days, which must stay apart)."""
    import datetime as dt

    dev7, distract = read_gold(GOLD, "dev7")
    others = [h for split in ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "test") for h in read_gold(GOLD, split)[0]]
    assert len(dev7) >= 10 and distract
    assert not {h["id"] for h in dev7} & {h["id"] for h in others}
    gold_posts = {m["post"] for h in dev7 for m in h["mentions"]}
    assert not gold_posts & {m["post"] for h in others for m in h["mentions"]}
    assert not gold_posts & set(distract)
    for h in dev7:
        day = dt.date.fromisoformat(h["day"])
        assert len({m["outlet"] for m in h["mentions"]}) >= 3, h["id"]
        assert all(abs((day - dt.date.fromisoformat(o["day"])).days) >= 2 for o in others if o["split"] == "test"), h["id"]
    assert {h["kind"] for h in dev7} - {h["kind"] for h in others} >= {"transfer"}
    assert sum(h["kind"] == "transfer" for h in dev7) >= 3


# Measured with `kroniek eval happenings --split dev7` (2026-12-07, ninth session) before any change:
# CoNLL-F1 0.442, 4 of 10 one event (5 reachable), 51 of 82 triggers covered, same-lemma 0.360 (0 of
# 10), lemma/found 0.322 (0 of 10). After a player's move is a happening of its own ("transfer",
# "overstap", "verruilt", "verkast": withdraw in the lexicon, family transfer, a departure by
# words.BROADER) and a signing or agreement told beside it is that move (linked as a transfer): 0.547,
# 6 of 10 (59 of 82 covered, 8 reachable); unchanged by the session's later rules.
# Twelfth session (hlink): after a merge that joins texts is judged by its cross-text pairs alone
# (link.events.cluster._link_average; a report's own weak pairs no longer dilute it): 0.568, 6 of 10.
MIN_DEV7_CONLL = 0.60
MIN_DEV7_ONE_EVENT = 6


@pytest.mark.frog
@pytest.mark.slow
def test_happenings_eval_gate_dev7():
    if not archive_path().is_file():
        pytest.skip(f"leestmeer archive not found at {archive_path()}")
    res = evaluate("dev7")
    assert res["system"]["conll_f1"] >= MIN_DEV7_CONLL
    assert res["one_event"] >= MIN_DEV7_ONE_EVENT


def test_happenings_gold_dev8_is_a_ninth_split_of_other_posts_and_common_kinds():
    """The eighth dev batch (annotated before the session-10 changes) shares no happening or gold post
    with the others, lies at least two days from every test happening, and holds the kinds most
    common in Dutch news: sanctions and a company result none of the others holds, and pairs of one
    kind that must stay apart (two arrests abroad, fatal road accidents)."""
    import datetime as dt

    dev8, distract = read_gold(GOLD, "dev8")
    others = [h for split in ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "test")
              for h in read_gold(GOLD, split)[0]]
    assert len(dev8) >= 10 and distract
    assert not {h["id"] for h in dev8} & {h["id"] for h in others}
    gold_posts = {m["post"] for h in dev8 for m in h["mentions"]}
    assert not gold_posts & {m["post"] for h in others for m in h["mentions"]}
    assert not gold_posts & set(distract)
    for h in dev8:
        day = dt.date.fromisoformat(h["day"])
        assert len({m["outlet"] for m in h["mentions"]}) >= 3, h["id"]
        assert all(abs((day - dt.date.fromisoformat(o["day"])).days) >= 2 for o in others if o["split"] == "test"), h["id"]
    assert {h["kind"] for h in dev8} - {h["kind"] for h in others} >= {"sanction"}
    assert sum(h["kind"] == "accident" for h in dev8) >= 3 and sum(h["kind"] == "arrest" for h in dev8) >= 2


# Measured with `kroniek eval happenings --split dev8` (2026-12-07, tenth session) before any change:
# CoNLL-F1 0.668, 8 of 13 one event (11 reachable), 89 of 99 triggers covered, same-lemma 0.474 (3 of
# 13), lemma/found 0.445 (3 of 13). After the small hours may be a morning ("dinsdagochtend omstreeks
# 03.50 uur", link.events.times.MORNING_EARLY) and sanctions are a happening family ("sancties opgelegd" /
# "de strafmaatregelen"): 0.706, 10 of 13.
# Twelfth session (hlink): after a merge that joins texts is judged by its cross-text pairs alone
# (link.events.cluster._link_average; a report's own weak pairs no longer dilute it): 0.754, 10 of 13.
# Fourteenth session (hnoun18): after a prison noun after a length of time is a sentence imposed
# ("moeten vier jaar de cel in", event_sense.prison_term): 0.765, 10 of 13. (hlink18): where two
# reports' sentences and leads share no name, the names one gives around its mention that the other
# text gives anywhere count at half weight (link.events.similarity._shared_names,
# LinkWeights.text_names): 0.766, 11 of 13 on its own; both merged, with the weight 0.45 the lead chose
# on the merged code (0.5 lowered dev4 there): 0.777, 11 of 13.
MIN_DEV8_CONLL = 0.77
MIN_DEV8_ONE_EVENT = 11


@pytest.mark.frog
@pytest.mark.slow
def test_happenings_eval_gate_dev8():
    if not archive_path().is_file():
        pytest.skip(f"leestmeer archive not found at {archive_path()}")
    res = evaluate("dev8")
    assert res["system"]["conll_f1"] >= MIN_DEV8_CONLL
    assert res["one_event"] >= MIN_DEV8_ONE_EVENT


def test_happenings_gold_dev9_is_a_tenth_split_drawn_from_candidate_groups():
    """The ninth dev batch (annotated before the session-11 changes, drawn at random from the candidate
    groups of eval/happenings/candidates.py) shares no happening or gold post with the others, lies
    at least two days from every test happening, and has each happening told by three outlets."""
    import datetime as dt

    dev9, distract = read_gold(GOLD, "dev9")
    others = [h for split in ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "test")
              for h in read_gold(GOLD, split)[0]]
    assert len(dev9) >= 5 and distract
    assert not {h["id"] for h in dev9} & {h["id"] for h in others}
    gold_posts = {m["post"] for h in dev9 for m in h["mentions"]}
    assert not gold_posts & {m["post"] for h in others for m in h["mentions"]}
    assert not gold_posts & set(distract)
    for h in dev9:
        day = dt.date.fromisoformat(h["day"])
        assert len({m["outlet"] for m in h["mentions"]}) >= 3, h["id"]
        assert all(abs((day - dt.date.fromisoformat(o["day"])).days) >= 2 for o in others if o["split"] == "test"), h["id"]



def test_happenings_gold_dev10_is_an_eleventh_split_drawn_like_the_test():
    """The tenth dev batch (annotated and scored before the session-13 changes, drawn from the candidate
    groups like the test split's) shares no happening or gold post with the others, lies at
    least two days from every test happening, has each happening told by three outlets, and holds pairs
    of one kind that must stay apart (two deaths on one day, three stabbings, two rounds of one
    tournament) beside near misses of the same stories."""
    import datetime as dt

    dev10, distract = read_gold(GOLD, "dev10")
    splits = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "test")
    others = [h for split in splits for h in read_gold(GOLD, split)[0]]
    assert 10 <= len(dev10) <= 12 and len(distract) >= 2 * len({h["day"] for h in dev10})
    assert not {h["id"] for h in dev10} & {h["id"] for h in others}
    gold_posts = {m["post"] for h in dev10 for m in h["mentions"]}
    assert not gold_posts & {m["post"] for h in others for m in h["mentions"]}
    assert not gold_posts & set(distract)
    for h in dev10:
        day = dt.date.fromisoformat(h["day"])
        assert len({m["outlet"] for m in h["mentions"]}) >= 3, h["id"]
        assert all(abs((day - dt.date.fromisoformat(o["day"])).days) >= 2 for o in others if o["split"] == "test"), h["id"]
    kinds = [h["kind"] for h in dev10]
    assert kinds.count("death") >= 2 and kinds.count("attack") >= 3 and kinds.count("sports") >= 2
    same_day_deaths = [h["day"] for h in dev10 if h["kind"] == "death"]
    assert len(same_day_deaths) > len(set(same_day_deaths))

# Measured with `kroniek eval happenings --split dev9` (2026-12-07, eleventh session) before any change:
# CoNLL-F1 0.811, 4 of 5 one event (5 reachable), 31 of 33 triggers covered, same-lemma 0.576 (2 of 5).
# After parts of one day that meet say nothing against each other ("zaterdagmiddag" / "diezelfde avond",
# link.events.times._two_parts): 0.853, 5 of 5.
# Twelfth session (hlink): after a merge that joins texts is judged by its cross-text pairs alone
# (link.events.cluster._link_average; a report's own weak pairs no longer dilute it): 0.903, 5 of 5.
# Fourteenth session (hnoun18): after a deverbal noun takes its listed verb's type ("intrekking" from
# "intrekken", kroniek.extract.event_deverbal): 0.949, 5 of 5.
MIN_DEV9_CONLL = 0.94
MIN_DEV9_ONE_EVENT = 5


@pytest.mark.frog
@pytest.mark.slow
def test_happenings_eval_gate_dev9():
    if not archive_path().is_file():
        pytest.skip(f"leestmeer archive not found at {archive_path()}")
    res = evaluate("dev9")
    assert res["system"]["conll_f1"] >= MIN_DEV9_CONLL
    assert res["one_event"] >= MIN_DEV9_ONE_EVENT


def test_happenings_eval_refuses_to_score_when_a_gold_post_failed_to_ingest(monkeypatch, tmp_path):
    """A component that raises drops its post from the store; the score must not quietly go on
    without it (found when a helper's broken rule made a split score as if nothing changed)."""
    from types import SimpleNamespace

    import kroniek.evaluation.happenings as H
    from kroniek.errors import EvalError

    hs = [{"id": "h", "mentions": [{"post": "2019-06/aa"}, {"post": "2019-06/bb"}]}]
    monkeypatch.setattr(H, "read_gold", lambda gold, split: (hs, []))
    monkeypatch.setattr(H, "Posts", lambda: SimpleNamespace(load=lambda ids: {i: b"" for i in ids}))
    monkeypatch.setattr(H, "post_document", lambda pid, raw: SimpleNamespace(text=""))
    monkeypatch.setattr(H, "place_triggers", lambda hs, texts: [])
    monkeypatch.setattr(H, "ingest", lambda raw, cache, echo: ({"2019-06/aa": Document(id="d1", text="", source="aa")}, []))
    with pytest.raises(EvalError, match=r"1 of 2 gold posts failed to ingest \(first: 2019-06/bb\)"):
        evaluate("dev", cache=tmp_path)
