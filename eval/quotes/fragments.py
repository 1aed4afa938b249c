"""The short-quoted-phrase decision counted over every quote dev set.

    python eval/quotes/fragments.py [--frog] [--list]

A quoted phrase the extractor calls a fragment (``direct.is_fragment``: no end punctuation and
lower-case, short, or opened inside a clause) is kept as a quote only when a speaker is found for
it; titles, terms and headings are dropped before that. For every such phrase of the dev splits
this prints its features (word count, the word class before it, a capital, where it stands in its
sentence, whether its sentence names a person outside it), what the gold says (a gold direct
quote overlaps it) and what the extractor decided, then a table of counts per feature value and
the candidate decision rules judged leave-one-batch-out: a rule is chosen on the other batches
(the most right decisions) and scored on the batch left out. Test splits are never read.
``--list`` also prints one line per phrase (its document and offset, features and decision; no text).
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from kroniek.evaluation.quotes import (  # noqa: E402
    DEFAULT_CACHE,
    GoldDoc,
    cached,
    frog_analyser,
    gold_document,
    load_gold,
)
from kroniek.extract import quote_lexicon as lx  # noqa: E402
from kroniek.extract.quotes import attribute  # noqa: E402
from kroniek.extract.quotes.names import read_context  # noqa: E402

SETS = ["gold.jsonl", "leestmeer.jsonl", *sorted(p.name for p in HERE.glob("leestmeer_dev*.jsonl"))]

_NAMING = re.compile(r"\b(noem\w*|genoemd\w*|betitel\w*|bestempel\w*|omschre\w*|omschrijf\w*)\b")
_OPINION = re.compile(r"\b(vind\w*|vond\w*|vindt)\b")
_SPEAKS_OF = re.compile(r"\b(spr[eao]\w*|gesproken)\s+(?:\w+\s+){0,3}(van|over)\s*$")
_SO_CALLED = re.compile(r"\b(zogenaamde?|zogenoemde?|zogeheten)\s*$")
_AS = re.compile(r"\bals\s*$")
_ARTICLE = re.compile(r"\b(de|het|een)\s*$", re.I)


@dataclass(slots=True)
class Phrase:
    batch: str
    doc: str
    start: int
    end: int
    words: int
    before: str  # the word class right before it: naming/opinion/speaks-of/so-called/als/article/other
    capital: bool
    position: str  # alone / opens / ends / inside (its sentence)
    person: bool  # the sentence names a person (a capitalised word that is not its first) outside it
    verb: bool  # a reporting or opinion verb in the sentence outside the phrase
    decided: str  # kept / no-speaker / title / term / heading / in-reported
    path: str
    gold: bool  # a gold direct quote overlaps it

    @property
    def kept(self) -> bool:
        return self.decided == "kept"


def _word_class(head: str) -> str:
    low = head.lower()
    for name, rx in (("so-called", _SO_CALLED), ("speaks-of", _SPEAKS_OF), ("als", _AS)):
        if rx.search(low):
            return name
    if _ARTICLE.search(low):
        tail = low[-60:]
        return "naming+article" if _NAMING.search(tail) else "article"
    tail = low[-50:]
    if _NAMING.search(tail):
        return "naming"
    if _OPINION.search(tail):
        return "opinion"
    return "other"


def _position(st_text: str, ss: int, se: int, start: int, end: int) -> str:
    head = any(ch.isalnum() for ch in st_text[ss:start])
    tail = any(ch.isalnum() for ch in st_text[end:se])
    return {(False, False): "alone", (False, True): "opens", (True, False): "ends"}.get(
        (head, tail), "inside"
    )


_VERB_STEMS = frozenset(w.lower()[:5] for w in lx.REPORTING_LEMMAS | lx.OPINION_LEMMAS if len(w) >= 5)


def _names_person(text: str, ss: int, se: int, start: int, end: int) -> bool:
    outside = text[ss:start] + " " + text[end:se]
    words = re.findall(r"\w+", outside)
    caps = [w for i, w in enumerate(words) if i > 0 and w[:1].isupper() and w.lower() not in lx.PRONOUNS]
    pron = any(w.lower() in lx.PERSON_PRONOUNS for w in words)
    return bool(caps) or pron


def _has_verb(text: str, ss: int, se: int, start: int, end: int) -> bool:
    """A reporting or opinion verb's stem (its first five letters) in the sentence outside it."""
    words = re.findall(r"\w+", (text[ss:start] + " " + text[end:se]).lower())
    return any(w[:5] in _VERB_STEMS for w in words if len(w) >= 5)


def _phrases(batch: str, gd: GoldDoc, doc) -> list[Phrase]:  # type: ignore[no-untyped-def]
    """Every fragment of one document with the extractor's decision."""
    st = read_context(doc)
    decided: dict[tuple[int, int], tuple[str, str]] = {}
    real_speaker_of = attribute._speaker_of

    def spy(st_, c, si, pi, focus):  # type: ignore[no-untyped-def]
        span = real_speaker_of(st_, c, si, pi, focus)
        if c.direct and c.fragment:
            decided[(c.start, c.end)] = ("kept" if span is not None else "no-speaker", c.path)
        return span

    real_candidates = attribute._candidates
    seen: list = []  # every direct candidate

    def spy_cands(st_, direct, reported):  # type: ignore[no-untyped-def]
        seen.extend(direct)
        return real_candidates(st_, direct, reported)

    attribute._speaker_of, attribute._candidates = spy, spy_cands
    try:
        attribute.run(st)
    finally:
        attribute._speaker_of, attribute._candidates = real_speaker_of, real_candidates
    out = []
    for d in seen:
        if not d.fragment:
            continue
        text = st.text
        if (d.start, d.end) in decided:
            how, path = decided[(d.start, d.end)]
        elif attribute.is_title(text, st.words, d):
            how, path = "title", ""
        elif attribute.term(text, d):
            how, path = "term", ""
        elif attribute.heading(st, d):
            how, path = "heading", ""
        else:
            how, path = "in-reported", ""
        si = attribute.sent_index(st, d.start)
        ss, se = st.sents[si] if st.sents else (0, len(text))
        q = text[d.start : d.end]
        gold = any(g.direct and g.start < d.end and d.start < g.end for g in gd.quotes)
        out.append(
            Phrase(
                batch, gd.id, d.start, d.end, len(q.split()),
                _word_class(text[max(ss, d.start - 80) : d.start].rstrip(" „“\"‘'«")),
                q.lstrip(" „“\"‘'«")[:1].isupper(),
                _position(text, ss, se, d.start, d.end),
                _names_person(text, ss, se, d.start, d.end),
                _has_verb(text, ss, se, d.start, d.end),
                how, path, gold,
            )
        )
    return out


def collect(use_frog: bool) -> list[Phrase]:
    analyse = cached(frog_analyser(), DEFAULT_CACHE) if use_frog else None
    out: list[Phrase] = []
    for name in SETS:
        gds = [d for d in load_gold(HERE / name) if d.split == "dev"]
        docs = [gold_document(g) for g in gds]
        if analyse is not None:
            docs = analyse(docs)
        for gd, doc in zip(gds, docs, strict=True):
            out.extend(_phrases(name.removesuffix(".jsonl").removeprefix("leestmeer_"), gd, doc))
    return out


def _size(p: Phrase) -> str:
    return "1" if p.words == 1 else "2-3" if p.words <= 3 else "4+"


FEATURES: dict[str, Callable[[Phrase], str]] = {
    "words": _size,
    "before": lambda p: p.before,
    "capital": lambda p: str(p.capital),
    "position": lambda p: p.position,
    "person in sentence": lambda p: str(p.person),
    "verb in sentence": lambda p: str(p.verb),
}


def counts_table(ps: list[Phrase]) -> None:
    """Per feature value: phrases, gold quotes among them, kept among them, kept and gold."""
    print("| feature | value | phrases | gold quote | kept | kept & gold | dropped & gold | batches with dropped gold |")
    print("|---|---|---|---|---|---|---|---|")
    for fname, f in FEATURES.items():
        rows: dict[str, list[Phrase]] = defaultdict(list)
        for p in ps:
            rows[f(p)].append(p)
        for value, group in sorted(rows.items()):
            gold = sum(p.gold for p in group)
            kept = sum(p.kept for p in group)
            both = sum(p.gold and p.kept for p in group)
            missed = [p for p in group if p.gold and not p.kept]
            print(f"| {fname} | {value} | {len(group)} | {gold} | {kept} | {both} | {len(missed)} "
                  f"| {len({p.batch for p in missed})} |")


# A rule turns the extractor's decision into a new one; "keep" rules add dropped phrases of a
# kind (no-speaker ones only: titles, terms and headings stay out), "drop" rules remove kept ones.
Rule = Callable[[Phrase], bool]


def _rules() -> dict[str, Rule]:
    rules: dict[str, Rule] = {"as now": lambda p: p.kept}
    for cls in ("naming", "naming+article", "opinion", "speaks-of", "als", "so-called"):
        rules[f"keep + {cls}"] = lambda p, c=cls: p.kept or (p.decided == "no-speaker" and p.before == c)
        rules[f"drop {cls}"] = lambda p, c=cls: p.kept and p.before != c
    rules["keep + naming/opinion/speaks-of/als"] = lambda p: p.kept or (
        p.decided == "no-speaker" and p.before in ("naming", "opinion", "speaks-of", "als", "naming+article"))
    rules["keep + naming/opinion/speaks-of/als, person"] = lambda p: p.kept or (
        p.decided == "no-speaker" and p.person
        and p.before in ("naming", "opinion", "speaks-of", "als", "naming+article"))
    for n in (3, 4, 5):
        rules[f"keep + {n}+ words"] = lambda p, n=n: p.kept or (p.decided == "no-speaker" and p.words >= n)
        rules[f"keep + {n}+ words, person"] = lambda p, n=n: p.kept or (
            p.decided == "no-speaker" and p.words >= n and p.person)
        rules[f"keep + {n}+ words, person, not opening"] = lambda p, n=n: p.kept or (
            p.decided == "no-speaker" and p.words >= n and p.person and p.position in ("ends", "inside"))
    rules["drop carried (prev)"] = lambda p: p.kept and not p.path.startswith("prev")
    rules["drop 1 word carried"] = lambda p: p.kept and not (p.path.startswith("prev") and p.words == 1)
    rules["drop alone"] = lambda p: p.kept and p.position != "alone"
    rules["drop no person in sentence"] = lambda p: p.kept and p.person
    rules["drop capital 1 word"] = lambda p: p.kept and not (p.capital and p.words == 1)
    return rules


def _right(rule: Rule, ps: list[Phrase]) -> int:
    return sum(rule(p) == p.gold for p in ps)


def lobo(ps: list[Phrase]) -> None:
    """Each rule's right decisions per batch, and the rule chosen leave-one-batch-out."""
    rules = _rules()
    batches = sorted({p.batch for p in ps})
    by_batch = {b: [p for p in ps if p.batch == b] for b in batches}
    print(f"\n| rule | right (of {len(ps)}) | batches up | batches down |")
    print("|---|---|---|---|")
    base = {b: _right(rules["as now"], by_batch[b]) for b in batches}
    for name, rule in rules.items():
        per = {b: _right(rule, by_batch[b]) for b in batches}
        up = [b for b in batches if per[b] > base[b]]
        down = [b for b in batches if per[b] < base[b]]
        print(f"| {name} | {sum(per.values())} | {' '.join(up) or '-'} | {' '.join(down) or '-'} |")
    total_now = total_lobo = 0
    chosen: Counter[str] = Counter()
    for b in batches:
        rest = [p for p in ps if p.batch != b]
        best = max(rules, key=lambda n: (_right(rules[n], rest), n == "as now"))
        chosen[best] += 1
        total_now += base[b]
        total_lobo += _right(rules[best], by_batch[b])
    print(f"\nleave-one-batch-out: as now {total_now}, chosen rule {total_lobo} of {len(ps)};"
          f" chosen: {dict(chosen)}")


def main(argv: list[str]) -> None:
    ps = collect("--frog" in argv)
    if "--list" in argv:
        for p in ps:
            print(f"{p.batch} {p.doc} {p.start} w={p.words} {p.before} cap={p.capital} {p.position}"
                  f" person={p.person} verb={p.verb} {p.decided}/{p.path} gold={p.gold}")
    print(f"{len(ps)} quoted phrases; gold quotes {sum(p.gold for p in ps)}; kept {sum(p.kept for p in ps)};"
          f" right {sum(p.kept == p.gold for p in ps)}\n")
    counts_table(ps)
    lobo(ps)


if __name__ == "__main__":
    main(sys.argv[1:])
