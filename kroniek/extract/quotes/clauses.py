"""Clauses around a reporting verb: where the clause starts, its finite verb, the cue text,
separable particles, where a reported clause ends, and the source of "klonk het".
"""

from __future__ import annotations

from .. import quote_lexicon as lx
from .. import quote_marks as qm
from .context import Context, in_quote, names_in, sent_index, span_of, words_in
from .subjects import np_after
from .wordclass import SUBORDINATORS, TRAILING, plural_like


def klinkt_source(st: Context, i: int, limit: int, sent_start: int) -> tuple[int, int] | None:
    """Who "klonk het" quotes: "klonk het bij de oppositie" names them; a bare "klonk het"
    is the group the sentence before is about ("Critici vinden dat onterecht. …, klonk
    het"), never a person named earlier: nobody else."""
    ws = words_in(st, st.words[i].end, limit)
    for k, m in enumerate(ws[:3]):
        if st.words[m].low in ("bij", "uit", "vanuit", "van", "onder") and k + 1 < len(ws):
            r = np_after(st, ws[k + 1], limit)
            if r is not None:
                return span_of(st, r)
    si = sent_index(st, sent_start)
    if si == 0:
        return None
    ps, pe = st.sents[si - 1]
    first = words_in(st, ps, pe)[:1]
    if first and in_quote(st, st.words[first[0]].start):
        return None  # the sentence before is somebody's quote ("„… De verhoudingen zijn zoek.”")
    r = np_after(st, first[0], pe) if first else None
    if r is None:
        return None
    head = st.words[r[1] - 1]
    lone = r[1] - r[0] == 1  # "Critici vinden …": a capital only for opening the sentence
    if head.low in lx.PRONOUNS or not plural_like(head.low):
        return None
    if not lone and names_in(st, *span_of(st, r)):
        return None
    return span_of(st, r)


def subclause_start(st: Context, ws: list[int], k: int, ss: int) -> int:
    """Where the clause holding word ``k`` begins: after ", omdat" in "…, omdat hij volgens
    deskundigen handelde vanuit een psychose" (the main clause is not attributed)."""
    for m in range(k - 1, 0, -1):
        if st.words[ws[m]].low in SUBORDINATORS and st.words[ws[m - 1]].text == ",":
            return st.words[ws[m + 1]].start if m + 1 < k else ss
    return ss


def trim_end(st: Context, start: int, cut: int) -> int:
    """End of a clause cut before another frame, without a dangling "en hij," or marks."""
    ws = words_in(st, start, cut)
    while ws and (
        st.words[ws[-1]].low in TRAILING
        or not st.words[ws[-1]].text[:1].isalnum()
        and st.words[ws[-1]].text not in ("”", '"', "’")
    ):
        ws.pop()
    if not ws:
        return start
    return (
        qm.strip_end(st.text, start, st.words[ws[-1]].end)
        if st.words[ws[-1]].text[:1].isalnum()
        else st.words[ws[-1]].end
    )


def particle_lemma_at(st: Context, ws: list[int], k: int) -> str:
    """The separable reporting verb whose particle is word k ("legt … uit", "liet … weten")."""
    low = st.words[ws[k]].low
    for lemma, (particle, stems) in lx.PARTICLES.items():
        # "wijst erop dat": "erop" is the particle of a prepositional verb ("wijzen op")
        if low != particle and not (" " in lemma and low == "er" + particle):
            continue
        for m in reversed(ws[max(0, k - 16) : k]):
            t = st.words[m].low
            if t in stems:
                return lemma
            if t in (",", ".", ";") and lemma != "laten weten":
                break
    return ""


def finite_for(st: Context, ws: list[int], k: int, particle_lemma: str) -> int:
    if particle_lemma:
        stems = lx.PARTICLES[particle_lemma][1]
        for m in reversed(ws[:k]):
            if st.words[m].low in stems:
                return m
    return ws[k]


def governing_verb(st: Context, ws: list[int], k: int) -> int:
    """The verb whose subject speaks for the cue at ``k``: "begon te vertellen", "probeerde
    uit te leggen" — an infinitive cue after "te" has the subject of the verb before "te"
    (else the cue itself, as ``finite_for`` gives it)."""
    if k < 2 or st.words[ws[k - 1]].low != "te":
        return finite_for(st, ws, k, "")
    v = k - 3 if st.words[ws[k - 2]].low in _TE_PARTICLES and k >= 3 else k - 2
    return ws[v] if st.words[ws[v]].text.isalpha() else ws[k]


# separable particles before "te" ("uit te leggen", "toe te lichten")
_TE_PARTICLES = frozenset(["uit", "toe", "aan", "op", "mee", "door", "na", "af", "weer", "bekend"])


def cue_text(st: Context, ws: list[int], k: int, particle_lemma: str) -> str:
    if particle_lemma:
        f = finite_for(st, ws, k, particle_lemma)
        return f"{st.words[f].text} {st.words[ws[k]].text}"
    return st.words[ws[k]].text


def find_clause_start(st: Context, ws: list[int], k: int) -> int:
    """First word of the clause holding word k: after a ", maar" / "; " / ", en" break, or
    after ", nadat" / ", omdat" (a subordinate clause has its own subject: "Trump viel hem aan,
    nadat Khan had gezegd het bezoek niet te steunen") until an "en" or "maar" goes back."""
    start = main = ws[0]
    for m in ws[:k]:
        t = st.words[m]
        after_comma = m > ws[0] and st.words[m - 1].text == ","
        if t.text == ";" or (after_comma and t.low in ("maar", "en")):
            start = main = m + 1
        elif after_comma and t.low in SUBORDINATORS:
            start = m + 1
        elif t.low in ("en", "maar") and start != main:
            start = main  # "Hij beschreef …, zodat … en concludeerde dat": back in the main clause
        elif t.low in SUBORDINATORS | {"nu", "toen"} and _subject_then_verb(st, m, ws[k]):
            start = m + 1  # "De kans is groot nu senator X zegt dat …" (no comma): X says it
    # "Maas wil …, maar stelt dat": an empty clause prefix reuses the sentence subject
    fin = finite_for(st, ws, k, "")
    if start >= fin:
        return ws[0]
    return start


def _subject_then_verb(st: Context, m: int, verb: int) -> bool:
    """Whether a noun phrase runs from right after word ``m`` straight to the verb: the
    subject of a verb-final subordinate clause ("nu senator X zegt", "omdat de arts zegt")."""
    r = np_after(st, m + 1, st.words[verb].start)
    return r is not None and r[0] == m + 1 and r[1] == verb
