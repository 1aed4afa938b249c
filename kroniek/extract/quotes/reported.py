"""Reported speech in one sentence: "X zegt dat …", te-infinitives, "volgens X …" and
clause-final cues ("…, aldus X").
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from .. import quote_lexicon as lx
from .. import quote_marks as qm
from .clauses import (
    cue_text,
    find_clause_start,
    finite_for,
    governing_verb,
    klinkt_source,
    particle_lemma_at,
    subclause_start,
)
from .context import Cand, Context, Word, in_quote, lemma_of, span_of, token, words_in
from .cues import particle_missing
from .frames import inner_source
from .subjects import agent, find_subject, is_passive, np_after
from .wordclass import (
    ADVERBS,
    KLINKT,
    PREPOSITIONS,
    RELATIVE_WORDS,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
    focused_subject,
    name_word,
    participle_like,
    quantified_subject,
)


@dataclass(frozen=True, slots=True)
class _Sent:
    """One sentence: its bounds, where its words end before closing punctuation, its words."""

    start: int
    end: int
    stop: int
    ws: list[int]


def find_reported(st: Context, si: int) -> list[tuple[int, Cand]]:
    """Reported-speech candidates in one sentence, with a priority (lower wins)."""
    ss, se = st.sents[si]
    ws = words_in(st, ss, se)
    if not ws:
        return []
    s = _Sent(ss, se, _stop(st, ss, se), ws)
    out = [f for f in (_frame_at(st, s, k) for k in range(len(ws))) if f is not None]
    return inner_source(out)


def _stop(st: Context, ss: int, se: int) -> int:
    """Where the sentence's reported words end: before its closing punctuation, or before a
    quote glued to its end that the splitter left in it ("… met de wet.”Hij moet weg.”")."""
    glued = next((i for i in range(ss + 1, se) if qm.glued_opener(st.text, i, se)), None)
    return qm.strip_end(st.text, ss, glued if glued is not None else se)


def _frame_at(st: Context, s: _Sent, k: int) -> tuple[int, Cand] | None:
    """The reporting frame whose cue is the sentence's k-th word, if any."""
    w = st.words[s.ws[k]]
    final = _final_cue(st, s, k)
    if final is not None:
        return final
    if w.low == "volgens":
        return _volgens(st, s, k)
    if w.low == "zo":
        return _leading_zo(st, s, k)
    if w.low == "van" and k == 3 and [st.words[m].low for m in s.ws[:3]] == ["in", "de", "woorden"]:
        return _in_words_of(st, s, k)
    if k > 0 and st.words[s.ws[k - 1]].low == "eigen":
        return None  # "naar eigen zeggen": a noun, no reporting verb
    if _attributive(st, s.ws, k):
        return None  # "een bekende chirurg": an adjective, not the past of "bekennen"
    lemma = lemma_of(st, w)
    particle_lemma = particle_lemma_at(st, s.ws, k)
    if not lemma and not particle_lemma:
        return None
    if (particle_lemma or lemma) in lx.COMMISSIVE_LEMMAS:
        return None  # "beloofde … te doen", "dreigt … dat": a commitment, no reported clause
    dat = None if _right_after_quote(st, s, k) else _dat_after(st, s.ws, k)
    if dat is not None:
        return _dat_clause(st, s, k, dat, lemma, particle_lemma)
    cue_lemma = particle_lemma or lemma
    # a finite cue with a te-infinitive: "Zo zegt Iran wraak te zullen nemen"
    if cue_lemma in lx.TE_INFINITIVE_LEMMAS and not (w.low.startswith("ge") or w.low == "weten"):
        te = te_finite(st, s.ws, k, s.end, s.stop, particle_lemma, lemma)
        if te is not None:
            return (1, te)
    # a te-infinitive after a participle / infinitive cue ("heeft aangegeven … te zullen wreken")
    if cue_lemma and participle_like(w.low):
        return _te_after_participle(st, s, k, particle_lemma)
    return None


_LEAD_CONJUNCTIONS = frozenset(["maar", "en", "want", "dus", "toch"])


def _leading_zo(st: Context, s: _Sent, k: int) -> tuple[int, Cand] | None:
    """ "Maar, zo waarschuwt de brandweer, de dijk is nog niet veilig": a frame "zo <cue> X,"
    opening the sentence (maybe after a conjunction and its comma) reports the clause after
    its comma."""
    ws = s.ws
    lead = [st.words[m] for m in ws[:k]]
    if lead and not (len(lead) == 2 and lead[0].low in _LEAD_CONJUNCTIONS and lead[1].text == ","):
        return None
    if k + 2 >= len(ws) or st.words[ws[k + 1]].low not in lx.QUOTE_CUE_FORMS:
        return None
    cue_w = st.words[ws[k + 1]]
    r = np_after(st, ws[k + 2], s.end)
    if r is None or r[1] >= len(st.words) or st.words[r[1]].text != ",":
        return None
    if r[1] + 1 >= len(st.words) or st.words[r[1] + 1].low in RELATIVE_WORDS:
        return None  # "Zo vertelt de gids, die …": a relative clause about the speaker
    content = st.words[r[1] + 1].start
    if content >= s.stop or in_quote(st, content):
        return None
    return (1, Cand(content, s.stop, False, cue_w.text, span_of(st, r), cue_start=st.words[ws[k]].start))


def _attributive(st: Context, ws: list[int], k: int) -> bool:
    """ "een bekende Britse chirurg", "de bekende presentator": a verb form that is also an
    inflected adjective ("bekende") is the adjective right after an article, a demonstrative,
    a possessive or a degree word ("De verdachte bekende", "die bekende": the verb). Frog's
    tag is not used: it calls the verb an adjective after a noun-like word ("De 30-jarige
    Amerikaanse bekende in een interview dat …", "Later bekenden ook twee renners …")."""
    w = st.words[ws[k]]
    return w.low in lx.ADJECTIVE_HOMOGRAPHS and k > 0 and st.words[ws[k - 1]].low in lx.ADJECTIVE_OPENERS


def _right_after_quote(st: Context, s: _Sent, k: int) -> bool:
    """ "„…”, zei De Boer, net op het moment dat …": a cue right after a direct quote
    and its comma reports that quote; a "dat" after it opens a relative or adverbial clause."""
    j = k - 1 if k >= 1 and st.words[s.ws[k - 1]].low == "zo" else k
    if j < 1:
        return False
    prev = st.words[s.ws[j - 1]]
    if prev.text != ",":
        return prev.text[-1:] in _CLOSERS  # '„…,” zei X'
    return st.text[max(s.start, prev.start - 1) : prev.start] in _CLOSERS


_CLOSERS = ("”", '"', "’", "'", "»")


def _final_cue(st: Context, s: _Sent, k: int) -> tuple[int, Cand] | None:
    """ "…, aldus X" / "…, zegt X" / "…, zo zei X" at the end of the sentence."""
    ws = s.ws
    low = st.words[ws[k]].low
    if not (k >= 2 and (low == "aldus" or low in lx.QUOTE_CUE_FORMS or low in lx.FINAL_ONLY_CUES or low == "zo")):
        return None
    prev = st.words[ws[k - 1]]
    j = k + 1 if low == "zo" else k
    before_comma = st.text[max(s.start, prev.start - 2) : prev.start]
    if before_comma.endswith(tuple(qm.DOUBLE_CLOSERS) + ("’", "'")) and not _quote_inside(st, s, prev.start):
        return None  # '"…", zegt X': the direct quote takes this cue
    if not (
        prev.text == ","
        and j < len(ws)
        and (
            st.words[ws[j]].low == "aldus"
            or st.words[ws[j]].low in lx.QUOTE_CUE_FORMS
            or st.words[ws[j]].low in lx.FINAL_ONLY_CUES
        )
        and not particle_missing(st, ws[j], s.end)
    ):
        return None
    if _verbless_apposition(st, s, k):
        return None
    cue_w = st.words[ws[j]]
    r = _without_particle(st, cue_w, np_after(st, ws[j] + 1, s.end))
    opinion = lx.QUOTE_CUE_FORMS.get(cue_w.low) in lx.OPINION_LEMMAS
    # the quoted clause is the text before, unless something else follows
    if not _speaker_ends(st, s, r) or opinion or (r is None and cue_w.low not in KLINKT):
        return None
    sp = None if r is None else span_of(st, r)
    if cue_w.low in KLINKT:
        sp = klinkt_source(st, ws[j], s.end, s.start)
    return (0, Cand(s.start, prev.start, False, cue_w.text, sp, cue_start=prev.start))


def _verbless_apposition(st: Context, s: _Sent, k: int) -> bool:
    """ "Piet Jansen, woordvoerder van de bond, noemt het besluit onbegrijpelijk": the words
    before the cue's comma hold a comma of their own and no verb (Frog's tags): a subject with
    its apposition, not a fronted clause that the cue reports."""
    if not st.doc.tokens:
        return False
    before = s.ws[: k - 1]
    if not any(st.words[m].text == "," for m in before):
        return False
    return not any((t := token(st, st.words[m])) is not None and t.pos.startswith("WW") for m in before)


def _without_particle(st: Context, cue: Word, r: tuple[int, int] | None) -> tuple[int, int] | None:
    """ "…, licht een woordvoerster toe": the separable verb's particle closing the sentence is
    no part of the speaker."""
    if r is None or cue.low not in lx.STEM_ONLY_FORMS or r[1] - r[0] < 2:
        return r
    return (r[0], r[1] - 1) if st.words[r[1] - 1].low in lx.REPORTING_PARTICLES else r


def _quote_inside(st: Context, s: _Sent, comma: int) -> bool:
    """ "T. werd geboeid binnengebracht omdat ’de emoties hoog opliepen’, aldus de rechter": the
    quote closing before the cue opened inside the sentence, after three words of its own
    clause (no colon frame), so the cue reports the whole clause, the quoted words with it."""
    opened = max((q[0] for q in st.quoted if s.start <= q[0] < comma and q[1] <= comma), default=None)
    if opened is None:
        return False
    head = st.text[s.start : qm.skip_open(st.text, opened)].rstrip()
    return len(head.split()) >= 3 and not head.endswith((":", ",")) and not qm.is_mark_word(head[-1:])


def _speaker_ends(st: Context, s: _Sent, r: tuple[int, int] | None) -> bool:
    """The speaker ends the sentence, give or take a short adjunct ("bij Bel RTL")."""
    if r is None:
        return True
    tail = [st.words[m] for m in s.ws if st.words[m].start >= st.words[r[1] - 1].end]
    # "…, zei X bij de presentatie van het omhulsel dat over de reactor is gebouwd": a relative
    # clause (Frog's tag) in the adjunct describes its noun; it opens no clause of its own
    rel = next((n for n, t in enumerate(tail) if _relative_pronoun(st, t)), len(tail))
    own = tail[:rel]
    if st.words[r[0]].low != "dat" and _frame_closed(tail):
        return _fronted_main_clause(st, s, r)
    if st.words[r[0]].low == "dat" or any(
        t.low in ("dat", "of", "om") or t.text in (":", '"', "„") for t in own
    ):
        return False
    if len(tail) > 1 and tail[0].text == "," and tail[1].low in ("maar", "en"):
        return True  # "…, stelt de econoom, maar juist deflatie": the frame sits inside
    if len(tail) > 1 and tail[0].text == "," and tail[1].low in ("die", "wiens", "wier"):
        return True  # "…, zo vertelt Jan Smit, die de kermis organiseert": about the speaker
    if _adverbial_clause_after(tail):
        return True  # "…, zo zei een van hen me, terwijl hij …": when or how it was said
    # "…, zei Klopp na de eerste oefenwedstrijd tegen Tranmere Rovers (6-0)": an adjunct (of
    # any length when Frog's tags show no finite verb in it)
    adjunct = bool(tail) and tail[0].low in PREPOSITIONS | _TIME_PREPS
    if adjunct and st.doc.tokens and not any(_finite(st, t) for t in own):
        return True
    limit = 14 if adjunct else 7
    return len(tail) <= (10 if tail and tail[0].low in ("en", "hem", "haar") else limit)


def _frame_closed(tail: list[Word]) -> bool:
    """ "…, zegt dijkgraaf De Boer: „…”", "…, oordeelt de jury; de film …": a colon or a
    semicolon right after the speaker closes the inverted frame; what follows (a quote the
    colon opens, the next clause) is no part of it."""
    return bool(tail) and tail[0].text in (":", ";")


# prepositions the list in wordclass leaves out (it serves other rules)
_TIME_PREPS = frozenset(["na", "tijdens", "tegenover"])
# words that open a subordinate clause: a finite verb after one is not the main clause's
_CLAUSE_LINKS = (
    SUBORDINATORS | RELATIVE_WORDS | frozenset(["of", "als", "toen", "wanneer", "indien", "zoals"])
)


def _fronted_main_clause(st: Context, s: _Sent, r: tuple[int, int]) -> bool:
    """The words before an inverted frame's comma are a main clause: a finite verb (Frog's tag)
    before any subordinator ("Bij de anderen maakte de bril meer los, zegt X:"), not an
    adverbial the frame's own verb takes ("In zijn brief aan de raad, schrijft X:", "Op de
    vraag of het lukt, antwoordt X:"). Without Frog: not opened by a preposition."""
    before = [st.words[m] for m in s.ws if st.words[m].end <= st.words[r[0]].start]
    comma = max((n for n, w in enumerate(before) if w.text == ","), default=0)
    fronted = before[:comma]
    if not st.doc.tokens:
        return bool(fronted) and fronted[0].low not in PREPOSITIONS | _TIME_PREPS
    for w in fronted:
        if w.low in _CLAUSE_LINKS:
            return False
        if _finite(st, w, frog_only=True):
            return True
    return False


def _relative_pronoun(st: Context, w: Word) -> bool:
    """Frog tags ``w`` a relative pronoun ("het omhulsel dat …"; False without Frog)."""
    t = token(st, w)
    return t is not None and t.pos.startswith("VNW(betr")


# conjunctions opening an adverbial clause of time or manner after the speaker
_ADVERBIAL = frozenset(["terwijl", "toen", "nadat", "voordat", "waarna", "wanneer", "zodra"])


def _adverbial_clause_after(tail: list[Word]) -> bool:
    """The words after the speaker are an adverbial clause ("…, zegt X, terwijl hij …"),
    maybe after the one addressed ("zei X me, toen …")."""
    n = 1 if tail and tail[0].low in ("me", "mij", "ons", "hem", "haar", "hen") else 0
    return len(tail) > n + 1 and tail[n].text == "," and tail[n + 1].low in _ADVERBIAL


def _finite(st: Context, w: Word, frog_only: bool = False) -> bool:
    """Frog tags ``w`` a finite verb (without Frog: True, or False with ``frog_only``)."""
    t = token(st, w)
    return not frog_only if t is None else t.pos.startswith("WW(pv")


def _volgens(st: Context, s: _Sent, k: int) -> tuple[int, Cand] | None:
    """ "volgens X …", "…, volgens X" and "…, omdat hij volgens X …"."""
    ws, se, end = s.ws, s.end, s.stop
    w = st.words[ws[k]]
    if k > 0 and st.words[ws[k - 1]].low in ("de", "het", "een"):
        return None  # "het volgens X „rustig” verlopen gesprek": X judges a word, not the sentence
    r = np_after(st, ws[k] + 1, se)
    if r is None or any(st.words[m].low in lx.VOLGENS_NOT_SOURCE for m in range(r[0], r[1])):
        return None  # "volgens de regels van Boeing": no source
    sp = span_of(st, r)
    if k == 0 or (_after_coordinator(st, ws, k) and any(st.words[m].low == "volgens" for m in ws[: k - 2])):
        rest = [x for x in ws if st.words[x].start >= sp[1]]
        while rest and st.words[rest[0]].text == ",":
            rest = rest[1:]
        if not rest:
            return None
        verb_first = _from_second_place_verb(st, rest)
        skipped = rest[: len(rest) - len(verb_first)]
        if skipped and not any(st.words[m].text == "," for m in skipped):
            # "de trainer van de jonge en onervaren ploeg": the whole phrase names the source
            sp = (sp[0], st.words[skipped[-1]].end)
        rest = verb_first
        content = (st.words[rest[0]].start, _colon_quote(st, s, ws[k]) or end)
    elif st.words[ws[k - 1]].text == "," and qm.strip_end(st.text, sp[1], se) <= sp[1]:
        content = (s.start, st.words[ws[k - 1]].start)
    else:
        content = (subclause_start(st, ws, k, s.start), _colon_quote(st, s, ws[k]) or end)
    return (2, Cand(content[0], content[1], False, w.text, sp, cue_start=w.start))


# how many words after the speaker phrase may still belong to the "volgens" phrase
_VOLGENS_TAIL = 12


def _from_second_place_verb(st: Context, rest: list[int]) -> list[int]:
    """ "Volgens de advocaat van de Spaanse zanger is het …", "Volgens De Vries, die met ze
    sprak, zijn ze …": a sentence opened by "volgens X" has its finite verb right after the
    whole phrase (verb second), so when the speaker phrase stopped inside a longer one (a
    coordinated adjective, an apposition or a relative clause between commas) the reported
    words start at Frog's first finite verb outside such an insertion. Without Frog's tags,
    or with the verb already first, ``rest`` is kept."""
    if not rest or _finite(st, st.words[rest[0]], frog_only=True) or token(st, st.words[rest[0]]) is None:
        return rest
    first = st.words[rest[0]]
    after_comma = rest[0] > 0 and st.words[rest[0] - 1].text == ","
    inserted = after_comma and (_relative_pronoun(st, first) or first.low in RELATIVE_WORDS)
    for n, m in enumerate(rest[:_VOLGENS_TAIL]):
        w = st.words[m]
        if qm.is_mark_word(w.text) or w.text in (".", ";", ":"):
            return rest
        if w.text == ",":
            nxt = st.words[rest[n + 1]] if n + 1 < len(rest) else None
            # a comma opens an insertion when a relative clause follows, else closes one
            inserted = nxt is not None and (_relative_pronoun(st, nxt) or nxt.low in RELATIVE_WORDS)
            continue
        if not inserted and _finite(st, w, frog_only=True):
            return rest[n:]
    return rest


def _in_words_of(st: Context, s: _Sent, k: int) -> tuple[int, Cand] | None:
    """ "In de woorden van de ombudsman is het loket een doolhof geworden": the sentence
    opened by "in de woorden van X" is X's, as after "volgens X"."""
    r = np_after(st, s.ws[k] + 1, s.end)
    if r is None or r[1] >= len(st.words) or st.words[r[1]].start >= s.stop:
        return None
    if any(st.words[m].low in lx.VOLGENS_NOT_SOURCE for m in range(r[0], r[1])):
        return None  # "in de woorden van de regels": no source, as after "volgens"
    lead = st.words[s.ws[0]]
    return (2, Cand(st.words[r[1]].start, s.stop, False, "in de woorden van", span_of(st, r), cue_start=lead.start))


def _after_coordinator(st: Context, ws: list[int], k: int) -> bool:
    """ "Volgens X is het leger trouw, maar volgens Y klopt daar niets van": "volgens" after a
    comma and a coordinating conjunction opens a new main clause, the one it attributes (when an
    earlier "volgens" attributes the clause before; alone it labels the whole sentence)."""
    return (
        k >= 2
        and st.words[ws[k - 1]].low in ("maar", "en", "want", "terwijl")
        and st.words[ws[k - 2]].text == ","
    )


def _dat_after(st: Context, ws: list[int], k: int) -> int | None:
    """A "dat" clause within a few words after the cue: the word index of "dat"."""
    for n_, m in enumerate(ws[k + 1 : k + 12]):
        t = st.words[m]
        if t.text in (";", ":", "„", '"', "“", "?", "!") or t.low in ("te", "maar", "want"):
            return None
        # "…, zegt Weetjens, die vindt dat …": the dat belongs to the relative clause
        if (
            t.text == ","
            and k + 2 + n_ < len(ws)
            and st.words[ws[k + 2 + n_]].low in RELATIVE_WORDS
        ):
            return None
        if t.low == "dat":
            return None if _noun_complement(st, ws, k, ws.index(m)) else m
        if t.low not in lx.AUXILIARIES and _finite(st, t, frog_only=True):
            return None  # "reageert op kiezers die vrezen dat …": the dat is another verb's
    return None


def _noun_complement(st: Context, ws: list[int], k: int, d: int) -> bool:
    """ "onderstreepte voor de wedstrijd het belang dat …": "dat" after a noun with its
    article (not a prepositional phrase's, not the inverted subject right after the cue) opens
    the noun's complement, not the verb's reported clause."""
    if d - k < 3:
        return False
    det, before = st.words[ws[d - 2]].low, st.words[ws[d - 3]].low
    noun = st.words[ws[d - 1]]
    return (
        det in ("de", "het", "een")
        and noun.text.isalpha()
        and noun.text.islower()
        and before not in PREPOSITIONS | {"tegen", "tegenover", "via"}
        and d - 3 != k
    )


def _dat_clause(
    st: Context, s: _Sent, k: int, dat: int, lemma: str, particle_lemma: str
) -> tuple[int, Cand] | None:
    """ "X zegt dat …": the clause after "dat", said by the cue's subject."""
    ws, se, end = s.ws, s.end, s.stop
    low = st.words[ws[k]].low
    # separable verbs need their particle right before "dat" unless written whole
    if not particle_lemma and lemma in lx.PARTICLES and low in lx.PARTICLES[lemma][1]:
        return None
    gap = [st.words[m].low for m in ws[k + 1 : ws.index(dat)]]
    if particle_lemma and gap and gap[-1] not in (lx.PARTICLES[particle_lemma][0], ","):
        return None
    if gap and gap[-1] in lx.OTHER_VERB_PARTICLES.get(lemma, frozenset()):
        return None  # "De regels schrijven voor dat …": voorschrijven, no saying
    content_start = st.words[dat + 1].start if dat + 1 < len(st.words) else se
    if content_start >= end or _only_medium_after(st, s, dat) or _demonstrative(st, s, dat):
        return None
    if _no_finite_clause(st, s, dat) or _inside_noun_complement(st, ws, k):
        return None
    clause_start = find_clause_start(st, ws, k)
    if _generic_modal(st, ws, clause_start, k):
        return None
    fin = finite_for(st, ws, k, particle_lemma)
    # "begon te vertellen dat …": the subject of the verb before "te" speaks
    sp = find_subject(st, clause_start, fin if particle_lemma else governing_verb(st, ws, k), se)
    cue = cue_text(st, ws, k, particle_lemma)
    end = _colon_quote(st, s, dat) or _second_main_clause(st, s, dat) or end
    end = min(end, _quote_end(st, st.words[ws[k]].start))
    c = Cand(content_start, end, False, cue, sp, cue_start=st.words[fin].start)
    c.passive = is_passive(st, clause_start, fin)
    if c.passive:
        # "Er wordt gezegd dat …": nobody speaks, unless "door X" names the agent
        c.speaker = agent(st, clause_start, st.words[dat].start)
    return (1, c)


def _quote_end(st: Context, at: int) -> int:
    """ "„Hij beloofde dat hij zou komen”, schreef X in de krant": where the direct quote that
    holds offset ``at`` (a cue said inside it) ends; a clause it reports ends there too (the
    end of the text when no quote holds it)."""
    i = bisect.bisect_right(st.quoted_starts, at) - 1
    return st.quoted[i][1] if i >= 0 and at < st.quoted[i][1] else len(st.text)


def _inside_noun_complement(st: Context, ws: list[int], k: int) -> bool:
    """ "hekelde het feit dat de verdachte pas later heeft toegegeven dat …": the cue stands in
    the complement of a noun ("het feit dat", Frog tags that "dat" a conjunction, not the
    relative pronoun), which the writer presents as given, not as a report of its own."""
    for n in range(k - 1, 1, -1):
        w = st.words[ws[n]]
        if w.text in (",", ";", ":") or w.low in SUBORDINATORS | {"nu", "toen"}:
            return False
        if w.low not in lx.AUXILIARIES and _finite(st, w, frog_only=True):
            return False  # "De kans dat X stemt is groot nu Y zegt dat …": the complement closed
        if w.low == "dat":
            t = token(st, w)
            noun, det = st.words[ws[n - 1]], st.words[ws[n - 2]].low
            return (
                t is not None
                and t.pos.startswith("VG")
                and det in ("de", "het")
                and noun.text.isalpha()
                and noun.text.islower()
            )
    return False


def _second_main_clause(st: Context, s: _Sent, dat: int) -> int | None:
    """ "zei dat de wachtlijsten korter worden, de artsen zien dat anders": after the dat
    clause's own verb, a comma and a clause with its finite verb in second place (Frog's
    tags) open a new main clause, the writer's: where the reported clause ends (None: no cut).
    Verb-last clauses after the comma ("dat A, B") stay reported."""
    if not st.doc.tokens:
        return None
    rest = [m for m in s.ws if m > dat and st.words[m].start < s.stop]
    verb_seen = False
    for n, m in enumerate(rest):
        w = st.words[m]
        if w.text != ",":
            # any verb: Frog tags some clause-final finite verbs infinitives ("toenamen")
            verb_seen = verb_seen or ((t := token(st, w)) is not None and t.pos.startswith("WW"))
        elif verb_seen and not in_quote(st, w.start) and _verb_second(st, rest[n + 1 :]):
            return w.start
    return None


def _colon_quote(st: Context, s: _Sent, dat: int) -> int | None:
    """ "zegt dat het plan doorgaat: „We wachten niet langer.”": a colon after the dat clause
    that opens a direct quote ends the reported clause; the quote is a quote of its own (None:
    no such colon)."""
    for m in s.ws:
        w = st.words[m]
        if m > dat and w.text == ":" and w.start < s.stop:
            after = st.text[w.end : w.end + 4].lstrip()
            if any(after.startswith(o) and qm.is_opener(st.text, st.text.index(o, w.end), o) for o in qm.OPENERS):
                return w.start
    return None


# words that open a subordinate, relative or coordinated clause after a comma
_CLAUSE_OPENERS = RELATIVE_WORDS | SUBORDINATORS | frozenset(
    ["en", "maar", "of", "want", "als", "toen", "wanneer", "zoals", "dan", "zo", "wat", "hetgeen", "waardoor",
     "waarna", "waarbij", "waarop", "waarvan"]
)


def _verb_second(st: Context, after: list[int]) -> bool:
    """The words open a main clause: a subject of one to four words, then the finite verb, then
    more words (a verb-last clause ends in its verb)."""
    if len(after) < 3 or st.words[after[0]].low in _CLAUSE_OPENERS:
        return False
    for f, m in enumerate(after[:5]):
        w = st.words[m]
        if not w.text[:1].isalnum():
            return False
        if _finite(st, w, frog_only=True):
            return f >= 1 and f < len(after) - 1
    return False


def _demonstrative(st: Context, s: _Sent, dat: int) -> bool:
    """ "Burgemeester X zei dat dinsdag tegen RTV Utrecht.": Frog tags "dat" as a pronoun and no
    verb follows it (Frog tags some conjunctions as pronouns too), so it is the object (what was
    said before), not a clause."""
    t = token(st, st.words[dat])
    if t is None or not t.pos.startswith("VNW"):
        return False
    rest = [m for m in s.ws if m > dat and st.words[m].start < s.stop]
    return not any((r := token(st, st.words[m])) is not None and r.pos.startswith("WW") for m in rest)


def _no_finite_clause(st: Context, s: _Sent, dat: int) -> bool:
    """ "De coach zei dat na twee gelijke spelen te hebben gezien.": Frog's tags show no verb
    after "dat" but a te-infinitive group (an adjunct "na … te hebben …"), so there is no
    clause with a finite verb: "dat" is the object (what was said before). "zei dat hij te laat
    was" keeps its clause: "te" there is no infinitive marker."""
    if not st.doc.tokens:
        return False
    rest = [m for m in s.ws if m > dat and st.words[m].start < s.stop]
    verbs = [n for n, m in enumerate(rest) if (t := token(st, st.words[m])) is not None and t.pos.startswith("WW")]
    tes = [n for n, m in enumerate(rest) if st.words[m].low == "te"]
    if not verbs or not tes or any(_finite(st, st.words[rest[n]]) for n in verbs):
        return False  # "dat het „niets te maken heeft”": a finite verb, a clause
    te = tes[-1]
    group = range(te + 1, te + 1 + len(verbs))
    return te + 1 in verbs and all(n in group for n in verbs)


# a generic subject with a modal: "kun je zeggen dat …", "men mag stellen dat …" say what one
# could say, not what anybody said
_GENERIC_SUBJECTS = frozenset(["je", "men"])
_MODALS = frozenset(["kun", "kunt", "kan", "kunnen", "mag", "mogen", "moet", "moeten", "zou", "zouden"])


def _generic_modal(st: Context, ws: list[int], clause_start: int, k: int) -> bool:
    """The cue is an infinitive under a modal whose subject is generic "je"/"men"."""
    before = {st.words[m].low for m in ws[:k] if m >= clause_start}
    cue = st.words[ws[k]].low
    return bool(before & _GENERIC_SUBJECTS) and bool(before & _MODALS) and cue.endswith("en")


def _only_medium_after(st: Context, s: _Sent, dat: int) -> bool:
    """ "zegt dat in een gesprek met het FD.": "dat" is the object (what was said before) and
    only the adjunct of where it was said follows, no clause."""
    rest = [m for m in s.ws if m > dat and st.words[m].start < s.stop]
    return (
        bool(rest)
        and len(rest) <= 9
        and st.words[rest[0]].low in _MEDIUM_PREPS
        and any(st.words[m].low in MEDIUM_NOUNS for m in rest[1:5])
    )


def _te_after_participle(
    st: Context, s: _Sent, k: int, particle_lemma: str
) -> tuple[int, Cand] | None:
    ws = s.ws
    rest = ws[k + 1 :]
    has_te = any(st.words[m].low == "te" and n + 1 < len(rest) for n, m in enumerate(rest))
    if not (rest and has_te and st.words[rest[0]].text not in (",", ".")):
        return None
    if st.words[rest[0]].low == "om" or _purpose_before_te(st, rest):
        return None  # "heeft geld beschikbaar gesteld om … te verhogen": a purpose clause
    if st.words[rest[0]].low in ("en", "of", "maar"):
        return None  # "heeft ontkend en geweigerd een test te doen": the cue's coordinated verb
    clause_start = find_clause_start(st, ws, k)
    sp = find_subject(st, clause_start, finite_for(st, ws, k, particle_lemma), s.end)
    cue = cue_text(st, ws, k, particle_lemma)
    start = st.words[rest[0]].start
    return (1, Cand(start, s.stop, False, cue, sp, cue_start=st.words[ws[k]].start))


def _purpose_before_te(st: Context, rest: list[int]) -> bool:
    """ "heeft een brief geschreven aan de minister in een poging om hem … te overtuigen": an
    "om" before the first "te" opens a purpose clause (or a noun's complement), not the
    reported infinitive."""
    lows = [st.words[m].low for m in rest]
    return "te" in lows and "om" in lows[: lows.index("te")]


def te_finite(
    st: Context, ws: list[int], k: int, se: int, end: int, particle_lemma: str, lemma: str = ""
) -> Cand | None:
    """A finite cue with a te-infinitive: "Zo zegt Iran wraak te zullen nemen"."""
    clause_start = find_clause_start(st, ws, k)
    # "De zangeres kondigt aan te stoppen": the subject stands before the finite stem, not
    # before the particle the frame was found at
    head = _relative_object(st, ws, k)
    if head is not None:
        # "een fietser die veel pijn zegt te voelen": the relative pronoun speaks (resolved to
        # the noun phrase before it like any "die" subject)
        die = st.words[head - 1]
        found: tuple[tuple[int, int] | None, list[int]] | None = ((die.start, die.end), list(ws[k + 1 :]))
    else:
        found = _te_subject(st, ws, k, clause_start, se, finite_for(st, ws, k, particle_lemma))
    if found is None:
        return None
    sp, rest = found
    rest = _past_time_phrase(st, rest)
    scoping: int | None = None  # a skipped "nog"/"ook" the reported words begin with
    while rest and (st.words[rest[0]].low in lx.SKIP_WORDS or st.words[rest[0]].low in ADVERBS):
        if scoping is None and st.words[rest[0]].low in _CONTENT_PARTICLES:
            scoping = rest[0]
        rest = _past_time_phrase(st, rest[1:])
    rest = _past_medium(st, rest)
    if not rest:
        return None
    clause = _te_clause(st, rest, particle_lemma, lemma)
    if clause is None:
        return None
    first = head if head is not None else rest[0] if scoping is None else scoping
    return Cand(
        st.words[first].start,
        min(end, st.words[clause[-1]].end),
        False,
        cue_text(st, ws, k, particle_lemma),
        sp,
        cue_start=st.words[ws[k]].start,
    )


# particles that stand before a te-infinitive group and belong to what is said ("zei al ook niet
# blij te zijn", "zegt nog steeds een aanwijzing te hebben"), unlike the time words and adverbs
# of the saying itself ("zei gisteren al …", "herhaalde nadrukkelijk …")
_CONTENT_PARTICLES = frozenset(["nog", "ook"])

_TIME_DETERMINERS = frozenset(["deze", "dit", "vorige", "vorig", "afgelopen", "verleden", "die"])
_TIME_NOUNS = frozenset(
    ["week", "maand", "jaar", "weekend", "zomer", "winter", "lente", "herfst", "ochtend", "middag",
     "avond", "nacht", "dag", "keer", "seizoen"]
)


def _past_time_phrase(st: Context, rest: list[int]) -> list[int]:
    """The words after a leading "deze week" / "vorige maand" / "afgelopen zomer" (a time
    adjunct between the cue and its te-infinitive: "vertelde eerder deze week … te …")."""
    if (
        len(rest) > 2
        and st.words[rest[0]].low in _TIME_DETERMINERS
        and st.words[rest[1]].low in _TIME_NOUNS
    ):
        return rest[2:]
    return rest


def _relative_object(st: Context, ws: list[int], k: int) -> int | None:
    """ "een fietser die veel pijn zegt te voelen": a verb-last cue in a relative clause; the
    words between "die" and the cue belong to the reported infinitive group (the first of them,
    or None)."""
    for back in range(1, 6):
        if k - back < 1:
            return None
        w = st.words[ws[k - back]]
        if w.low == "die" and back > 1:
            return ws[k - back + 1]
        if not w.text[:1].isalnum() or _finite(st, w, frog_only=True) or w.low in RELATIVE_WORDS:
            return None
    return None


# where words are said: "zegt in een persbericht het oordeel te aanvaarden", "liet op Twitter
# weten", "zei tegenover de NOS"; a leading adjunct of this kind is not the reported clause
_MEDIUM_PREPS = frozenset(["in", "op", "via", "tegen", "tegenover", "bij"])
MEDIUM_NOUNS = lx.SPEECH_NOUNS | frozenset(
    [
        "interview",
        "gesprek",
        "brief",
        "persbericht",
        "verklaring",
        "toespraak",
        "speech",
        "video",
        "tweet",
        "twitterbericht",
        "bericht",
        "krant",
        "twitter",
        "instagram",
        "facebook",
    ]
)


def _past_medium(st: Context, rest: list[int]) -> list[int]:
    """The words after a leading "in een verklaring" / "op Twitter" / "tegen de krant"."""
    if not rest or st.words[rest[0]].low not in _MEDIUM_PREPS:
        return rest
    named = _named_addressee(st, rest)
    if named:
        return rest[named:]
    for n in range(1, min(5, len(rest))):
        if st.words[rest[n]].low in MEDIUM_NOUNS:
            return rest[n + 1 :]
        if not st.words[rest[n]].text[:1].isalpha():
            break
    return rest


def _named_addressee(st: Context, rest: list[int]) -> int:
    """ "zei tegen De Telegraaf", "tegenover de NOS", "tegen RTL Nieuws": how many words a
    leading "tegen"/"tegenover" with a name (after an optional article) takes; 0 if none."""
    if st.words[rest[0]].low not in ("tegen", "tegenover"):
        return 0
    n = 2 if len(rest) > 2 and st.words[rest[1]].low in ("de", "het") else 1
    m = n
    while m < len(rest) and m < n + 4 and name_word(st.words[rest[m]].text):
        m += 1
    return m if m > n else 0


def _te_subject(
    st: Context, ws: list[int], k: int, clause_start: int, se: int, verb_i: int
) -> tuple[tuple[int, int] | None, list[int]] | None:
    """The cue's subject (after its finite verb ``verb_i`` when inverted: "zegt Iran") and the
    words after both."""
    clause_start, verb_last = _reporting_clause_start(st, ws, clause_start, verb_i)
    pre = list(range(clause_start, verb_i))
    first = st.words[pre[0]].low if pre else ""
    lows = [st.words[i].low for i in pre]
    caps = [st.words[i].text[:1].isupper() for i in pre]
    inverted = not verb_last and (not pre or (
        first in lx.FUNCTION_CAPS
        and first not in lx.DETERMINERS
        and first not in lx.PRONOUNS
        # "Minister van Justitie Ferd Grapperhaus zei zich … te willen": a title, a subject
        and first not in lx.ROLE_TITLES
        # "Ook de importeur zegt …", "Veel instructeurs zeggen …": the subject comes first
        and not focused_subject(lows, caps)
        and not quantified_subject(lows)
    ))
    rest = list(ws[k + 1 :])
    if verb_last:
        r = np_after(st, clause_start, st.words[verb_i].start)
        return (span_of(st, r) if r is not None and _can_speak(st, r) else None), rest
    if not inverted:
        return find_subject(st, clause_start, verb_i, se), rest
    r = np_after(st, verb_i + 1, se)
    if r is None or not _can_speak(st, r):
        return None
    return span_of(st, r), [m for m in rest if m >= r[1]]


def _reporting_clause_start(
    st: Context, ws: list[int], clause_start: int, verb_i: int
) -> tuple[int, bool]:
    """Where the cue's clause begins and whether its subject is the noun phrase opening it
    (not the words after the finite verb).

    "… terwijl de gemeente vorige maand nog aankondigde geen …": after a subordinator the
    clause is verb-final, its subject right after the subordinator. "Zij speelde …, maar
    kondigde eerder deze week aan … te stoppen": a finite verb opening its clause after a
    coordinator shares the sentence's subject (the clause start found for a particle cue can
    stand on the finite stem, with nothing before it)."""
    sub = [m for m in ws if clause_start - 1 <= m < verb_i and st.words[m].low in SUBORDINATORS]
    if sub:
        return sub[-1] + 1, True
    if clause_start >= verb_i and verb_i > ws[0] and st.words[verb_i - 1].low in ("en", "maar"):
        return ws[0], True  # the sentence's subject opens it: "Zij speelde …, maar kondigde"
    return clause_start, False


def _can_speak(st: Context, r: tuple[int, int]) -> bool:
    """Whether the phrase of words ``r`` can be a speaker: not a time adjunct ("deze week",
    "vorige maand") and not a lone determiner, adverb or relative word ("geen", "eerder")."""
    lows = [st.words[m].low for m in range(r[0], r[1])]
    if not lows:
        return False
    if lows[0] in _TIME_DETERMINERS | {"eerder", "later"} and any(w in _TIME_NOUNS for w in lows[:3]):
        return False
    if len(lows) == 1 and (lows[0] in lx.DETERMINERS or lows[0] in ADVERBS or lows[0] in RELATIVE_WORDS):
        return False
    return lows[0] not in ("geen", "eerder", "later", "zelf", "nog")


# prepositions that open an adjunct or a fixed phrase before a te-infinitive, never "voor" or
# "uit" ("stelt voor de school te sluiten" is a proposal, "voorstellen")
_PP_PREPS = frozenset(["in", "op", "aan", "bij", "tijdens", "na", "met"])


def _pp_at(lows: list[str], n: int) -> bool:
    """Whether word n opens a prepositional phrase: a preposition before an article."""
    return (
        lows[n] in _PP_PREPS
        and n + 1 < len(lows)
        and lows[n + 1] in ("de", "het", "een", "deze", "die", "zijn", "haar")
    )


def _te_clause(
    st: Context, rest: list[int], particle_lemma: str, lemma: str = ""
) -> list[int] | None:
    """The reported words up to the end of the infinitive group ("te zullen nemen", "te
    voelen aan …" up to a new clause), None when they hold no te-infinitive of this cue."""
    stop = next(
        (n for n, m in enumerate(rest) if st.words[m].text in (",", ";", ":", "„", '"', "“")),
        len(rest),
    )
    clause = rest[:stop]
    lows = [st.words[m].low for m in clause]
    if "te" not in lows[:-1] or (lows[0] in lx.NP_STOP - {"er"} and not _pp_at(lows, 0)):
        return None
    ti = lows.index("te")
    if "dat" in lows[:ti] or ti > 15:
        return None
    # a particle of another verb ("stelt … voor om", "stelt … uit") is not reporting; the
    # cue's own other-verb particles where the lexicon lists them ("zei … hier niets in te
    # zien": "in" belongs to the infinitive, zeggen has no "inzeggen"); a preposition before
    # its article is none ("zegt in de zaak te volharden", "zei op de hoogte te zijn")
    others = lx.OTHER_VERB_PARTICLES.get(
        lemma, frozenset(("voor", "uit", "in", "vast", "aan", "op"))
    )
    if any(w in others and not _pp_at(lows, n) for n, w in enumerate(lows[:ti])) and not particle_lemma:
        return None
    j = ti + 1
    while j < len(lows):
        if _question_complement(lows, ti, j):
            return clause  # "te willen bekijken of …": the infinitive's own "of" clause
        if lows[j] in _GROUP_ENDS and not _another_te_infinitive(lows, j):
            break
        j += 1
    return clause[:j]


# words that end an infinitive group: a coordinator or an adverbial clause's conjunction
_GROUP_ENDS = frozenset(["en", "maar", "of", "want", "terwijl", "omdat"])


def _another_te_infinitive(lows: list[str], j: int) -> bool:
    """ "zich voor te bereiden en alternatieven te zoeken": "en"/"of" at ``j`` coordinates a
    second te-infinitive of the same cue (a "te" a few words on, no subject pronoun between),
    which belongs to the reported words."""
    if lows[j] not in ("en", "of"):
        return False
    ahead = lows[j + 1 : j + 7]
    if "te" not in ahead[:-1]:
        return False
    return not any(w in SUBJECT_PRONOUNS for w in ahead[: ahead.index("te")])


def _question_complement(lows: list[str], ti: int, j: int) -> bool:
    """ "te willen bekijken of …", "te onderzoeken of …": an "of" right after the verbs of the
    infinitive group opens its indirect question, not a second group."""
    return lows[j] == "of" and 1 <= j - ti - 1 <= 2 and j + 1 < len(lows) and lows[j + 1] != "te"
