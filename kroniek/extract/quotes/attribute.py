"""The quote finder's run: direct quotes and reported clauses, their cues, then speakers in
text order with the focus (who spoke last) carried from quote to quote.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from ...model import Quote
from .. import quote_marks as qm
from ..coref import PRONOUN_GENDER, SUSPECT_ROLES, role_head
from ..person_nouns import is_person_noun, word_gender
from ..quote_lexicon import NAME_PARTICLES
from .context import (
    Cand,
    Context,
    in_quote,
    names_between,
    names_overlapping,
    sent_index,
    window_start,
    words_in,
)
from .cues import after_cue, back_cue, before_cue, inline_cue, passive_after, volgens_cue
from .direct import find_direct, heading, is_fragment, is_title, term
from .focus import (
    carry,
    demonym,
    epithet,
    epithet_person,
    office_person,
    pair_persons,
    related_to_person,
)
from .frames import keep_frames
from .names import INSTITUTION_HEADS, apposed_name, is_named, named_institution, person_like
from .pronouns import unnamed_antecedent
from .ranker import fill_empty
from .reported import find_reported
from .speakers import (
    bare_pronoun,
    before_van,
    chain_speaker,
    plural_head,
    resolve,
    speaker_span,
    with_first_name,
)
from .subjects import agent
from .wordclass import looks_person, name_word, org_noun, role_group

Span = tuple[int, int]
Frames = dict[int, list[tuple[int, Cand]]]  # sentence -> (priority, reported clause)


@dataclass(slots=True)
class Focus:
    """Who spoke last, carried along in text order."""

    history: list[tuple[int, Span]] = field(default_factory=list)  # (sentence, named speaker)
    last: tuple[int, Span, int] | None = None  # (sentence, speaker, paragraph)
    last_end: int = 0  # where the last attributed quote ends: the topic window starts there
    last_carried: bool = False  # whether the last quote took its speaker from another sentence


def run(st: Context, ranker: bool = True) -> list[Quote]:
    """All quotes of the document in ``st``, with their speakers."""
    return [q for q, _path in run_traced(st, ranker)]


def run_traced(st: Context, ranker: bool = True) -> list[tuple[Quote, str]]:
    """All quotes with, per quote, the attribution step that chose its speaker ("after",
    "reported-final+resolve", "carry-topic", "carry-opener/none", "…+ranker"): for the speaker
    census (eval/quotes/speaker_census.py) and the ranker's training; never exported.
    ``ranker``: quotes the rules leave without a speaker take the learned ranker's pick."""
    traced = list(zip(_rules(st), st.paths, strict=True))
    return fill_empty(st, traced) if ranker else traced


def _rules(st: Context) -> list[Quote]:
    """The quotes and the speakers the rules give them."""
    direct = find_direct(st)
    st.quoted = sorted((d.start, d.end) for d in direct)
    st.quoted_starts = [q[0] for q in st.quoted]
    per_sent, reported = _reported_speech(st, direct)
    for d in direct:
        _attribute_direct(st, d, per_sent)
    _share_chains(direct)
    for d in direct:
        opened = qm.skip_open(st.text, d.start)
        d.fragment = is_fragment(st.text[d.start : d.end], st.text[max(0, opened - 60) : opened])
    return _speakers(st, _candidates(st, direct, reported))


def _reported_speech(st: Context, direct: list[Cand]) -> tuple[Frames, list[Cand]]:
    """Every sentence's reporting frames, and the reported clauses kept of them."""
    reported: list[Cand] = []
    per_sent: Frames = {}
    d_starts = [d.start for d in direct]  # in text order
    d_longest = max((d.end - d.start for d in direct), default=0)
    for si in range(len(st.sents)):
        per_sent[si] = find_reported(st, si)
        # only the direct quotes that can overlap this sentence (no scan of the document)
        ss_, se_ = st.sents[si]
        near = direct[
            bisect.bisect_left(d_starts, ss_ - d_longest) : bisect.bisect_left(d_starts, se_)
        ]
        reported.extend(keep_frames(st, per_sent[si], near))
    return per_sent, reported


def _attribute_direct(st: Context, d: Cand, per_sent: Frames) -> None:
    """The cue of one direct quote: after it, a colon frame before it, the reporting frame it
    sits in, or a reporting verb earlier in its clause."""
    close_si = sent_index(st, max(d.start, d.end - 1))
    open_si = sent_index(st, d.start)
    _ss, se = st.sents[close_si] if st.sents else (0, len(st.text))
    passive = passive_after(st, qm.skip_close(st.text, d.end), se)
    if passive is not None:
        d.cue, d.passive, d.path = passive, True, "passive"
        after_words = words_in(st, qm.skip_close(st.text, d.end), se)
        d.speaker = agent(st, after_words[0], se) if after_words else None
        return
    after = after_cue(st, qm.skip_close(st.text, d.end), se)
    if after is not None:
        (d.cue, d.speaker), d.path = after, "after"
        return
    if d.resumed:
        return  # the interrupted quote's own cue names the speaker: see _share_chains
    os_, _ = st.sents[open_si] if st.sents else (0, len(st.text))
    before = before_cue(st, qm.skip_open(st.text, d.start), os_)
    if before is not None and before[1] is not None:
        (d.cue, d.speaker), d.path = before, "before"
        return
    frame = _frame_of(d, per_sent.get(open_si, []), open_si == close_si)
    if frame is not None:
        d.cue, d.speaker, d.path = frame.cue, frame.speaker, "frame"
        return
    inline = inline_cue(st, qm.skip_open(st.text, d.start), os_)
    d.path = "inline"
    if inline is None:
        inline, d.path = volgens_cue(st, qm.skip_open(st.text, d.start), os_), "volgens"
    if inline is not None:
        d.cue, d.speaker = inline
        return
    back = back_cue(st, qm.skip_close(st.text, d.end))
    d.path = ""
    if back is not None and back[1] is not None:
        (d.cue, d.speaker), d.path = back, "back"


def _frame_of(d: Cand, found: list[tuple[int, Cand]], one_sentence: bool) -> Cand | None:
    """The reporting frame a direct quote sits in, the one whose clause holds it first ("…,
    die zeiden dat …, zei hij dat hij “er geen interesse in had”")."""
    frame = [
        c
        for _p, c in found
        if c.speaker is not None
        and (c.start <= d.start and d.end <= c.end + 2 or one_sentence)
        and not _inside(c.speaker, d)
    ]
    frame.sort(key=lambda c: not (c.start <= d.start and d.end <= c.end + 2))
    return frame[0] if frame else None


def _inside(span: Span, d: Cand) -> bool:
    """ "„Ik heb gezegd tegen … dat ik …”": a frame whose speaker stands inside the quote is the
    quote's own reported speech, not its frame."""
    return d.start <= span[0] and span[1] <= d.end


def _share_chains(direct: list[Cand]) -> None:
    """A quote continued over paragraphs shares the attribution of its first attributed part."""
    by_chain: dict[int, Cand] = {}
    for d in direct:
        if d.speaker is not None and d.chain not in by_chain:
            by_chain[d.chain] = d
    for d in direct:
        src = by_chain.get(d.chain)
        if d.speaker is None and src is not None:
            d.cue, d.speaker, d.path = src.cue, src.speaker, "chain"


def _candidates(st: Context, direct: list[Cand], reported: list[Cand]) -> list[Cand]:
    """Direct and reported candidates in text order, without titles, terms and headings."""
    cands = sorted(direct + reported, key=lambda c: (c.start, not c.direct))
    cands = [
        c for c in cands if not (c.direct and (is_title(st.text, st.words, c) or term(st.text, c)))
    ]
    cands = [c for c in cands if not (c.direct and heading(st, c))]
    # a quoted phrase inside a reported clause is part of that one quote, not a second one
    # ("zei dat de aanval „onaanvaardbaar" was")
    return [
        c
        for c in cands
        if not (
            c.direct
            and any(not r.direct and r.start <= c.start and c.end <= r.end + 2 for r in reported)
        )
    ]


def _speakers(st: Context, cands: list[Cand]) -> list[Quote]:
    """Resolve speakers in text order; speakerless quotes continue the current speaker."""
    focus = Focus()
    quotes: list[Quote] = []
    st.paths = []
    for c in cands:
        si = sent_index(st, c.start)
        pi = qm.para_index(st.paras, c.start)
        span = _speaker_of(st, c, si, pi, focus)
        path = c.path or "none"
        if c.direct and c.fragment and span is None:
            continue  # scare quotes / titles without anyone saying them
        # an epithet's person is never passed on (carrying the guess on cost the older gold's
        # held-out speakers 0.91 -> 0.73 in the tenth session), nor the judge of one word in a
        # sentence about somebody else ('X wil na het volgens Y „rustig” verlopen gesprek niets
        # zeggen')
        if span is not None and not c.guessed and not (c.fragment and c.cue == "volgens"):
            _remember(st, c, si, pi, span, focus)
        quotes.append(
            Quote(
                start=c.start,
                end=c.end,
                speaker_start=None if span is None else span[0],
                speaker_end=None if span is None else span[1],
                cue=c.cue,
                direct=c.direct,
            )
        )
        st.paths.append(path if span is not None else path.split("+")[0] + "/none")
    return quotes


def _speaker_of(st: Context, c: Cand, si: int, pi: int, focus: Focus) -> Span | None:
    """The speaker words of one candidate."""
    span = speaker_span(st, c.speaker)
    if not c.direct:
        c.path = "reported-final" if c.cue_start >= c.end else "reported"
    if span is not None:
        return with_first_name(st, _resolved(st, c, si, span, focus))
    last = focus.last
    if c.direct and not c.fragment and not c.resumed and c.cue is None:
        c.path = "carry"
        span = carry(st, c, si, pi, last, focus.last_end)
        c.carried = span is not None
        return None if span is None else with_first_name(st, span)
    # a quoted phrase continues only a speaker its own sentence's cue named: after a quote
    # that was itself carried over it is a headline's or a term's ('‘kans op verspreiding
    # klein’: er is …' in a list of headlines), unless its sentence names that speaker before
    # it ("Jansen is nerveus, maar ’niet te’.")
    fragment_after_carry = (
        c.direct and c.fragment and focus.last_carried and not _names_before(st, si, c.start, last)
    )
    if last is not None and si - last[0] <= 1 and (c.direct or c.cue) and not c.passive and not fragment_after_carry:
        c.carried, c.path = True, "prev"
        return last[1]
    return None


def _names_before(st: Context, si: int, start: int, last: tuple[int, Span, int] | None) -> bool:
    """Whether sentence ``si`` names the last speaker (the last word of a name) before ``start``."""
    if last is None:
        return False
    words = st.text[last[1][0] : last[1][1]].split()
    if not words or not words[-1][:1].isupper():
        return False
    before = st.text[st.sents[si][0] : start]
    return re.search(rf"(?<!\w){re.escape(words[-1])}(?!\w)", before) is not None


def _resolved(st: Context, c: Cand, si: int, span: Span, focus: Focus) -> Span:
    """A speaker phrase resolved to a name: pronouns, roles, and epithets (a guess)."""
    last = focus.last
    named = _named_phrase(st, span)
    if named is not None:
        c.path += "+named"
        return named
    if bare_pronoun(st, span) and last is not None and _unnamed_role_before(st, span, si, focus):
        c.path += "+role-pronoun"
        return last[1]  # "…, aldus de woordvoerster van X. … , stelt zij."
    unnamed = unnamed_antecedent(st, span, c.start)
    if unnamed is not None:
        c.path += "+unnamed"
        return unnamed  # "De man achter het loket is een medewerker. Hij vertelt dat …"
    raw = span
    span = resolve(st, span, focus.history, si)
    if span != raw:
        c.path += "+resolve"
    if (
        bare_pronoun(st, span)
        and last is not None
        and si - last[0] <= 1
        and not bare_pronoun(st, last[1])
    ):
        span, c.path = last[1], c.path + "+pronoun-last"  # "De minister … noemt het ‘…’. Volgens hem …"
    elif _group_pronoun(st, span) and last is not None and si - last[0] <= 1 and plural_head(st, last[1]):
        span, c.path = last[1], c.path + "+group"  # "Volgens haar advocaten … . De patronen zijn volgens hen …"
    role = before_van(st, span)
    if not is_named(st, role) and related_to_person(st, span):
        return span
    if (not is_named(st, role) or demonym(st, role)) and epithet(st, role):
        if _suspect(st, role):
            # "de verdachte": the coreference layer's suspect (the person introduced so, or the
            # one named with a withheld surname), never the victim the guess below may find
            layered = chain_speaker(st, span)
            if layered is not None:
                c.guessed, c.path = True, c.path + "+suspect"
                return layered
        # only persons of the sentences before: a name beside the epithet in its own sentence
        # is somebody else ("X sprak met de zangeres")
        end = min(c.start, st.sents[sent_index(st, role[0])][0])
        guess = epithet_person(st, window_start(st, si, 3), end, last)
        if guess is None and last is not None and demonym(st, role):
            guess = last[1]  # "„…”, zegt de Nederlandse": a nationality describes who speaks
        if guess is None and _last_named_speaker(st, role, focus):
            guess = last[1] if last is not None else None  # "…, zegt de vakbondsbestuurder"
        if guess is not None:
            c.guessed, c.path = True, c.path + "+epithet"
            return guess
    return _layered(st, c, si, span, role, last)


def _layered(st: Context, c: Cand, si: int, span: Span, role: Span, last: tuple[int, Span, int] | None) -> Span:
    """The coreference layer's name for a speaker phrase, else the person holding the office
    it names (a guess), else the phrase itself."""
    layered = chain_speaker(st, span)
    if layered is None and not is_named(st, role):
        end = min(c.start, st.sents[sent_index(st, role[0])][0])
        said = None if last is None or bare_pronoun(st, last[1]) else last[1]
        guess = office_person(st, role, window_start(st, si, 3), end, said)
        if guess is not None:
            c.guessed, c.path = True, c.path + "+office"
            return guess
    if layered is not None:
        c.path += "+chain"
    return layered or span


def _named_phrase(st: Context, span: Span) -> Span | None:
    """The name a speaker phrase points at in the text itself: a name apposed to it ("Volgens
    student Nederlands, Ilse de Wit, …"), the pair named before "het stel", or the institution
    "de raad" stands for after "de Raad voor Cultuur"."""
    return apposed_name(st, span) or pair_persons(st, span) or named_institution(st, span)


def _last_named_speaker(st: Context, role: Span, focus: Focus) -> bool:
    """ "„…”, aldus Plat. De bedrijven beginnen in mei. „…”, zegt de vakbondsbestuurder": an
    epithet with nobody named since the last quote (a long quote may push that name out of
    the sentences the epithet guess looks at) stands for the last speaker, when a name."""
    last = focus.last
    if last is None or bare_pronoun(st, last[1]) or plural_head(st, last[1]):
        return False
    if not is_person_noun(st.text[role[0] : role[1]].split()[-1]):
        return False  # "volgens de jongste raming": a thing, not a person
    said = st.text[last[1][0] : last[1][1]]
    # "aldus Plat": a surname NER may not tag, but the speaker rules took it for a name
    tagged = names_overlapping(st, *last[1])
    known = (
        looks_person(said)
        and all(name_word(w) or w in NAME_PARTICLES for w in said.split())
        and not any(org_noun(w.lower()) or w.lower() in INSTITUTION_HEADS for w in said.split())
        and not any(n[2] in ("ORG", "LOC", "MISC") for n in tagged)  # "ING België", "Brussel"
    )
    if not known and not any(person_like(st, n) for n in tagged):
        return False
    between = names_between(st, focus.last_end, role[0])
    return not any(person_like(st, n) and not in_quote(st, n[0]) for n in between)


def _unnamed_role_before(st: Context, span: Span, si: int, focus: Focus) -> bool:
    """ "De bouw begint in mei, aldus de woordvoerster van de gemeente. De buren zijn ingelicht,
    stelt zij.": a personal pronoun right after a quote whose speaker is an unnamed person in a
    role (a spokeswoman, a lawyer) is that person, not the last *named* speaker before her; not
    when a person is named in between, the role is plural, or its gender differs."""
    last = focus.last
    if last is None or si - last[0] > 1 or bare_pronoun(st, last[1]) or plural_head(st, last[1]):
        return False
    role = before_van(st, last[1])
    if is_named(st, role):
        return False
    words = st.text[role[0] : role[1]].split()
    head = words[-1].lower() if words else ""
    got = word_gender(head)
    if role_group(head) is None and not got:
        return False
    want = PRONOUN_GENDER.get(st.text[span[0] : span[1]].lower(), "")
    if want and got and want != got:
        return False
    between = names_between(st, focus.last_end, span[0])
    return not any(person_like(st, n) and not in_quote(st, n[0]) for n in between)


def _group_pronoun(st: Context, span: Span) -> bool:
    """ "volgens hen": a plural pronoun, which only a group that spoke can stand for."""
    return st.text[span[0] : span[1]].lower() == "hen"


def _suspect(st: Context, span: Span) -> bool:
    """ "de verdachte", "de dader": a suspect role (``coref.SUSPECT_ROLES``)."""
    return any(role_head(w) in SUSPECT_ROLES for w in st.text[span[0] : span[1]].split()[:3])


def _remember(st: Context, c: Cand, si: int, pi: int, span: Span, focus: Focus) -> None:
    # "minister van Arbeid" names an office, not a person called Arbeid
    if is_named(st, before_van(st, span)):
        focus.history.append((si, span))
    # a direct quote that took its speaker from another sentence (not a second quoted phrase
    # after its cue: "X noemt het ‘…’ en ‘…’")
    focus.last_carried = c.carried and c.direct and (focus.last is None or focus.last[0] != si)
    focus.last = (sent_index(st, max(c.start, c.end - 1)), span, pi)
    focus.last_end = max(focus.last_end, c.end)
