"""Cues that attribute a direct quote: after the closing mark ('…", zegt X'), a colon frame
before it ('X zei: "…'), and a reporting verb earlier in its clause.
"""

from __future__ import annotations

from .. import quote_lexicon as lx
from .. import quote_marks as qm
from .clauses import find_clause_start, governing_verb, klinkt_source
from .context import Context, names_in, sent_index, span_of, words_in
from .direct import QUALIFYING_FORMS
from .subjects import agent, find_subject, is_passive, np_after
from .wordclass import (
    KLINKT,
    NOT_CUE_WORDS,
    PASSIVE_AUX,
    PREPOSITIONS,
    name_word,
    role_group,
    role_words,
)


def after_cue(st: Context, close: int, sent_end: int) -> tuple[str, tuple[int, int] | None] | None:
    """A cue right after a closing mark: '", zegt X' / ', aldus X' / ', zo zei X' / ', klonk het'."""
    ws = words_in(st, close, sent_end)
    k = 0
    while k < len(ws) and st.words[ws[k]].text in (",", "”", '"', "’", "'", "''", "»"):
        k += 1
    if k < len(ws) and st.words[ws[k]].low in ("zo", "dat"):
        k += 1  # '"…", zo zei X' / '‘…’, dat zegt X'
    if k >= len(ws):
        return None
    w = st.words[ws[k]]
    if w.low in KLINKT:
        return w.text, klinkt_source(st, ws[k], sent_end, st.sents[sent_index(st, close)][0])
    if w.low == "zoals":
        return _as_x_calls_it(st, ws[k], sent_end)
    if w.low == "aldus" or (w.low in lx.QUOTE_CUE_FORMS and not particle_missing(st, ws[k], sent_end)):
        return _cue_then_speaker(st, ws[k], sent_end)
    if w.low in PASSIVE_AUX:
        return None  # '„…”, worden delen van het plan genoemd': a passive names nobody
    # '", Bijleveld zegt' / '", liet Maas weten'
    r = np_after(st, ws[k], sent_end)
    if (
        r is not None
        and r[1] < len(st.words)
        and st.words[r[1]].low in lx.QUOTE_CUE_FORMS
        and not particle_missing(st, r[1], sent_end)
    ):
        return st.words[r[1]].text, span_of(st, r)
    return unlisted_cue(st, ws[k], sent_end)


def _as_x_calls_it(st: Context, i: int, sent_end: int) -> tuple[str, tuple[int, int]] | None:
    """ "een ‘proefronde’, zoals de trainer het noemt": the one named after "zoals" uses the
    words, when a verb of saying follows (after an object "het"/"dat")."""
    r = np_after(st, i + 1, sent_end)
    if r is None:
        return None
    j = r[1]
    if j < len(st.words) and st.words[j].low in ("het", "dat", "dit"):
        j += 1
    if j >= len(st.words) or st.words[j].start >= sent_end or st.words[j].low not in lx.QUOTE_CUE_FORMS:
        return None
    return st.words[j].text, span_of(st, r)


def particle_missing(st: Context, i: int, end: int) -> bool:
    """Word ``i`` is the stem of a separable verb of saying ("legt", "maken", "licht") and no
    particle of one follows it before ``end`` or the next quote mark: another verb ("‘…’,
    flinke verwijten maken: „…”", "laat het los"), no cue."""
    if st.words[i].low not in lx.STEM_ONLY_FORMS:
        return False
    # only a particle of this stem's own verb of saying: "maakt deel uit" is no "maakt bekend"
    own = lx.STEM_PARTICLES[st.words[i].low]
    for j in range(i + 1, len(st.words)):
        w = st.words[j]
        if w.start >= end or qm.is_mark_word(w.text):
            break
        if w.low in own or (w.low in ("erop", "daarop") and "op" in own):
            return False
    return True


def passive_after(st: Context, close: int, sent_end: int) -> str | None:
    """'“…!”, werd er daarna nog geroepen': a passive reporting verb right after the quote
    names nobody (the cue words), unless "door X" follows (left to ``agent``)."""
    ws = words_in(st, close, sent_end)
    k = 0
    while k < len(ws) and st.words[ws[k]].text in (",", "”", '"', "’", "'", "''", "»"):
        k += 1
    if k == 0 or k >= len(ws) or st.words[ws[k]].low not in PASSIVE_AUX:
        return None
    for m in ws[k + 1 : k + 6]:
        low = st.words[m].low
        if low.startswith("ge") and (low in lx.QUOTE_CUE_FORMS or low[2:] in _CALLS):
            return f"{st.words[ws[k]].text} … {st.words[m].text}"
        if not st.words[m].text.isalpha():
            return None
    return None


# participles of calling out that the lexicon's quote-only cues give no participle for
_CALLS = frozenset(["roepen", "scandeerd", "schreeuwd", "bruld"])


def _cue_then_speaker(st: Context, i: int, sent_end: int) -> tuple[str, tuple[int, int] | None]:
    """'aldus X', 'zegt X', 'liet X weten' from the cue word i on."""
    w = st.words[i]
    r = np_after(st, i + 1, sent_end)
    cue = w.text
    # "zo luidde het argument van Monti": the speaker is the owner of the words
    if (
        r is not None
        and r[1] < len(st.words)
        and st.words[r[1]].low == "van"
        and any(st.words[m].low in lx.SPEECH_NOUNS for m in range(r[0], r[1]))
    ):
        owner = np_after(st, r[1] + 1, sent_end)
        if owner is not None:
            r = (r[0], owner[1])
    if w.low in ("liet", "laat", "lieten", "laten") and r is not None:
        nxt = i + 1 + (r[1] - r[0])
        if nxt < len(st.words) and st.words[nxt].low == "weten":
            cue = f"{w.text} weten"
    return cue, (None if r is None else span_of(st, r))


def unlisted_cue(st: Context, i: int, sent_end: int) -> tuple[str, tuple[int, int]] | None:
    """'"…", sipt Dumoulin.' / '"…", was Haase lovend over …': after a quote and its comma,
    a verb the lexicon lacks with a name (or a pronoun) right behind it still names the
    speaker; a lower-case noun after it ("…", kijkers …) does not."""
    w = st.words[i]
    if not w.text.isalpha() or not w.text.islower() or w.low in NOT_CUE_WORDS:
        return None
    if w.low in lx.AUXILIARIES or w.low in ("is", "was", "waren", "zijn", "wordt", "werd"):
        return None  # '"…" is dan Chrysler': a copula, not a verb of saying
    r = np_after(st, i + 1, sent_end)
    if r is None or r[0] != i + 1:
        return None
    first = st.words[r[0]]
    span = span_of(st, r)
    named = bool(names_in(st, span[0], span[1]))
    # '„Nee”, verbetert grimeur Anneke Besnyöi': a role word before the name is fine
    # '„…”, draagt iemand aan': an unnamed "iemand" behind such a verb speaks too
    if first.low in ("hij", "zij", "ze", "iemand") or (
        named and (name_word(first.text) or first.low not in lx.DETERMINERS)
    ):
        return w.text, span
    return None


def inline_cue(st: Context, open_pos: int, sent_start: int) -> tuple[str, tuple[int, int]] | None:
    """A reporting verb earlier in the quote's clause: 'heeft … beschreven als „…"'.

    A quoted phrase that opens with a preposition ('om een toelichting gevraagd „op de
    aangevoerde juridische basis"') belongs to a noun, not to the verb: no cue."""
    first = [
        i for i in words_in(st, open_pos, open_pos + 30) if not qm.is_mark_word(st.words[i].text)
    ][:1]
    if first and st.words[first[0]].low in PREPOSITIONS | {"tot", "tegen", "naar"}:
        return None
    ws = words_in(st, sent_start, open_pos)
    # "roemt hem als „…”", "heeft … afgedaan als „…”": a verb qualifying something as the words
    as_phrase = bool(ws) and st.words[ws[-1]].low == "als"
    for k in range(len(ws) - 1, -1, -1):
        w = st.words[ws[k]]
        if any(ch in w.text for ch in '"„“”’‘«»') or w.text in (",,", "''"):
            return None  # the cue belongs to an earlier quote
        qualifies = as_phrase and w.low in QUALIFYING_FORMS
        if qualifies or (w.low in lx.QUOTE_CUE_FORMS and w.low not in ("vindt", "vond", "vonden", "heet")):
            cs = find_clause_start(st, ws, k)
            fin = governing_verb(st, ws, k)
            if is_passive(st, cs, fin):
                # "wordt door de omroeper aangekondigd als ‘de tovenaar’": the agent's words
                by = agent(st, cs, open_pos)
                return (w.text, by) if by is not None else None
            sp = find_subject(st, cs, fin, open_pos)
            return (w.text, sp) if sp is not None else None
    return None


def volgens_cue(st: Context, open_pos: int, sent_start: int) -> tuple[str, tuple[int, int]] | None:
    """A quoted phrase right after "volgens X" inside a noun phrase ('het volgens Baudet
    „rustig" verlopen gesprek'): X's word (the reported frame is left out there)."""
    ws = words_in(st, sent_start, open_pos)
    for k in range(len(ws) - 1, max(-1, len(ws) - 8), -1):
        if st.words[ws[k]].low != "volgens":
            continue
        if k == 0 or st.words[ws[k - 1]].low not in ("de", "het", "een"):
            return None
        r = np_after(st, ws[k] + 1, open_pos)
        if r is None or r[1] != ws[-1] + 1:
            return None
        return (st.words[ws[k]].text, span_of(st, r))
    return None


def back_cue(st: Context, close: int) -> tuple[str, tuple[int, int] | None] | None:
    """ "„Het wordt een zware dag.” Minister X heeft dat vrijdag gezegd.": the sentence right
    after a quote that ends its sentence points back to it: "Woorden van X" (X said it), or
    "dat"/"dit" as the object of a reporting verb: sentence-initial ("Dat zei X", "Dit heeft X gezegd"; the subject follows
    the verb), before a participle cue with no cue verb before it ("X heeft dat gezegd"), or
    after a cue verb with no verb after it (Frog's tags: "X zei dat dinsdag tegen RTV Utrecht").
    Its subject said the quote."""
    si = sent_index(st, max(0, close - 1))
    # '… was “een complete mislukking”. Dat zegt X.': the sentence's own end mark may follow
    if si + 1 >= len(st.sents) or st.text[close : st.sents[si + 1][0]].strip() not in ("", ".", "!", "?"):
        return None
    ns, ne = st.sents[si + 1]
    if qm.para_index(st.paras, ns) != qm.para_index(st.paras, close):
        return None
    ws = words_in(st, ns, ne)
    if not ws or any(qm.is_mark_word(st.words[i].text) for i in ws):
        return None
    lows = [st.words[i].low for i in ws]
    if lows[:2] == ["woorden", "van"] and len(ws) > 2:
        r = np_after(st, ws[2], ne)  # "„…” Woorden van de moeder van het slachtoffer, …"
        return st.words[ws[0]].text, None if r is None else span_of(st, r)
    if lows[0] in ("dat", "dit") and len(ws) > 1:
        k = next((m for m in range(1, min(8, len(ws))) if lows[m] in lx.QUOTE_CUE_FORMS), None)
        if k is None or not (k == 1 or lows[1] in lx.AUXILIARIES):
            return None
        r = np_after(st, ws[1] + 1, ne)  # "Dat zei minister X", "Dat heeft X gezegd"
        return st.words[ws[k]].text, None if r is None else span_of(st, r)
    for d, low in enumerate(lows):
        if low in ("dat", "dit") and d and lows[d - 1] in lx.QUOTE_CUE_FORMS and _no_verb(st, ws[d + 1 :]):
            return st.words[ws[d - 1]].text, find_subject(st, ws[0], ws[d - 1], ne)
        if low not in ("dat", "dit") or any(x in lx.QUOTE_CUE_FORMS for x in lows[:d]):
            continue
        k = next((m for m in range(d + 1, min(d + 6, len(ws))) if lows[m] in lx.QUOTE_CUE_FORMS), None)
        if k is None or not lows[k].startswith("ge") or lows[k + 1 : k + 2] not in ([], ["."]):
            continue
        fin = next((m for m in range(d) if lows[m] in lx.AUXILIARIES), None)
        if fin is None:
            return None
        return st.words[ws[k]].text, find_subject(st, ws[0], ws[fin], ne)
    return None


def _no_verb(st: Context, ws: list[int]) -> bool:
    """Frog tags none of the words a verb ("zei dat dinsdag tegen RTV Utrecht": no clause
    follows "dat"); False where Frog did not run."""
    if not st.doc.tokens:
        return False
    toks = [st.tokens_at.get(st.words[i].start) for i in ws]
    return all(k is not None and not st.doc.tokens[k].pos.startswith("WW") for k in toks)


def before_cue(
    st: Context, open_pos: int, sent_start: int
) -> tuple[str | None, tuple[int, int] | None] | None:
    """A colon frame before an opening mark: 'X zei: "…' / 'zei X: "…' / 'X: "…'."""
    ws = words_in(st, sent_start, open_pos)
    if not ws or st.words[ws[-1]].text != ":":
        return None
    ws = ws[:-1]
    # the frame starts after an earlier quote in the same sentence
    last_mark = max((k for k, i in enumerate(ws) if qm.is_mark_word(st.words[i].text)), default=-1)
    ws = ws[last_mark + 1 :]
    ws = _main_clause(st, ws)
    for i in ws:
        cue = st.words[i].low in lx.QUOTE_CUE_FORMS and not particle_missing(st, i, open_pos)
        if cue or st.words[i].low == "aldus":
            sp = find_subject(st, ws[0], i, open_pos)
            if sp is None:  # "…,” zei Djamal …: “…”": the speaker follows the cue
                r = np_after(st, i + 1, open_pos)
                sp = None if r is None else span_of(st, r)
            return st.words[i].text, sp
    if 0 < len(ws) <= 6 and frame_names_speaker(st, ws):
        return None, (st.words[ws[0]].start, st.words[ws[-1]].end)
    return _copula_frame(st, ws, open_pos) or _one_of_them(st, ws, open_pos)


_COPULAS = frozenset(["is", "was", "bleef", "bleek", "werd", "blijft", "wordt"])


def _main_clause(st: Context, ws: list[int]) -> list[int]:
    """ "Op de vraag of hij hen als ‘…’ vond spelen, was de trainer kort: „…”": a clause put
    before the finite verb is no part of the frame (its verb is no cue for the quote)."""
    for k in range(len(ws) - 2, 0, -1):
        if st.words[ws[k]].text == "," and _finite_verb(st, ws[k + 1]):
            return ws[k + 1 :]
    return ws


def _finite_verb(st: Context, i: int) -> bool:
    t = st.tokens_at.get(st.words[i].start)
    if t is not None and st.doc.tokens:
        return st.doc.tokens[t].pos.startswith("WW(pv")
    return st.words[i].low in _COPULAS


def _copula_frame(st: Context, ws: list[int], open_pos: int) -> tuple[None, tuple[int, int]] | None:
    """ "was de coach opvallend kort: „Nee.”": a copula frame whose subject is
    a role or a name is that subject's answer."""
    if len(ws) < 2 or st.words[ws[0]].low not in _COPULAS:
        return None
    r = np_after(st, ws[0] + 1, open_pos)
    if r is None:
        return None
    span = span_of(st, r)
    words = [st.words[i] for i in range(r[0], r[1])]
    heads = [x for w in words for x in role_words(w.text)]
    named = any(name_word(w.text) for w in words)
    return (None, span) if named or any(x in lx.ROLE_TITLES or role_group(x) for x in heads) else None


def _one_of_them(st: Context, ws: list[int], open_pos: int) -> tuple[None, tuple[int, int]] | None:
    """ "Eén van hen is specifiek over het geld: „…”", "Iemand schrijft over de film: „…”": a
    colon frame opened by an unnamed person ("iemand", "een/één van …") is theirs."""
    lows = [st.words[i].low for i in ws[:3]]
    if not lows:
        return None
    if not (lows[0] == "iemand" or (lows[0] in ("een", "één", "eén") and lows[1:2] == ["van"])):
        return None
    r = np_after(st, ws[0] if lows[0] == "iemand" else ws[2], open_pos) if len(ws) > 2 else None
    return None if r is None else (None, (st.words[ws[0]].start, span_of(st, r)[1]))


def frame_names_speaker(st: Context, ws: list[int]) -> bool:
    """Whether a cue-less colon frame names someone: "De Grauwe:", "Minister Blok:",
    "De woordvoerder:" do; "Weer het lachje:", "Tweede citaat:" do not."""
    words = [st.words[i] for i in ws]
    if all(name_word(w.text, inner=True) or w.low in lx.NAME_PARTICLES for w in words):
        return words[0].low not in lx.FUNCTION_CAPS or len(words) > 1
    if any(name_word(w.text) for w in words[1:]):
        return True
    heads = [r for w in words[:3] for r in role_words(w.text)]
    return any(r in lx.ROLE_TITLES or role_group(r) for r in heads)
