"""Features for the Dutch NER CRF: word form, Frog's lemma/POS/NER, gazetteers and document context.

A token only needs ``word``, ``lemma``, ``pos`` (full CGN tag) and ``ner`` (Frog's BIO tag). The same
function builds features at training time (from cached Frog output of CoNLL-2002) and at run time
(from a Document's Frog tokens), so both must come from the same Frog modules: tokens kept as given,
lemma, POS tagger and NER on (``--skip=tmpac`` or a full run; multi-word units would change tokens).

Features are strings (crfsuite treats each as a binary feature). One call covers one document,
because some features look at the same word elsewhere in the article: a capitalised word that is
also written lower-case mid-sentence is probably not a name; a word Frog tags PER elsewhere is
probably PER here too (this is how "Clinton" alone inherits "Bill Clinton").
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import Protocol

from .. import gazetteer


class TokenLike(Protocol):
    """What the features read from a token (read-only, so frozen dataclasses fit)."""

    @property
    def word(self) -> str: ...
    @property
    def lemma(self) -> str: ...
    @property
    def pos(self) -> str: ...
    @property
    def ner(self) -> str: ...


_OPENERS = frozenset(
    ['"', "'", "(", "[", "-", "--", ":", "`", "``", "‘", "“", "„", "«", "»", "–", "—"]
)


def word_shape(word: str) -> str:
    """Character classes with runs collapsed: "Noord-Korea" -> "Xx-Xx", "F-16" -> "X-d"."""
    out: list[str] = []
    for ch in word:
        if ch.isupper():
            c = "X"
        elif ch.islower():
            c = "x"
        elif ch.isdigit():
            c = "d"
        else:
            c = ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)[:8]


def _coarse(pos: str) -> str:
    i = pos.find("(")
    return pos if i < 0 else pos[:i]


def _pos1(pos: str) -> str:
    """Main tag and first attribute: "N(eigen,ev,...)" -> "N:eigen", the part that separates names."""
    i = pos.find("(")
    if i < 0:
        return pos
    first = pos[i + 1 :].split(",", 1)[0].rstrip(")")
    return f"{pos[:i]}:{first}"


def _is_cap(word: str) -> bool:
    return word[:1].isupper()


def _sentence_initial(words: Sequence[str], i: int) -> bool:
    """First word of the sentence, possibly after an opening quote, bracket or dash."""
    j = i - 1
    while j >= 0 and words[j] in _OPENERS:
        j -= 1
    return j < 0


def _token_base(tok: TokenLike, gaz: str, initial: bool) -> dict[str, str]:
    """Per-token attributes that also serve as context features for neighbours."""
    w = tok.word
    lw = w.lower()
    ner = tok.ner or "O"
    return {
        "w": lw,
        "sh": word_shape(w),
        "p": _coarse(tok.pos),
        "p1": _pos1(tok.pos),
        "fn": ner,
        "ft": ner[2:] if len(ner) > 2 else "O",
        "g": gaz,
        "cap": "1" if _is_cap(w) else ("i" if initial else "0"),
    }


def _gazetteer_tags(words: Sequence[str]) -> list[str]:
    """One compact gazetteer label per token: B/I of list matches, nationalities, particles."""
    tags = ["" for _ in words]
    for start, end, label in gazetteer.match_spans(words):
        for k in range(start, end):
            prefix = "B" if k == start else "I"
            tags[k] = (tags[k] + "|" if tags[k] else "") + f"{prefix}{label}"
    nat = gazetteer.nationalities()
    for k, w in enumerate(words):
        lw = w.lower()
        extra = []
        if _is_cap(w) and lw in nat:
            extra.append("nat")
        if lw in gazetteer.NAME_PARTICLES:
            extra.append("part")
        if lw.strip(".") in gazetteer.ORG_WORDS:
            extra.append("org")
        if extra:
            tags[k] = "|".join(([tags[k]] if tags[k] else []) + extra)
    return [t or "-" for t in tags]


class _DocStats:
    """What the rest of the article says about each word form."""

    def __init__(self, sentences: Sequence[Sequence[TokenLike]]) -> None:
        self.lower_mid: Counter[str] = Counter()  # written lower-case somewhere
        self.cap_mid: Counter[str] = Counter()  # capitalised but not sentence-initial
        self.frog_type: dict[str, Counter[str]] = defaultdict(Counter)
        self.in_multi: Counter[str] = Counter()  # inside a run of >= 2 capitalised words
        for sent in sentences:
            words = [t.word for t in sent]
            for i, t in enumerate(sent):
                w = t.word
                if not w[:1].isalpha():
                    continue
                key = w.lower()
                if w[:1].islower():
                    self.lower_mid[key] += 1
                    continue
                if not _sentence_initial(words, i):
                    self.cap_mid[key] += 1
                ner = t.ner or "O"
                self.frog_type[key][ner[2:] if len(ner) > 2 else "O"] += 1
                prev_cap = i > 0 and _is_cap(words[i - 1]) and not _sentence_initial(words, i - 1)
                next_cap = i + 1 < len(words) and _is_cap(words[i + 1])
                if prev_cap or next_cap:
                    self.in_multi[key] += 1

    def features(self, tok: TokenLike, initial: bool) -> list[str]:
        w = tok.word
        if not _is_cap(w):
            return []
        key = w.lower()
        out = []
        if self.lower_mid[key]:
            out.append("d.low")
        # Exclude this occurrence itself so that the feature says something about the others.
        own_mid = 0 if initial else 1
        if self.cap_mid[key] - own_mid > 0:
            out.append("d.capmid")
        ner = tok.ner or "O"
        own = ner[2:] if len(ner) > 2 else "O"
        others = self.frog_type[key].copy()
        others[own] -= 1
        others = +others
        if others:
            best, _ = others.most_common(1)[0]
            out.append(f"d.ft={best}")
            if len(others) > 1:
                out.append("d.ftmixed")
        if self.in_multi[key]:
            out.append("d.multi")
        return out


def document_features(sentences: Sequence[Sequence[TokenLike]]) -> list[list[list[str]]]:
    """Feature strings per token per sentence for one document (an article)."""
    stats = _DocStats(sentences)
    return [_sentence_features(sent, stats) for sent in sentences]


def _affixes(lw: str) -> list[str]:
    out = []
    for n in (1, 2, 3, 4):
        if len(lw) > n:
            out.append(f"pre{n}={lw[:n]}")
            out.append(f"suf{n}={lw[-n:]}")
    return out


_QUOTES = frozenset(['"', "'", "``", "''", "‘", "’", "“", "”", "„", "«", "»"])


def _quoted(words: Sequence[str]) -> list[bool]:
    """Tokens between a pair of quote marks in the sentence: titles and slogans, often MISC."""
    inside = [False] * len(words)
    marks = [i for i, w in enumerate(words) if w in _QUOTES]
    for a, b in zip(marks[::2], marks[1::2], strict=False):
        for k in range(a + 1, b):
            inside[k] = True
    return inside


def _cap_runs(words: Sequence[str]) -> list[tuple[int, int] | None]:
    """The run of capitalised words (particles allowed inside) each token belongs to."""
    runs: list[tuple[int, int] | None] = [None] * len(words)
    i, n = 0, len(words)
    while i < n:
        if not words[i][:1].isupper():
            i += 1
            continue
        j = i + 1
        while j < n:
            if words[j][:1].isupper():
                j += 1
            elif (
                words[j].lower() in gazetteer.NAME_PARTICLES
                and j + 1 < n
                and words[j + 1][:1].isupper()
            ):
                j += 2
            else:
                break
        for k in range(i, j):
            runs[k] = (i, j)
        i = j
    return runs


def _sentence_features(sent: Sequence[TokenLike], stats: _DocStats) -> list[list[str]]:  # noqa: C901
    words = [t.word for t in sent]
    gaz = _gazetteer_tags(words)
    initial = [_sentence_initial(words, i) for i in range(len(words))]
    quoted = _quoted(words)
    runs = _cap_runs(words)
    base = [_token_base(t, gaz[i], initial[i]) for i, t in enumerate(sent)]
    n = len(sent)
    feats: list[list[str]] = []
    for i, tok in enumerate(sent):
        b = base[i]
        w = tok.word
        lw = b["w"]
        f = [
            "bias",
            f"w={lw}",
            f"lem={tok.lemma.lower()}",
            f"sh={b['sh']}",
            f"p={b['p']}",
            f"p1={b['p1']}",
            f"pos={tok.pos}",
            f"fn={b['fn']}",
            f"ft={b['ft']}",
            f"cap={b['cap']}",
            f"len={min(len(w), 8)}",
        ]
        f += _affixes(lw)
        if w.isupper() and len(w) > 1:
            f.append("allcaps")
        if any(ch.isdigit() for ch in w):
            f.append("digit")
        if "-" in w[1:]:
            f.append("hyphen")
            head, _, tail = w.partition("-")
            f.append(f"hy.tail={tail.lower()}")
            f.append(f"hy.head={head.lower()}")
            if tail[:1].isupper():
                f.append("hy.captail")
        if "." in w and len(w) > 1:
            f.append("dot")
        if initial[i]:
            f.append("init")
        for g in gaz[i].split("|"):
            f.append(f"g={g}")
        # Frog's NER crossed with capitalisation and sentence position: its mistakes differ by both.
        f.append(f"ft|cap={b['ft']}|{b['cap']}")
        f.append(f"p1|cap={b['p1']}|{b['cap']}")
        # Context window of two tokens either side.
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < n:
                c = base[j]
                f.append(f"{d}w={c['w']}")
                f.append(f"{d}sh={c['sh']}")
                f.append(f"{d}p1={c['p1']}")
                f.append(f"{d}fn={c['fn']}")
                f.append(f"{d}cap={c['cap']}")
                for g in c["g"].split("|"):
                    f.append(f"{d}g={g}")
            else:
                f.append(f"{d}w=<s>" if d < 0 else f"{d}w=</s>")
        if i > 0:
            f.append(f"-1w|w={base[i - 1]['w']}|{lw}")
            f.append(f"-1fn|fn={base[i - 1]['fn']}|{b['fn']}")
        if i + 1 < n:
            f.append(f"w|+1w={lw}|{base[i + 1]['w']}")
            f.append(f"cap|+1cap={b['cap']}|{base[i + 1]['cap']}")
        # A lower-case particle between capitalised words is inside a name: "Joop den Uyl".
        if lw in gazetteer.NAME_PARTICLES and 0 < i < n - 1:
            j = i + 1
            while j < n and base[j]["w"] in gazetteer.NAME_PARTICLES:
                j += 1
            if j < n and base[j]["cap"] == "1" and base[i - 1]["cap"] in ("1", "i"):
                f.append("particle.inname")
        if quoted[i]:
            f.append("inquote")
        run = runs[i]
        if run is not None:
            a, z = run
            # The last word of a capitalised run often names the kind: "... Bank", "... Partij".
            f.append(f"run.last={words[z - 1].lower()}")
            f.append(f"run.len={min(z - a, 4)}")
            f.append(f"run.pos={'B' if i == a else 'I'}")
            if a > 0:
                f.append(f"run.before={base[a - 1]['w']}")
        f += stats.features(tok, initial[i])
        feats.append(f)
    return feats


def _entity_type_per_token(tags: Sequence[str]) -> list[str]:
    return [t[2:] if len(t) > 2 else "O" for t in tags]


def stacked_features(
    sentences: Sequence[Sequence[TokenLike]],
    base: Sequence[Sequence[Sequence[str]]],
    first_pass: Sequence[Sequence[str]],
) -> list[list[list[str]]]:
    """Second-pass features: the first CRF's tags here, around here and elsewhere in the document.

    A name is usually tagged the same way throughout an article, and the first pass is more sure
    where the name comes with context ("minister X", "X zei"): the label the first pass gave the same
    word elsewhere, and whether it was part of a longer entity there, carries that over.
    """
    by_word: dict[str, Counter[str]] = defaultdict(Counter)
    in_multi: dict[str, Counter[str]] = defaultdict(Counter)
    for sent, tags in zip(sentences, first_pass, strict=True):
        types = _entity_type_per_token(tags)
        for i, t in enumerate(sent):
            if not _is_cap(t.word):
                continue
            key = t.word.lower()
            by_word[key][types[i]] += 1
            if types[i] != "O":
                left = i > 0 and tags[i][:1] == "I"
                right = i + 1 < len(tags) and tags[i + 1][:1] == "I"
                if left or right:
                    in_multi[key][types[i]] += 1
    out: list[list[list[str]]] = []
    for sent, feats, tags in zip(sentences, base, first_pass, strict=True):
        n = len(sent)
        types = _entity_type_per_token(tags)
        rows = []
        for i, t in enumerate(sent):
            f = list(feats[i])
            f.append(f"s1={tags[i]}")
            f.append(f"s1-1={tags[i - 1] if i > 0 else '<s>'}")
            f.append(f"s1+1={tags[i + 1] if i + 1 < n else '</s>'}")
            f.append(f"s1|fn={tags[i]}|{t.ner or 'O'}")
            if _is_cap(t.word):
                key = t.word.lower()
                others = by_word[key].copy()
                others[types[i]] -= 1
                others = +others
                if others:
                    best, _ = others.most_common(1)[0]
                    f.append(f"d1={best}")
                    f.append(f"d1|s1={best}|{types[i]}")
                    if len(others) > 1:
                        f.append("d1mixed")
                multi = in_multi[key].copy()
                if types[i] != "O" and (
                    (i > 0 and tags[i][:1] == "I") or (i + 1 < n and tags[i + 1][:1] == "I")
                ):
                    multi[types[i]] -= 1
                multi = +multi
                if multi:
                    f.append(f"d1multi={multi.most_common(1)[0][0]}")
            rows.append(f)
        out.append(rows)
    return out
