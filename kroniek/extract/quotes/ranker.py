"""A learned choice among a quote's candidate speakers (issue #11), used where the rules give none.

For one found quote the candidates are the rules' own pick, every name (NER or surface run) and
every personal pronoun the coreference chains resolve in the quote's sentence, the two sentences
before it and the one after it (not inside a quote), the previous quote's speaker, and "no
speaker". Each candidate gets a few features (which rule step proposed it, distance in sentences
and characters, before or after the quote, sentence-initial, entity type, the previous speaker,
same paragraph, …); a logistic regression scores them and the highest score wins.
``eval/quotes/train_speakers.py`` fits the weights with numpy and judges them leave-one-batch-out
over the quote dev batches; the package scores with numpy alone (no scikit-learn at run time).

``fill_empty`` is what the quote finder runs (``attribute.run``): a found quote the rules leave
without a speaker takes the ranker's best candidate, when that is not "no speaker" and
``fillable`` holds (Frog's typed names, a story opener or a reported clause whose phrase named
nobody, no speaker on the quote before). That is the whole selection rule: a speaker the rules did
pick is never replaced. Judged leave-one-batch-out over the 13 quote dev batches
(``eval/quotes/train_speakers.py --frog``) the ranker alone is worse than the rules (1158 against
1161 of 1254 found quotes) and the ranker in place of the rules' uncertain steps gains nothing;
only where the rules are empty does it gain (1161 -> 1166, no batch losing one). The filled
speaker is not carried on to later quotes.

Replacing a rule's pick was tried twice more (session 13, ``eval/quotes/speaker_overrides.py``),
each with its setting chosen inside the training folds: a margin (the ranker's best other
candidate beats the rule's by more than m) and a binary "the rule's pick is wrong here" model.
Both chose "never" in all 13 folds (no margin or threshold gained a quote on the training
batches' out-of-fold scores: the small ones lost, the large ones tied), so both stay out; so do the posts' real titles for the headline
group (the same figures as with the opening sentence).
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

import numpy as np

from ...model import Quote, Token
from .. import quote_lexicon as lx
from .context import Context, in_quote, names_between, sent_index, window_start, words_in
from .speakers import chain_speaker

Span = tuple[int, int]
WEIGHTS_FILE = "speaker_ranker.json"  # written by eval/quotes/train_speakers.py --save
PRONOUNS = frozenset(["hij", "zij", "ze"])
# the attribution steps (``attribute.run_traced``) a feature of their own
STEPS = (
    "after", "before", "frame", "inline", "volgens", "back", "chain", "passive", "reported",
    "reported-final", "carry-topic", "carry-last", "carry-org", "carry-opener", "carry-answer",
    "carry-question", "prev",
)


@dataclass(slots=True)
class Candidate:
    span: Span | None  # None: "no speaker"
    features: dict[str, float]


def step_of(path: str) -> str:
    """The attribution step of a traced path ("after+resolve" -> "after", "carry/none" -> "carry")."""
    return path.split("+")[0].split("/")[0]


def candidates(
    st: Context,
    start: int,
    end: int,
    rule: Span | None,
    path: str,
    prev: Span | None,
    direct: bool,
    cue: str | None = None,
) -> list[Candidate]:
    """Every candidate speaker of the quote [start, end) with its features (``cue``: the
    quote's cue words, "zegt", "laat weten", "volgens" …)."""
    si = sent_index(st, start)
    lo = window_start(st, si, 2)
    hi = st.sents[min(si + 1, len(st.sents) - 1)][1] if st.sents else len(st.text)
    spans: dict[Span, str] = {}
    for s, e, typ in names_between(st, lo, hi):
        if not in_quote(st, s) and not (start <= s < end):
            spans.setdefault((s, e), typ)
    for k in words_in(st, lo, hi):
        w = st.words[k]
        if w.text.lower() in PRONOUNS and not in_quote(st, w.start) and not (start <= w.start < end):
            named = chain_speaker(st, (w.start, w.end))
            if named is not None:
                spans.setdefault(named, "PRON")
    if prev is not None:
        spans.setdefault(prev, "PREV")
    if rule is not None:
        spans.setdefault(rule, "RULE")
    step = step_of(path)
    common = {"direct": float(direct), f"path_{step}": 1.0 if step in STEPS else 0.0}
    if "cue" in GROUPS:
        common[f"cue_{cue_class(cue)}"] = 1.0
    none = _none_features(st, rule, path, lo, start, len(spans))
    out = [Candidate(None, {**none, **_cross(common, "none")})]
    lede = headline_words(st) if "headline" in GROUPS else frozenset()
    for span, kind in spans.items():
        f = _span_features(st, span, kind, start, end, si, rule, prev)
        f |= parse_features(st, span, si, GROUPS)
        if "headline" in GROUPS:
            f["in_headline"] = float(_last_word(st, span) in lede)
        out.append(Candidate(span, {**f, **_cross(common, "rule" if span == rule else "other")}))
    return out


def _cross(common: dict[str, float], role: str) -> dict[str, float]:
    """The quote's own features crossed with the candidate's role (none, the rule's, another)."""
    return {f"{role}_{k}": v for k, v in common.items() if v} | {f"is_{role}": 1.0}


# pronouns that name nobody unless the text before does
BARE = frozenset(["hij", "zij", "ze", "hem", "haar", "men", "wij", "we", "ik", "zich", "hen", "zijn"])


def _none_features(
    st: Context, rule: Span | None, path: str, lo: int, start: int, n: int
) -> dict[str, float]:
    """What speaks for "no speaker": the rules found none, or only a bare pronoun, lower-case
    role words or a guess, and no name stands before the quote."""
    said = "" if rule is None else st.text[rule[0] : rule[1]]
    named_before = any(not in_quote(st, s) for s, _e, _t in names_between(st, lo, start))
    return {
        "none_rule_empty": float(rule is None),
        "none_candidates": math.log1p(n),
        "none_rule_pronoun": float(said.lower() in BARE),
        "none_rule_lower": float(bool(said) and not any(w[:1].isupper() for w in said.split())),
        "none_rule_guess": float("+epithet" in path or "+office" in path),
        "none_no_name_before": float(not named_before),
    }


def _span_features(
    st: Context,
    span: Span,
    kind: str,
    start: int,
    end: int,
    si: int,
    rule: Span | None,
    prev: Span | None,
) -> dict[str, float]:
    """Position, type and history features of one candidate span."""
    ci = sent_index(st, span[0])
    before = span[1] <= start
    dist = start - span[1] if before else span[0] - end
    said = st.text[span[0] : span[1]]
    opens = bool(st.sents) and st.text[st.sents[ci][0] : span[0]].strip(" „\"'“‘") == ""
    same_text = prev is not None and st.text[prev[0] : prev[1]].split()[-1:] == said.split()[-1:]
    f = {
        f"kind_{kind}": 1.0,
        "before": float(before),
        "log_dist": math.log1p(max(dist, 0)) / 5,
        f"sent_{min(max(ci - si, -2), 1)}": 1.0,
        "opens_sentence": float(opens),
        "is_prev": float(same_text),
        "same_para": float(_para(st, span[0]) == _para(st, start)),
        "capitalised": float(said[:1].isupper()),
        "words": min(len(said.split()), 4) / 4,
    }
    if rule is not None:
        f["same_as_rule"] = float(st.text[rule[0] : rule[1]].split()[-1:] == said.split()[-1:])
    return f


# the parse feature groups: su (the subject of a verb of saying or another verb), volgens (its
# object), app (an apposition), cue (the cue's lemma class), headline (named in the title or the
# opening sentence). Measured leave-one-batch-out (eval/quotes/train_speakers.py --groups …) none
# gains: all five give 1165 of 1254 against 1166 without (dev5 loses one), so the shipped
# ranker reads none of them and ``GROUPS`` is empty.
PARSE_GROUPS = ("su", "volgens", "app", "cue", "headline")
GROUPS: frozenset[str] = frozenset()
# cue lemma classes: plain saying, writing/announcing, answering/reacting, opinion, the rest
SAY = frozenset(["zeggen", "vertellen", "verklaren", "stellen", "benadrukken", "onderstrepen", "beklemtonen"])
WRITE = frozenset(["schrijven", "melden", "vermelden", "meedelen", "laten weten", "tweeten", "bekendmaken"])
ANSWER = frozenset(["reageren", "antwoorden", "toevoegen", "aanvullen"])


def cue_class(cue: str | None) -> str:
    """The class of a quote's cue: none, volgens, aldus, say, write, answer, opinion or other."""
    if not cue:
        return "none"
    low = cue.lower()
    if low in ("volgens", "aldus"):
        return low
    lemma = "laten weten" if low.startswith(("laat weten", "laten weten", "liet weten", "lieten weten")) else ""
    lemma = lemma or lx.QUOTE_CUE_FORMS.get(low.split()[0], low.split()[0])
    for name, group in (("say", SAY), ("write", WRITE), ("answer", ANSWER), ("opinion", lx.OPINION_LEMMAS)):
        if lemma in group:
            return name
    return "other"


def head_token(st: Context, span: Span) -> int | None:
    """The index of the span's head token: the first Frog token in it whose head lies outside."""
    inside = [st.tokens_at[w.start] for w in (st.words[k] for k in words_in(st, span[0], span[1]))
              if w.start in st.tokens_at]
    for k in inside:
        if st.doc.tokens[k].head not in inside:
            return k
    return None


def _reporting(tok: Token) -> bool:
    return tok.lemma.lower() in lx.REPORTING_LEMMAS or tok.lemma.lower() in lx.OPINION_LEMMAS


def _governs_report(toks: list[Token], g: int) -> bool:
    """Whether token ``g`` is a verb of saying or the auxiliary of one ("heeft gezegd")."""
    if _reporting(toks[g]):
        return True
    return any(t.head == g and t.deprel == "vc" and _reporting(t) for t in toks[max(0, g - 12) : g + 12])


def parse_features(st: Context, span: Span, si: int, groups: frozenset[str]) -> dict[str, float]:
    """What Frog's dependencies say of a candidate: the subject of a verb of saying (in the
    quote's sentence or another), of another finite verb, the object of "volgens", an apposition
    or the head of one."""
    k = head_token(st, span) if groups else None
    if k is None:
        return {}
    toks = st.doc.tokens
    t, f = toks[k], {}
    g = t.head if 0 <= t.head < len(toks) else None
    if "su" in groups and t.deprel == "su" and g is not None:
        if _governs_report(toks, g):
            f["dep_su_report_here" if sent_index(st, span[0]) == si else "dep_su_report"] = 1.0
        elif toks[g].coarse_pos == "WW":
            f["dep_su_verb"] = 1.0
    if "volgens" in groups and g is not None and t.deprel == "obj1" and toks[g].lemma.lower() == "volgens":
        f["dep_volgens"] = 1.0
    if "app" in groups:
        if t.deprel == "app":
            f["dep_is_app"] = 1.0
        if any(x.head == k and x.deprel == "app" for x in toks[k : k + 8]):
            f["dep_has_app"] = 1.0
    return f


def headline_words(st: Context) -> frozenset[str]:
    """The lower-case words of the title, or of the opening sentence when there is none."""
    text = st.doc.title or (st.text[st.sents[0][0] : st.sents[0][1]] if st.sents else "")
    return frozenset(w.lower().strip(".,:;!?\"'„”“‘’()") for w in text.split())


def _last_word(st: Context, span: Span) -> str:
    ws = st.text[span[0] : span[1]].split()
    return ws[-1].lower() if ws else ""


def _para(st: Context, offset: int) -> int:
    for k, (s, e) in enumerate(st.paras):
        if s <= offset < e:
            return k
    return -1


def vectorise(rows: Sequence[dict[str, float]], vocab: dict[str, int]) -> np.ndarray:
    """A feature matrix over ``vocab`` (unknown features dropped), with a bias column."""
    x = np.zeros((len(rows), len(vocab) + 1))
    x[:, -1] = 1.0
    for i, r in enumerate(rows):
        for k, v in r.items():
            j = vocab.get(k)
            if j is not None:
                x[i, j] = v
    return x


def choose(cands: Sequence[Candidate], vocab: dict[str, int], weights: np.ndarray) -> int:
    """The index of the best-scored candidate."""
    scores = vectorise([c.features for c in cands], vocab) @ weights
    return int(np.argmax(scores))


@lru_cache(maxsize=1)
def model() -> tuple[dict[str, int], np.ndarray]:
    """The shipped feature vocabulary and weights (kroniek/data/speaker_ranker.json)."""
    raw = json.loads(resources.files("kroniek.data").joinpath(WEIGHTS_FILE).read_text(encoding="utf-8"))
    return {k: i for i, k in enumerate(raw["features"])}, np.array(raw["weights"], dtype=float)


FILLED_STEPS = frozenset(["carry-opener", "reported"])


def fillable(st: Context, path: str, prev: Span | None) -> bool:
    """Whether the ranker may give a speaker to a quote the rules left empty: only with Frog's
    typed names (surface runs take "Van", "Weer" for names), only a quote no step before it found
    anyone for (a story opener, a reported clause whose speaker phrase named nobody), and only
    when the quote before it has no speaker either (the rules chose not to carry that speaker on:
    a guessed person, a passive cue, a colon frame without a name keep their quote empty)."""
    return st.typed and step_of(path) in FILLED_STEPS and prev is None


def fill_empty(st: Context, traced: list[tuple[Quote, str]]) -> list[tuple[Quote, str]]:
    """Quotes the rules left without a speaker get the ranker's pick (its step gains "+ranker");
    the features of every quote read the rules' own speakers, not another quote's pick."""
    vocab, weights = model()
    out = []
    for k, (q, path) in enumerate(traced):
        if q.speaker_start is not None:
            out.append((q, path))
            continue
        before = traced[k - 1][0] if k > 0 else None
        prev = None
        if before is not None and before.speaker_start is not None and before.speaker_end is not None:
            prev = (before.speaker_start, before.speaker_end)
        if not fillable(st, path, prev):
            out.append((q, path))
            continue
        cands = candidates(st, q.start, q.end, None, path, prev, q.direct, q.cue)
        pick = cands[choose(cands, vocab, weights)].span
        if pick is None:
            out.append((q, path))
        else:
            out.append((replace(q, speaker_start=pick[0], speaker_end=pick[1]), path + "+ranker"))
    return out
