"""Reported speech in one sentence: "X zegt dat …", te-infinitives, "volgens X …" and
clause-final cues ("…, aldus X").
"""

from __future__ import annotations

from .. import quote_lexicon as lx
from .. import quote_marks as qm
from .clauses import (
    cue_text,
    find_clause_start,
    finite_for,
    klinkt_source,
    particle_lemma_at,
    subclause_start,
)
from .context import Cand, Context, lemma_of, span_of, words_in
from .frames import inner_source
from .subjects import agent, find_subject, is_passive, np_after
from .wordclass import ADVERBS, KLINKT, RELATIVE_WORDS, participle_like


def find_reported(st: Context, si: int, direct: list[Cand]) -> list[tuple[int, Cand]]:
    """Reported-speech candidates in one sentence, with a priority (lower wins)."""
    ss, se = st.sents[si]
    ws = words_in(st, ss, se)
    out: list[tuple[int, Cand]] = []
    if not ws:
        return out
    end = qm.strip_end(st.text, ss, se)
    for k, i in enumerate(ws):
        w = st.words[i]
        low = w.low
        # "…, aldus X" / "…, zegt X" / "…, zo zei X" at the end of the sentence
        if k >= 2 and (low == "aldus" or low in lx.QUOTE_CUE_FORMS or low == "zo"):
            prev = st.words[ws[k - 1]]
            j = k + 1 if low == "zo" else k
            before_comma = st.text[max(ss, prev.start - 2) : prev.start]
            if before_comma.endswith(tuple(qm.DOUBLE_CLOSERS) + ("’", "'")):
                pass  # '"…", zegt X': the direct quote takes this cue
            elif (
                prev.text == ","
                and j < len(ws)
                and (st.words[ws[j]].low == "aldus" or st.words[ws[j]].low in lx.QUOTE_CUE_FORMS)
            ):
                cue_w = st.words[ws[j]]
                r = np_after(st, ws[j] + 1, se)
                # the speaker ends the sentence, give or take a short adjunct ("bij Bel RTL")
                tail = (
                    []
                    if r is None
                    else [st.words[m] for m in ws if st.words[m].start >= st.words[r[1] - 1].end]
                )
                final = not (
                    r is not None
                    and (
                        st.words[r[0]].low == "dat"
                        or any(
                            t.low in ("dat", "of", "om") or t.text in (":", '"', "„") for t in tail
                        )
                        or len(tail) > (10 if tail and tail[0].low in ("en", "hem", "haar") else 7)
                    )
                )
                content = (ss, prev.start)
                opinion = lx.QUOTE_CUE_FORMS.get(cue_w.low) in lx.OPINION_LEMMAS
                # the quoted clause is the text before, unless something else follows
                if final and not opinion and (r is not None or cue_w.low in KLINKT):
                    sp = None if r is None else span_of(st, r)
                    if cue_w.low in KLINKT:
                        sp = klinkt_source(st, ws[j], se, ss)
                    out.append(
                        (
                            0,
                            Cand(
                                content[0],
                                content[1],
                                False,
                                cue_w.text,
                                sp,
                                cue_start=prev.start,
                            ),
                        )
                    )
                    continue
        if low == "volgens":
            r = np_after(st, i + 1, se)
            if r is None or any(
                st.words[m].low in lx.VOLGENS_NOT_SOURCE for m in range(r[0], r[1])
            ):
                continue  # "volgens de regels van Boeing": no source
            sp = span_of(st, r)
            if k == 0:
                rest = [x for x in ws if st.words[x].start >= sp[1]]
                while rest and st.words[rest[0]].text == ",":
                    rest = rest[1:]
                if not rest:
                    continue
                content = (st.words[rest[0]].start, end)
            elif st.words[ws[k - 1]].text == "," and qm.strip_end(st.text, sp[1], se) <= sp[1]:
                content = (ss, st.words[ws[k - 1]].start)
            else:
                content = (subclause_start(st, ws, k, ss), end)
            out.append((2, Cand(content[0], content[1], False, w.text, sp, cue_start=w.start)))
            continue
        lemma = lemma_of(st, w)
        particle_lemma = particle_lemma_at(st, ws, k)
        if not lemma and not particle_lemma:
            continue
        cue_lemma = particle_lemma or lemma
        # a "dat" clause within a few words after the cue
        dat = None
        for n_, m in enumerate(ws[k + 1 : k + 12]):
            t = st.words[m]
            if t.text in (";", ":", "„", '"', "“", "?", "!") or t.low in ("te", "maar", "want"):
                break
            # "…, zegt Weetjens, die vindt dat …": the dat belongs to the relative clause
            if (
                t.text == ","
                and k + 2 + n_ < len(ws)
                and st.words[ws[k + 2 + n_]].low in RELATIVE_WORDS
            ):
                break
            if t.low == "dat":
                dat = m
                break
        if dat is not None:
            # separable verbs need their particle right before "dat" unless written whole
            if not particle_lemma and lemma in lx.PARTICLES and low in lx.PARTICLES[lemma][1]:
                continue
            gap = [st.words[m].low for m in ws[k + 1 : ws.index(dat)]]
            if particle_lemma and gap and gap[-1] not in (lx.PARTICLES[particle_lemma][0], ","):
                continue
            content_start = st.words[dat + 1].start if dat + 1 < len(st.words) else se
            if content_start >= end:
                continue
            clause_start = find_clause_start(st, ws, k)
            fin = finite_for(st, ws, k, particle_lemma)
            sp = find_subject(st, clause_start, fin, se)
            cue = cue_text(st, ws, k, particle_lemma)
            c = Cand(content_start, end, False, cue, sp, cue_start=st.words[fin].start)
            c.passive = is_passive(st, clause_start, fin)
            if c.passive:
                # "Er wordt gezegd dat …": nobody speaks, unless "door X" names the agent
                c.speaker = agent(st, clause_start, st.words[dat].start)
            out.append((1, c))
            continue
        # a finite cue with a te-infinitive: "Zo zegt Iran wraak te zullen nemen"
        if cue_lemma in lx.TE_INFINITIVE_LEMMAS and not (low.startswith("ge") or low == "weten"):
            te = te_finite(st, ws, k, se, end, particle_lemma)
            if te is not None:
                out.append((1, te))
                continue
        # a te-infinitive after a participle / infinitive cue ("heeft aangegeven … te zullen wreken")
        if cue_lemma and participle_like(low):
            rest = ws[k + 1 :]
            has_te = any(st.words[m].low == "te" and n + 1 < len(rest) for n, m in enumerate(rest))
            if rest and has_te and st.words[rest[0]].text not in (",", "."):
                clause_start = find_clause_start(st, ws, k)
                sp = find_subject(st, clause_start, finite_for(st, ws, k, particle_lemma), se)
                cue = cue_text(st, ws, k, particle_lemma)
                out.append(
                    (
                        1,
                        Cand(st.words[rest[0]].start, end, False, cue, sp, cue_start=w.start),
                    )
                )
    return inner_source(out)


def te_finite(
    st: Context, ws: list[int], k: int, se: int, end: int, particle_lemma: str
) -> Cand | None:
    clause_start = find_clause_start(st, ws, k)
    verb_i = ws[k]
    pre = [m for m in range(clause_start, verb_i)]
    first = st.words[pre[0]].low if pre else ""
    inverted = not pre or (
        first in lx.FUNCTION_CAPS and first not in lx.DETERMINERS and first not in lx.PRONOUNS
    )
    rest = [m for m in ws[k + 1 :]]
    sp = None
    if inverted:
        r = np_after(st, verb_i + 1, se)
        if r is None:
            return None
        sp = span_of(st, r)
        rest = [m for m in rest if m >= r[1]]
    else:
        sp = find_subject(st, clause_start, verb_i, se)
    while rest and (st.words[rest[0]].low in lx.SKIP_WORDS or st.words[rest[0]].low in ADVERBS):
        rest = rest[1:]
    if not rest:
        return None
    stop = next(
        (n for n, m in enumerate(rest) if st.words[m].text in (",", ";", ":", "„", '"', "“")),
        len(rest),
    )
    clause = rest[:stop]
    lows = [st.words[m].low for m in clause]
    if "te" not in lows[:-1] or lows[0] in lx.NP_STOP - {"er"}:
        return None
    ti = lows.index("te")
    if "dat" in lows[:ti] or ti > 15:
        return None
    # a particle of another verb ("stelt … voor om", "stelt … uit") is not reporting
    if (
        any(w in ("voor", "uit", "in", "vast", "aan", "op") for w in lows[:ti])
        and not particle_lemma
    ):
        return None
    # the infinitive group: "te zullen nemen", "te voelen aan …" up to a new clause
    j = ti + 1
    while j < len(lows) and lows[j] not in ("en", "maar", "of", "want", "terwijl", "omdat"):
        j += 1
    last = clause[j - 1]
    return Cand(
        st.words[rest[0]].start,
        min(end, st.words[last].end),
        False,
        cue_text(st, ws, k, particle_lemma),
        sp,
        cue_start=st.words[verb_i].start,
    )
