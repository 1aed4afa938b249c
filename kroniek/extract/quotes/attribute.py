"""The quote finder's run: direct quotes and reported clauses, their cues, then speakers in
text order with the focus carried between quotes.
"""

from __future__ import annotations

import bisect

from ...model import Quote
from .. import quote_marks as qm
from .clauses import trim_end
from .context import Cand, Context, sent_index, window_start
from .cues import after_cue, before_cue, inline_cue
from .direct import find_direct, heading, is_fragment, is_title, term
from .focus import carry, epithet, epithet_person
from .names import is_named
from .reported import find_reported
from .speakers import bare_pronoun, before_van, resolve, speaker_span
from .wordclass import overlap


def run(st: Context) -> list[Quote]:
    direct = find_direct(st)
    st.quoted = sorted((d.start, d.end) for d in direct)
    st.quoted_starts = [q[0] for q in st.quoted]
    reported: list[Cand] = []
    per_sent: dict[int, list[tuple[int, Cand]]] = {}
    d_starts = [d.start for d in direct]  # in text order
    d_longest = max((d.end - d.start for d in direct), default=0)
    for si in range(len(st.sents)):
        per_sent[si] = find_reported(st, si, direct)
        # only the direct quotes that can overlap this sentence (no scan of the document)
        ss_, se_ = st.sents[si]
        near = direct[
            bisect.bisect_left(d_starts, ss_ - d_longest) : bisect.bisect_left(d_starts, se_)
        ]
        kept: list[Cand] = []
        for _prio, c in sorted(per_sent[si], key=lambda pc: (pc[0], pc[1].start)):
            # two reporting frames in one sentence: the earlier clause ends where the next
            # frame begins ("Volgens hem …, en hij zei dat …")
            if (
                c.cue
                and c.cue.lower() == "volgens"
                and any(
                    k2.start <= c.cue_start < k2.end or k2.cue_start <= c.cue_start < k2.start
                    for k2 in kept
                )
            ):
                continue  # "zei dat de beste optie volgens hem was …": one attribution
            if (
                c.cue
                and c.cue.lower() == "volgens"
                and any(
                    overlap(c.start, c.end, d.start, d.end) > 0.3 * (c.end - c.start) for d in near
                )
            ):
                continue  # "…,” zei X volgens Y: the quote carries the attribution
            for k2 in kept:
                if c.start < k2.cue_start < c.end:
                    c.end = trim_end(st, c.start, k2.cue_start)
                elif k2.start < c.cue_start < k2.end:
                    k2.end = trim_end(st, k2.start, c.cue_start)
            if len(st.text[c.start : c.end].split()) < 3:
                continue
            if any(
                overlap(c.start, c.end, d.start, d.end) >= 0.8 * (c.end - c.start) for d in near
            ):
                continue  # the clause is itself a direct quote: attribution goes there
            if any(overlap(c.start, c.end, k2.start, k2.end) > 0 for k2 in kept):
                continue
            kept.append(c)
        kept = [k2 for k2 in kept if k2.end - k2.start >= 3]
        reported.extend(kept)

    # attribute direct quotes
    for d in direct:
        close_si = sent_index(st, max(d.start, d.end - 1))
        open_si = sent_index(st, d.start)
        ss, se = st.sents[close_si] if st.sents else (0, len(st.text))
        after = after_cue(st, qm.skip_close(st.text, d.end), se)
        if after is not None:
            d.cue, d.speaker = after
            continue
        if d.resumed:
            continue  # the interrupted quote's own cue names the speaker: see the chain below
        os_, _ = st.sents[open_si] if st.sents else (0, len(st.text))
        before = before_cue(st, qm.skip_open(st.text, d.start), os_)
        if before is not None and before[1] is not None:
            d.cue, d.speaker = before
            continue
        frame = [
            c
            for _p, c in per_sent.get(open_si, [])
            if c.speaker is not None
            and (c.start <= d.start and d.end <= c.end + 2 or open_si == close_si)
        ]
        # the frame whose clause holds the quote first ("…, die zeiden dat …, zei hij dat
        # hij “er geen interesse in had”")
        frame.sort(key=lambda c: not (c.start <= d.start and d.end <= c.end + 2))
        if frame:
            d.cue, d.speaker = frame[0].cue, frame[0].speaker
            continue
        inline = inline_cue(st, qm.skip_open(st.text, d.start), os_)
        if inline is not None:
            d.cue, d.speaker = inline
    # share attribution along a continued quote
    by_chain: dict[int, Cand] = {}
    for d in direct:
        if d.speaker is not None and d.chain not in by_chain:
            by_chain[d.chain] = d
    for d in direct:
        src = by_chain.get(d.chain)
        if d.speaker is None and src is not None:
            d.cue, d.speaker = src.cue, src.speaker
    for d in direct:
        d.fragment = is_fragment(st.text[d.start : d.end])

    cands = sorted(direct + reported, key=lambda c: (c.start, not c.direct))
    cands = [
        c for c in cands if not (c.direct and (is_title(st.text, st.words, c) or term(st.text, c)))
    ]
    cands = [c for c in cands if not (c.direct and heading(st, c))]
    # a quoted phrase inside a reported clause is part of that one quote, not a second one
    # ("zei dat de aanval „onaanvaardbaar" was")
    cands = [
        c
        for c in cands
        if not (
            c.direct
            and any(not r.direct and r.start <= c.start and c.end <= r.end + 2 for r in reported)
        )
    ]
    # resolve speakers in text order; speakerless quotes continue the current speaker
    history: list[tuple[int, tuple[int, int]]] = []
    last: tuple[int, tuple[int, int], int] | None = None  # (sentence, speaker, paragraph)
    last_end = 0  # where the last attributed quote ends: the topic window starts there
    quotes: list[Quote] = []
    for c in cands:
        si = sent_index(st, c.start)
        pi = qm.para_index(st.paras, c.start)
        span = speaker_span(st, c.speaker)
        guessed = False  # an epithet's person: used for this quote, never passed on
        if span is not None:
            span = resolve(st, span, history, si)
            if (
                bare_pronoun(st, span)
                and last is not None
                and si - last[0] <= 1
                and not bare_pronoun(st, last[1])
            ):
                span = last[1]  # "De minister … noemt het ‘…’. Volgens hem …"
            role = before_van(st, span)
            if not is_named(st, role) and epithet(st, role):
                # only persons of the sentences before: a name beside the epithet in its
                # own sentence is somebody else ("X sprak met de zangeres")
                end = min(c.start, st.sents[sent_index(st, role[0])][0])
                guess = epithet_person(st, window_start(st, si, 3), end, last)
                if guess is not None:
                    span, guessed = guess, True
        elif c.direct and not c.fragment and not c.resumed and c.cue is None:
            span = carry(st, c, si, pi, last, last_end)
            c.carried = span is not None
        elif last is not None and si - last[0] <= 1 and (c.direct or c.cue) and not c.passive:
            span = last[1]
            c.carried = True
        if c.direct and c.fragment and span is None:
            continue  # scare quotes / titles without anyone saying them
        if span is not None and not guessed:
            # "minister van Arbeid" names an office, not a person called Arbeid
            if is_named(st, before_van(st, span)):
                history.append((si, span))
            last = (sent_index(st, max(c.start, c.end - 1)), span, pi)
            last_end = max(last_end, c.end)
        quotes.append(
            Quote(
                start=c.start,
                end=c.end,
                speaker_start=None if span is None else span[0],
                speaker_end=None if span is None else span[1],
                speaker=None,
                cue=c.cue,
                direct=c.direct,
            )
        )
    return quotes
